// SPDX-License-Identifier: MIT
/** `web-ext lint` (addons-linter) on the Firefox build; any error, warning or notice stops the packaging. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const LintMessageSchema = z.object({ code: z.string(), message: z.string(), file: z.string().optional() });
const LintReportSchema = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(LintMessageSchema),
  warnings: z.array(LintMessageSchema),
  notices: z.array(LintMessageSchema),
});
export type LintReport = z.infer<typeof LintReportSchema>;

export async function runWebExtLint(sourceDir: string): Promise<LintReport> {
  const webExt = join(import.meta.dirname, "../../node_modules/.bin/web-ext");
  const result = await promisify(execFile)(
    webExt,
    ["lint", "--source-dir", sourceDir, "--output", "json", "--no-config-discovery"],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? "" }));
  return LintReportSchema.parse(JSON.parse(result.stdout));
}

export async function lintFirefoxBuild(sourceDir: string): Promise<LintReport> {
  const report = await runWebExtLint(sourceDir);
  const problems = [...report.errors, ...report.warnings, ...report.notices];
  if (problems.length > 0)
    throw new Error(`web-ext lint: ${problems.map((p) => `${p.code} ${p.file ?? ""} ${p.message}`).join("; ")}`);
  return report;
}

/** addons-linter (the linter addons.mozilla.org runs on upload) on a packed XPI, as a report. */
export async function runAddonsLinter(xpiPath: string): Promise<LintReport> {
  const linter = join(import.meta.dirname, "../../node_modules/.bin/addons-linter");
  const result = await promisify(execFile)(linter, ["--output", "json", xpiPath], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? "" }));
  return LintReportSchema.parse(JSON.parse(result.stdout));
}
