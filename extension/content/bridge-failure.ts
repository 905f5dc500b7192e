// SPDX-License-Identifier: MIT
/**
 * Failure replies the bridge sends on its own (an unreadable request, an unknown mode, a background that went
 * away), in the user's language, from the catalogue's bridge entries only (shared/errors/bridge-errors.ts).
 */
import { BRIDGE_ERRORS, type BridgeErrorCode } from "../../shared/errors/bridge-errors";
import type { Language } from "../../shared/errors/catalogue";
import { pageFailure, type PageFailureReply } from "../common/page-failure";

export function bridgeFailure(mode: string | undefined, code: BridgeErrorCode, language: Language): PageFailureReply {
  return pageFailure(mode, code, BRIDGE_ERRORS[code][language]);
}
