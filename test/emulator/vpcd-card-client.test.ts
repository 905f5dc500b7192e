// SPDX-License-Identifier: MIT
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildTestPki, type TestPki } from "../pki/build-test-pki";
import { createTestCas } from "../pki/test-ca-store";
import { APDU } from "./card-test-helpers";
import { fromHex, toHex } from "./command-apdu";
import { JpkiCardModel } from "./jpki-card-model";
import { VpcdCardClient } from "./vpcd-card-client";
import { encodeVpcdFrame, VpcdFrameDecoder } from "./vpcd-frames";

/** A stand-in for pcscd's vpcd driver: accepts the card's connection and exchanges frames with it. */
class FakeDriver {
  readonly server: Server;
  socket: Socket | undefined;
  readonly #frames: Uint8Array[] = [];
  readonly #waiters: ((frame: Uint8Array) => void)[] = [];
  readonly #connections: (() => void)[] = [];

  constructor() {
    this.server = createServer((socket) => {
      this.socket = socket;
      const decoder = new VpcdFrameDecoder();
      socket.on("data", (chunk) => decoder.push(chunk).forEach((frame) => this.#deliver(frame)));
      this.#connections.splice(0).forEach((resolve) => resolve());
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(0, "127.0.0.1", () => resolve((this.server.address() as { port: number }).port)),
    );
  }

  connected(): Promise<void> {
    return this.socket && !this.socket.destroyed
      ? Promise.resolve()
      : new Promise((resolve) => this.#connections.push(resolve));
  }

  #deliver(frame: Uint8Array): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(frame);
    else this.#frames.push(frame);
  }

  /** Sends a payload and resolves with the card's answer, or "closed" / "silent" after `waitMs`. */
  exchange(payload: string, waitMs = 1000): Promise<string> {
    const socket = this.socket;
    if (!socket) throw new Error("no card connected");
    return new Promise((resolve) => {
      const settle = (outcome: string): void => {
        clearTimeout(timer);
        this.#waiters.splice(this.#waiters.indexOf(waiter) >>> 0, 1);
        resolve(outcome);
      };
      const waiter = (frame: Uint8Array): void => settle(toHex(frame));
      const timer = setTimeout(() => settle(socket.destroyed ? "closed" : "silent"), waitMs);
      socket.once("close", () => settle("closed"));
      this.#waiters.push(waiter);
      socket.write(encodeVpcdFrame(fromHex(payload)));
    });
  }

  /** Forgets the current connection (destroying it when asked, as a pcscd exit would) and awaits the next one. */
  nextConnection(destroyCurrent: boolean): Promise<void> {
    if (destroyCurrent) this.socket?.destroy();
    this.socket = undefined;
    return this.connected();
  }

  close(): void {
    this.socket?.destroy();
    this.server.close();
  }
}

let pki: TestPki;
let driver: FakeDriver;
let model: JpkiCardModel;
let client: VpcdCardClient;

beforeAll(async () => {
  pki = await buildTestPki({ cas: await createTestCas() });
}, 60_000); // RSA key generation can take seconds on a busy machine
beforeEach(async () => {
  driver = new FakeDriver();
  const port = await driver.listen();
  model = new JpkiCardModel({ pki });
  client = new VpcdCardClient(model, port, fromHex("3BE000FF8131FE4514"));
  await client.insert();
  await driver.connected();
});
afterEach(() => {
  client.remove();
  driver.close();
});

describe("vpcd card client", () => {
  it("answers GET ATR with the ATR and APDUs with the card's response", async () => {
    expect(await driver.exchange("04")).toBe("3BE000FF8131FE4514");
    expect(await driver.exchange(APDU.selectJpki)).toBe("9000");
    expect(await driver.exchange("01", 200)).toBe("silent"); // power on: no reply expected
  });

  it("forgets verified PINs on power off and reset", async () => {
    await driver.exchange(APDU.selectJpki);
    await driver.exchange(APDU.selectEf("0018"));
    expect(await driver.exchange(APDU.verify("1234"))).toBe("9000");
    expect(model.isVerified("auth")).toBe(true);
    await driver.exchange("02", 100);
    expect(model.isVerified("auth")).toBe(false);
  });

  it("forces a status word, hangs until unhang, and drops mid-APDU", async () => {
    client.faults.forceStatusWord(0x6f00, { ins: 0xa4, once: true });
    expect(await driver.exchange(APDU.selectJpki)).toBe("6F00");
    client.faults.armHang({ ins: 0xa4 });
    const held = driver.exchange(APDU.selectJpki, 3000);
    await client.whenHung();
    client.unhang();
    expect(await held).toBe("9000");
    client.faults.armDrop({ ins: 0xb0 });
    expect(await driver.exchange(APDU.readBinary(0, 4))).toBe("closed");
    expect(client.inserted).toBe(false);
    expect(model.apduLog.at(-1)?.sw).toBe("none");
  });

  it("reinserts after a drop when asked, and reconnects when the driver side goes away", async () => {
    client.faults.armDrop({ reinsertAfterMs: 50 });
    expect(await driver.exchange(APDU.selectJpki)).toBe("closed");
    await driver.nextConnection(false);
    expect(client.inserted).toBe(true);
    await driver.nextConnection(true); // like pcscd exiting: the card keeps trying
    expect(await driver.exchange(APDU.selectJpki)).toBe("9000");
  });
});
