// SPDX-License-Identifier: MIT
/**
 * The single executables themselves. Linux x64: installs itself per user from the file a user downloads and the
 * installed copy answers `status` through the real pcscd; uninstall takes it away. Windows x64 (made with the blob of
 * the linux-x64 Node): runs under Wine, writes its koffi.node asset to the user's cache and loads it, and installs
 * itself per user (copy, manifests, HKCU keys through reg.exe) and uninstalls. macOS x64 and
 * Linux arm64 cannot run here: their files are checked for the injected blob and a clean (absent) signature.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExecutable, type ExecutableTarget } from "../../release/src/executable/build-executable";
import { HostReplySchema, StatusResultSchema } from "../../shared/protocol/native";
import { userCacheDir } from "../../host/card/pcsc/native-cache-dir";
import { HOST_NAME, PRODUCT_VERSION } from "../../shared/version";
import { useCardStack } from "../support/use-card-stack";
import { HOST_EXECUTABLE } from "../support/host-executable";
import { buildHost, frame, requestOnce } from "./support-host";
import { ROOT } from "./packaging-support";

const stack = useCardStack();
const work = mkdtempSync(join(tmpdir(), "dips-exe-test-"));
const built = (target: ExecutableTarget): string =>
  buildExecutable(target, { rootDir: ROOT, outDir: work, reuseUnchanged: true });

beforeAll(() => buildHost(), 120_000);

describe("the linux-x64 executable", () => {
  const home = join(work, "home");
  const installed = join(home, ".local/share/dips-companion/dips-companion-host");
  const env = () => ({ PATH: "/usr/bin:/bin", HOME: home, DIPS_COMPANION_CONFIG_DIR: join(home, "config") });

  it("prints its version", () => {
    expect(execFileSync(HOST_EXECUTABLE, ["--version"], { encoding: "utf8", env: env() })).toBe(`${PRODUCT_VERSION}\n`);
  });

  it("keeps the user's NODE_OPTIONS away from itself (a --require that would stop Node is ignored)", () => {
    const withOptions = { ...env(), NODE_OPTIONS: `--require ${join(work, "missing.cjs")}` };
    expect(execFileSync(HOST_EXECUTABLE, ["--version"], { encoding: "utf8", env: withOptions })).toBe(
      `${PRODUCT_VERSION}\n`,
    );
  });

  it("install --user copies it into ~/.local/share and registers that copy; the copy answers status through pcscd", async () => {
    mkdirSync(join(work, "download"));
    const downloaded = join(work, "download/dips-companion-host-linux-x64");
    copyFileSync(HOST_EXECUTABLE, downloaded);
    execFileSync(downloaded, ["install", "--user", "--browser", "chromium,firefox"], { env: env() });
    expect(readFileSync(installed).equals(readFileSync(HOST_EXECUTABLE))).toBe(true);
    const manifest = JSON.parse(
      readFileSync(join(home, `.mozilla/native-messaging-hosts/${HOST_NAME}.json`), "utf8"),
    ) as { path: string };
    expect(manifest.path).toBe(installed);
    rmSync(downloaded);
    writeFileSync(join(home, "config.json"), "{}");
    const reply = HostReplySchema.parse(
      await requestOnce(installed, { id: "exe-1", command: "status", reader: stack.readerName }, env()),
    );
    if (!reply.ok) throw new Error(`status failed: ${reply.error.code}`);
    const status = StatusResultSchema.parse(reply.result);
    expect(status.pcscRunning).toBe(true);
    expect(status.card?.reader).toBe(stack.readerName);
    expect(status.card?.authCertificate?.valid).toBe(true);
    // koffi.node came out of the executable into the user's cache (as root: root's own, whatever HOME says).
    expect(readdirSync(userCacheDir("linux", env())).some((name) => /^koffi-[0-9a-f]{64}\.node$/.test(name))).toBe(
      true,
    );
  });

  it("uninstall --user, run from the installed copy, removes the copy and the manifests", () => {
    execFileSync(installed, ["uninstall", "--user", "--browser", "chromium,firefox"], { env: env() });
    expect(existsSync(installed)).toBe(false);
    expect(existsSync(join(home, `.config/chromium/NativeMessagingHosts/${HOST_NAME}.json`))).toBe(false);
  });
});

const WINE = "/usr/lib/wine/wine64";

/**
 * Runs a Windows program under Wine with files as stdin and stdout: Wine's Node cannot use Unix pipes (EBADF), so
 * files stand in for the browser's pipes.
 */
