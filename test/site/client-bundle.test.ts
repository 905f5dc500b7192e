// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { bundleClientScript } from "./client-bundle";

describe("confirmation page script", () => {
  it("bundles for the browser and speaks the page protocol's event names", async () => {
    const script = await bundleClientScript();
    expect(script).toContain("launchApp");
    expect(script).toContain("recvMsg");
    expect(script).toContain("extension-is-installed");
    expect(script).not.toMatch(/\brequire\(/);
  });
});
