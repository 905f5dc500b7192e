// SPDX-License-Identifier: MIT
/** Where a renewal is done: DIPS-REG's start page (main menu → 有効期間の更新 after logging in). */
export const DIPS_REG_URL = "https://www.dips-reg.mlit.go.jp/";
