// SPDX-License-Identifier: MIT
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's OpenSC PKCS#11 module (package `opensc-pkcs11`, pulled in by `opensc`). */
export const OPENSC_PKCS11_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";

/** Token labels OpenSC's JPKI emulation gives the two PIN slots (pkcs15-jpki.c). */
export const OPENSC_TOKEN = {
  auth: "JPKI (User Authentication PIN)",
  sign: "JPKI (Digital Signature PIN)",
} as const;

/** One OpenSC command line run to its end. */
export interface OpenscRun {
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit, in milliseconds. */
  readonly ms: number;
}

/** OpenSC pinned to one reader: a private config and cache folder, and the tools run with them. */
export interface OpenscTools {
  readonly dir: string;
  readonly readerName: string;
  /** Runs an OpenSC tool (`pkcs15-tool`, `pkcs11-tool`, …); rejects with its stderr when it fails. */
  run(tool: string, args: readonly string[]): Promise<OpenscRun>;
  /** `pkcs15-tool --read-certificate <id>`: the DER of certificate 01 (auth), 02 (sign), 03, 04 (CAs). */
  readCertificate(id: string): Promise<{ der: Buffer; ms: number }>;
  /**
   * `pkcs11-tool --sign -m RSA-PKCS` with the key of `key` (auth = ID 01, sign = ID 02) after C_Login: the card
   * signs exactly `digestInfo`, as our host has it sign.
   */
  signDigestInfo(key: "auth" | "sign", pin: string, digestInfo: Buffer): Promise<{ signature: Buffer; ms: number }>;
}

/**
 * An `OPENSC_CONF` that keeps OpenSC's defaults (as a user runs it: every card driver, no file cache) but ignores
 * every reader except `readerName` (opensc.conf(5) `ignored_readers`), so concurrent test runs on the shared pcscd
 * never see each other's cards. The cache folder is private too, so no earlier run's state is reused.
 */
export function pinOpenscToReader(readerName: string, allReaderNames: readonly string[]): OpenscTools {
  const dir = mkdtempSync(join(tmpdir(), "dips-opensc-"));
  const others = allReaderNames.filter((name) => name !== readerName).map((name) => JSON.stringify(name));
  const ignored = others.length > 0 ? `  ignored_readers = ${others.join(", ")};\n` : "";
  writeFileSync(join(dir, "opensc.conf"), `app default {\n${ignored}  reader_driver pcsc { }\n}\n`);
  const env = { ...process.env, OPENSC_CONF: join(dir, "opensc.conf"), XDG_CACHE_HOME: join(dir, "cache") };
  const run = (tool: string, args: readonly string[]): Promise<OpenscRun> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      // Asynchronous on purpose: the card emulator answers from this same event loop.
      execFile(tool, [...args], { env, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
        const ms = performance.now() - start;
        if (error) reject(new Error(`${tool} ${args.join(" ")} failed: ${stderr || error.message}`));
        else resolve({ stdout, stderr, ms });
      });
    });
  let counter = 0;
  const file = (name: string): string => join(dir, `${name}-${++counter}`);
  return {
    dir,
    readerName,
    run,
    readCertificate: async (id) => {
      const out = file("certificate.pem");
      const { ms } = await run("pkcs15-tool", ["--reader", readerName, "--read-certificate", id, "-o", out]);
      return { der: pemToDer(readFileSync(out, "utf8")), ms };
    },
    signDigestInfo: async (key, pin, digestInfo) => {
      const input = file("digest-info.bin");
      const output = file("signature.bin");
      writeFileSync(input, digestInfo);
      const { ms } = await run("pkcs11-tool", [
        ...["--module", OPENSC_PKCS11_MODULE, "--token-label", OPENSC_TOKEN[key], "--login", "--pin", pin],
        ...["--id", key === "auth" ? "01" : "02", "--sign", "--mechanism", "RSA-PKCS", "-i", input, "-o", output],
      ]);
      return { signature: readFileSync(output), ms };
    },
  };
}

function pemToDer(pem: string): Buffer {
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem)?.[1];
  if (body === undefined) throw new Error("pkcs15-tool wrote no PEM certificate");
  return Buffer.from(body.replace(/\s+/g, ""), "base64");
}
