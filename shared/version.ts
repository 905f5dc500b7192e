// SPDX-License-Identifier: MIT
/** The product version, shared by the extension and the host (kept equal to package.json by a unit test). */
export const PRODUCT_VERSION = "0.1.0";

/** Native-messaging host name registered with the browsers. */
export const HOST_NAME = "jp.dips_companion.host";
