// SPDX-License-Identifier: MIT
/** The options page's diagnostics: the host's `status` (never spends a try) and the allowlist's permissions. */
import { toCompanionError } from "../../shared/errors/companion-error";
import type { DiagnosticsReply } from "../protocol/extension";
import { readBackgroundSettings } from "./background-settings";
import { grantedPatterns } from "./content-scripts";
import type { NativeHost } from "./native-host";

export async function runDiagnostics(host: NativeHost): Promise<DiagnosticsReply> {
  const { settings } = await readBackgroundSettings();
  const { missing } = await grantedPatterns(settings.allowlist);
  try {
    const status = await host.request({ command: "status", reader: settings.readerName ?? undefined });
    return { hostReachable: true, status, error: null, originsWithoutPermission: missing };
  } catch (error) {
    const coded = toCompanionError(error);
    const hostReachable = coded.code !== "HOST_NOT_FOUND" && coded.code !== "HOST_DISCONNECTED";
    return { hostReachable, status: null, error: coded.toWire(), originsWithoutPermission: missing };
  }
}
