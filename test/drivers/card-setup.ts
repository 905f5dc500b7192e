// SPDX-License-Identifier: MIT
/**
 * The card for `npm start`: the emulated test card on its own vpcd reader of the test stack's pcscd (the default),
 * or a real card on a real reader (nothing to start; the host picks the reader holding a JPKI card).
 */
import { startEmulatedCard, type EmulatedCard } from "../emulator/start-emulated-card";
import { buildTestPki, getTestCaCertificates } from "../pki";
import { DEFAULT_TEST_HOLDER } from "../pki/test-holder";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { startPcscStack, stopPcscd } from "../stack/pcscd-process";
import { acquireReaderPort } from "../stack/reader-ports";
import type { TrustAnchors } from "../site/flow/identity-verification";

/** With `--mismatch` the card's holder has moved since the profile was saved: step ③ replaces the address. */
export const MOVED_ADDRESS = "東京都千代田区霞が関見本町４－５－６";

export interface CardSetup {
  /** The reader the host is pinned to; undefined for a real reader (the host finds the card). */
  readonly readerName: string | undefined;
  /** CA certificates the practice site trusts: the test CAs for the emulator. */
  readonly anchors: TrustAnchors;
  readonly card: EmulatedCard | undefined;
  close(): Promise<void>;
}

export async function startEmulatedCardSetup(options: { mismatch: boolean }): Promise<CardSetup> {
  const port = acquireReaderPort();
  try {
    await startPcscStack();
    const holder = options.mismatch ? { ...DEFAULT_TEST_HOLDER, address: MOVED_ADDRESS } : DEFAULT_TEST_HOLDER;
    const pki = await buildTestPki({ holder });
    const card = await startEmulatedCard({ pki, port: port.port });
    await waitForCardPresence(port.readerName, true, 15_000);
    const cas = await getTestCaCertificates();
    return {
      readerName: port.readerName,
      anchors: { sign: [Buffer.from(cas.sign)], auth: [Buffer.from(cas.auth)] },
      card,
      close: async () => {
        card.close();
        port.release();
        await stopPcscd();
      },
    };
  } catch (error) {
    port.release();
    throw error;
  }
}

/** A real card: the site trusts the CA certificates given with `--ca` (PEM or DER), sorted by their subject. */
export function realCardSetup(anchors: TrustAnchors): CardSetup {
  return { readerName: undefined, anchors, card: undefined, close: () => Promise.resolve() };
}
