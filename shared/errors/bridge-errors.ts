// SPDX-License-Identifier: MIT
/**
 * The catalogue entries the page bridge (content script) raises itself, without the background: a `launchApp`
 * detail it cannot read (BAD_REQUEST), an unknown mode (UNKNOWN_MODE), and a background that went away before
 * answering (HOST_DISCONNECTED). They are part of ERROR_CATALOGUE (catalogue.ts spreads them in); they live here so
 * that the bridge, which runs on every allowlisted page load, ships these three texts rather than the whole catalogue.
 */
import type { ErrorEntry } from "./error-entry";

export const BRIDGE_ERRORS = {
  BAD_REQUEST: {
    retriable: false,
    ja: "要求の形式が正しくないため処理しませんでした。",
    en: "The request was malformed and was not processed.",
  },
  HOST_DISCONNECTED: {
    retriable: true,
    ja: "カード処理プログラムとの接続が切れました。もう一度お試しください。",
    en: "The connection to the card service was lost. Try again.",
  },
  UNKNOWN_MODE: {
    retriable: false,
    ja: "サイトが対応していない処理を要求しました。",
    en: "The site asked for an operation that is not supported.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type BridgeErrorCode = keyof typeof BRIDGE_ERRORS;
