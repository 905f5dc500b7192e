// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";

/** The CRX signing key `npm run package` uses, and whether it is the committed test key. */
export interface SigningKey {
  readonly pem: string;
  readonly test: boolean;
}

/**
 * DIPS_CRX_KEY's key, else the committed test key (manifests/keys/), which anyone can read: a CRX signed with it
 * proves nothing about who made it. With DIPS_RELEASE=1 the test key is refused, whether by default or named in
 * DIPS_CRX_KEY, so a release build cannot ship test-signed by mistake; without it (tests, local builds) the test key
 * is used with a warning.
 */
export function signingKey(env: NodeJS.ProcessEnv, testKeyPath: string): SigningKey {
  const testPem = readFileSync(testKeyPath, "utf8");
  const configured = env.DIPS_CRX_KEY;
  const pem = configured === undefined || configured === "" ? testPem : readFileSync(configured, "utf8");
  const test = pem.trim() === testPem.trim();
  if (test && env.DIPS_RELEASE === "1")
    throw new Error("DIPS_RELEASE=1: set DIPS_CRX_KEY to the release signing key; the committed test key is refused");
  return { pem, test };
}
