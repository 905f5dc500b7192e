// SPDX-License-Identifier: MIT
/**
 * The linux-x64 executable loads exactly the koffi.node it carries (docs/security.md, "the executable's native
 * module"). The trap: the cache file `koffi-<sha256>.node` is a symbolic link to a FIFO; whoever opens the FIFO gets
 * the genuine bytes from an attacker, who repoints the link to a planted library before closing the FIFO, so a loader
 * that compares by name and then loads by name loads the planted library. The planted library's constructor leaves a
 * marker file; the test first shows that the trap does catch such a loader, then that the executable never runs it:
 * not for `--version`, not in the native-messaging loop, not as the user whose HOME it is, not as root (whose HOME is
 * ignored).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostReplySchema, StatusResultSchema } from "../../shared/protocol/native";
import { PRODUCT_VERSION } from "../../shared/version";
import { HOST_EXECUTABLE } from "../support/host-executable";
import { buildHost, frame } from "./support-host";

const work = mkdtempSync(join(tmpdir(), "dips-native-trap-"));
chmodSync(work, 0o755);
const marker = join(work, "markers/planted-ran");
const planted = join(work, "planted.so");
/** A user that is not root, to run the host as the owner of a HOME (root runs it as nobody, uid 65534). */
const asRoot = process.geteuid?.() === 0;
const USER = asRoot ? { uid: 65534, gid: 65534 } : { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };

/** The attacker: waits for a reader on the FIFO, feeds it the genuine bytes, repoints the link, then closes. */
const ATTACKER = `
const fs = require("node:fs");
const [fifo, link, genuine, planted] = process.argv.slice(1);
const bytes = fs.readFileSync(genuine);
const deadline = Date.now() + Number(process.env.TRAP_MS);
for (;;) {
  let fd;
  try { fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK); } catch {
    if (Date.now() > deadline) { process.stdout.write("never read"); process.exit(0); }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    continue;
  }
  let offset = 0;
  while (offset < bytes.length) {
    try { offset += fs.writeSync(fd, bytes, offset); } catch (error) { if (error.code !== "EAGAIN") throw error; }
  }
  fs.unlinkSync(link);
  fs.symlinkSync(planted, link);
  fs.closeSync(fd);
  process.stdout.write("fed");
  process.exit(0);
}`;

interface Trap {
  readonly home: string;
  readonly link: string;
  /** Resolves with "fed" when something read the FIFO, "never read" otherwise. */
  readonly attacker: Promise<string>;
}

