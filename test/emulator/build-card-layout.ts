// SPDX-License-Identifier: MIT
import { KeyObject } from "node:crypto";
import type { TestPki } from "../pki/build-test-pki";
import { AID, type CardApplication, type CardFile } from "./card-layout";
import { basic4File, cardInfoBasicInfoFile, cardInfoCvcFile, myNumberFile } from "./card-info-files";
import { fromHex } from "./command-apdu";
import { certificatePresenceFile, commonRecordFile, tokenInfoFile } from "./jpki-files";

/** What varies between emulated cards besides the PKI. */
export interface CardLayoutOptions {
  readonly manufactureNumber: string;
  /** false: a card of a holder under 15 (no signing certificate; EF 0008 starts with 00). */
  readonly hasSignCertificate: boolean;
}

/** The three applications with their files, from the card's PKI (docs/ref/jpki-card.md §3, §8, §12). */
export function buildCardLayout(pki: TestPki, options: CardLayoutOptions): CardApplication[] {
  const jpkiFiles: CardFile[] = [
    { type: "binary", fid: 0x0002, data: pki.signCa.der },
    { type: "binary", fid: 0x0006, data: tokenInfoFile(options.manufactureNumber) },
    { type: "binary", fid: 0x0008, data: certificatePresenceFile(options.hasSignCertificate) },
    { type: "binary", fid: 0x000a, data: pki.auth.der },
    { type: "binary", fid: 0x000b, data: pki.authCa.der },
    { type: "key", fid: 0x0017, key: KeyObject.from(pki.auth.privateKey), usableAfter: "auth" },
    { type: "pin", fid: 0x0018, pin: "auth" },
    { type: "pin", fid: 0x001b, pin: "sign" },
  ];
  if (options.hasSignCertificate) {
    jpkiFiles.push(
      { type: "binary", fid: 0x0001, data: pki.sign.der, readableAfter: "sign" },
      { type: "key", fid: 0x001a, key: KeyObject.from(pki.sign.privateKey), usableAfter: "sign" },
    );
  }
  return [
    { name: "jpki", aid: fromHex(AID.jpki), files: jpkiFiles },
    {
      name: "card-info",
      aid: fromHex(AID["card-info"]),
      files: [
        { type: "binary", fid: 0x0001, data: myNumberFile(pki.holder.myNumber), readableAfter: "card-info" },
        { type: "binary", fid: 0x0002, data: basic4File(pki.holder), readableAfter: "card-info" },
        { type: "binary", fid: 0x0004, data: cardInfoCvcFile() },
        { type: "binary", fid: 0x0005, data: cardInfoBasicInfoFile() },
        { type: "pin", fid: 0x0011, pin: "card-info" },
      ],
    },
    {
      name: "common",
      aid: fromHex(AID.common),
      files: [{ type: "record", fid: 0x0001, records: [commonRecordFile(options.manufactureNumber)] }],
    },
  ];
}
