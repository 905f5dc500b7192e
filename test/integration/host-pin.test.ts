// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { HostReply } from "../../shared/protocol/native";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, startHost, type HostProcess } from "./support-host";

const DIGEST = Buffer.concat([
  Buffer.from("3031300d060960864801650304020105000420", "hex"),
  createHash("sha256").update("data").digest(),
]).toString("base64");

const stack = useCardStack();
let host: HostProcess;
let sequence = 0;

/** VERIFY commands that carried a PIN (an empty VERIFY only asks for the tries left). */
const verifiesWithData = (): number =>
  stack.card.model.apduLog.filter((entry) => entry.ins === 0x20 && entry.command.length > 8).length;

const sign = (pin: string, confirmLastTry?: boolean): Promise<HostReply> =>
  host.request({
    id: `sign-${++sequence}`,
    command: "sign",
    reader: stack.readerName,
    pin,
    digests: [DIGEST],
    ...(confirmLastTry === undefined ? {} : { confirmLastTry }),
  });

beforeAll(() => {
  buildHost();
  host = startHost(hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } }));
});
afterAll(async () => {
  await host.close();
});
beforeEach(() => {
  stack.card.model.setTriesLeft("sign", 5);
  stack.card.model.setTriesLeft("auth", 3);
  stack.card.model.apduLog.length = 0;
});

describe("PIN rules through the real stack", () => {
  it("a wrong sign password answers PIN_WRONG with the tries left; the card's counter drops by exactly one", async () => {
    const reply = await sign("WRONG1");
    expect(reply).toMatchObject({ ok: false, error: { code: "PIN_WRONG", triesLeft: 4 } });
    expect(stack.card.model.triesLeft("sign")).toBe(4);
    expect(verifiesWithData()).toBe(1);
  });

  it("a wrong auth PIN drops the auth counter by one and leaves the sign counter alone", async () => {
    const reply = await host.request({
      id: "auth-wrong",
      command: "authenticate",
      reader: stack.readerName,
      pin: "9999",
      digest: DIGEST,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: "PIN_WRONG", triesLeft: 2 } });
    expect(stack.card.model.triesLeft("auth")).toBe(2);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  });

  it("refuses the last try without confirmation and leaves the counter unchanged", async () => {
    stack.card.model.setTriesLeft("sign", 1);
    const reply = await sign("ABC123");
    expect(reply).toMatchObject({ ok: false, error: { code: "PIN_LAST_TRY_UNCONFIRMED", triesLeft: 1 } });
    expect(stack.card.model.triesLeft("sign")).toBe(1);
    expect(verifiesWithData()).toBe(0);
  });

  it("uses the last try when confirmed (a right password then succeeds and restores the counter)", async () => {
    stack.card.model.setTriesLeft("sign", 1);
    const reply = await sign("ABC123", true);
    expect(reply.ok).toBe(true);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  });

  it("a blocked PIN answers PIN_BLOCKED without any VERIFY carrying a PIN", async () => {
    stack.card.model.setTriesLeft("sign", 0);
    const reply = await sign("ABC123", true);
    expect(reply).toMatchObject({ ok: false, error: { code: "PIN_BLOCKED", triesLeft: 0 } });
    expect(verifiesWithData()).toBe(0);
  });

  it.each(["ABC12", "ABCDEFG", "1234567", "ABC 123", "ＡＢＣ１２３"])(
    "a malformed sign password (%s) never reaches the card",
    async (pin) => {
      const reply = await sign(pin);
      expect(reply).toMatchObject({ ok: false, error: { code: "PIN_MALFORMED" } });
      expect(verifiesWithData()).toBe(0);
      expect(stack.card.model.triesLeft("sign")).toBe(5);
    },
  );

  it("pin-status reads the tries left without spending one", async () => {
    stack.card.model.setTriesLeft("sign", 3);
    const reply = await host.request({ id: "ps", command: "pin-status", reader: stack.readerName, pin: "sign" });
    expect(reply).toEqual({ id: "ps", ok: true, result: { triesLeft: 3, maxTries: 5, blocked: false } });
    expect(stack.card.model.triesLeft("sign")).toBe(3);
    expect(verifiesWithData()).toBe(0);
  });
});
