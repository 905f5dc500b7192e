// SPDX-License-Identifier: MIT
/**
 * The size budget of the content scripts (README → Performance): the page bridge loads with every allowlisted page and
 * the prefill script is injected on demand; each must stay under 20 KB gzipped. Builds the Chromium extension into a
 * temporary folder with the real build config (minification included) and measures the emitted files.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BUDGET_BYTES = 20 * 1024;
const outDir = mkdtempSync(join(tmpdir(), "dips-companion-size-"));
const gzipSize = (file: string): number => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

describe("content script sizes", () => {
  beforeAll(async () => {
    process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";
    await build({
      configFile: resolve(import.meta.dirname, "../vite.config.ts"),
      mode: "chrome",
      logLevel: "error",
      build: { outDir, emptyOutDir: true },
    });
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("keeps the page bridge under 20 KB gzipped, without the whole error catalogue or classic zod", () => {
    expect(gzipSize("content/bridge.js")).toBeLessThan(BUDGET_BYTES);
    const code = readFileSync(join(outDir, "content/bridge.js"), "utf8");
    expect(code).toContain("HOST_DISCONNECTED");
    expect(code).not.toContain("PCSC_UNAVAILABLE");
    expect(code).toContain("ZodMiniObject");
    expect(code).not.toMatch(/["`]ZodObject["`]/);
  });

  it("keeps the prefill script under 20 KB gzipped", () => {
    expect(gzipSize("prefill/prefill-content.js")).toBeLessThan(BUDGET_BYTES);
  });
});
