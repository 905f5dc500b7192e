// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { HostStatus } from "../../../shared/protocol/native";
import type { DiagnosticsReply } from "../../../shared/protocol/extension";
import { installStep } from "../../common/install-steps";
import { setLanguage } from "../../i18n/translate";
import { diagnosticsChecks } from "./diagnostics-checks";

const status: HostStatus = {
  hostVersion: "0.1.0",
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

  it("the configured reader missing fails the reader check even when other readers are there, and skips the card", () => {
    setLanguage("en");
    expect(diagnosticsChecks(reply({}), "linux").map((check) => [check.id, check.ok])).toEqual([
      ["host", true],
      ["pcsc", true],
      ["readers", false],
    ]);
  });
});
