// SPDX-License-Identifier: MIT
/**
 * Versions that tolerate each other. A host built from this tree at an older protocol version (scripts/build-host.mjs,
 * DIPS_HOST_PROTOCOL) reports it in `status`, and the extension's diagnostics turn that into HOST_OUTDATED with the
 * update step for this OS; the current host, whatever its release number, passes. The host is kept away from the
 * machine's PC/SC service (a socket that does not exist), so no reader or card is touched.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hostOsOf } from "../../extension/common/install-steps";
import { updateStep } from "../../extension/common/install-steps";
import { errorText, setLanguage } from "../../extension/i18n/translate";
import { diagnosticsChecks } from "../../extension/pages/shared/diagnostics-checks";
import { HostReplySchema, StatusResultSchema, type HostStatus } from "../../shared/protocol/native";
import { PROTOCOL_VERSION, REQUIRED_HOST_PROTOCOL } from "../../shared/version";
import { ROOT } from "./packaging-support";
import { hostConfigDir, requestOnce } from "./support-host";

const OLDER = REQUIRED_HOST_PROTOCOL - 1;
const OLD_HOST = join(ROOT, `dist/host-protocol-${OLDER}/dips-companion-host.cjs`);
const CURRENT_HOST = join(ROOT, "dist/host/dips-companion-host.cjs");
/** This machine as the browser reports it (runtime.getPlatformInfo().os). */
const THIS_OS = hostOsOf({ win32: "win", darwin: "mac", linux: "linux" }[process.platform as string] ?? "");

async function statusOf(program: string): Promise<HostStatus> {
  const env = {
    ...process.env,
    DIPS_COMPANION_CONFIG_DIR: hostConfigDir(),
    PCSCLITE_CSOCK_NAME: join(ROOT, "build/no-pcscd-here.sock"),
  };
  const reply = HostReplySchema.parse(await requestOnce(program, { id: "v-1", command: "status" }, env));
  if (!reply.ok) throw new Error(`status failed: ${reply.error.code}`);
  return StatusResultSchema.parse(reply.result);
}

const diagnose = (status: HostStatus) =>
  diagnosticsChecks({ hostReachable: true, status, error: null, originsWithoutPermission: [] }, THIS_OS);

beforeAll(() => {
  for (const env of [{ DIPS_HOST_PROTOCOL: String(OLDER) }, {}])
    execFileSync(process.execPath, ["scripts/build-host.mjs"], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
}, 120_000);

describe("host and extension agree on a protocol, not a release", () => {
  it.each(["ja", "en"] as const)(
    "an older host gets the coded 'update the card host' with this OS's step (%s)",
    async (language) => {
      setLanguage(language);
      const status = await statusOf(OLD_HOST);
      expect(status.protocolVersion).toBe(OLDER);
      const [host] = diagnose(status);
      expect(host).toMatchObject({
        id: "host",
        ok: false,
        fix: `${errorText({ code: "HOST_OUTDATED" })} ${updateStep(THIS_OS, language)}`,
      });
      expect(host?.fix).toContain("https://");
    },
  );

  it("the current host passes", async () => {
    setLanguage("en");
    const status = await statusOf(CURRENT_HOST);
    expect(status.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(diagnose(status)[0]).toMatchObject({ id: "host", ok: true });
  });
});
