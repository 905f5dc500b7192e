// SPDX-License-Identifier: MIT
/** Names the renewal reminders use in the browser (storage key, alarm, notification ids). */

/**
 * `storage.local` key of the reminders' record: when the last check ran (the extension's clock) and, per hash of a
 * mark, the day (yyyy-mm-dd, Japan) it was last notified.
 */
export const REMINDER_STATE_KEY = "renewalReminders";
export const REMINDER_ALARM = "renewal-reminders";
/** Notification ids are this prefix and the mark. */
export const NOTIFICATION_PREFIX = "renewal:";
