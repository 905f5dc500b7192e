// SPDX-License-Identifier: MIT
/** The DOM helpers live in common/dom.ts; re-exported for the prefill panel, which still imports them from here. */
export { el, ownerTitle, uaTitle } from "../common/dom";
