// SPDX-License-Identifier: MIT
/**
 * The Windows and macOS deployment files cannot run here, so their paths, keys and ids are checked as text: the
 * registry keys browsers read, the extension ids, and that every managed key they set is one the extension reads.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MANAGED_POLICY_SHAPE } from "../../extension/settings/managed-policy";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";

const packaging = resolve(import.meta.dirname, "../platform");
const read = (path: string) => readFileSync(resolve(packaging, path), "utf8");
const policyKeys = new Set(Object.keys(MANAGED_POLICY_SHAPE));
const CHROME_3RDPARTY = `Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;

describe("Windows policy examples (.reg)", () => {
  const reg = read("windows/policies.reg");
  const sections = [...reg.matchAll(/^\[([^\]]+)\]$/gm)].map((match) => match[1]);

  it("force-installs the extension id from an update URL for Chrome and Edge", () => {
    expect(sections).toEqual(
      expect.arrayContaining([
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist",
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist",
      ]),
    );
    expect(reg).toContain(`"1"="${CHROME_EXTENSION_ID};https://`);
  });

  it("sets only keys the extension reads, under each browser's 3rdparty path", () => {
    expect(sections).toEqual(
      expect.arrayContaining([
        `HKEY_LOCAL_MACHINE\\${CHROME_3RDPARTY.replace("Software", "SOFTWARE")}`,
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`,
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\${GECKO_ID}`,
      ]),
    );
    const valueNames = [...reg.matchAll(/^"([A-Za-z]+)"=/gm)].map((match) => match[1] ?? "");
    expect(valueNames.filter((name) => name !== "1" && !policyKeys.has(name))).toEqual([]);
  });
});

describe("ADMX/ADML templates", () => {
  const admx = read("windows/admx/dips-companion.admx");
  const admlFiles = ["en-US", "ja-JP"].map((lang) => read(`windows/admx/${lang}/dips-companion.adml`));

  it("write every policy into the extension's Chrome 3rdparty key, under names the extension reads", () => {
    const policies = [...admx.matchAll(/<policy name="(\w+)"[^>]*key="([^"]+)"/g)];
    expect(policies.length).toBeGreaterThanOrEqual(8);
    for (const [, name, key] of policies) {
      expect(key).toBe(CHROME_3RDPARTY);
      expect(policyKeys.has(name ?? "")).toBe(true);
    }
    const valueNames = [...admx.matchAll(/valueName="(\w+)"/g)].map((match) => match[1] ?? "");
    expect(valueNames.filter((name) => !policyKeys.has(name))).toEqual([]);
  });

  it("have every string and presentation the ADMX refers to, in English and Japanese", () => {
    const strings = [...admx.matchAll(/\$\(string\.(\w+)\)/g)].map((match) => match[1]);
    const presentations = [...admx.matchAll(/\$\(presentation\.(\w+)\)/g)].map((match) => match[1]);
    for (const adml of admlFiles) {
      for (const id of strings) expect(adml, id).toContain(`<string id="${id}">`);
      for (const id of presentations) expect(adml, id).toContain(`<presentation id="${id}">`);
    }
    expect(admlFiles[1]).toContain("プロファイルの書き出しを禁止");
  });
});

describe("macOS configuration profile", () => {
  const profile = read("macos/dips-companion.mobileconfig");

  it("force-installs the Chrome extension and gives it managed values under its own domain", () => {
    expect(profile).toContain(`<string>${CHROME_EXTENSION_ID};https://`);
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${CHROME_EXTENSION_ID}</string>`);
  });

  it("installs and configures the Firefox add-on by its gecko id", () => {
    expect(profile).toContain("<string>org.mozilla.firefox</string>");
    expect(profile.match(new RegExp(`<key>${GECKO_ID.replace(/[.@]/g, "\\$&")}</key>`, "g"))).toHaveLength(2);
  });

  it("uses unique payload UUIDs and only setting keys the extension reads", () => {
    const uuids = [...profile.matchAll(/<key>PayloadUUID<\/key>\s*<string>([^<]+)<\/string>/g)].map((m) => m[1]);
    expect(new Set(uuids).size).toBe(uuids.length);
    const extensionPayload = profile.slice(
      profile.indexOf(`com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`),
      profile.indexOf("org.mozilla.firefox"),
    );
    const keys = [...extensionPayload.matchAll(/<key>(\w+)<\/key>/g)].map((match) => match[1] ?? "");
    expect(keys.filter((key) => !key.startsWith("Payload") && !policyKeys.has(key))).toEqual([]);
  });

  it("names the system host-manifest folders of Chrome, Edge and Firefox", () => {
    for (const dir of [
      "/Library/Google/Chrome/NativeMessagingHosts/",
      "/Library/Microsoft/Edge/NativeMessagingHosts/",
      "/Library/Application Support/Mozilla/NativeMessagingHosts/",
    ])
      expect(profile).toContain(`${dir}${HOST_NAME}.json`);
  });
});
