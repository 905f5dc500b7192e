// SPDX-License-Identifier: MIT
import type { KeyObject } from "node:crypto";
import type { PinKind } from "../../shared/pin";

/** An elementary file of the emulated card. */
export type CardFile =
  | {
      readonly type: "binary";
      readonly fid: number;
      readonly data: Uint8Array;
      /** READ BINARY answers `69 82` until this PIN is verified; free when absent. */
      readonly readableAfter?: PinKind;
    }
  | { readonly type: "record"; readonly fid: number; readonly records: readonly Uint8Array[] }
  | { readonly type: "pin"; readonly fid: number; readonly pin: PinKind }
  | {
      readonly type: "key";
      readonly fid: number;
      /** RSA-2048 private key; COMPUTE DIGITAL SIGNATURE pads the data and applies it. */
      readonly key: KeyObject;
      readonly usableAfter: PinKind;
    };

/** Which application (DF) a file belongs to. */
export type ApplicationName = "jpki" | "card-info" | "common";

/** An application, selected by its AID with SELECT DF. */
export interface CardApplication {
  readonly name: ApplicationName;
  readonly aid: Uint8Array;
  readonly files: readonly CardFile[];
}

/** AIDs (docs/ref/jpki-card.md §2). */
export const AID = {
  jpki: "D392F000260100000001",
  "card-info": "D3921000310001010408",
  common: "D3921000310001010100",
} as const satisfies Record<ApplicationName, string>;

/** The file an SFI names: the EF of the application whose FID is that number (FIDs 0001–001E). */
export function fileBySfi(application: CardApplication | undefined, sfi: number): CardFile | undefined {
  return application?.files.find((file) => file.fid === sfi);
}
