// SPDX-License-Identifier: MIT
/**
 * The Linux package for real: `dpkg -i` puts the host's single executable and the browsers' host manifests in
 * place without any Node.js package, the installed executable answers a native-messaging `status` through the real
 * pcscd (so its built-in koffi loads libpcsclite), and `dpkg -r` takes every file away again.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HostReplySchema, StatusResultSchema } from "../../shared/protocol/native";
import { HOST_NAME, PRODUCT_VERSION } from "../../shared/version";
import { LINUX_HOST_EXECUTABLE, LINUX_HOST_MANIFEST_DIRS } from "../../release/src/host-manifests";
import { useCardStack } from "../support/use-card-stack";
import { debInstalled, installDeb, packageCurrentBuild, removeDeb, ROOT } from "./packaging-support";
import { requestOnce } from "./support-host";

const stack = useCardStack();
const INSTALLED = [
  LINUX_HOST_EXECUTABLE,
  ...Object.values(LINUX_HOST_MANIFEST_DIRS).map((dir) => `${dir}/${HOST_NAME}.json`),
];

describe("the .deb", () => {
  const outDir = mkdtempSync(join(tmpdir(), "dips-deb-test-"));
  const configDir = mkdtempSync(join(tmpdir(), "dips-deb-host-"));
  let debPath = "";

  beforeAll(async () => {
    if (debInstalled())
      throw new Error("dips-companion-host is already installed on this machine: refusing to touch it");
    const result = await packageCurrentBuild(outDir);
    debPath = result.files["dips-companion-host_0.1.0_amd64.deb"] ?? "";
    writeFileSync(join(configDir, "config.json"), "{}");
  }, 180_000);
  afterAll(() => {
    removeDeb();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(configDir, { recursive: true, force: true });
  });

  it("depends on no Node.js package", () => {
    const depends = execFileSync("dpkg-deb", ["--field", debPath, "Depends"], { encoding: "utf8" });
    expect(depends).toMatch(/pcscd/);
    expect(depends).not.toMatch(/node/i);
  });

  it("installs the host's one executable and the host manifests for every browser", () => {
    installDeb(debPath);
    expect(debInstalled()).toBe(true);
    for (const path of INSTALLED) expect(existsSync(path), path).toBe(true);
    expect(readdirSync("/usr/lib/dips-companion")).toEqual(["dips-companion-host"]);
    const built = readFileSync(join(ROOT, "build/package/executables/dips-companion-host-linux-x64"));
    expect(readFileSync(LINUX_HOST_EXECUTABLE).equals(built)).toBe(true);
    const chromium = JSON.parse(readFileSync(`/etc/chromium/native-messaging-hosts/${HOST_NAME}.json`, "utf8")) as {
      path: string;
      allowed_origins: string[];
    };
    expect(chromium.path).toBe(LINUX_HOST_EXECUTABLE);
    expect(chromium.allowed_origins).toEqual([`chrome-extension://${CHROME_EXTENSION_ID}/`]);
    const firefox = JSON.parse(readFileSync(`/usr/lib/mozilla/native-messaging-hosts/${HOST_NAME}.json`, "utf8")) as {
      allowed_extensions: string[];
    };
    expect(firefox.allowed_extensions).toEqual([GECKO_ID]);
  });

  it("runs: the installed executable answers status through pcscd and sees the emulated card", async () => {
    const env = { PATH: "/usr/bin:/bin", HOME: configDir, DIPS_COMPANION_CONFIG_DIR: configDir };
    const request = { id: "deb-1", command: "status", reader: stack.readerName } as const;
    const reply = HostReplySchema.parse(await requestOnce(LINUX_HOST_EXECUTABLE, request, env));
    if (!reply.ok) throw new Error(`status failed: ${reply.error.code}`);
    const status = StatusResultSchema.parse(reply.result);
    expect(status.hostVersion).toBe(PRODUCT_VERSION);
    expect(status.pcscRunning).toBe(true);
    expect(status.card?.reader).toBe(stack.readerName);
    // The certificate dates come from PKI.js, which is inside the executable.
    expect(status.card?.authCertificate?.valid).toBe(true);
  });

  it("removes every file it installed with dpkg -r", () => {
    removeDeb();
    expect(debInstalled()).toBe(false);
    for (const path of INSTALLED) expect(existsSync(path), path).toBe(false);
    expect(existsSync("/usr/lib/dips-companion")).toBe(false);
  });
});
