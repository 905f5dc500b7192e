// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";
import { debControl, debFiles } from "./deb-layout";
import { LINUX_HOST_EXECUTABLE } from "./host-manifests";

const files = debFiles({
  version: "0.1.0",
  executable: Buffer.from("\x7fELF stand-in executable"),
  chromeExtensionId: CHROME_EXTENSION_ID,
  examples: { "chromium-policy.json": "{}" },
});
const byPath = new Map(files.map((file) => [file.path, file]));
const json = (path: string) => JSON.parse(byPath.get(path)?.data.toString("utf8") ?? "null") as Record<string, unknown>;

describe("the .deb layout", () => {
  it("registers the host for Chromium, Chrome, Edge, Brave and Vivaldi with the extension's origin", () => {
    for (const dir of [
      "/etc/chromium",
      "/etc/opt/chrome",
      "/etc/opt/edge",
      "/etc/opt/brave.com/brave",
      "/etc/opt/vivaldi",
    ]) {
      expect(json(`${dir}/native-messaging-hosts/${HOST_NAME}.json`)).toEqual({
        name: HOST_NAME,
        description: "DIPS Companion: My Number Card signing for DIPS-REG",
        path: LINUX_HOST_EXECUTABLE,
        type: "stdio",
        allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`],
      });
    }
  });

  it("registers the host for Firefox with the gecko id", () => {
    const manifest = json(`/usr/lib/mozilla/native-messaging-hosts/${HOST_NAME}.json`);
    expect(manifest.allowed_extensions).toEqual([GECKO_ID]);
    expect(manifest.path).toBe(LINUX_HOST_EXECUTABLE);
  });

  it("ships the host as one executable file (mode 0755) and nothing else of it: no bundle, no node_modules", () => {
    expect(byPath.get(LINUX_HOST_EXECUTABLE)?.mode).toBe(0o755);
    expect(byPath.get(LINUX_HOST_EXECUTABLE)?.data.toString()).toBe("\x7fELF stand-in executable");
    expect(files.filter((file) => file.path.startsWith("/usr/lib/dips-companion/"))).toHaveLength(1);
  });

  it("keeps policies as examples only", () => {
    expect(byPath.has("/usr/share/doc/dips-companion-host/examples/chromium-policy.json")).toBe(true);
    expect(files.some((file) => file.path.includes("/policies/"))).toBe(false);
  });

  it("depends on glibc, libstdc++, pcscd and libpcsclite, not on Node.js", () => {
    const control = debControl("0.1.0", 10);
    expect(control).toContain("Depends: libc6 (>= 2.28), libstdc++6 (>= 5), pcscd, libpcsclite1\n");
    expect(control).not.toMatch(/node/i);
    expect(control).toMatch(/^Package: dips-companion-host\nVersion: 0\.1\.0\nArchitecture: amd64\n/);
  });
});

describe("the .deb with store ids configured", () => {
  const chrome = "abcdefghijklmnopabcdefghijklmnop";
  const edge = "ponmlkjihgfedcbaponmlkjihgfedcba";
  const withStores = debFiles({
    version: "0.1.0",
    executable: Buffer.from("stand-in"),
    chromeExtensionId: CHROME_EXTENSION_ID,
    examples: {},
    storeIds: { chrome, edge, firefox: "" },
  });
  const read = (path: string) =>
    JSON.parse(withStores.find((file) => file.path === path)?.data.toString("utf8") ?? "null") as unknown;

  it("has Chrome, Chromium and Edge offer the store extension, and the host allows the store ids", () => {
    const chromeUpdate = { external_update_url: "https://clients2.google.com/service/update2/crx" };
    expect(read(`/usr/share/google-chrome/extensions/${chrome}.json`)).toEqual(chromeUpdate);
    expect(read(`/usr/share/chromium/extensions/${chrome}.json`)).toEqual(chromeUpdate);
    expect(read(`/usr/share/microsoft-edge/extensions/${edge}.json`)).toEqual({
      external_update_url: "https://edge.microsoft.com/extensionwebstorebase/v1/crx",
    });
    expect(read(`/etc/opt/chrome/native-messaging-hosts/${HOST_NAME}.json`)).toMatchObject({
      allowed_origins: [CHROME_EXTENSION_ID, chrome, edge].map((id) => `chrome-extension://${id}/`),
    });
  });

  it("writes no external-extension file without store ids", () => {
    expect(files.filter((file) => file.path.includes("/extensions/"))).toEqual([]);
  });
});
