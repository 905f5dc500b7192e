// SPDX-License-Identifier: MIT
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HostReplySchema, HostRequestSchema, MAX_REQUEST_BYTES, type HostReply } from "../../shared/protocol/native";
import { SILENT_LOGGER } from "../log/host-logger";
import { runMessageLoop, type LoopEnd } from "./message-loop";

/** One piece of the input stream, as a browser (or a broken one) might send it. */
type Piece =
  | { kind: "request"; id: string }
  | { kind: "payload"; bytes: Uint8Array }
  | { kind: "oversize"; declared: number }
  | { kind: "truncated"; declared: number; given: number };

const header = (length: number): Buffer => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(length, 0);
  return bytes;
};

function encode(piece: Piece): Buffer {
  switch (piece.kind) {
    case "request": {
      const json = Buffer.from(JSON.stringify({ id: piece.id, command: "pin-status", pin: "auth" }));
      return Buffer.concat([header(json.length), json]);
    }
    case "payload":
      return Buffer.concat([header(piece.bytes.length), piece.bytes]);
    case "oversize":
      return header(piece.declared);
    case "truncated":
      return Buffer.concat([header(piece.declared), Buffer.alloc(piece.given, 0x7b)]);
  }
}

const wrongShapes = fc.oneof(
  fc.jsonValue(),
  fc.record({ id: fc.string({ maxLength: 70 }), command: fc.string({ maxLength: 12 }) }),
  fc.record({
    id: fc.constant("x"),
    command: fc.constantFrom("sign", "authenticate", "card-info"),
    pin: fc.anything(),
  }),
);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 64 }).map((id): Piece => ({ kind: "request", id })),
  wrongShapes.map((value): Piece => ({ kind: "payload", bytes: Buffer.from(JSON.stringify(value) ?? "null") })),
  fc.uint8Array({ maxLength: 300 }).map((bytes): Piece => ({ kind: "payload", bytes })),
  fc
    .integer({ min: MAX_REQUEST_BYTES + 1, max: 0xffffffff })
    .map((declared): Piece => ({ kind: "oversize", declared })),
);
const stream = fc.tuple(
  fc.array(piece, { maxLength: 12 }),
  fc.option(
    fc
      .integer({ min: 1, max: 5000 })
      .chain((declared) =>
        fc.integer({ min: 0, max: declared - 1 }).map((given): Piece => ({ kind: "truncated", declared, given })),
      ),
  ),
  fc.integer({ min: 1, max: 64 }),
);

/** Whether a generated payload happens to be a well-formed request (the generators can produce one). */
function isValidRequest(item: Piece): boolean {
  if (item.kind !== "payload") return false;
  try {
    return HostRequestSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(item.bytes)))
      .success;
  } catch {
    return false;
  }
}

/** Feeds the bytes in chunks, ends the input, and collects the replies; rejects if the loop does not finish. */
async function serve(bytes: Buffer, chunkSize: number): Promise<{ end: LoopEnd; replies: HostReply[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = runMessageLoop({
    input,
    output,
    log: SILENT_LOGGER,
    handle: (request) => Promise.resolve({ triesLeft: 3, maxTries: 3, blocked: request.id === "" }),
  });
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    input.write(bytes.subarray(offset, offset + chunkSize));
  input.end();
  let timer: NodeJS.Timeout | undefined;
  const end = await Promise.race([
    finished,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("loop hung")), 5000))),
  ]);
  clearTimeout(timer);
  const all = Buffer.concat(chunks);
  const replies: HostReply[] = [];
  for (let offset = 0; offset < all.length;) {
    const length = all.readUInt32LE(offset);
    replies.push(HostReplySchema.parse(JSON.parse(all.subarray(offset + 4, offset + 4 + length).toString("utf8"))));
    offset += 4 + length;
  }
  return { end, replies };
}

describe("native-messaging loop under arbitrary input", () => {
  it("answers every complete frame with a coded reply, stops at an oversize frame, never hangs (1,000 streams)", async () => {
    await fc.assert(
      fc.asyncProperty(stream, async ([pieces, truncated, chunkSize]) => {
        const oversizeAt = pieces.findIndex((item) => item.kind === "oversize");
        const served = oversizeAt === -1 ? pieces : pieces.slice(0, oversizeAt);
        const all = truncated === null || oversizeAt !== -1 ? pieces : [...pieces, truncated];
        const { end, replies } = await serve(Buffer.concat(all.map(encode)), chunkSize);
        expect(end).toBe(oversizeAt === -1 ? "end-of-input" : "frame-too-large");
        expect(replies).toHaveLength(served.length + (oversizeAt === -1 ? 0 : 1));
        served.forEach((item, index) => {
          const reply = replies[index];
          if (item.kind === "request") expect(reply).toMatchObject({ id: item.id, ok: true });
          else if (isValidRequest(item)) expect(reply).toMatchObject({ ok: true });
          else expect(reply).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
        });
        if (oversizeAt !== -1)
          expect(replies.at(-1)).toEqual({ id: null, ok: false, error: { code: "FRAME_TOO_LARGE" } });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it("keeps the id of a readable request with the wrong shape", async () => {
    const json = Buffer.from(JSON.stringify({ id: "r1", command: "sign", digests: [] }));
    const { replies } = await serve(Buffer.concat([header(json.length), json]), 1000);
    expect(replies).toEqual([{ id: "r1", ok: false, error: { code: "BAD_REQUEST" } }]);
  });
});
