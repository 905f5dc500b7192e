// SPDX-License-Identifier: MIT
import { afterAll, beforeAll } from "vitest";
import { type EmulatedCard, type EmulatedCardOptions, startEmulatedCard } from "../emulator/start-emulated-card";
import type { TestPki } from "../pki/build-test-pki";
import { type PcscdStatus, type PcscStackOptions, startPcscStack, stopPcscd } from "../stack/pcscd-process";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { acquireReaderPort, type ReaderPort } from "../stack/reader-ports";

/** Options of `useCardStack`: the emulated card's options plus the stack's. */
export interface CardStackOptions extends Omit<EmulatedCardOptions, "port"> {
  readonly stack?: PcscStackOptions;
  /** How long to wait for pcscd to report the card present (default 10 s). */
  readonly presenceTimeoutMs?: number;
}

/** What a test file gets once `beforeAll` ran. */
export interface CardStack {
  readonly card: EmulatedCard;
  /** The reader to pin the host to. */
  readonly readerName: string;
  readonly pki: TestPki;
  /** The pcscd in use. */
  readonly pcscd: PcscdStatus;
}

/**
 * Registers `beforeAll` / `afterAll` that start the PC/SC stack, reserve a reader, build the PKI, start the
 * emulated card and wait until pcscd sees it; and afterwards close what they started (pcscd only if this process
 * started it and no other run holds a reader). Read the returned object's properties inside tests only.
 * @example const stack = useCardStack(); it("…", () => connect(stack.readerName));
 */
export function useCardStack(options: CardStackOptions = {}): CardStack {
  let state: CardStack | undefined;
  let port: ReaderPort | undefined;
  const ready = (): CardStack => {
    if (!state) throw new Error("useCardStack: the stack is not up (read it inside tests, after beforeAll)");
    return state;
  };
  beforeAll(async () => {
    // Reserve the port first: a held lock keeps other runs from stopping pcscd while we start.
    port = acquireReaderPort();
    const pcscd = await startPcscStack(options.stack);
    const card = await startEmulatedCard({ ...options, port: port.port });
    await waitForCardPresence(port.readerName, options.inserted ?? true, options.presenceTimeoutMs ?? 10_000);
    state = { card, readerName: port.readerName, pki: card.pki, pcscd };
  });
  afterAll(async () => {
    state?.card.close();
    port?.release();
    await stopPcscd();
  });
  return {
    get card() {
      return ready().card;
    },
    get readerName() {
      return ready().readerName;
    },
    get pki() {
      return ready().pki;
    },
    get pcscd() {
      return ready().pcscd;
    },
  };
}
