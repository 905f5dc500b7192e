// SPDX-License-Identifier: MIT
import { homedir } from "node:os";
import { join, posix, win32 } from "node:path";
import { isSea } from "node:sea";
import { parseArgs } from "node:util";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";
import { applyPlan, runCommand, type CommandRunner } from "./apply-plan";
import { BROWSERS, type Scope } from "./browser-targets";
import { installPlan, type HostProgram, type InstallOptions } from "./install-plan";

const USAGE = `usage: dips-companion-host install|uninstall [--user|--system] [--browser chrome,chromium,edge,brave,vivaldi,firefox]
  [--chrome-id ID] [--gecko-id ID] [--root DIR] [--home DIR] [--manifest-dir DIR] [--launcher-dir DIR] [--dry-run]`;

/** The machine facts the command reads; injectable for tests. */
export interface InstallEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  program: HostProgram;
  run: CommandRunner;
  print: (line: string) => void;
}

/**
 * This machine. The host is this single executable, or else the bundle at `bundlePath`
 * (dist/host/dips-companion-host.cjs, as the entry names itself: the launcher must run the entry, whichever file
 * this module ends up in) on this Node.
 */
export const realEnvironment = (bundlePath: string): InstallEnvironment => ({
  platform: process.platform,
  env: process.env,
  home: homedir(),
  program: isSea()
    ? { kind: "executable", path: process.execPath }
    : { kind: "bundle", nodePath: process.execPath, bundlePath },
  run: runCommand,
  print: (line) => process.stdout.write(`${line}\n`),
});

/** `install` / `uninstall`: registers or removes the native-messaging host for the chosen browsers. Exit status. */
export async function runInstallCommand(
  verb: "install" | "uninstall",
  args: string[],
  machine: InstallEnvironment,
): Promise<number> {
  let options: InstallOptions;
  try {
    options = parseInstallOptions(verb, args, machine);
  } catch (error) {
    machine.print(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const steps = installPlan(options);
  if (args.includes("--dry-run")) {
    for (const step of steps) machine.print(JSON.stringify(step));
    return 0;
  }
  for (const line of await applyPlan(steps, machine.run, machine.env)) machine.print(line);
  return 0;
}

/** Reads the arguments into InstallOptions (throws with a message on a bad argument). */
export function parseInstallOptions(
  verb: "install" | "uninstall",
  args: string[],
  machine: InstallEnvironment,
): InstallOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      user: { type: "boolean", default: false },
      system: { type: "boolean", default: false },
      browser: { type: "string", multiple: true },
      "chrome-id": { type: "string" },
      "gecko-id": { type: "string" },
      root: { type: "string" },
      home: { type: "string" },
      "manifest-dir": { type: "string" },
      "launcher-dir": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (values.user && values.system) throw new Error("--user and --system exclude each other");
  const requested = (values.browser ?? []).flatMap((item) => item.split(",")).filter(Boolean);
  const unknown = requested.filter((item) => !BROWSERS.some((browser) => browser === item));
  if (unknown.length > 0) throw new Error(`unknown browser: ${unknown.join(", ")}`);
  const browsers = BROWSERS.filter((browser) => requested.length === 0 || requested.includes(browser));
  const chromeId = values["chrome-id"] ?? CHROME_EXTENSION_ID;
  if (!/^[a-p]{32}$/.test(chromeId)) throw new Error("--chrome-id must be 32 letters a-p");
  const scope: Scope = values.system ? "system" : "user";
  const home = values.home ?? machine.home;
  return {
    verb,
    platform: machine.platform,
    scope,
    browsers,
    hostName: HOST_NAME,
    ids: { chromeId, geckoId: values["gecko-id"] ?? GECKO_ID },
    program: machine.program,
    home,
    launcherDir: values["launcher-dir"] ?? defaultLauncherDir(machine.platform, scope, home, machine.env),
    root: values.root ?? "",
    manifestDir: values["manifest-dir"],
  };
}

/** Where the launcher goes when --launcher-dir is not given. */
function defaultLauncherDir(platform: NodeJS.Platform, scope: Scope, home: string, env: NodeJS.ProcessEnv): string {
  if (platform === "win32") {
    const base =
      scope === "system"
        ? (env.ProgramFiles ?? "C:\\Program Files")
        : (env.LOCALAPPDATA ?? win32.join(home, "AppData", "Local"));
    return win32.join(base, "DIPS Companion");
  }
  if (platform === "darwin") {
    return scope === "system"
      ? "/Library/Application Support/DIPS Companion"
      : posix.join(home, "Library/Application Support/DIPS Companion");
  }
  return scope === "system" ? "/usr/local/lib/dips-companion" : join(home, ".local/share/dips-companion");
}
