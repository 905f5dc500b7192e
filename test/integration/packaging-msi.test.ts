// SPDX-License-Identifier: MIT
/**
 * The Windows package for real, under Wine: the host executable is built, packed into the .msi twice (same bytes),
 * installed silently into a fresh Windows prefix per user and per machine; a browser stand-in inside Wine (Windows
 * node.exe) finds the host through the registry and the manifest as Chrome, Edge and Firefox do and speaks native
 * messaging with it; a second version upgrades in place; uninstalling leaves no file, folder or key.
 * Wine's winscard.dll is a stub, so the host must answer that PC/SC is unavailable, within its bound. Card work
 * through winscard is in windows-winscard.test.ts, with a test winscard.dll that relays to pcscd.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryKey, type Browser } from "../../host/install/browser-targets";
import { HostConfigSchema } from "../../host/config/host-config";
import { buildExecutable } from "../../release/src/executable/build-executable";
import { pinnedFile } from "../../release/src/executable/npm-tarball";
import { NODE_BINARIES } from "../../release/src/executable/pinned-packages";
import { buildMsi } from "../../release/src/msi/build-msi";
import { INSTALLED_EXE, manifestFileName, msiContents } from "../../release/src/msi/msi-contents";
import { productCode, UPGRADE_CODE } from "../../release/src/msi/msi-ids";
import { INSTALL_FOLDER, PRODUCT_KEY } from "../../release/src/msi/wxs-document";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HostReplySchema, StatusResultSchema } from "../../shared/protocol/native";
import { HOST_NAME, PRODUCT_VERSION } from "../../shared/version";
import { ROOT, TEST_EPOCH } from "./packaging-support";
import type { StandInResult } from "./windows-browser/browser-stand-in";
import { bundleStandIn, runStandIn } from "./windows-browser/run-stand-in";
import { WinePrefix, wineAvailable } from "./wine-prefix";

const work = mkdtempSync(join(tmpdir(), "dips-msi-test-"));
const NEXT_VERSION = PRODUCT_VERSION.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const BROWSERS: readonly Browser[] = msiContents("", CHROME_EXTENSION_ID).registrations.map(
  (entry) => entry.id.replace(/^Register_/, "") as Browser,
);
const UNINSTALL_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
/** The host's own bound on establishing PC/SC and listing readers (config default). */
const CONNECT_MS = HostConfigSchema.parse({}).timeouts.connectMs;
let msi = "";
let nextMsi = "";
let nodeExe = "";
let standIn = "";

/** A GUID as Windows Installer writes it in its registry records (each group's hex digits reversed, byte-wise after the third). */
function packedGuid(guid: string): string {
  const hex = guid.replace(/[{}-]/g, "").toUpperCase();
  const reverse = (text: string) => [...text].reverse().join("");
  const pairs = hex.slice(16).match(/../g) ?? [];
  return (
    reverse(hex.slice(0, 8)) + reverse(hex.slice(8, 12)) + reverse(hex.slice(12, 16)) + pairs.map(reverse).join("")
  );
}

const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
const keyOf = (browser: Browser, hive: "HKCU" | "HKLM"): string =>
  registryKey(browser, hive === "HKLM" ? "system" : "user", HOST_NAME);

