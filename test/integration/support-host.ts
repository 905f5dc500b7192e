// SPDX-License-Identifier: MIT
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HostReplySchema, type HostReply, type HostRequestInput } from "../../shared/protocol/native";
import { ensureHostExecutable, HOST_EXECUTABLE } from "../support/host-executable";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The bundle for Node (the bench compares it with the executable). */
export const HOST_BUNDLE = join(ROOT, "dist/host/dips-companion-host.cjs");
let built = false;

/**
 * Builds the host from the current sources (once per process): the bundles, then the single executable the tests
 * start (HOST_EXECUTABLE, the file the packages ship).
 */
export function buildHost(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, "scripts/build-host.mjs")], { stdio: "ignore" });
  ensureHostExecutable();
  built = true;
}

/** A fresh config folder with `config.json` (the host's `uuid` is created there on first use). */
export function hostConfigDir(config: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "dips-host-test-"));
  writeFileSync(join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

/** One native-host process, spoken to as a browser would (4-byte little-endian length + UTF-8 JSON). */
export interface HostProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Sends a request and resolves with the reply carrying its id. */
  request(message: HostRequestInput): Promise<HostReply>;
  /** Writes raw bytes to the host's stdin. */
  writeRaw(bytes: Buffer): void;
  /** Every reply so far, in arrival order. */
  readonly replies: HostReply[];
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends stdin (as a browser closing the port does) and waits for the exit. */
  close(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Encodes one native-messaging frame. */
export function frame(message: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(message), "utf8");
  const header = Buffer.alloc(4);
  header.writeUInt32LE(json.length, 0);
  return Buffer.concat([header, json]);
}

/** How to start the host: the executable (the product, default) or the bundle on this Node. */
export type HostCommand = "executable" | "bundle";

const COMMANDS: Record<HostCommand, () => [string, string[]]> = {
  executable: () => [HOST_EXECUTABLE, []],
  bundle: () => [process.execPath, [HOST_BUNDLE]],
};

/**
 * Spawns the built host as Chromium does (argv[1] = the caller origin), with its config folder. Replies are parsed
 * with the protocol's zod schema; a reply that does not parse fails the waiting test.
 */
export function startHost(
  configDir: string,
  env: NodeJS.ProcessEnv = {},
  command: HostCommand = "executable",
): HostProcess {
  const [program, args] = COMMANDS[command]();
  const child = spawn(program, [...args, "chrome-extension://testextensionid/"], {
    env: { ...process.env, DIPS_COMPANION_CONFIG_DIR: configDir, ...env },
  });
  const replies: HostReply[] = [];
  const waiting = new Map<string | null, (reply: HostReply) => void>();
  let pending = Buffer.alloc(0);
  let protocolError: Error | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32LE(0)) {
      const length = pending.readUInt32LE(0);
      const parsed = HostReplySchema.safeParse(JSON.parse(pending.subarray(4, 4 + length).toString("utf8")));
      pending = pending.subarray(4 + length);
      if (!parsed.success) {
        protocolError = new Error(`reply does not match the protocol: ${parsed.error.message}`);
        continue;
      }
      replies.push(parsed.data);
      waiting.get(parsed.data.id)?.(parsed.data);
      waiting.delete(parsed.data.id);
    }
  });
  child.stderr.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    replies,
    exited,
    request: (message) =>
      new Promise<HostReply>((resolve, reject) => {
        if (protocolError) return reject(protocolError);
        waiting.set(message.id, resolve);
        void exited.then(() => reject(new Error(`host exited before answering ${message.id}`)));
        child.stdin.write(frame(message));
      }),
    writeRaw: (bytes) => child.stdin.write(bytes),
    close: () => {
      child.stdin.end();
      return exited;
    },
  };
}

/** The result of a successful reply, or a test failure naming the error code. */
export function resultOf(reply: HostReply): unknown {
  if (!reply.ok) throw new Error(`host answered ${reply.error.code}`);
  return reply.result;
}

/**
 * Starts `program` as Chromium would (argv[1] = the caller origin), writes one request, and resolves with the first
 * reply, unparsed (the caller parses it). For installed copies of the host, outside the test's own build.
 */
export async function requestOnce(
  program: string,
  message: HostRequestInput,
  env: NodeJS.ProcessEnv,
): Promise<unknown> {
  const child = spawn(program, ["chrome-extension://testextensionid/"], { env });
  let output = Buffer.alloc(0);
  child.stdout.on("data", (chunk: Buffer) => (output = Buffer.concat([output, chunk])));
  child.stderr.resume();
  child.stdin.write(frame(message));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && (output.length < 4 || output.length < 4 + output.readUInt32LE(0)))
    await new Promise((resolve) => setTimeout(resolve, 50));
  child.stdin.end();
  if (output.length < 4) throw new Error(`${program} did not answer within 20 s`);
  return JSON.parse(output.subarray(4, 4 + output.readUInt32LE(0)).toString("utf8"));
}
