// SPDX-License-Identifier: MIT
import { beforeAll, beforeEach, expect } from "vitest";
import { buildTestPki, type TestPki } from "../pki/build-test-pki";
import { createTestCas } from "../pki/test-ca-store";
import { APDU, derTotalLength, splitResponse } from "./card-test-helpers";
import { fromHex } from "./command-apdu";
import { JpkiCardModel } from "./jpki-card-model";

/** RSA-2048 key generation can take seconds on a busy two-core machine. */
export const KEYGEN_TIMEOUT_MS = 60_000;

/** A card model per test (fresh counters), over one PKI per file; registers the hooks. */
export interface ModelSession {
  readonly pki: TestPki;
  card: JpkiCardModel;
  /** Sends hex, returns data and SW (hex). */
  readonly send: (hex: string) => { data: Uint8Array; sw: string };
  /** Sends hex, returns the SW (hex). */
  readonly sw: (hex: string) => string;
  /** Reads the current EF as jpki/myna does: 7-byte header, then chunks of at most 256 bytes. */
  readonly readWholeFile: () => Uint8Array;
}

export function useModelSession(): ModelSession {
  let pki: TestPki | undefined;
  let card: JpkiCardModel | undefined;
  const session: ModelSession = {
    get pki(): TestPki {
      if (!pki) throw new Error("read the session inside tests");
      return pki;
    },
    get card(): JpkiCardModel {
      if (!card) throw new Error("read the session inside tests");
      return card;
    },
    set card(replacement: JpkiCardModel) {
      card = replacement;
    },
    send: (hex) => splitResponse(session.card.transmit(fromHex(hex))),
    sw: (hex) => session.send(hex).sw,
    readWholeFile: () => {
      const header = session.send(APDU.readBinary(0, 7));
      expect(header.sw).toBe("9000");
      const length = derTotalLength(header.data);
      const out = new Uint8Array(length);
      for (let offset = 0; offset < length; offset += 256) {
        const part = session.send(APDU.readBinary(offset, Math.min(256, length - offset)));
        expect(part.sw).toBe("9000");
        out.set(part.data, offset);
      }
      return out;
    },
  };
  beforeAll(async () => {
    pki = await buildTestPki({ cas: await createTestCas() });
  }, KEYGEN_TIMEOUT_MS);
  beforeEach(() => {
    card = new JpkiCardModel({ pki: session.pki });
  });
  return session;
}
