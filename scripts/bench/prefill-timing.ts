// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { launch } from "puppeteer-core";
import { buildPlanEntries } from "../../extension/prefill/build-plan";
import { PrefillPlanSchema } from "../../extension/prefill/prefill-plan";
import { runPrefill } from "../../extension/prefill/run-prefill";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { since } from "../../test/drivers/stats";
import { openDipsRegWindow } from "./dips-reg-window";

/** One owner and `uaCount` UAs from the sample profiles (serial numbers made distinct). */
function planEntries(uaCount: number) {
  const owner = SAMPLE_PROFILE_SET.owners[0];
  const ua = SAMPLE_PROFILE_SET.uas[0];
  if (owner === undefined || ua === undefined) throw new Error("the sample profile set has no owner or UA");
  const uas = Array.from({ length: uaCount }, (_, i) => ({ ...ua, id: `ua-${i}`, serialNumber: `SN-${i + 1}` }));
  return buildPlanEntries(owner, uas);
}

/** The ja test page of the e2e tests with its UA section repeated up to `uaCount` (ids and names renumbered). */
function pageWithUas(root: string, uaCount: number): string {
  const html = readFileSync(join(root, "test/e2e/pages/prefill-ja.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/u.exec(html)?.[1] ?? "";
  const firstUa = /<section id="ua-1">[\s\S]*?<\/section>/u.exec(body)?.[0];
  if (firstUa === undefined) throw new Error("prefill-ja.html has no ua-1 section");
  const withoutUas = body.replace(/\s*<section id="ua-\d+">[\s\S]*?<\/section>/gu, "");
  const uas = Array.from({ length: uaCount }, (_, i) =>
    firstUa
      .replaceAll('id="ua-1"', `id="ua-${i + 1}"`)
      .replaceAll("無人航空機 1", `無人航空機 ${i + 1}`)
      .replace(/(id|for|name)="a1/gu, `$1="a${i + 1}`),
  ).join("\n");
  return withoutUas
    .replace(/<\/fieldset>(?![\s\S]*<\/fieldset>)/u, `</fieldset>\n${uas}`)
    .replace(/<script[\s\S]*?<\/script>/gu, "");
}

/**
 * Prefill of one owner and `uaCount` UAs by the extension's own engine (runPrefill) in happy-dom: a fresh page per
 * run, timed from the plan to the report. Returns the times and how many controls the last run filled.
 */
export function measurePrefill(root: string, runs: number, uaCount = 10): { times: number[]; filled: number } {
  const { window, close } = openDipsRegWindow();
  const page = pageWithUas(root, uaCount);
  const times: number[] = [];
  let filled = 0;
  for (let i = 0; i < runs + 1; i++) {
    window.document.body.innerHTML = page;
    const start = performance.now();
    const plan = PrefillPlanSchema.parse({ entries: planEntries(uaCount), overrides: {} });
    const report = runPrefill(window.document as unknown as Document, plan);
    const ms = since(start);
    if (i > 0) times.push(ms); // the first run warms up the JIT
    filled = report.filled.length;
  }
  close();
  return { times, filled };
}

/**
 * The same prefill in a real page of headless Chromium: the content side (plan parsing and the engine, bundled
 * from extension/prefill/) timed inside the page, on a fresh copy of the page per run.
 */
export async function measurePrefillInChromium(
  root: string,
  runs: number,
  uaCount = 10,
): Promise<{ times: number[]; filled: number }> {
  const bundle = await build({
    entryPoints: [join(root, "scripts/bench/prefill-in-page.ts")],
    bundle: true,
    format: "iife",
    write: false,
    minify: true,
    logLevel: "warning",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body>${pageWithUas(root, uaCount)}</body></html>`;
  const plan = { entries: planEntries(uaCount), overrides: {} };
  const browser = await launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    let filled = 0;
    for (let i = 0; i < runs + 1; i++) {
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      const result = await page.evaluate(
        (value) =>
          (window as unknown as { benchPrefill(plan: unknown): { ms: number; filled: number } }).benchPrefill(value),
        plan,
      );
      if (i > 0) times.push(result.ms);
      filled = result.filled;
    }
    return { times, filled };
  } finally {
    await browser.close();
  }
}