function runUnderWine(exe: string, args: readonly string[], input: Buffer): { status: number | null; stdout: Buffer } {
  const dir = mkdtempSync(join(work, "wine-io-"));
  writeFileSync(join(dir, "in"), input);
  const stdin = openSync(join(dir, "in"), "r");
  const stdout = openSync(join(dir, "out"), "w");
  try {
    const result = spawnSync(WINE, [exe, ...args], {
      env: {
        PATH: "/usr/bin:/bin",
        HOME: work,
        WINEPREFIX: join(work, "wine"),
        WINEDEBUG: "-all",
        NODE_SKIP_PLATFORM_CHECK: "1",
      },
      stdio: [stdin, stdout, "ignore"],
      timeout: 90_000,
    });
    return { status: result.status, stdout: readFileSync(join(dir, "out")) };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

describe("the win-x64 executable under Wine (blob made by the linux-x64 Node)", () => {
  // Both tests share one Wine prefix; the first creates it.
  it("answers a native-messaging status with its koffi.node written to %LOCALAPPDATA% and loaded", () => {
    const { status, stdout } = runUnderWine(
      built("win-x64"),
      ["chrome-extension://testextensionid/"],
      frame({ id: "wine-1", command: "status" }),
    );
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(4);
    const reply = HostReplySchema.parse(JSON.parse(stdout.subarray(4, 4 + stdout.readUInt32LE(0)).toString("utf8")));
    if (!reply.ok) throw new Error(`status failed: ${reply.error.code}`);
    // Wine's winscard.dll is a stub: no PC/SC, but the call went through koffi into it and came back.
    expect(StatusResultSchema.parse(reply.result)).toMatchObject({ hostVersion: PRODUCT_VERSION, pcscRunning: false });
    const users = join(work, "wine/drive_c/users");
    const caches = readdirSync(users).map((user) => join(users, user, "AppData/Local/DIPS Companion/cache"));
    const written = caches.filter(existsSync).flatMap((dir) => readdirSync(dir));
    expect(written.some((name) => /^koffi-[0-9a-f]{64}\.node$/.test(name))).toBe(true);
  }, 180_000);

  it("install --user copies it to %LOCALAPPDATA%, writes the manifests and the HKCU keys; uninstall from the copy removes them", () => {
    const key = `HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST_NAME}`;
    const installed = runUnderWine(
      built("win-x64"),
      ["install", "--user", "--browser", "chrome,firefox"],
      Buffer.alloc(0),
    );
    expect(installed.status).toBe(0);
    const copied = /copied .* to (C:\\.*\\dips-companion-host\.exe)/.exec(installed.stdout.toString())?.[1] ?? "";
    expect(copied).toMatch(/\\AppData\\Local\\DIPS Companion\\dips-companion-host\.exe$/);
    const query = runUnderWine("reg", ["query", key, "/ve"], Buffer.alloc(0)).stdout.toString();
    const manifestPath = /REG_SZ\s+(.*\.json)/.exec(query)?.[1]?.trim() ?? "";
    expect(manifestPath).toMatch(/\\DIPS Companion\\jp\.dips_companion\.host\.chromium\.json$/);
    const localAppData = (windowsPath: string) =>
      join(work, "wine/drive_c", windowsPath.replace(/^C:\\/, "").replaceAll("\\", "/"));
    const manifest = JSON.parse(readFileSync(localAppData(manifestPath), "utf8")) as { path: string };
    expect(manifest.path).toBe(copied);
    expect(readFileSync(localAppData(copied)).equals(readFileSync(built("win-x64")))).toBe(true);

    const removed = runUnderWine(
      localAppData(copied),
      ["uninstall", "--user", "--browser", "chrome,firefox"],
      Buffer.alloc(0),
    );
    expect(removed.status).toBe(0);
    expect(runUnderWine("reg", ["query", key, "/ve"], Buffer.alloc(0)).stdout.toString()).not.toContain("REG_SZ");
    expect(existsSync(localAppData(manifestPath))).toBe(false);
    // The running .exe cannot delete itself on Windows; it stays.
    expect(existsSync(localAppData(copied))).toBe(true);
  }, 180_000);
});

/** Names of a 64-bit Mach-O file's segments and whether it carries a code signature (LC_CODE_SIGNATURE). */
function machoFacts(file: Buffer): { segments: string[]; signed: boolean } {
  expect(file.readUInt32LE(0)).toBe(0xfeedfacf);
  const segments: string[] = [];
  let signed = false;
  let offset = 32;
  for (let index = 0; index < file.readUInt32LE(16); index++) {
    const command = file.readUInt32LE(offset);
    if (command === 0x19) segments.push(file.toString("latin1", offset + 8, offset + 24).replace(/\0+$/, ""));
    if (command === 0x1d) signed = true;
    offset += file.readUInt32LE(offset + 4);
  }
  return { segments, signed };
}

describe("the executables that cannot run here", () => {
  const script = () => readFileSync(join(ROOT, "dist/host-sea/dips-companion-host.cjs"));
  const fuseBlown = Buffer.from("NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1");

  it("darwin-x64: the blob in a NODE_SEA segment, the fuse blown, and no (now invalid) Node signature left", () => {
    const file = readFileSync(built("darwin-x64"));
    expect(machoFacts(file)).toEqual({
      segments: ["__PAGEZERO", "__TEXT", "__DATA_CONST", "__DATA", "NODE_SEA", "__LINKEDIT"],
      signed: false,
    });
    expect(file.includes(fuseBlown)).toBe(true);
    expect(file.includes(script().subarray(0, 4096))).toBe(true);
  }, 120_000);

  it("linux-arm64: an aarch64 ELF with the blob and the fuse blown", () => {
    const file = readFileSync(built("linux-arm64"));
    expect(file.subarray(0, 4).toString("latin1")).toBe("\x7fELF");
    expect(file.readUInt16LE(18)).toBe(183); // EM_AARCH64
    expect(file.includes(fuseBlown)).toBe(true);
    expect(file.includes(script().subarray(0, 4096))).toBe(true);
  }, 120_000);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
