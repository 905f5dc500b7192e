// SPDX-License-Identifier: MIT
/**
 * Application ids and file ids of the My Number Card (docs/ref/jpki-card.md §2, §3, §8; docs/ref/site-protocol.md §1).
 */

/** 公的個人認証AP (JPKI AP). */
export const JPKI_AID = Buffer.from("D392F000260100000001", "hex");
/** 券面事項入力補助AP (card-info input support AP). */
export const CARD_INFO_AID = Buffer.from("D3921000310001010408", "hex");
/** 共通AP (common AP), holding the card manufacture number in record 1 of SFI 1. */
export const COMMON_AID = Buffer.from("D3921000310001010100", "hex");

/** EFs of the JPKI AP. */
export const JPKI_FILES = {
  signCertificate: 0x0001,
  signCaCertificate: 0x0002,
  tokenInfo: 0x0006,
  authCertificate: 0x000a,
  authCaCertificate: 0x000b,
  authKey: 0x0017,
  authPin: 0x0018,
  signKey: 0x001a,
  signPin: 0x001b,
} as const;

/** EFs of the card-info AP. */
export const CARD_INFO_FILES = { basic4: 0x0002, pin: 0x0011 } as const;
