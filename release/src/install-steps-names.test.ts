// SPDX-License-Identifier: MIT
/** The install steps the extension shows when the host is missing name the files this packager really makes. */
import { describe, expect, it } from "vitest";
import { installStep } from "../../extension/common/install-steps";
import { PRODUCT_VERSION } from "../../shared/version";
import { executableFileName } from "./executable/build-executable";
import { fileNames } from "./package-all";

const names = fileNames(PRODUCT_VERSION);

describe("install steps name the release files", () => {
  it.each(["ja", "en"] as const)("%s", (language) => {
    expect(installStep("win", language)).toContain(names.msi);
    expect(installStep("mac", language)).toContain(names["macos-x64"]);
    expect(installStep("mac", language)).toContain(executableFileName("darwin-x64"));
    expect(installStep("linux", language)).toContain(names.deb);
    expect(installStep("linux", language)).toContain(names["linux-x64"]);
    expect(installStep("linux", language)).toContain(executableFileName("linux-x64"));
  });
});
