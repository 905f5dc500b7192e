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
    ja: "要求の形式が正しくないため処理しませんでした。ページを再読み込みして、もう一度お試しください。",
    en: "The request was malformed and was not processed. Reload the page and try again.",
  },
  HOST_DISCONNECTED: {
    retriable: true,
    ja: "カード処理プログラムとの接続が切れました。サイトの画面からもう一度操作してください。OK を押した後だった場合は、先に設定画面の診断で残り回数を確かめてください（OK の前なら、残り回数は減っていません）。",
    en: "The connection to the card program was lost. Start again from the site's page. If you had pressed OK, first check the tries left under diagnostics on the settings page (before OK, no try was used).",
  },
  UNKNOWN_MODE: {
    retriable: false,
    ja: "サイトが、DIPS Companion の対応していない処理を要求しました。DIPS Companion を最新の版に更新してください。それでも続く場合は、この手順だけ公式のマイナポータルAP をお使いください。",
    en: "The site asked for an operation DIPS Companion does not support. Update DIPS Companion to the latest release; if that does not help, use the official Mynaportal AP for this step.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type BridgeErrorCode = keyof typeof BRIDGE_ERRORS;
