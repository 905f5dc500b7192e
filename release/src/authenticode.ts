// SPDX-License-Identifier: MIT
/**
 * Authenticode signatures on the Windows files (the host's .exe and the .msi) with Debian's `osslsigncode`, when
 * `npm run package` is given a code-signing certificate. A signed file shows its publisher in Windows' prompts; an
 * unsigned one shows "Unknown publisher", and SmartScreen or Smart App Control may hold it back.
 * The signing time is the package's one timestamp and the RSA signature (PKCS#1 v1.5) is deterministic, so two
 * signed builds are identical. A timestamp from a time-stamping authority (DIPS_SIGN_TIMESTAMP_URL), which keeps the
 * signature valid after the certificate expires, comes from the network and makes each build differ.
 */
import { spawnSync } from "node:child_process";
import { renameSync } from "node:fs";

export interface SigningCredentials {
  /** The certificate chain (PEM), the signing certificate first. */
  readonly certPath: string;
  /** Its private key (PEM, unencrypted: the release machine keeps it safe). */
  readonly keyPath: string;
  /** RFC 3161 time-stamping authority, if any. */
  readonly timestampUrl?: string;
}

/**
 * The credentials named by DIPS_SIGN_CERT and DIPS_SIGN_KEY (both or neither), or null: the files stay unsigned.
 */
export function signingFromEnvironment(env: NodeJS.ProcessEnv): SigningCredentials | null {
  const certPath = env.DIPS_SIGN_CERT ?? "";
  const keyPath = env.DIPS_SIGN_KEY ?? "";
  if (certPath === "" && keyPath === "") return null;
  if (certPath === "" || keyPath === "") throw new Error("set both DIPS_SIGN_CERT and DIPS_SIGN_KEY, or neither");
  const timestampUrl = env.DIPS_SIGN_TIMESTAMP_URL;
  return { certPath, keyPath, ...(timestampUrl ? { timestampUrl } : {}) };
}

function osslsigncode(args: readonly string[]): string {
  const result = spawnSync("osslsigncode", args, { encoding: "utf8" });
  if (result.error !== undefined)
    throw new Error(`osslsigncode: ${result.error.message} (apt-get install osslsigncode)`);
  if (result.status !== 0) throw new Error(`osslsigncode ${args[0] ?? ""} failed: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Signs `file` in place (SHA-256), stamped `epochSeconds` as its signing time. */
export function signAuthenticode(file: string, credentials: SigningCredentials, epochSeconds: number): void {
  const signed = `${file}.signed`;
  const timestamp = credentials.timestampUrl === undefined ? [] : ["-ts", credentials.timestampUrl];
  osslsigncode([
    "sign",
    "-certs",
    credentials.certPath,
    "-key",
    credentials.keyPath,
    "-h",
    "sha256",
    "-n",
    "DIPS Companion card host",
    "-time",
    String(epochSeconds),
    ...timestamp,
    "-in",
    file,
    "-out",
    signed,
  ]);
  renameSync(signed, file);
}

/** `osslsigncode verify` against the trusted certificates in `caFile`; throws with its report when it fails. */
export function verifyAuthenticode(file: string, caFile: string): string {
  return osslsigncode(["verify", "-CAfile", caFile, "-in", file]);
}
