// SPDX-License-Identifier: MIT
/**
 * The protocol version this host reports in `status`: shared/version.ts's PROTOCOL_VERSION, unless the build set
 * DIPS_HOST_PROTOCOL_OVERRIDE (scripts/build-host.mjs, env DIPS_HOST_PROTOCOL) to make an older host from this
 * tree, which is how the tests show what an extension does with a host older than it needs.
 */
import { PROTOCOL_VERSION } from "../shared/version";

/** Replaced by esbuild's `define` in an override build; an undeclared global (typeof "undefined") otherwise. */
declare const DIPS_HOST_PROTOCOL_OVERRIDE: number | undefined;

export const HOST_PROTOCOL_VERSION: number =
  typeof DIPS_HOST_PROTOCOL_OVERRIDE === "number" ? DIPS_HOST_PROTOCOL_OVERRIDE : PROTOCOL_VERSION;
