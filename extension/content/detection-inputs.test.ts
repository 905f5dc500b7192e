// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { appDetectionValue } from "../protocol/page";
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

describe("app-is-installed, as the official content script sets it per browser and OS", () => {
  const windows =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
  const mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0";
  const linux = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
  const firefoxMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0";

  it.each([
    ["chromium", windows, "29"],
    ["chromium", mac, "40"],
    ["chromium", linux, "29"],
    ["firefox", windows, "25"],
    ["firefox", firefoxMac, "24"],
    ["firefox", linux, "25"],
  ] as const)("%s, %s → %s", (browser, userAgent, value) => {
    expect(appDetectionValue(browser, userAgent)).toBe(value);
    document.body.innerHTML = "";
    addDetectionInputs(document, appDetectionValue(browser, userAgent));
    expect((document.getElementById("app-is-installed") as HTMLInputElement).value).toBe(value);
    expect((document.getElementById("extension-is-installed") as HTMLInputElement).value).toBe("1");
  });
});
