// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DOWNLOAD_PAGE_URL } from "../../../shared/extension-ids";
import { installStep, updateStep } from "../../common/install-steps";
import { withDownloadLink } from "./download-link";

describe("withDownloadLink", () => {
  it.each(["win", "mac", "linux", null] as const)("makes the download page a link in the %s steps", (os) => {
    for (const text of [installStep(os, "ja"), updateStep(os, "en")]) {
      const holder = document.createElement("div");
      holder.append(...withDownloadLink(text));
      expect(holder.textContent).toBe(text);
      const link = holder.querySelector("a");
      expect(link?.getAttribute("href")).toBe(DOWNLOAD_PAGE_URL);
      expect(link?.getAttribute("target")).toBe("_blank");
    }
  });

  it("leaves a text without the address as it is", () => {
    expect(withDownloadLink("no address")).toEqual(["no address"]);
  });
});
