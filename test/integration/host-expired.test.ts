// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, startHost, type HostProcess } from "./support-host";

const DIGEST = Buffer.concat([
  Buffer.from("3031300d060960864801650304020105000420", "hex"),
  createHash("sha256").update("data").digest(),
]).toString("base64");

/** A card whose certificates lapsed at the holder's 5th birthday after issue. */
const stack = useCardStack({ pkiOptions: { expired: true } });
let host: HostProcess;

beforeAll(() => {
  buildHost();
  host = startHost(hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } }));
});
afterAll(async () => {
  await host.close();
});

const verifiesWithData = (): number =>
  stack.card.model.apduLog.filter((entry) => entry.ins === 0x20 && entry.command.length > 8).length;

describe("expired certificates are refused before any PIN is used", () => {
  it("mode 02 answers CERT_EXPIRED; no VERIFY carried the password and the counter is full", async () => {
    const reply = await host.request({
      id: "sign",
      command: "sign",
      reader: stack.readerName,
      pin: "ABC123",
      digests: [DIGEST],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: "CERT_EXPIRED" } });
    expect(verifiesWithData()).toBe(0);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  });

  it("mode 01 answers CERT_EXPIRED; no VERIFY carried the PIN", async () => {
    const reply = await host.request({
      id: "auth",
      command: "authenticate",
      reader: stack.readerName,
      pin: "1234",
      digest: DIGEST,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: "CERT_EXPIRED" } });
    expect(verifiesWithData()).toBe(0);
    expect(stack.card.model.apduLog.some((entry) => entry.ins === 0x2a)).toBe(false);
  });

  it("status shows the auth certificate as not valid", async () => {
    const reply = await host.request({ id: "status", command: "status", reader: stack.readerName });
    expect(reply).toMatchObject({ ok: true, result: { card: { authCertificate: { valid: false } } } });
  });
});
