// SPDX-License-Identifier: MIT
/**
 * A throwaway HOME for one test browser: the native-host registration for Chromium (in the user-data dir) and
 * Firefox (`~/.mozilla/native-messaging-hosts`) pointing at the host's single executable (the file the packages
 * ship, test/support/host-executable.ts), and the host's config dir (reader pinned to the emulator's reader).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROME_EXTENSION_ID, GECKO_ID } from "../../../shared/extension-ids";
import { HOST_NAME } from "../../../shared/version";
import { ensureHostExecutable } from "../../support/host-executable";

/** The built host bundle for Node (`npm run build:host`; `npm start` registers it). */
export const HOST_SCRIPT = resolve(import.meta.dirname, "../../../dist/host/dips-companion-host.cjs");

/** The executable's script; the executable is rebuilt from it when it changed. */
const HOST_SEA_SCRIPT = resolve(import.meta.dirname, "../../../dist/host-sea/dips-companion-host.cjs");

export interface BrowserHome {
  readonly home: string;
  /** Chromium's `--user-data-dir` / Firefox's profile dir. */
  readonly profileDir: string;
  /** The host's `DIPS_COMPANION_CONFIG_DIR`. */
  readonly configDir: string;
  /** The host's log file (JSON lines; ids, commands and codes only). */
  readonly hostLog: string;
  /** Environment for the browser process (the host inherits it). */
  readonly env: Record<string, string>;
  remove(): void;
}

export interface BrowserHomeOptions {
  /** PC/SC reader the host must use (the emulator's). */
  readonly reader?: string;
  /** Write no host registration (to test "host not installed"). */
  readonly withoutHost?: boolean;
  /** More environment for the browser, which the host it starts inherits (e.g. a PC/SC socket that is not there). */
  readonly hostEnv?: Readonly<Record<string, string>>;
}

export function createBrowserHome(options: BrowserHomeOptions = {}): BrowserHome {
  const home = mkdtempSync(join(tmpdir(), "dips-e2e-home-"));
  const profileDir = join(home, "profile");
  const configDir = join(home, "host-config");
  mkdirSync(profileDir, { recursive: true });
  mkdirSync(configDir, { recursive: true });
  const hostLog = join(configDir, "host.log");
  const config = {
    log: { enabled: true, file: hostLog },
    ...(options.reader === undefined ? {} : { reader: options.reader }),
  };
  writeFileSync(join(configDir, "config.json"), JSON.stringify(config));
  if (options.withoutHost !== true) registerHost(home, profileDir);
  return {
    home,
    profileDir,
    configDir,
    hostLog,
    env: {
      HOME: home,
      LANG: "ja_JP.UTF-8",
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      DIPS_COMPANION_CONFIG_DIR: configDir,
      ...(process.env.DISPLAY === undefined ? {} : { DISPLAY: process.env.DISPLAY }),
      ...options.hostEnv,
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

function registerHost(home: string, profileDir: string): void {
  if (!existsSync(HOST_SEA_SCRIPT)) throw new Error(`${HOST_SEA_SCRIPT} is missing: run npm run build:host first`);
  const common = {
    name: HOST_NAME,
    description: "DIPS Companion host (e2e test)",
    path: ensureHostExecutable(),
    type: "stdio",
  };
  const chromiumDir = join(profileDir, "NativeMessagingHosts");
  const firefoxDir = join(home, ".mozilla", "native-messaging-hosts");
  for (const dir of [chromiumDir, firefoxDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(chromiumDir, `${HOST_NAME}.json`),
    JSON.stringify({ ...common, allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`] }),
  );
  writeFileSync(join(firefoxDir, `${HOST_NAME}.json`), JSON.stringify({ ...common, allowed_extensions: [GECKO_ID] }));
}
