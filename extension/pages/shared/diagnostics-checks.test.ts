// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { HostStatus } from "../../../shared/protocol/native";
import type { DiagnosticsReply } from "../../protocol/extension";
import { PROTOCOL_VERSION, REQUIRED_HOST_PROTOCOL } from "../../../shared/version";
import { installStep, updateStep } from "../../common/install-steps";
import { errorText, setLanguage } from "../../i18n/translate";
import { diagnosticsChecks } from "./diagnostics-checks";

const status: HostStatus = {
  hostVersion: "0.1.0",
  protocolVersion: PROTOCOL_VERSION,
  pcscRunning: true,
  readers: [{ name: "Other reader 00 00", cardPresent: false, jpki: false, chosen: false }],
  card: null,
  problem: { code: "READER_NOT_FOUND" },
};
const reply = (overrides: Partial<DiagnosticsReply>): DiagnosticsReply => ({
  hostReachable: true,
  status,
  error: null,
  originsWithoutPermission: [],
  ...overrides,
});

describe("diagnosticsChecks", () => {
  it("a missing host gets the install step for the user's OS", () => {
    setLanguage("en");
    const [host, ...rest] = diagnosticsChecks(
      reply({ hostReachable: false, status: null, error: { code: "HOST_NOT_FOUND" } }),
      "linux",
    );
    expect(host).toMatchObject({ id: "host", ok: false, fix: installStep("linux", "en") });
    expect(rest).toEqual([]);
  });

  it("a host older than the protocol this extension needs gets HOST_OUTDATED with the update step for the OS", () => {
    setLanguage("ja");
    for (const older of [{ protocolVersion: REQUIRED_HOST_PROTOCOL - 1 }, {}]) {
      const { protocolVersion: _dropped, ...withoutProtocol } = status;
      const [host] = diagnosticsChecks(reply({ status: { ...withoutProtocol, ...older } }), "win");
      expect(host).toMatchObject({
        id: "host",
        ok: false,
        fix: `${errorText({ code: "HOST_OUTDATED" })} ${updateStep("win", "ja")}`,
      });
    }
  });

  it("a host of another release that speaks the protocol passes: no exact version match", () => {
    setLanguage("en");
    const newer = { ...status, hostVersion: "9.9.9", protocolVersion: REQUIRED_HOST_PROTOCOL + 1 };
    const [host] = diagnosticsChecks(reply({ status: newer }), "linux");
    expect(host).toMatchObject({ id: "host", ok: true });
    expect(host?.fix).toBeUndefined();
  });

  it("the configured reader missing fails the reader check even when other readers are there, and skips the card", () => {
    setLanguage("en");
    expect(diagnosticsChecks(reply({}), "linux").map((check) => [check.id, check.ok])).toEqual([
      ["host", true],
      ["pcsc", true],
      ["readers", false],
    ]);
  });
});
