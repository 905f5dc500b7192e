// SPDX-License-Identifier: MIT
/** Names the renewal reminders use in the browser (storage key, alarm, notification ids). */

/** `storage.local` key of the reminders' record: per hash of a mark, the day (yyyy-mm-dd, Japan) last notified. */
export const REMINDER_STATE_KEY = "renewalReminders";
/** `storage.session` key: when the last check ran, on the extension's clock (ISO 8601). */
export const REMINDER_CHECKED_KEY = "renewalRemindersCheckedAt";
export const REMINDER_ALARM = "renewal-reminders";
/** Notification ids are this prefix and the mark. */
export const NOTIFICATION_PREFIX = "renewal:";
