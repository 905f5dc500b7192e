// SPDX-License-Identifier: MIT
/** The first-run guide's page (opened on install by the background, and from the popup and the options page). */
export const GUIDE_PATH = "pages/guide/index.html";
