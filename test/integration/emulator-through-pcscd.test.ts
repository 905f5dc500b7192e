// SPDX-License-Identifier: MIT
import { createVerify, X509Certificate } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { APDU, derTotalLength, sha256DigestInfo, splitResponse } from "../emulator/card-test-helpers";
import { fromHex, toHex } from "../emulator/command-apdu";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { connectToCard, type PcscTestConnection } from "../support/pcsc-test-client";
import { useCardStack } from "../support/use-card-stack";

const stack = useCardStack();
let connection: PcscTestConnection | undefined;

afterEach(async () => {
  stack.card.clearFaults();
  stack.card.unhang();
  await connection?.close().catch(() => undefined);
  connection = undefined;
  if (!stack.card.inserted) {
    await stack.card.insert();
    await waitForCardPresence(stack.readerName, true, 10_000);
  }
});

async function send(hex: string, timeoutMs?: number): Promise<{ data: Uint8Array; sw: string }> {
  if (!connection) throw new Error("not connected");
  return splitResponse(await connection.transmit(fromHex(hex), timeoutMs));
}

describe("the emulated card through the real pcscd", () => {
  it("runs select → read auth certificate → verify → sign, and the signature verifies", async () => {
    expect(stack.readerName).toMatch(/^DIPS Test vpcd \d+ 00 0[01]$/);
    connection = await connectToCard(stack.readerName);
    expect((await send(APDU.selectJpki)).sw).toBe("9000");
    expect((await send(APDU.selectEf("000A"))).sw).toBe("9000");
    const header = await send(APDU.readBinary(0, 7));
    const length = derTotalLength(header.data);
    const certificate = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += 256) {
      const part = await send(APDU.readBinary(offset, Math.min(256, length - offset)));
      expect(part.sw).toBe("9000");
      certificate.set(part.data, offset);
    }
    expect(certificate).toEqual(stack.pki.auth.der);
    expect((await send(APDU.selectEf("0018"))).sw).toBe("9000");
    expect((await send(APDU.verify("1234"))).sw).toBe("9000");
    expect((await send(APDU.selectEf("0017"))).sw).toBe("9000");
    const signature = await send(APDU.sign(sha256DigestInfo("login challenge")));
    expect(signature.sw).toBe("9000");
    expect(signature.data).toHaveLength(256);
    const publicKey = new X509Certificate(certificate).publicKey;
    expect(createVerify("sha256").update("login challenge").verify(publicKey, signature.data)).toBe(true);
    expect(stack.card.model.apduLog.some((entry) => entry.ins === 0x2a && entry.sw === "9000")).toBe(true);
  });

  it("passes an extended-length response (one READ BINARY for the whole certificate)", async () => {
    connection = await connectToCard(stack.readerName);
    await send(APDU.selectJpki);
    await send(APDU.selectEf("000A"));
    const whole = await send(APDU.readBinaryExtended(0, 0));
    expect(whole.sw).toBe("9000");
    expect(whole.data).toEqual(stack.pki.auth.der);
  });

  it("reports removal and insertion, and the card forgets the verified PIN", async () => {
    connection = await connectToCard(stack.readerName);
    await send(APDU.selectJpki);
    await send(APDU.selectEf("0018"));
    expect((await send(APDU.verify("1234"))).sw).toBe("9000");
    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 5000);
    await expect(send(APDU.selectJpki)).rejects.toThrow();
    await connection.close().catch(() => undefined);
    await stack.card.insert();
    await waitForCardPresence(stack.readerName, true, 5000);
    connection = await connectToCard(stack.readerName);
    await send(APDU.selectJpki);
    await send(APDU.selectEf("0017"));
    expect((await send(APDU.sign(sha256DigestInfo("x")))).sw).toBe("6982");
  });

  it("hangs on request and a client's own timeout fires; unhang answers the held command", async () => {
    connection = await connectToCard(stack.readerName);
    await send(APDU.selectJpki);
    await send(APDU.selectEf("0018"));
    stack.card.hang({ ins: 0x20 });
    const held = send(APDU.verifyQuery, 20_000);
    await stack.card.whenHung();
    const timedOut = await Promise.race([held.then(() => false), new Promise((r) => setTimeout(() => r(true), 1500))]);
    expect(timedOut).toBe(true);
    stack.card.unhang();
    expect((await held).sw).toBe("63C3");
  });

  it("times out a hung command with the client's own timeout, and removal unblocks pcscd", async () => {
    connection = await connectToCard(stack.readerName);
    stack.card.hang();
    await expect(send(APDU.selectJpki, 1500)).rejects.toThrow(/timed out/);
    stack.card.remove();
    await waitForCardPresence(stack.readerName, false, 5000);
  });

  it("drops the connection mid-APDU: that transmit fails or returns no status word", async () => {
    connection = await connectToCard(stack.readerName);
    await send(APDU.selectJpki);
    stack.card.dropMidApdu({ ins: 0xb0 });
    await send(APDU.selectEf("000A"));
    const outcome = await connection.transmit(fromHex(APDU.readBinary(0, 7))).then(
      (response) => toHex(response),
      (error: unknown) => String(error),
    );
    expect(outcome.length < 4 || /error|0x8010/i.test(outcome)).toBe(true);
    expect(stack.card.inserted).toBe(false);
    await waitForCardPresence(stack.readerName, false, 5000);
  });

  it("forces a status word for one command", async () => {
    connection = await connectToCard(stack.readerName);
    stack.card.forceStatusWord(0x6f00, { ins: 0xa4, once: true });
    expect((await send(APDU.selectJpki)).sw).toBe("6F00");
    expect((await send(APDU.selectJpki)).sw).toBe("9000");
  });
});
