// SPDX-License-Identifier: MIT
import type { Readable, Writable } from "node:stream";
import { toCompanionError, CompanionError } from "../../shared/errors/companion-error";
import type { HostReply, HostRequest } from "../../shared/protocol/native";
import type { HostLogger } from "../log/host-logger";
import { encodeFrame } from "./frame-encoder";
import { FrameDecoder } from "./frame-decoder";
import { parseRequest } from "./parse-request";

/** Runs one request and returns its result (already checked against the result schema). */
export type RequestHandler = (request: HostRequest) => Promise<unknown>;

export interface MessageLoopOptions {
  input: Readable;
  output: Writable;
  handle: RequestHandler;
  log: HostLogger;
}

/** Why the loop ended: the browser closed stdin (a truncated last frame is dropped), or a frame was too large. */
export type LoopEnd = "end-of-input" | "frame-too-large" | "output-closed";

/**
 * The native-messaging loop: reads frames, answers each request by id, in arrival order, one at a time (the card is
 * one device, so pipelined requests queue). Resolves once every accepted request has been answered.
 */
export function runMessageLoop({ input, output, handle, log }: MessageLoopOptions): Promise<LoopEnd> {
  const decoder = new FrameDecoder();
  let queue = Promise.resolve();
  let outputClosed = false;

  const write = (reply: HostReply): Promise<void> =>
    new Promise((resolve) => {
      const frame = encodeFrame(reply) ?? encodeFrame(errorReply(reply.id, new CompanionError("HOST_INTERNAL")));
      if (outputClosed || frame === null) return resolve();
      output.write(frame, (error) => {
        if (error) outputClosed = true;
        resolve();
      });
    });

  const serve = async (payload: Buffer): Promise<void> => {
    const parsed = parseRequest(payload);
    if (!parsed.ok) {
      log.event({ id: parsed.id, event: "bad-request", code: "BAD_REQUEST" });
      return write(errorReply(parsed.id, new CompanionError("BAD_REQUEST")));
    }
    const { id, command } = parsed.request;
    const started = process.hrtime.bigint();
    try {
      const result = await handle(parsed.request);
      log.event({ id, command, event: "done", ms: millisecondsSince(started) });
      await write({ id, ok: true, result });
    } catch (error) {
      const coded = toCompanionError(error);
      log.event({ id, command, event: "failed", code: coded.code, ms: millisecondsSince(started) });
      // The cause of a card or PC/SC failure (a PC/SC code, a status word) helps diagnose it; it never holds a PIN.
      if (coded.code === "HOST_INTERNAL") log.failure(error);
      else if (coded.cause !== undefined) log.failure(coded.cause);
      await write(errorReply(id, coded));
    }
  };

  return new Promise((resolve) => {
    let ended = false;
    const finish = (why: LoopEnd): void => {
      if (ended) return;
      ended = true;
      input.off("data", onData);
      void queue.then(() => resolve(outputClosed && why === "end-of-input" ? "output-closed" : why));
    };
    const onData = (chunk: Buffer): void => {
      for (const frame of decoder.push(chunk)) {
        if (frame.kind === "too-large") {
          log.event({ id: null, event: "frame-too-large", code: "FRAME_TOO_LARGE", bytes: frame.declaredBytes });
          queue = queue.then(() => write(errorReply(null, new CompanionError("FRAME_TOO_LARGE"))));
          input.pause();
          finish("frame-too-large");
          return;
        }
        queue = queue.then(() => serve(frame.payload));
      }
    };
    input.on("data", onData);
    input.once("end", () => finish("end-of-input"));
    input.once("close", () => finish("end-of-input"));
    input.once("error", () => finish("end-of-input"));
    output.once("error", () => {
      outputClosed = true;
    });
  });
}

function errorReply(id: string | null, error: CompanionError): HostReply {
  return { id, ok: false, error: error.toWire() };
}

/**
 * Whole milliseconds since a `process.hrtime.bigint()` reading. Not `performance.now()`: the global `performance`
 * loads perf_hooks and eight more internal modules on first use, ~3 ms of every host start.
 */
function millisecondsSince(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}
