import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRODUCT_VERSION } from "./version";

describe("product version", () => {
  it("equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(PRODUCT_VERSION).toBe(pkg.version);
  });
});
