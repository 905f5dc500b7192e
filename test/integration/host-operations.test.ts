// SPDX-License-Identifier: MIT
import { createHash, verify, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticateResultSchema,
  CardInfoResultSchema,
  SignResultSchema,
  StatusResultSchema,
} from "../../shared/protocol/native";
import { DEFAULT_MANUFACTURE_NUMBER } from "../emulator/jpki-card-model";
import { connectToCard } from "../support/pcsc-test-client";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, resultOf, startHost, type HostProcess } from "./support-host";

/** DER DigestInfo of SHA-256(message) (PKCS#1 v1.5 prefix, docs/ref/jpki-card.md §6.2), base64. */
function digestInfo(message: string): string {
  const prefix = Buffer.from("3031300d060960864801650304020105000420", "hex");
  return Buffer.concat([prefix, createHash("sha256").update(message).digest()]).toString("base64");
}

const SALT = Buffer.from("2e71f6620bc654ced494e5ec34fe03c8", "hex");
const stack = useCardStack();
let configDir: string;
let host: HostProcess;

beforeAll(() => {
  buildHost();
  configDir = hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } });
  host = startHost(configDir);
});
afterAll(async () => {
  await host.close();
});

describe("host operations through pcscd + vpcd + the card emulator", () => {
  it("mode 02 signs two digests under one VERIFY; signatures verify against the returned signing certificate", async () => {
    const messages = ["application data 1", "申請データ 2"];
    const reply = await host.request({
      id: "sign-1",
      command: "sign",
      reader: stack.readerName,
      pin: "abc123",
      digests: messages.map(digestInfo),
    });
    const result = SignResultSchema.parse(resultOf(reply));
    expect(result.certificate).not.toMatch(/=/);
    const certificateDer = Buffer.from(result.certificate, "base64");
    expect(certificateDer.equals(Buffer.from(stack.pki.sign.der))).toBe(true);
    const publicKey = new X509Certificate(certificateDer).publicKey;
    expect(result.signature).toHaveLength(2);
    result.signature.forEach((signature, index) => {
      expect(verify("sha256", Buffer.from(messages[index] ?? ""), publicKey, Buffer.from(signature, "base64"))).toBe(
        true,
      );
    });
    expect(verify("sha256", Buffer.from("other"), publicKey, Buffer.from(result.signature[0] ?? "", "base64"))).toBe(
      false,
    );
    const uuid = readFileSync(join(configDir, "uuid"), "utf8").trim();
    expect(result.uuid).toBe(uuid);
    const expected = createHash("sha256")
      .update(Buffer.concat([SALT, Buffer.from(DEFAULT_MANUFACTURE_NUMBER, "ascii"), Buffer.from(uuid, "hex")]))
      .digest("hex");
    expect(result.combination_code).toBe(expected);
    const { name, address, birthDate, sex } = stack.pki.holder;
    expect(result.holder).toEqual({ name, address, birthDate, sex });
    const verifies = stack.card.model.apduLog.filter((entry) => entry.ins === 0x20 && entry.command.length > 8);
    expect(verifies).toHaveLength(1);
  });

  it("mode 01 signs with the auth key; the signature verifies against the auth certificate", async () => {
    const reply = await host.request({
      id: "auth-1",
      command: "authenticate",
      reader: stack.readerName,
      pin: "1234",
      digest: digestInfo("challenge"),
    });
    const result = AuthenticateResultSchema.parse(resultOf(reply));
    const certificateDer = Buffer.from(result.certificate, "base64");
    expect(certificateDer.equals(Buffer.from(stack.pki.auth.der))).toBe(true);
    const publicKey = new X509Certificate(certificateDer).publicKey;
    expect(verify("sha256", Buffer.from("challenge"), publicKey, Buffer.from(result.signature, "base64"))).toBe(true);
  });

  it("mode 04 returns the card-info AP's basic 4 facts as hex of UTF-8, kanji included", async () => {
    const reply = await host.request({ id: "info-1", command: "card-info", reader: stack.readerName, pin: "5678" });
    const result = CardInfoResultSchema.parse(resultOf(reply));
    const text = (hex: string): string => Buffer.from(hex, "hex").toString("utf8");
    const holder = stack.pki.holder;
    expect(text(result.name)).toBe(holder.name);
    expect(text(result.address)).toBe(holder.address);
    expect(text(result.birthday)).toBe(holder.birthDate.replaceAll("-", ""));
    expect(text(result.sex)).toBe(holder.sex === "3" ? "9" : holder.sex);
    expect(result.name).toBe(Buffer.from(holder.name, "utf8").toString("hex"));
  });

  it("status reports the card, its token, auth certificate dates and every PIN's tries without spending one", async () => {
    const before = stack.card.model.apduLog.length;
    const reply = await host.request({ id: "status-1", command: "status", reader: stack.readerName });
    const result = StatusResultSchema.parse(resultOf(reply));
    expect(result.pcscRunning).toBe(true);
    expect(result.problem).toBeNull();
    expect(result.readers.find((reader) => reader.name === stack.readerName)).toEqual({
      name: stack.readerName,
      cardPresent: true,
      jpki: true,
      chosen: true,
    });
    expect(result.card?.token).toBe("JPKIAPICCTOKEN2");
    expect(result.card?.authCertificate?.valid).toBe(true);
    expect(result.card?.pins).toEqual({
      auth: { triesLeft: 3, maxTries: 3, blocked: false },
      sign: { triesLeft: 5, maxTries: 5, blocked: false },
      "card-info": { triesLeft: 3, maxTries: 3, blocked: false },
    });
    const sent = stack.card.model.apduLog.slice(before);
    expect(sent.filter((entry) => entry.ins === 0x20 && entry.command.length > 8)).toEqual([]);
  });

  it("after an operation, a fresh connection cannot sign without VERIFY (the host reset the card)", async () => {
    await host.request({
      id: "sign-2",
      command: "sign",
      reader: stack.readerName,
      pin: "ABC123",
      digests: [digestInfo("x")],
    });
    const connection = await connectToCard(stack.readerName);
    try {
      const send = async (hex: string): Promise<string> =>
        Buffer.from(await connection.transmit(Buffer.from(hex, "hex"))).toString("hex");
      expect(await send("00a4040c0ad392f000260100000001")).toBe("9000");
      expect(await send("00a4020c02001a")).toBe("9000");
      const signing = await send(`802a008033${Buffer.from(digestInfo("x"), "base64").toString("hex")}00`);
      expect(signing).toBe("6982");
    } finally {
      await connection.close();
    }
  });
});
