// SPDX-License-Identifier: MIT
/**
 * The Windows package brings the store extension, under Wine: built with store ids configured, it writes Chrome's
 * and Edge's external-extension keys (per user under HKCU, per machine under HKLM's 32-bit view, where the browsers
 * read them), and uninstalling removes them; built without store ids it writes none.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExecutable } from "../../release/src/executable/build-executable";
import { CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL } from "../../release/src/external-extensions";
import { buildMsi } from "../../release/src/msi/build-msi";
import { PRODUCT_VERSION } from "../../shared/version";
import { ROOT, TEST_EPOCH } from "./packaging-support";
import { WinePrefix, wineAvailable } from "./wine-prefix";

const CHROME_STORE_ID = "abcdefghijklmnopabcdefghijklmnop";
const EDGE_STORE_ID = "ponmlkjihgfedcbaponmlkjihgfedcba";
const work = mkdtempSync(join(tmpdir(), "dips-msi-stores-"));
let withStores = "";
let withoutStores = "";

/** The `update_url` value of a key, or undefined when the key or value is missing. */
function updateUrl(prefix: WinePrefix, key: string): string | undefined {
  const result = prefix.run(["reg", "query", key, "/v", "update_url"]);
  if (result.status !== 0) return undefined;
  return /update_url\s+REG_SZ\s+(.*)$/m.exec(result.output)?.[1]?.trim();
}

beforeAll(() => {
  if (!wineAvailable()) throw new Error("Wine is missing: apt-get install wine64 (and wixl msitools for the package)");
  const exePath = buildExecutable("win-x64", { rootDir: ROOT, outDir: join(work, "exe") });
  const common = { rootDir: ROOT, exePath, version: PRODUCT_VERSION, epochSeconds: TEST_EPOCH };
  withStores = buildMsi({
    ...common,
    outDir: join(work, "stores"),
    storeIds: { chrome: CHROME_STORE_ID, edge: EDGE_STORE_ID, firefox: "" },
  });
  withoutStores = buildMsi({ ...common, outDir: join(work, "plain"), storeIds: { chrome: "", edge: "", firefox: "" } });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([
  { scope: "per user", args: [] as string[], root: "HKCU\\Software" },
  { scope: "per machine", args: ["ALLUSERS=1"], root: "HKLM\\Software\\WOW6432Node" },
])("installed $scope", ({ args, root }) => {
  let prefix: WinePrefix;
  const chromeKey = `${root}\\Google\\Chrome\\Extensions\\${CHROME_STORE_ID}`;
  const edgeKey = `${root}\\Microsoft\\Edge\\Extensions\\${EDGE_STORE_ID}`;

  beforeAll(() => {
    prefix = WinePrefix.create();
  }, 120_000);
  afterAll(() => prefix.destroy());

  it("with store ids, writes Chrome's and Edge's external-extension keys; uninstall removes them", () => {
    prefix.expectRun(["msiexec", "/i", WinePrefix.windowsPath(withStores), "/qn", ...args]);
    expect(updateUrl(prefix, chromeKey)).toBe(CHROME_STORE_UPDATE_URL);
    expect(updateUrl(prefix, edgeKey)).toBe(EDGE_STORE_UPDATE_URL);
    prefix.expectRun(["msiexec", "/x", WinePrefix.windowsPath(withStores), "/qn", ...args]);
    expect(prefix.registryKeyExists(chromeKey)).toBe(false);
    expect(prefix.registryKeyExists(edgeKey)).toBe(false);
  }, 180_000);

  it("without store ids, writes no external-extension key", () => {
    prefix.expectRun(["msiexec", "/i", WinePrefix.windowsPath(withoutStores), "/qn", ...args]);
    for (const hive of ["HKCU\\Software", "HKLM\\Software", "HKLM\\Software\\WOW6432Node"]) {
      expect(prefix.registryKeyExists(`${hive}\\Google\\Chrome\\Extensions`), hive).toBe(false);
      expect(prefix.registryKeyExists(`${hive}\\Microsoft\\Edge\\Extensions`), hive).toBe(false);
    }
    prefix.expectRun(["msiexec", "/x", WinePrefix.windowsPath(withoutStores), "/qn", ...args]);
  }, 180_000);
});
