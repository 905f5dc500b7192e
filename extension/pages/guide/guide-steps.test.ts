// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import type { Check } from "../shared/diagnostics-checks";
import { allPassed, guideSteps } from "./guide-steps";

const ok = (id: Check["id"]): Check => ({ id, ok: true, text: id });

describe("guideSteps", () => {
  it("shows the steps in order, each passed one as ok", () => {
    const steps = guideSteps([ok("host"), ok("pcsc"), ok("readers"), ok("card"), ok("cert"), ok("tries")]);
    expect(steps.map((step) => [step.id, step.state])).toEqual([
      ["host", "ok"],
      ["pcsc", "ok"],
      ["readers", "ok"],
      ["card", "ok"],
      ["cert", "ok"],
    ]);
    expect(allPassed(steps)).toBe(true);
  });

  it("stops at the first failure with its fix; the later steps wait", () => {
    const steps = guideSteps([ok("host"), ok("pcsc"), { id: "readers", ok: false, text: "none", fix: "connect one" }]);
    expect(steps.map((step) => [step.id, step.state, step.fix])).toEqual([
      ["host", "ok", undefined],
      ["pcsc", "ok", undefined],
      ["readers", "failed", "connect one"],
      ["card", "waiting", undefined],
      ["cert", "waiting", undefined],
    ]);
    expect(allPassed(steps)).toBe(false);
  });

  it("a card without an authentication certificate fails the certificate step", () => {
    const steps = guideSteps([ok("host"), ok("pcsc"), ok("readers"), ok("card")]);
    expect(steps.at(-1)?.state).toBe("failed");
  });
});
