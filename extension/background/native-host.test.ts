// SPDX-License-Identifier: MIT
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A stand-in for the browser's native port: records posts, lets the test answer or disconnect. */
class FakePort {
  readonly posted: Record<string, unknown>[] = [];
  error: { message: string } | undefined;
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) };
  postMessage(message: Record<string, unknown>): void {
    this.posted.push(message);
  }
  disconnect(): void {
    this.disconnectListeners.forEach((listener) => listener());
  }
  reply(message: unknown): void {
    this.messageListeners.forEach((listener) => listener(message));
  }
}

const ports: FakePort[] = [];
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      connectNative: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
    },
  },
}));

const { NativeHost } = await import("./native-host");
const PIN_STATUS = { triesLeft: 3, maxTries: 3, blocked: false };

describe("NativeHost", () => {
  beforeEach(() => {
    ports.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("matches replies to requests by id over one port and leaves out undefined fields", async () => {
    const host = new NativeHost("test.host");
    const first = host.request({ command: "pin-status", pin: "auth", reader: undefined });
    const second = host.request({ command: "pin-status", pin: "sign" });
    expect(ports).toHaveLength(1);
    const [a, b] = ports[0]?.posted ?? [];
    expect(a).not.toHaveProperty("reader");
    ports[0]?.reply({ id: b?.id, ok: true, result: { ...PIN_STATUS, maxTries: 5 } });
    ports[0]?.reply({ id: a?.id, ok: false, error: { code: "PIN_BLOCKED", triesLeft: 0 } });
    await expect(second).resolves.toEqual({ ...PIN_STATUS, maxTries: 5 });
    await expect(first).rejects.toMatchObject({ code: "PIN_BLOCKED", triesLeft: 0 });
  });

  it("refuses a result that does not match the command's schema", async () => {
    const host = new NativeHost("test.host");
    const pending = host.request({ command: "pin-status", pin: "auth" });
    ports[0]?.reply({ id: ports[0].posted[0]?.id, ok: true, result: { triesLeft: "three" } });
    await expect(pending).rejects.toMatchObject({ code: "HOST_INTERNAL" });
  });

  it("times out a request the host never answers", async () => {
    const host = new NativeHost("test.host");
    const pending = host.request({ command: "pin-status", pin: "auth" });
    const outcome = expect(pending).rejects.toMatchObject({ code: "REQUEST_TIMEOUT" });
    await vi.advanceTimersByTimeAsync(20_001);
    await outcome;
  });

  it("fails pending requests when the port closes, telling a missing host apart, and reconnects", async () => {
    const host = new NativeHost("test.host");
    const lost = host.request({ command: "status" });
    ports[0]?.disconnect();
    await expect(lost).rejects.toMatchObject({ code: "HOST_DISCONNECTED" });
    const missing = host.request({ command: "status" });
    expect(ports).toHaveLength(2);
    if (ports[1]) ports[1].error = { message: "Specified native messaging host not found." };
    ports[1]?.disconnect();
    await expect(missing).rejects.toMatchObject({ code: "HOST_NOT_FOUND" });
  });
});
