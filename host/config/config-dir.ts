// SPDX-License-Identifier: MIT
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where the host keeps its installation uuid and optional config.json: `DIPS_COMPANION_CONFIG_DIR` if set, else the
 * platform's per-user configuration folder.
 */
export function configDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  const override = env.DIPS_COMPANION_CONFIG_DIR;
  if (override) return override;
  if (platform === "darwin") return join(home, "Library", "Application Support", "DIPS Companion");
  if (platform === "win32") return join(env.APPDATA ?? join(home, "AppData", "Roaming"), "DIPS Companion");
  return join(env.XDG_CONFIG_HOME ?? join(home, ".config"), "dips-companion");
}
