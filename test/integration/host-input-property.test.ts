// SPDX-License-Identifier: MIT
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { HostRequestSchema, MAX_REQUEST_BYTES } from "../../shared/protocol/native";
import { buildHost, hostConfigDir, startHost } from "./support-host";

const header = (length: number): Buffer => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(length, 0);
  return bytes;
};

/** Payloads that are not requests: random bytes, or JSON of the wrong shape. */
const notARequest = fc
  .oneof(
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? "null")),
    fc
      .record({ id: fc.string({ maxLength: 70 }), command: fc.string({ maxLength: 12 }), pin: fc.anything() })
      .map((value) => Buffer.from(JSON.stringify(value))),
  )
  .filter((payload) => {
    try {
      return !HostRequestSchema.safeParse(JSON.parse(payload.toString("utf8"))).success;
    } catch {
      return true;
    }
  });

/** A byte stream: some bad frames, then optionally an oversize header or a truncated frame. */
const streamArbitrary = fc.tuple(
  fc.array(notARequest, { maxLength: 8 }),
  fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.integer({ min: MAX_REQUEST_BYTES + 1, max: 0xffffffff }).map(header),
    fc
      .integer({ min: 2, max: 4000 })
      .map((declared) => Buffer.concat([header(declared), Buffer.alloc(declared - 1, 0x20)])),
    fc.uint8Array({ minLength: 1, maxLength: 3 }).map((bytes) => Buffer.from(bytes)),
  ),
);

beforeAll(() => buildHost());

describe("the real host process under arbitrary input", () => {
  it("answers coded errors and exits cleanly (exit 0, no signal) within 10 s, for generated streams", async () => {
    await fc.assert(
      fc.asyncProperty(streamArbitrary, async ([payloads, tail]) => {
        const host = startHost(hostConfigDir(), { PCSCLITE_CSOCK_NAME: "/nonexistent/pcscd.comm" });
        host.writeRaw(Buffer.concat([...payloads.flatMap((payload) => [header(payload.length), payload]), tail]));
        let timer: NodeJS.Timeout | undefined;
        const exit = await Promise.race([
          host.close(),
          new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("host hung")), 10_000))),
        ]);
        clearTimeout(timer);
        expect(exit).toEqual({ code: 0, signal: null });
        const oversize = tail.length === 4 && tail.readUInt32LE(0) > MAX_REQUEST_BYTES;
        expect(host.replies).toHaveLength(payloads.length + (oversize ? 1 : 0));
        for (const reply of host.replies.slice(0, payloads.length)) {
          expect(reply).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
        }
        if (oversize) expect(host.replies.at(-1)).toEqual({ id: null, ok: false, error: { code: "FRAME_TOO_LARGE" } });
      }),
      { numRuns: 30 },
    );
  });
});
