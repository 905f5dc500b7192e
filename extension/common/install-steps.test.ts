// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { PRODUCT_VERSION } from "../../shared/version";
import { DOWNLOAD_PAGE_URL } from "../../shared/extension-ids";
import { hostOsOf, installStep, updateStep } from "./install-steps";

describe("installStep", () => {
  it("Windows: the per-user MSI, double-clicked, no administrator rights", () => {
    expect(installStep("win", "en")).toContain(`dips-companion-host-${PRODUCT_VERSION}-x64.msi`);
    expect(installStep("win", "en")).toMatch(/double-click.*no administrator rights/);
    expect(installStep("win", "ja")).toContain("管理者権限は不要");
  });

  it("macOS: the tarball, install --user, and Rosetta 2 on Apple silicon", () => {
    for (const language of ["ja", "en"] as const) {
      const text = installStep("mac", language);
      expect(text).toContain(`dips-companion-host-${PRODUCT_VERSION}-macos-x64.tar.gz`);
      expect(text).toContain("./dips-companion-host-darwin-x64 install --user");
      expect(text).toContain("Rosetta 2");
    }
  });

  it("Linux: apt install of the .deb, or the tarball with install --user", () => {
    for (const language of ["ja", "en"] as const) {
      const text = installStep("linux", language);
      expect(text).toContain(`sudo apt install ./dips-companion-host_${PRODUCT_VERSION}_amd64.deb`);
      expect(text).toContain(`dips-companion-host-${PRODUCT_VERSION}-linux-x64.tar.gz`);
      expect(text).toContain("./dips-companion-host-linux-x64 install --user");
    }
  });

  it("other systems get the general text; getPlatformInfo's names map to ours", () => {
    expect(installStep(null, "en")).toMatch(/Windows, macOS and Linux/);
    expect(["win", "mac", "linux", "cros", "android"].map(hostOsOf)).toEqual(["win", "mac", "linux", null, null]);
  });

  it("every step, to install or to update, names the download page", () => {
    for (const os of ["win", "mac", "linux", null] as const)
      for (const language of ["ja", "en"] as const) {
        expect(installStep(os, language)).toContain(DOWNLOAD_PAGE_URL);
        expect(updateStep(os, language)).toContain(DOWNLOAD_PAGE_URL);
      }
  });
});
