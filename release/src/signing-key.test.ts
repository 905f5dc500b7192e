// SPDX-License-Identifier: MIT
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signingKey } from "./signing-key";

const TEST_KEY = join(import.meta.dirname, "../../manifests/keys/test-extension-key.pem");

describe("the CRX signing key", () => {
  const releaseKey = join(mkdtempSync(join(tmpdir(), "dips-key-")), "release.pem");
  writeFileSync(releaseKey, "-----BEGIN PRIVATE KEY-----\nnot the test key\n-----END PRIVATE KEY-----\n");

  it("is the test key, marked as such, when DIPS_CRX_KEY is unset outside a release", () => {
    expect(signingKey({}, TEST_KEY).test).toBe(true);
  });

  it("refuses the test key in a release (DIPS_RELEASE=1), unset or named in DIPS_CRX_KEY", () => {
    expect(() => signingKey({ DIPS_RELEASE: "1" }, TEST_KEY)).toThrow(/test key is refused/);
    expect(() => signingKey({ DIPS_RELEASE: "1", DIPS_CRX_KEY: TEST_KEY }, TEST_KEY)).toThrow(/test key is refused/);
  });

  it("takes DIPS_CRX_KEY's key in a release", () => {
    expect(signingKey({ DIPS_RELEASE: "1", DIPS_CRX_KEY: releaseKey }, TEST_KEY)).toMatchObject({ test: false });
  });
});
