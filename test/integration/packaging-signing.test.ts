// SPDX-License-Identifier: MIT
/**
 * Authenticode signing of the Windows files as `npm run package` does it when given a certificate: a throwaway
 * code-signing certificate (openssl) signs the host's .exe and the .msi built from it; `osslsigncode verify` accepts
 * both, rejects the unsigned ones, and two signed builds are byte for byte the same.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAuthenticode, verifyAuthenticode, type SigningCredentials } from "../../release/src/authenticode";
import { buildExecutable } from "../../release/src/executable/build-executable";
import { buildMsi } from "../../release/src/msi/build-msi";
import { PRODUCT_VERSION } from "../../shared/version";
import { ROOT, TEST_EPOCH } from "./packaging-support";

const work = mkdtempSync(join(tmpdir(), "dips-signing-"));
const credentials: SigningCredentials = { certPath: join(work, "cert.pem"), keyPath: join(work, "key.pem") };
let unsignedExe = "";

/** The exe and the .msi built from it, both signed, in `dir`; returns their paths. */
function signedBuild(dir: string): { exe: string; msi: string } {
  const exe = join(work, `${dir}.exe`);
  copyFileSync(unsignedExe, exe);
  signAuthenticode(exe, credentials, TEST_EPOCH);
  const msi = buildMsi({
    rootDir: ROOT,
    exePath: exe,
    version: PRODUCT_VERSION,
    outDir: join(work, dir),
    epochSeconds: TEST_EPOCH,
  });
  signAuthenticode(msi, credentials, TEST_EPOCH);
  return { exe, msi };
}

beforeAll(() => {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      credentials.keyPath,
      "-out",
      credentials.certPath,
      "-days",
      "2",
      "-subj",
      "/CN=DIPS Companion throwaway code signing",
      "-addext",
      "extendedKeyUsage=codeSigning",
      "-addext",
      "keyUsage=critical,digitalSignature",
      "-addext",
      "basicConstraints=critical,CA:FALSE",
    ],
    { stdio: "ignore" },
  );
  unsignedExe = buildExecutable("win-x64", { rootDir: ROOT, outDir: join(work, "exe") });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Authenticode signing", () => {
  it("gives an .exe and an .msi that osslsigncode verify accepts, and the same bytes twice", () => {
    const first = signedBuild("first");
    const second = signedBuild("second");
    for (const file of [first.exe, first.msi]) {
      const report = verifyAuthenticode(file, credentials.certPath);
      expect(report, file).toMatch(/Signature verification: ok/);
      expect(report).toContain("DIPS Companion throwaway code signing");
    }
    expect(readFileSync(second.exe).equals(readFileSync(first.exe))).toBe(true);
    expect(readFileSync(second.msi).equals(readFileSync(first.msi))).toBe(true);
  }, 300_000);

  it("rejects an unsigned file, so the check above can fail", () => {
    expect(() => verifyAuthenticode(unsignedExe, credentials.certPath)).toThrow(/osslsigncode verify failed/);
  });
});
