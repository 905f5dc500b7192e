// SPDX-License-Identifier: MIT
/** The product version, shared by the extension and the host (kept equal to package.json by a unit test). */
export const PRODUCT_VERSION = "0.1.0";

/**
 * The native-messaging protocol the host speaks. It rises when the host learns a command or a field the extension
 * then relies on; a host keeps answering every request of earlier versions as before, and its `status` may gain
 * fields (the extension reads `status` leniently), so an extension older than its host keeps working. Hosts from
 * before the version was reported (0.1.0) count as protocol 1.
 */
export const PROTOCOL_VERSION = 2;

/** The oldest host protocol this extension works with: an older host gets HOST_OUTDATED ("update the card host"). */
export const REQUIRED_HOST_PROTOCOL = 2;

/** Native-messaging host name registered with the browsers. */
export const HOST_NAME = "jp.dips_companion.host";