beforeAll(() => {
  if (!wineAvailable()) throw new Error("Wine is missing: apt-get install wine64 (and wixl msitools for the package)");
  if (!existsSync(join(ROOT, "dist/host-sea/dips-companion-host.cjs")))
    throw new Error('dist/host-sea is missing: run "npm run build:host" first');
  const exePath = buildExecutable("win-x64", { rootDir: ROOT, outDir: join(work, "exe") });
  const common = { rootDir: ROOT, exePath, epochSeconds: TEST_EPOCH };
  msi = buildMsi({ ...common, version: PRODUCT_VERSION, outDir: join(work, "v1") });
  nextMsi = buildMsi({ ...common, version: NEXT_VERSION, outDir: join(work, "v2") });
  nodeExe = pinnedFile(NODE_BINARIES["win-x64"], join(ROOT, "build/cache/npm"));
}, 300_000);
beforeAll(async () => {
  standIn = await bundleStandIn(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Asks the host registered under `key` for status and for a card's PIN state, as the browser of `kind` would. */
function talkToHost(prefix: WinePrefix, key: string, kind: "chromium" | "firefox"): StandInResult {
  return runStandIn(prefix, nodeExe, standIn, {
    registryKey: key,
    hostName: HOST_NAME,
    caller:
      kind === "chromium" ? { kind, origin: `chrome-extension://${CHROME_EXTENSION_ID}/` } : { kind, id: GECKO_ID },
    requests: [
      { id: "msi-1", command: "status" },
      { id: "msi-2", command: "pin-status", pin: "auth" },
    ],
    timeoutMs: 2 * CONNECT_MS + 10_000,
  });
}

/** The host answered: status with its version and PCSC_UNAVAILABLE, a card command with PCSC_UNAVAILABLE. */
function expectPcscUnavailable(result: StandInResult): void {
  expect(result.replies, result.stderr).toHaveLength(2);
  const [status, pinStatus] = result.replies.map((entry) => HostReplySchema.parse(entry.reply));
  if (!status?.ok) throw new Error(`status failed: ${JSON.stringify(status)}`);
  const parsed = StatusResultSchema.parse(status.result);
  expect(parsed.hostVersion).toBe(PRODUCT_VERSION);
  expect(parsed.pcscRunning).toBe(false);
  expect(parsed.problem?.code).toBe("PCSC_UNAVAILABLE");
  expect(pinStatus?.ok).toBe(false);
  if (pinStatus !== undefined && !pinStatus.ok) expect(pinStatus.error.code).toBe("PCSC_UNAVAILABLE");
  for (const { ms } of result.replies) expect(ms).toBeLessThan(CONNECT_MS);
  expect(result.exitCode).toBe(0);
}

/** The Windows paths of the installed files under `folder`. */
const installedFiles = (folder: string): string[] =>
  [INSTALLED_EXE, manifestFileName("chromium"), manifestFileName("firefox")].map((name) => `${folder}\\${name}`);

it("builds the same bytes twice, whatever the environment", () => {
  // wixl's sequencing once depended on the environment's size (wxs-document.ts): build again with another one.
  process.env.DIPS_MSI_PROBE = "reproducible";
  const again = buildMsi({
    rootDir: ROOT,
    exePath: join(work, "exe", "dips-companion-host-win-x64.exe"),
    version: PRODUCT_VERSION,
    outDir: join(work, "again"),
    epochSeconds: TEST_EPOCH,
  });
  delete process.env.DIPS_MSI_PROBE;
  expect(sha256(again)).toBe(sha256(msi));
  // What wixl would otherwise take from its clock and its random generator.
  const summary = execFileSync("msiinfo", ["suminfo", msi], { env: { ...process.env, TZ: "UTC" }, encoding: "utf8" });
  for (const field of ["Created", "Last saved"]) {
    const stamp = new RegExp(`^${field}: (.*)$`, "m").exec(summary)?.[1];
    expect(Date.parse(`${stamp} UTC`) / 1000, field).toBe(TEST_EPOCH);
  }
  expect(summary).toMatch(/^Revision number \(UUID\): \{[0-9A-F-]{36}\}$/m);
  const nextSummary = execFileSync("msiinfo", ["suminfo", nextMsi], { encoding: "utf8" });
  expect(/Revision number.*$/m.exec(nextSummary)?.[0]).not.toBe(/Revision number.*$/m.exec(summary)?.[0]);
  process.stdout.write(`msi: ${statSync(msi).size} bytes, sha256 ${sha256(msi)}\n`);
});

describe.each([
  {
    scope: "per user",
    hive: "HKCU" as const,
    args: [] as string[],
    folderPattern: /^C:\\users\\[^\\]+\\AppData\\Local\\Programs\\/,
  },
  { scope: "per machine", hive: "HKLM" as const, args: ["ALLUSERS=1"], folderPattern: /^C:\\Program Files\\/ },
])("installed $scope", ({ hive, args, folderPattern }) => {
  const otherHive = hive === "HKCU" ? "HKLM" : "HKCU";
  let prefix: WinePrefix;
  let folder = "";
  let filesBefore: string[] = [];

  beforeAll(() => {
    prefix = WinePrefix.create();
  }, 120_000);
  afterAll(() => prefix.destroy());

  // A folder outside Program Files would inherit its parent's ACL (on C:\, every user may change files there).
  it.runIf(hive === "HKLM")("refuses a per-machine folder outside Program Files, or one that climbs out of it", () => {
    const before = prefix.driveFiles();
    for (const installDir of ["C:\\DIPS\\", "C:\\Program Files\\..\\DIPS\\"]) {
      const refused = prefix.run([
        "msiexec",
        "/i",
        WinePrefix.windowsPath(msi),
        "/qn",
        ...args,
        `INSTALLDIR=${installDir}`,
      ]);
      expect(refused.status, installDir).not.toBe(0);
      for (const browser of BROWSERS) expect(prefix.registryKeyExists(keyOf(browser, hive)), browser).toBe(false);
    }
    expect(prefix.driveFiles()).toEqual(before);
  });

  it("installs silently: the files, and a registration per browser under its hive only", () => {
    filesBefore = prefix.driveFiles();
    prefix.expectRun(["msiexec", "/i", WinePrefix.windowsPath(msi), "/qn", ...args]);
    const chromium = prefix.registryDefault(keyOf("chrome", hive)) ?? "";
    folder = chromium.slice(0, chromium.lastIndexOf("\\"));
    expect(folder).toMatch(folderPattern);
    expect(folder.endsWith(`\\${INSTALL_FOLDER}`)).toBe(true);
    for (const browser of BROWSERS) {
      const flavour = browser === "firefox" ? "firefox" : "chromium";
      expect(prefix.registryDefault(keyOf(browser, hive)), browser).toBe(`${folder}\\${manifestFileName(flavour)}`);
      expect(prefix.registryKeyExists(keyOf(browser, otherHive)), `${browser} in ${otherHive}`).toBe(false);
    }
    for (const file of installedFiles(folder)) expect(existsSync(prefix.unixPath(file)), file).toBe(true);
    const manifest = JSON.parse(
      readFileSync(prefix.unixPath(`${folder}\\${manifestFileName("chromium")}`), "utf8"),
    ) as {
      allowed_origins: string[];
    };
    expect(manifest.allowed_origins).toEqual([`chrome-extension://${CHROME_EXTENSION_ID}/`]);
  });

  it("is started by Chrome, Edge and Firefox through the registry and answers PCSC_UNAVAILABLE in time", () => {
    const started = Date.now();
    for (const browser of ["chrome", "edge"] as const) {
      const result = talkToHost(prefix, keyOf(browser, hive), "chromium");
      expect(result.executable).toBe(`${folder}\\${INSTALLED_EXE}`);
      expectPcscUnavailable(result);
    }
    const firefox = talkToHost(prefix, keyOf("firefox", hive), "firefox");
    expect(firefox.manifest.allowed_extensions).toEqual([GECKO_ID]);
    expectPcscUnavailable(firefox);
    process.stdout.write(`msi ${hive}: three browser sessions in ${Date.now() - started} ms\n`);
  }, 180_000);

  it("upgrades in place to the next version: one product, one registration per browser", () => {
    prefix.expectRun(["msiexec", "/i", WinePrefix.windowsPath(nextMsi), "/qn", ...args]);
    const products = [PRODUCT_VERSION, NEXT_VERSION].map((version) =>
      ["HKLM", "HKCU"].some((root) => prefix.registryKeyExists(`${root}\\${UNINSTALL_KEY}\\{${productCode(version)}}`)),
    );
    expect(products).toEqual([false, true]);
    for (const browser of BROWSERS) expect(prefix.registryDefault(keyOf(browser, hive))?.startsWith(folder)).toBe(true);
    for (const file of installedFiles(folder)) expect(existsSync(prefix.unixPath(file)), file).toBe(true);
    expectPcscUnavailable(talkToHost(prefix, keyOf("chrome", hive), "chromium"));
  }, 120_000);

  it("refuses to downgrade: the older package changes nothing", () => {
    expect(prefix.run(["msiexec", "/i", WinePrefix.windowsPath(msi), "/qn", ...args]).status).not.toBe(0);
    const product = (version: string) => `${UNINSTALL_KEY}\\{${productCode(version)}}`;
    expect(["HKLM", "HKCU"].some((root) => prefix.registryKeyExists(`${root}\\${product(NEXT_VERSION)}`))).toBe(true);
    expect(["HKLM", "HKCU"].some((root) => prefix.registryKeyExists(`${root}\\${product(PRODUCT_VERSION)}`))).toBe(
      false,
    );
  });

  it("uninstalls: no key, no file, no folder, not even the host's cache", () => {
    const localAppData = /^(C:\\users\\[^\\]+\\AppData\\Local)\\/i.exec(
      prefix.run(["cmd", "/c", "echo", "%LOCALAPPDATA%\\"]).output.trim(),
    )?.[1];
    expect(localAppData).toBeDefined();
    const cache = `${localAppData ?? ""}\\${INSTALL_FOLDER}`;
    expect(existsSync(prefix.unixPath(`${cache}\\cache`)), "the host ran and cached koffi.node").toBe(true);
    prefix.expectRun(["msiexec", "/x", WinePrefix.windowsPath(nextMsi), "/qn", ...args]);
    for (const browser of BROWSERS) expect(prefix.registryKeyExists(keyOf(browser, hive)), browser).toBe(false);
    expect(prefix.registryKeyExists(`${hive}\\${PRODUCT_KEY}`)).toBe(false);
    expect(existsSync(prefix.unixPath(folder)), folder).toBe(false);
    expect(existsSync(prefix.unixPath(cache)), cache).toBe(false);
    const product = `${UNINSTALL_KEY}\\{${productCode(NEXT_VERSION)}}`;
    expect(prefix.registryKeyExists(`HKLM\\${product}`) || prefix.registryKeyExists(`HKCU\\${product}`)).toBe(false);
    // Nothing else either: the drive as before the install (but for the host's settings folder in the roaming
    // profile, user data that stays), and no trace of the product in the registry, not even Windows Installer's
    // records of it (they name the UpgradeCode and ProductCode in packed form).
    const userData = /^users\/[^/]+\/AppData\/Roaming\/DIPS Companion\//;
    expect(prefix.driveFiles().filter((file) => !userData.test(file))).toEqual(filesBefore);
    for (const root of ["HKCU", "HKLM"] as const) {
      const registry = prefix.exportRegistry(root);
      expect(registry, root).not.toMatch(/dips/i);
      for (const code of [UPGRADE_CODE, productCode(PRODUCT_VERSION), productCode(NEXT_VERSION)])
        expect(registry.toUpperCase(), `${root} ${code}`).not.toContain(packedGuid(code));
    }
  });
});
