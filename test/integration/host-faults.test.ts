// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, startHost, type HostProcess } from "./support-host";

const DIGEST = Buffer.concat([
  Buffer.from("3031300d060960864801650304020105000420", "hex"),
  createHash("sha256").update("data").digest(),
]).toString("base64");

/** Short PC/SC timeouts so a hung card is reported quickly. */
const TIMEOUT_MS = 1500;
const stack = useCardStack();
let host: HostProcess;
let sequence = 0;

const sign = (reader = stack.readerName) =>
  host.request({ id: `sign-${++sequence}`, command: "sign", reader, pin: "ABC123", digests: [DIGEST] });

/** Runs `action` and returns its result with the elapsed milliseconds. */
async function timed<T>(action: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await action();
  return { value, ms: performance.now() - started };
}

beforeAll(() => {
  buildHost();
  host = startHost(hostConfigDir({ timeouts: { connectMs: TIMEOUT_MS, apduMs: TIMEOUT_MS } }));
});
afterAll(async () => {
  await host?.close();
});
beforeEach(async () => {
  stack.card.clearFaults();
  if (!stack.card.inserted) {
    await stack.card.insert();
    await waitForCardPresence(stack.readerName, true, 10_000);
  }
});

describe("faults are coded errors within their bounds, never a hang", () => {
  it("card removed mid-signature → CARD_REMOVED within 2 s; after reinsertion the next request succeeds", async () => {
    stack.card.dropMidApdu({ ins: 0x2a });
    const reply = await sign();
    const answeredAt = Date.now();
    expect(reply).toMatchObject({ ok: false, error: { code: "CARD_REMOVED" } });
    const dropped = stack.card.model.apduLog.find((entry) => entry.ins === 0x2a && entry.sw === "none");
    expect(dropped).toBeDefined();
    expect(answeredAt - (dropped?.at ?? 0)).toBeLessThan(2000);
    // pcscd polls presence every ~0.4 s: see the removal before putting the card back.
    await waitForCardPresence(stack.readerName, false, 10_000);
    await stack.card.insert();
    await waitForCardPresence(stack.readerName, true, 10_000);
    expect(await sign()).toMatchObject({ ok: true });
  });

  it("no card in the pinned reader → NO_CARD", async () => {
    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 10_000);
    const reply = await timed(() => sign());
    expect(reply.value).toMatchObject({ ok: false, error: { code: "NO_CARD" } });
    expect(reply.ms).toBeLessThan(TIMEOUT_MS * 3);
  });

  it("an unknown reader name → READER_NOT_FOUND", async () => {
    const reply = await sign("No Such Reader 00 00");
    expect(reply).toMatchObject({ ok: false, error: { code: "READER_NOT_FOUND" } });
  });

  it("a hung card → CARD_TIMEOUT within the configured bound; the host keeps serving and recovers", async () => {
    stack.card.hang({ ins: 0x2a });
    const hung = await timed(() => sign());
    expect(hung.value).toMatchObject({ ok: false, error: { code: "CARD_TIMEOUT" } });
    expect(hung.ms).toBeLessThan(TIMEOUT_MS + 3000);
    const status = await timed(() =>
      host.request({ id: "status-while-hung", command: "status", reader: "No Such Reader 00 00" }),
    );
    expect(status.value).toMatchObject({
      ok: true,
      result: { pcscRunning: true, problem: { code: "READER_NOT_FOUND" } },
    });
    stack.card.unhang();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await sign()).ok).toBe(true);
  });
});

describe("closing the host while a card call hangs", () => {
  it("the host still exits within a few seconds (it does not wait for the hung PC/SC call)", async () => {
    const second = startHost(hostConfigDir({ timeouts: { connectMs: TIMEOUT_MS, apduMs: TIMEOUT_MS } }));
    stack.card.hang({ ins: 0x2a });
    try {
      const reply = await second.request({
        id: "hung",
        command: "sign",
        reader: stack.readerName,
        pin: "ABC123",
        digests: [DIGEST],
      });
      expect(reply).toMatchObject({ ok: false, error: { code: "CARD_TIMEOUT" } });
      const exit = await timed(() => second.close());
      expect(exit.ms).toBeLessThan(5000);
      expect(second.child.exitCode !== null || second.child.signalCode !== null).toBe(true);
    } finally {
      stack.card.unhang();
    }
  });
});

describe("pcscd not running", () => {
  it("answers PCSC_UNAVAILABLE (status: pcscRunning false) quickly, and exits cleanly", async () => {
    // The client library reads the socket path from this variable: pointing it at nothing is, for this host,
    // exactly a machine where pcscd is not running, without stopping the pcscd other test runs share.
    const offline = startHost(hostConfigDir(), { PCSCLITE_CSOCK_NAME: "/nonexistent/pcscd.comm" });
    const status = await timed(() => offline.request({ id: "s", command: "status" }));
    expect(status.value).toMatchObject({
      ok: true,
      result: { pcscRunning: false, readers: [], card: null, problem: { code: "PCSC_UNAVAILABLE" } },
    });
    expect(status.ms).toBeLessThan(10_000);
    const signing = await offline.request({ id: "x", command: "sign", pin: "ABC123", digests: [DIGEST] });
    expect(signing).toMatchObject({ ok: false, error: { code: "PCSC_UNAVAILABLE" } });
    expect(await offline.close()).toEqual({ code: 0, signal: null });
  });
});
