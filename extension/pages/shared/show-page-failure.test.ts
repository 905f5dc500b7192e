// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../../shared/errors/companion-error";
import { errorMessage } from "../../../shared/errors/catalogue";
import { setLanguage } from "../../i18n/translate";
import { showPageFailure } from "./show-page-failure";

describe("showPageFailure", () => {
  it("puts a coded alert first in the container; a foreign error reads as the extension's internal error", () => {
    setLanguage("ja");
    const section = document.createElement("section");
    section.append(Object.assign(document.createElement("p"), { textContent: "before" }));
    showPageFailure(new TypeError("storage is gone"), section);
    const alert = section.firstElementChild;
    expect(alert?.getAttribute("role")).toBe("alert");
    expect(alert?.textContent).toBe(errorMessage("EXTENSION_INTERNAL", "ja"));
    expect(alert?.textContent).not.toContain("storage is gone");
  });

  it("keeps a CompanionError's own code", () => {
    setLanguage("en");
    showPageFailure(new CompanionError("PROFILE_INVALID"));
    expect(document.body.firstElementChild?.textContent).toBe(errorMessage("PROFILE_INVALID", "en"));
  });
});
