// SPDX-License-Identifier: MIT
/**
 * A browser's native-messaging side, run by Windows node.exe INSIDE Wine (the test bundles it with esbuild): it finds
 * the host the way Chrome and Firefox do on Windows and talks to it over pipes between two Windows processes
 * (developer.chrome.com "Native messaging"; MDN "Native manifests", "Native messaging"):
 * 1. reads the default value of the registry key → the manifest file;
 * 2. checks the manifest's name and that it allows the caller (allowed_origins / allowed_extensions);
 * 3. starts `path` (relative paths are relative to the manifest's folder) with the browser's arguments: Chrome passes
 *    the caller's origin and `--parent-window=<handle>`, Firefox the manifest's path and the extension id;
 * 4. writes each request (4-byte little-endian length + UTF-8 JSON) and reads the replies, each timed from its write.
 *    A step `{ "$control": name }` is not sent to the host: the stand-in asks the test (Linux side) to act it out over
 *    loopback HTTP (POST /name on controlPort: remove the card, unplug the reader, …) and goes on once it has.
 * The outcome goes to a JSON file: a Windows program's stdout under Wine cannot be a Unix pipe.
 *
 * Arguments: <input file (JSON StandInInput)> <result file>.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { win32 } from "node:path";

export interface StandInInput {
  /** Full registry key, e.g. `HKCU\Software\Google\Chrome\NativeMessagingHosts\jp.dips_companion.host`. */
  readonly registryKey: string;
  readonly hostName: string;
  /** Chrome's caller origin (`chrome-extension://<id>/`) or Firefox's extension id. */
  readonly caller:
    { readonly kind: "chromium"; readonly origin: string } | { readonly kind: "firefox"; readonly id: string };
  /** Chrome's arguments after the origin (default: `--parent-window=0`, what Chrome on Windows adds). */
  readonly chromeArgs?: readonly string[];
  /** Requests for the host, in order, and `{ "$control": name }` steps (see above). */
  readonly requests: readonly object[];
  /** The test's loopback HTTP port for `$control` steps. */
  readonly controlPort?: number;
  /** How long to wait for all replies. */
  readonly timeoutMs: number;
}

export interface StandInResult {
  readonly manifestPath: string;
  readonly manifest: Record<string, unknown>;
  readonly executable: string;
  /** Each reply (parsed JSON) with the milliseconds from its request's write. */
  readonly replies: readonly { readonly reply: unknown; readonly ms: number }[];
  /** The host's exit code after stdin was closed (null: it did not exit within 5 s). */
  readonly exitCode: number | null;
  readonly stderr: string;
}

function registryDefault(key: string): string {
  const output = execFileSync("reg", ["query", key, "/ve"], { encoding: "utf8" });
  const value = /\(Default\)\s+REG_SZ\s+(.*)$/m.exec(output)?.[1]?.trim();
  if (value === undefined) throw new Error(`no default value in ${key}: ${output}`);
  return value;
}

/** A wait that does not keep the process alive once everything else is done. */
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length);
  return Buffer.concat([header, body]);
}

/** POSTs `/name` to the test's control port and waits until it answers 200 (node:http: fetch fails under Wine). */
function askTest(port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", family: 4, port, path: `/${name}`, method: "POST" },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        response.on("end", () =>
          response.statusCode === 200
            ? resolve()
            : reject(new Error(`control ${name}: ${response.statusCode} ${body}`)),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

async function talk(input: StandInInput): Promise<StandInResult> {
  const manifestPath = registryDefault(input.registryKey);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  if (manifest.name !== input.hostName) throw new Error(`manifest names ${String(manifest.name)}`);
  const allowed = input.caller.kind === "chromium" ? manifest.allowed_origins : manifest.allowed_extensions;
  const caller = input.caller.kind === "chromium" ? input.caller.origin : input.caller.id;
  if (!Array.isArray(allowed) || !allowed.includes(caller)) throw new Error(`manifest does not allow ${caller}`);
  if (typeof manifest.path !== "string") throw new Error("manifest has no path");
  const executable = win32.isAbsolute(manifest.path)
    ? manifest.path
    : win32.join(win32.dirname(manifestPath), manifest.path);
  // Chrome runs `cmd.exe /d /c "<path>" <origin> --parent-window=<handle>` (the quoted path may hold spaces, as
  // "Program Files" does); Firefox starts the executable itself.
  const child =
    input.caller.kind === "chromium"
      ? spawn(
          process.env.ComSpec ?? "cmd.exe",
          ["/d", "/c", `"${executable}"`, caller, ...(input.chromeArgs ?? ["--parent-window=0"])],
          {
            stdio: "pipe",
            windowsHide: true,
            windowsVerbatimArguments: true,
          },
        )
      : spawn(executable, [manifestPath, caller], { stdio: "pipe", windowsHide: true });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  let pending = Buffer.alloc(0);
  const replies: { reply: unknown; ms: number }[] = [];
  const arrived: unknown[] = [];
  let wake: () => void = () => undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32LE(0)) {
      const length = pending.readUInt32LE(0);
      arrived.push(JSON.parse(pending.subarray(4, 4 + length).toString("utf8")));
      pending = pending.subarray(4 + length);
      wake();
    }
  });
  const deadline = Date.now() + input.timeoutMs;
  const nextReply = async (): Promise<unknown> => {
    while (arrived.length === 0) {
      if (Date.now() > deadline) throw new Error("timed out");
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), delay(deadline - Date.now())]);
    }
    return arrived.shift();
  };
  const conversation = (async () => {
    for (const step of input.requests) {
      const control = (step as { $control?: unknown }).$control;
      if (typeof control === "string") {
        await askTest(input.controlPort ?? 0, control);
        continue;
      }
      const sentAt = Date.now();
      child.stdin.write(frame(step));
      replies.push({ reply: await nextReply(), ms: Date.now() - sentAt });
    }
  })();
  // A missing reply ends the conversation (the test sees fewer replies); a failed control step fails the run.
  await conversation.catch((error: unknown) => {
    if (error instanceof Error && error.message === "timed out") return;
    child.kill();
    throw error;
  });
  child.stdin.end();
  const exitCode = await Promise.race([exited, delay(5000).then(() => null)]);
  if (exitCode === null) child.kill();
  return { manifestPath, manifest, executable, replies, exitCode, stderr };
}

const [inputFile, resultFile] = process.argv.slice(2);
if (inputFile === undefined || resultFile === undefined) throw new Error("usage: <input file> <result file>");
// Exits once the outcome is written: a host that failed to stop must not keep the stand-in waiting.
talk(JSON.parse(readFileSync(inputFile, "utf8")) as StandInInput)
  .then(
    (result) => writeFileSync(resultFile, JSON.stringify({ ok: true, result })),
    (error: unknown) => writeFileSync(resultFile, JSON.stringify({ ok: false, error: String(error) })),
  )
  .finally(() => process.exit(0));