/** Builds the trap in a fresh HOME owned by `owner`; the attacker waits `ms` for a reader. */
function buildTrap(owner: { uid: number; gid: number }, sha256: string, genuine: string, ms: number): Trap {
  const home = mkdtempSync(join(work, "home-"));
  const cache = join(home, ".cache/dips-companion");
  mkdirSync(cache, { recursive: true, mode: 0o700 });
  const fifo = join(cache, "feed");
  execFileSync("mkfifo", ["-m", "0600", fifo]);
  const link = join(cache, `koffi-${sha256}.node`);
  symlinkSync(fifo, link);
  for (const path of [home, join(home, ".cache"), cache, fifo]) chownSync(path, owner.uid, owner.gid);
  lchownSync(link, owner.uid, owner.gid);
  const child = spawn(process.execPath, ["-e", ATTACKER, fifo, link, genuine, planted], {
    env: { TRAP_MS: String(ms) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let said = "";
  child.stdout.on("data", (chunk: Buffer) => (said += chunk.toString()));
  const attacker = new Promise<string>((resolve) => child.once("exit", () => resolve(said)));
  return { home, link, attacker };
}

/** Runs the executable's native-messaging loop: one `status` request, then stdin closes as a browser's port does. */
async function nativeStatus(env: NodeJS.ProcessEnv, user?: { uid: number; gid: number }): Promise<unknown> {
  const child = spawn(HOST_EXECUTABLE, ["chrome-extension://testextensionid/"], { env, ...user });
  let output = Buffer.alloc(0);
  let errors = "";
  child.stdout.on("data", (chunk: Buffer) => (output = Buffer.concat([output, chunk])));
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stdin.end(frame({ id: "trap-1", command: "status" }));
  await exited;
  if (output.length < 4) throw new Error(`no reply; stderr: ${errors}`);
  const reply = HostReplySchema.parse(JSON.parse(output.subarray(4, 4 + output.readUInt32LE(0)).toString("utf8")));
  if (!reply.ok) throw new Error(`status failed: ${reply.error.code}`);
  return StatusResultSchema.parse(reply.result);
}

let genuine = "";
let sha256 = "";

beforeAll(() => {
  buildHost();
  mkdirSync(join(work, "markers"), { mode: 0o777 });
  chmodSync(join(work, "markers"), 0o777);
  const source = join(work, "planted.c");
  writeFileSync(
    source,
    `#include <fcntl.h>\n#include <unistd.h>\n__attribute__((constructor)) static void planted(void) {\n` +
      `  int fd = open(${JSON.stringify(marker)}, O_CREAT | O_WRONLY, 0666); if (fd >= 0) close(fd);\n}\n`,
  );
  execFileSync("cc", ["-shared", "-fPIC", "-o", planted, source]);
  // The genuine koffi.node: what the executable writes into a HOME of its own.
  const clean = mkdtempSync(join(work, "clean-"));
  chownSync(clean, USER.uid, USER.gid);
  const env = { PATH: "/usr/bin:/bin", HOME: clean };
  const child = spawnSync(HOST_EXECUTABLE, ["chrome-extension://testextensionid/"], { env, input: "", ...USER });
  expect(child.status).toBe(0);
  const cache = join(clean, ".cache/dips-companion");
  const name = readdirSync(cache).find((entry) => /^koffi-[0-9a-f]{64}\.node$/.test(entry)) ?? "";
  genuine = join(cache, name);
  sha256 = createHash("sha256").update(readFileSync(genuine)).digest("hex");
  expect(name).toBe(`koffi-${sha256}.node`);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the FIFO + symbolic link trap", () => {
  it("runs the planted constructor in a loader that compares by name and loads by name (the trap works)", async () => {
    const trap = buildTrap(USER, sha256, genuine, 10_000);
    const naive = `
      const fs = require("node:fs");
      const [path, genuine] = process.argv.slice(1);
      if (fs.readFileSync(path).equals(fs.readFileSync(genuine))) {
        try { process.dlopen({ exports: {} }, path); } catch {}
      }`;
    spawnSync(process.execPath, ["-e", naive, trap.link, genuine], { ...USER, timeout: 20_000 });
    expect(await trap.attacker).toBe("fed");
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
  }, 60_000);

  it("--version with an empty HOME creates nothing there and loads no native module", async () => {
    const empty = mkdtempSync(join(work, "empty-"));
    chownSync(empty, USER.uid, USER.gid);
    const version = spawnSync(HOST_EXECUTABLE, ["--version"], { env: { HOME: empty }, encoding: "utf8", ...USER });
    expect(version.stdout).toBe(`${PRODUCT_VERSION}\n`);
    expect(readdirSync(empty)).toEqual([]);
    const trap = buildTrap(USER, sha256, genuine, 3_000);
    execFileSync(HOST_EXECUTABLE, ["--version"], { env: { HOME: trap.home }, ...USER });
    expect(await trap.attacker).toBe("never read");
    expect(readlinkSync(trap.link)).toBe(join(trap.home, ".cache/dips-companion/feed"));
    expect(existsSync(marker)).toBe(false);
  }, 60_000);

  it("the native loop, as the HOME's owner: never opens the link, replaces it with the genuine file and answers", async () => {
    const trap = buildTrap(USER, sha256, genuine, 3_000);
    const status = await nativeStatus({ PATH: "/usr/bin:/bin", HOME: trap.home }, USER);
    expect(status).toMatchObject({ hostVersion: PRODUCT_VERSION });
    expect(await trap.attacker).toBe("never read");
    expect(existsSync(marker)).toBe(false);
    const stats = lstatSync(trap.link);
    expect(stats.isFile()).toBe(true);
    expect(stats.mode & 0o777).toBe(0o600);
    expect(readFileSync(trap.link).equals(readFileSync(genuine))).toBe(true);
  }, 60_000);

  it.runIf(asRoot)(
    "the native loop as root with HOME set to the trap (env -i HOME=…): HOME is ignored",
    async () => {
      const trap = buildTrap({ uid: USER.uid, gid: USER.gid }, sha256, genuine, 3_000);
      const status = await nativeStatus({ HOME: trap.home });
      expect(status).toMatchObject({ hostVersion: PRODUCT_VERSION });
      expect(await trap.attacker).toBe("never read");
      expect(existsSync(marker)).toBe(false);
      expect(lstatSync(trap.link).isSymbolicLink()).toBe(true);
    },
    60_000,
  );

  it("refuses a cache folder that others can write, and loads nothing from it", async () => {
    const trap = buildTrap(USER, sha256, genuine, 3_000);
    chmodSync(join(trap.home, ".cache/dips-companion"), 0o777);
    await expect(nativeStatus({ PATH: "/usr/bin:/bin", HOME: trap.home }, USER)).rejects.toThrow(
      /refusing the cache folder .* can be written by group or others/,
    );
    expect(await trap.attacker).toBe("never read");
    expect(existsSync(marker)).toBe(false);
  }, 60_000);
});
