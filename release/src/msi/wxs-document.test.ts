// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../../shared/extension-ids";
import { HOST_NAME } from "../../../shared/version";
import { INSTALLED_EXE, msiContents } from "./msi-contents";
import { componentGuid, productCode, stableGuid, UPGRADE_CODE } from "./msi-ids";
import { wixlCorrections, wxsDocument } from "./wxs-document";

const contents = msiContents("/build/dips-companion-host-win-x64.exe", CHROME_EXTENSION_ID);
const manifest = (id: string): Record<string, unknown> => {
  const file = contents.files.find((entry) => entry.id === id);
  if (file === undefined || !("data" in file.source)) throw new Error(`no generated file ${id}`);
  return JSON.parse(file.source.data.toString("utf8")) as Record<string, unknown>;
};

describe("the Windows package's contents", () => {
  it("installs the executable and a manifest per flavour that names it relative to itself", () => {
    expect(contents.files.map((file) => file.name)).toEqual([
      INSTALLED_EXE,
      `${HOST_NAME}.chromium.json`,
      `${HOST_NAME}.firefox.json`,
    ]);
    expect(manifest("ManifestChromium")).toMatchObject({
      name: HOST_NAME,
      path: INSTALLED_EXE,
      type: "stdio",
      allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`],
    });
    expect(manifest("ManifestFirefox")).toMatchObject({ path: INSTALLED_EXE, allowed_extensions: [GECKO_ID] });
  });

  it("registers the Chromium manifest for Chrome and Edge and the Firefox one for Firefox", () => {
    const byKey = Object.fromEntries(contents.registrations.map((entry) => [entry.key, entry.fileId]));
    expect(byKey).toMatchObject({
      [`Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST_NAME}`]: "ManifestChromium",
      [`Software\\Microsoft\\Edge\\NativeMessagingHosts\\${HOST_NAME}`]: "ManifestChromium",
      [`Software\\Mozilla\\NativeMessagingHosts\\${HOST_NAME}`]: "ManifestFirefox",
    });
  });
});

describe("the .wxs", () => {
  const wxs = wxsDocument(contents, "1.2.3");

  it("keeps the UpgradeCode and the components' GUIDs across versions and changes the ProductCode", () => {
    const other = wxsDocument(contents, "1.2.4");
    expect(wxs).toContain(`UpgradeCode="${UPGRADE_CODE}"`);
    expect(other).toContain(`UpgradeCode="${UPGRADE_CODE}"`);
    expect(wxs).toContain(`Id="${productCode("1.2.3")}"`);
    expect(other).not.toContain(productCode("1.2.3"));
    expect(other).toContain(`Guid="${componentGuid("HostExe")}"`);
    expect(productCode("1.2.3")).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableGuid("a")).not.toBe(stableGuid("b"));
  });

  it("installs per user by default and per machine with ALLUSERS, registering under the scope's hive", () => {
    expect(wxs).toContain('InstallScope="perUser"');
    expect(wxs).toContain('<Custom Action="PerUserInstallFolder" Sequence="990">NOT ALLUSERS</Custom>');
    expect(wxs).toContain('Value="[LocalAppDataFolder]Programs\\DIPS Companion\\"');
    expect(wxs).toMatch(/<Directory Id="ProgramFiles64Folder">\s*<Directory Id="INSTALLDIR" Name="DIPS Companion">/);
    const values = [...wxs.matchAll(/<RegistryValue [^>]*Root="(\w+)"[^>]*Value="\[#(\w+)\]"/g)];
    expect(values).toHaveLength(contents.registrations.length);
    for (const [, root] of values) expect(root).toBe("HKMU");
    expect(wxs).toContain("<MajorUpgrade ");
  });

  it("removes the executable's cache folder on uninstall: every file, the named ones, then both folders", () => {
    expect(wxs).toMatch(
      /<Directory Id="UserDataFolder" Name="DIPS Companion">\s*<Directory Id="UserCacheFolder" Name="cache" \/>/,
    );
    const queries = wixlCorrections(["koffi-00.node"]);
    expect(queries[0]).toBe("UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4");
    expect(queries.filter((query) => query.includes("'UserCacheFolder', 2)")).join("\n")).toMatch(
      /'\*', 'UserCacheFolder'[\s\S]*'koffi-00.node', 'UserCacheFolder'[\s\S]*'UserCache', 'UserCacheFolder', 2/,
    );
    expect(queries.at(-1)).toContain("'UserDataFolder', 2)");
    expect(() => wixlCorrections(["a'; DROP"])).toThrow();
  });
});

describe("the Windows package with store ids configured", () => {
  const chrome = "abcdefghijklmnopabcdefghijklmnop";
  const edge = "ponmlkjihgfedcbaponmlkjihgfedcba";
  const stores = msiContents("/build/host.exe", CHROME_EXTENSION_ID, { chrome, edge, firefox: "" });
  const document = wxsDocument(stores, "1.2.3");

  it("writes each browser's external-extension key from a 32-bit component, under the scope's hive", () => {
    expect(document).toMatch(
      new RegExp(
        `<Component Id="Store_chrome" [^>]*Win64="no">\\s*<RegistryValue [^>]*Root="HKMU" Key="Software\\\\Google\\\\Chrome\\\\Extensions\\\\${chrome}" Name="update_url" Type="string" Value="https://clients2.google.com/service/update2/crx" KeyPath="yes" />`,
      ),
    );
    expect(document).toContain(`Key="Software\\Microsoft\\Edge\\Extensions\\${edge}" Name="update_url"`);
    expect(document).toContain('Value="https://edge.microsoft.com/extensionwebstorebase/v1/crx"');
    expect(document).toContain('<ComponentRef Id="Store_chrome" />');
    expect(document).toContain('<ComponentRef Id="Store_edge" />');
  });

  it("writes no such key without store ids", () => {
    const plain = wxsDocument(contents, "1.2.3");
    expect(plain).not.toContain("Extensions\\");
    expect(plain).not.toContain("Store_");
  });
});
