// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDetectionInputs, otherAppInputsPresent, removeDetectionInputs } from "./detection-inputs";

describe("detection inputs", () => {
  it("adds ours once, tells them from another app's, and removes only ours", () => {
    document.body.innerHTML = "";
    addDetectionInputs(document);
    addDetectionInputs(document);
    expect(document.querySelectorAll("#extension-is-installed")).toHaveLength(1);
    expect((document.getElementById("app-is-installed") as HTMLInputElement).value).toBe("29");
    expect(otherAppInputsPresent(document)).toBe(false);
    document.body.insertAdjacentHTML("beforeend", '<input type="hidden" id="app-is-installed" value="30">');
    expect(otherAppInputsPresent(document)).toBe(true);
    removeDetectionInputs(document);
    expect(document.querySelectorAll("#app-is-installed")).toHaveLength(1);
    expect(document.querySelector("#extension-is-installed")).toBeNull();
  });
});
