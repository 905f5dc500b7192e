// SPDX-License-Identifier: MIT
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";
import { debControl, debFiles } from "./deb-layout";
import { LINUX_LAUNCHER } from "./host-manifests";

const files = debFiles({
  version: "0.1.0",
  hostFiles: [
    { path: "dips-companion-host.cjs", data: Buffer.from('import("./vendor/pkijs.cjs");') },
    { path: "vendor/pkijs.cjs", data: Buffer.from("// PKI.js") },
  ],
  nodeModulesDir: resolve(import.meta.dirname, "../../node_modules"),
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
        path: LINUX_LAUNCHER,
        type: "stdio",
        allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`],
      });
    }
  });

  it("registers the host for Firefox with the gecko id", () => {
    const manifest = json(`/usr/lib/mozilla/native-messaging-hosts/${HOST_NAME}.json`);
    expect(manifest.allowed_extensions).toEqual([GECKO_ID]);
    expect(manifest.path).toBe(LINUX_LAUNCHER);
  });

  it("ships an executable launcher that runs the bundle with /usr/bin/node", () => {
    const launcher = byPath.get(LINUX_LAUNCHER);
    expect(launcher?.mode).toBe(0o755);
    expect(launcher?.data.toString()).toContain(
      'exec /usr/bin/node /usr/lib/dips-companion/dips-companion-host.cjs "$@"',
    );
  });

  it("installs the bundle's files in their built layout", () => {
    expect(byPath.get("/usr/lib/dips-companion/dips-companion-host.cjs")?.data.toString()).toContain("./vendor/");
    expect(byPath.get("/usr/lib/dips-companion/vendor/pkijs.cjs")?.mode).toBe(0o644);
  });

  it("ships koffi and its prebuilt linux-x64 binary next to the bundle, and no other OS's binary", () => {
    for (const path of [
      "/usr/lib/dips-companion/node_modules/koffi/index.cjs",
      "/usr/lib/dips-companion/node_modules/koffi/src/koffi/index.cjs",
      "/usr/lib/dips-companion/node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node",
    ])
      expect(byPath.has(path), path).toBe(true);
    expect(files.filter((file) => file.path.endsWith(".node"))).toHaveLength(1);
    expect(files.some((file) => file.path.includes("pcsclite"))).toBe(false);
  });

  it("keeps policies as examples only", () => {
    expect(byPath.has("/usr/share/doc/dips-companion-host/examples/chromium-policy.json")).toBe(true);
    expect(files.some((file) => file.path.includes("/policies/"))).toBe(false);
  });

  it("depends on Node 20 or later (koffi is a Node-API module), pcscd and libpcsclite", () => {
    const control = debControl("0.1.0", 10);
    expect(control).toContain("Depends: nodejs (>= 20), pcscd, libpcsclite1\n");
    expect(control).toMatch(/^Package: dips-companion-host\nVersion: 0\.1\.0\nArchitecture: amd64\n/);
  });
});
