// SPDX-License-Identifier: MIT
/** Reply types of the page protocol, and the failure reply in the user's language. */
import type * as z from "zod/mini";
import { errorMessage, type Language } from "../../shared/errors/catalogue";
import type { CompanionError } from "../../shared/errors/companion-error";
import type { PinKind } from "../../shared/pin";
import type { PageAuthReplySchema, PageCardInfoReplySchema, PageSignReplySchema } from "../protocol/page";
import { pageFailure, type PageFailureReply } from "./page-failure";

export type PageAuthReply = z.infer<typeof PageAuthReplySchema>;
export type PageSignReply = z.infer<typeof PageSignReplySchema>;
export type PageCardInfoReply = z.infer<typeof PageCardInfoReplySchema>;
export type { PageFailureReply };

/**
 * `result:"1"` with the catalogue message and code; `mode` echoed when the request had a readable one. `pinKind`: the
 * PIN the request asked for, so that a locked PIN's message says which one and where to go.
 */
export function failureReply(
  mode: string | undefined,
  error: CompanionError,
  language: Language,
  pinKind?: PinKind,
): PageFailureReply {
  const message = errorMessage(error.code, language, { triesLeft: error.triesLeft, pinKind });
  return pageFailure(mode, error.code, message);
}
