// SPDX-License-Identifier: MIT
/**
 * Entry of `npm run package`. Environment: DIPS_CRX_KEY (path of the release signing key, PEM; default the
 * committed test key, with a warning, refused when DIPS_RELEASE=1: signing-key.ts), DIPS_UPDATE_BASE_URL (where
 * the files will be served, default a placeholder), SOURCE_DATE_EPOCH (default the commit time), DIPS_PACKAGE_OUT
 * (default dist/packages), DIPS_SIGN_CERT and DIPS_SIGN_KEY (a code-signing certificate chain and its key, PEM: the
 * Windows .exe and .msi are then signed with Authenticode; without them they stay unsigned) and
 * DIPS_SIGN_TIMESTAMP_URL (optional time-stamping authority).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { signingFromEnvironment } from "./authenticode";
import { packageAll } from "./package-all";
import { signingKey } from "./signing-key";

const rootDir = join(import.meta.dirname, "../..");
const TEST_KEY = join(rootDir, "manifests/keys/test-extension-key.pem");

function epochSeconds(): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Number(execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: rootDir, encoding: "utf8" }).trim());
}

const key = signingKey(process.env, TEST_KEY);
if (key.test) process.stderr.write("package: signing with the TEST key (set DIPS_CRX_KEY for a release)\n");
const baseUrl = process.env.DIPS_UPDATE_BASE_URL ?? "https://updates.example.jp/dips-companion/";
const result = await packageAll({
  rootDir,
  outDir: process.env.DIPS_PACKAGE_OUT ?? join(rootDir, "dist/packages"),
  epochSeconds: epochSeconds(),
  crxKeyPem: key.pem,
  updateBaseUrl: baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
  build: process.argv.includes("--no-build") ? false : true,
  signing: signingFromEnvironment(process.env),
});
process.stdout.write(`Chromium extension id ${result.chromeExtensionId}\n`);
for (const path of Object.values(result.files)) process.stdout.write(`${path}\n`);
