// SPDX-License-Identifier: MIT
/**
 * The page protocol's failure reply, built from a code and its message. Apart from page-replies.ts so that the
 * page bridge can build one without loading the whole error catalogue (it has its own few texts).
 */
import type * as z from "zod/mini";
import type { ErrorCode } from "../../shared/errors/catalogue";
import type { PageFailureReplySchema } from "../protocol/page";

export type PageFailureReply = z.infer<typeof PageFailureReplySchema>;

/** `result:"1"` with the code and its message; `mode` echoed when the request had a readable one. */
export function pageFailure(mode: string | undefined, code: ErrorCode, message: string): PageFailureReply {
  return mode === undefined
    ? { result: "1", message, error_code: code }
    : { mode, result: "1", message, error_code: code };
}
