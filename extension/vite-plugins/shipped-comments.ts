// SPDX-License-Identifier: MIT
/**
 * Which comments the unminified bundles (background and pages) keep. The bundler already drops plain line and
 * block comments; JSDoc is source documentation too, read in the source (and in the Firefox source archive), so it
 * is left out of what ships as well: the code stays as readable, and the bundles carry no prose. Licence notices
 * and the annotations the bundler acts on (`@__PURE__`, `@vite-ignore`) stay.
 */
export const SHIPPED_COMMENTS = { legal: true, annotation: true, jsdoc: false } as const;
