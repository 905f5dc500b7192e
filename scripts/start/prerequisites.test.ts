// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { checkPrerequisites } from "./prerequisites";

describe("npm start prerequisites", () => {
  it("names what is missing and the apt-get line that installs it", () => {
    const report = checkPrerequisites({ browser: "firefox", card: "emulator" }, (path) => path.includes("libpcsclite"));
    expect(report.missing).toEqual(["pcscd (PC/SC service)", "vpcd (virtual reader driver)", "Firefox ESR"]);
    expect(report.installLine).toBe("sudo apt-get install -y pcscd vsmartcard-vpcd firefox-esr");
  });

  it("does not ask for vpcd when a real reader is used, and is quiet when all is there", () => {
    expect(
      checkPrerequisites({ browser: "chromium", card: "reader" }, (path) => !path.includes("vpcd")).installLine,
    ).toBe("");
    expect(checkPrerequisites({ browser: "chromium", card: "emulator" }, () => true).missing).toEqual([]);
  });
});
