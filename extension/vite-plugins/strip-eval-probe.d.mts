// SPDX-License-Identifier: MIT
/** Rewrites every .js file under `dir` that carries zod's eval probe; returns how many were changed. */
export function stripEvalProbe(dir: string): number;
/** `code` with zod's eval probe replaced by a throw (unchanged when it has none). */
export function stripEvalProbeFromCode(code: string): string;
