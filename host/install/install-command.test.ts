// SPDX-License-Identifier: MIT
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan } from "./apply-plan";
import { parseInstallOptions, runInstallCommand, type InstallEnvironment } from "./install-command";
import { installPlan } from "./install-plan";

const CHROME_ID = "abcdefghijklmnopabcdefghijklmnop";

function machine(platform: NodeJS.Platform, calls: string[][] = [], printed: string[] = []): InstallEnvironment {
  return {
    platform,
    env: { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local", SystemRoot: "C:\\WINDOWS" },
    home: "/home/u",
    program: { kind: "bundle", nodePath: process.execPath, bundlePath: "/opt/dips/dips-companion-host.cjs" },
    run: (program, args) => {
      calls.push([program, ...args]);
      return Promise.resolve(0);
    },
    print: (line) => printed.push(line),
  };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Installs, in a fresh folder, a launcher for a stand-in host bundle that prints `expression` and exits. */
async function installLauncherFor(bundleName: string, expression: string): Promise<{ dir: string; launcher: string }> {
  const dir = mkdtempSync(join(tmpdir(), "launcher-test-"));
  const bundle = join(dir, bundleName);
  writeFileSync(bundle, `process.stdout.write(${expression});\n`);
  const options = parseInstallOptions("install", ["--manifest-dir", join(dir, "m"), "--launcher-dir", dir], {
    ...machine("linux"),
    program: { kind: "bundle", nodePath: process.execPath, bundlePath: bundle },
  });
  await applyPlan(installPlan(options));
  return { dir, launcher: join(dir, "dips-companion-host") };
}

describe("install on Linux (per user, under a staging root)", () => {
  it("writes a launcher and a manifest per browser folder, including snap and flatpak Firefox; uninstall removes them", async () => {
    const root = mkdtempSync(join(tmpdir(), "install-test-"));
    const args = ["--root", root, "--chrome-id", CHROME_ID];
    expect(await runInstallCommand("install", args, machine("linux"))).toBe(0);
    const user = join(root, "home/u");
    const chrome = join(user, ".config/google-chrome/NativeMessagingHosts/jp.dips_companion.host.json");
    const launcher = "/home/u/.local/share/dips-companion/dips-companion-host";
    expect(readJson(chrome)).toEqual({
      name: "jp.dips_companion.host",
      description: expect.any(String) as unknown,
      path: launcher,
      type: "stdio",
      allowed_origins: [`chrome-extension://${CHROME_ID}/`],
    });
    for (const folder of [
      ".config/chromium/NativeMessagingHosts",
      "snap/chromium/common/chromium/NativeMessagingHosts",
      ".config/microsoft-edge/NativeMessagingHosts",
      ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
      ".config/vivaldi/NativeMessagingHosts",
    ]) {
      expect(existsSync(join(user, folder, "jp.dips_companion.host.json"))).toBe(true);
    }
    for (const folder of [
      ".mozilla/native-messaging-hosts",
      "snap/firefox/common/.mozilla/native-messaging-hosts",
      ".var/app/org.mozilla.firefox/.mozilla/native-messaging-hosts",
    ]) {
      expect(readJson(join(user, folder, "jp.dips_companion.host.json"))).toMatchObject({
        path: launcher,
        allowed_extensions: ["dips-companion@dips-companion.jp"],
      });
    }
    const launcherFile = join(root, launcher);
    expect(statSync(launcherFile).mode & 0o777).toBe(0o755);
    expect(readFileSync(launcherFile, "utf8")).toContain(
      `exec '${process.execPath}' '/opt/dips/dips-companion-host.cjs' "$@"`,
    );
    expect(await runInstallCommand("uninstall", args, machine("linux"))).toBe(0);
    expect(existsSync(chrome)).toBe(false);
    expect(existsSync(launcherFile)).toBe(false);
  });

  it("the launcher runs node by absolute path (no PATH needed) and passes the browser's arguments", async () => {
    const { launcher } = await installLauncherFor("fake host's bundle.mjs", "JSON.stringify(process.argv.slice(2))");
    const output = execFileSync(launcher, ["chrome-extension://x/"], { env: { PATH: "" } });
    expect(JSON.parse(output.toString())).toEqual(["chrome-extension://x/"]);
  });

  it("the launcher keeps the user's NODE_OPTIONS and NODE_EXTRA_CA_CERTS away from the host", async () => {
    const shown = "JSON.stringify([process.env.NODE_OPTIONS, process.env.NODE_EXTRA_CA_CERTS, process.env.KEEP])";
    const { dir, launcher } = await installLauncherFor("host.cjs", shown);
    // A NODE_OPTIONS that reached node would stop it (the required file does not exist).
    const env = {
      PATH: "",
      KEEP: "kept",
      NODE_OPTIONS: `--require ${join(dir, "missing.cjs")}`,
      NODE_EXTRA_CA_CERTS: join(dir, "ca.pem"),
    };
    const output = execFileSync(launcher, [], { env });
    expect(JSON.parse(output.toString())).toEqual([null, null, "kept"]);
  });

  it("--system targets the system folders; --browser narrows the set", () => {
    const steps = installPlan(
      parseInstallOptions("install", ["--system", "--browser", "chrome,firefox"], machine("linux")),
    );
    expect(steps.map((step) => ("path" in step ? step.path : ""))).toEqual([
      "/usr/local/lib/dips-companion/dips-companion-host",
      "/etc/opt/chrome/native-messaging-hosts/jp.dips_companion.host.json",
      "/usr/lib/mozilla/native-messaging-hosts/jp.dips_companion.host.json",
      "/usr/lib64/mozilla/native-messaging-hosts/jp.dips_companion.host.json",
    ]);
  });

  it("refuses an unknown browser or a malformed Chromium id", async () => {
    const printed: string[] = [];
    expect(await runInstallCommand("install", ["--browser", "netscape"], machine("linux", [], printed))).toBe(2);
    expect(await runInstallCommand("install", ["--chrome-id", "XYZ"], machine("linux", [], printed))).toBe(2);
    expect(await runInstallCommand("install", ["--user", "--system"], machine("linux", [], printed))).toBe(2);
    expect(printed.join("\n")).toMatch(/unknown browser: netscape[\s\S]*--chrome-id[\s\S]*--user and --system/);
  });
});

describe("install of the single executable", () => {
  const executable = (platform: NodeJS.Platform, path: string): InstallEnvironment => ({
    ...machine(platform),
    program: { kind: "executable", path },
  });

  it("copies the executable into the install folder, points the manifests at the copy, and removes it on uninstall", async () => {
    const root = mkdtempSync(join(tmpdir(), "install-exe-test-"));
    const downloaded = join(root, "dips-companion-host-linux-x64");
    writeFileSync(downloaded, "#!/bin/sh\necho stand-in executable\n");
    const args = ["--user", "--root", root, "--browser", "chromium,firefox"];
    expect(await runInstallCommand("install", args, executable("linux", downloaded))).toBe(0);
    const installed = "/home/u/.local/share/dips-companion/dips-companion-host";
    expect(readFileSync(join(root, installed), "utf8")).toBe(readFileSync(downloaded, "utf8"));
    expect(statSync(join(root, installed)).mode & 0o777).toBe(0o755);
    const firefox = join(root, "home/u/.mozilla/native-messaging-hosts/jp.dips_companion.host.json");
    expect(readJson(firefox)).toMatchObject({ path: installed });
    expect(await runInstallCommand("uninstall", args, executable("linux", downloaded))).toBe(0);
    expect(existsSync(join(root, installed))).toBe(false);
    expect(existsSync(firefox)).toBe(false);
    expect(existsSync(downloaded)).toBe(true);
  });

  it("an executable already in the install folder (the .deb's) is registered where it is, not copied", () => {
    const installed = "/usr/lib/dips-companion/dips-companion-host";
    const options = parseInstallOptions(
      "install",
      ["--system", "--browser", "chromium", "--launcher-dir", "/usr/lib/dips-companion"],
      executable("linux", installed),
    );
    const steps = installPlan(options);
    expect(steps.map((step) => step.kind)).toEqual(["write"]);
    expect(steps[0]).toMatchObject({ path: "/etc/chromium/native-messaging-hosts/jp.dips_companion.host.json" });
    expect(JSON.parse(steps[0]?.kind === "write" ? steps[0].content : "")).toMatchObject({ path: installed });
  });

  it("on Windows copies the .exe to LOCALAPPDATA and the manifests name it; the running .exe is not deleted", () => {
    const dir = "C:\\Users\\u\\AppData\\Local\\DIPS Companion";
    const downloaded = "C:\\Users\\u\\Downloads\\dips-companion-host-win-x64.exe";
    const install = installPlan(parseInstallOptions("install", ["--browser", "edge"], executable("win32", downloaded)));
    expect(install[0]).toEqual({
      kind: "copy",
      from: downloaded,
      path: `${dir}\\dips-companion-host.exe`,
      mode: 0o755,
    });
    const manifest = install.find((step) => step.kind === "write");
    expect(JSON.parse(manifest?.content ?? "")).toMatchObject({ path: `${dir}\\dips-companion-host.exe` });
    const fromInstalled = executable("win32", `${dir}\\dips-companion-host.exe`);
    const uninstall = installPlan(parseInstallOptions("uninstall", ["--browser", "edge"], fromInstalled));
    expect(uninstall.map((step) => step.kind)).toEqual(["registry-delete", "remove"]);
  });
});

describe("install on macOS", () => {
  it("uses the Library folders", () => {
    const steps = installPlan(parseInstallOptions("install", ["--browser", "chrome,firefox"], machine("darwin")));
    expect(steps.map((step) => ("path" in step ? step.path : ""))).toEqual([
      "/home/u/Library/Application Support/DIPS Companion/dips-companion-host",
      "/home/u/Library/Application Support/Google/Chrome/NativeMessagingHosts/jp.dips_companion.host.json",
      "/home/u/Library/Application Support/Mozilla/NativeMessagingHosts/jp.dips_companion.host.json",
    ]);
  });
});

describe("install on Windows", () => {
  it("writes a .cmd launcher and one manifest per flavour, and registers each browser through reg.exe", async () => {
    const options = parseInstallOptions("install", ["--chrome-id", CHROME_ID], machine("win32"));
    const steps = installPlan(options);
    const dir = "C:\\Users\\u\\AppData\\Local\\DIPS Companion";
    const writes = steps.filter((step) => step.kind === "write");
    expect(writes.map((step) => step.path)).toEqual([
      `${dir}\\dips-companion-host.cmd`,
      `${dir}\\jp.dips_companion.host.chromium.json`,
      `${dir}\\jp.dips_companion.host.firefox.json`,
    ]);
    expect(writes[0]?.content).toBe(
      `@echo off\r\nset "NODE_OPTIONS="\r\nset "NODE_EXTRA_CA_CERTS="\r\n"${process.execPath}" "/opt/dips/dips-companion-host.cjs" %*\r\n`,
    );
    expect(JSON.parse(writes[1]?.content ?? "")).toMatchObject({ path: `${dir}\\dips-companion-host.cmd` });
    const calls: string[][] = [];
    const windows = machine("win32", calls);
    await applyPlan(
      steps.filter((step) => step.kind !== "write"),
      windows.run,
      windows.env,
    );
    // By its absolute path: a reg.exe in the folder the installer runs from must not be the one that runs.
    expect(calls).toContainEqual([
      "C:\\WINDOWS\\System32\\reg.exe",
      "add",
      "HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\jp.dips_companion.host",
      "/ve",
      "/t",
      "REG_SZ",
      "/d",
      `${dir}\\jp.dips_companion.host.chromium.json`,
      "/f",
    ]);
    expect(calls).toContainEqual([
      "C:\\WINDOWS\\System32\\reg.exe",
      "add",
      "HKCU\\Software\\Mozilla\\NativeMessagingHosts\\jp.dips_companion.host",
      "/ve",
      "/t",
      "REG_SZ",
      "/d",
      `${dir}\\jp.dips_companion.host.firefox.json`,
      "/f",
    ]);
    expect(calls).toHaveLength(6);
  });

  it("--system registers under HKLM; uninstall deletes every key", async () => {
    const calls: string[][] = [];
    const steps = installPlan(parseInstallOptions("uninstall", ["--system"], machine("win32")));
    await applyPlan(
      steps.filter((step) => step.kind.startsWith("registry")),
      machine("win32", calls).run,
    );
    expect(calls).toHaveLength(6);
    expect(calls.every((call) => call[1] === "delete" && call[2]?.startsWith("HKLM\\Software\\"))).toBe(true);
  });
});
