// SPDX-License-Identifier: MIT
/**
 * Soak (docs/security.md): 500 consecutive mode-02 signatures through one host process, over the real pcscd + vpcd +
 * the card emulator. Every signature must verify, the host's resident memory must not grow by 10 % or more after a
 * warm-up, and the card must always be released: an exclusive PC/SC connection from another process-level context
 * succeeds between requests (a leaked handle would make it fail with a sharing violation).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignResultSchema } from "../../shared/protocol/native";
import { signatureMatches, digestInfoBase64 } from "../e2e/support/card-crypto";
import { NativeReader, SCARD } from "../stack/pcsc-native";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, resultOf, startHost, type HostProcess } from "./support-host";

/** Signatures measured. */
const SIGNATURES = 500;
/**
 * Signatures before the measured ones. The host's resident memory settles over its first few hundred requests
 * (V8 heap sizing and compiled code: measured here, +7 % by request 400, then flat to +0.3 % by 2,000).
 */
const WARM_UP = 200;
/** An exclusive connect is tried after every this many signatures. */
const RELEASE_CHECK_EVERY = 10;
const SIGN_PIN = "SOAK2026X";

const stack = useCardStack({ pins: { sign: SIGN_PIN } });
let host: HostProcess;

/** Resident set size of a process in KiB (VmRSS in /proc/<pid>/status). */
function residentKib(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("VmRSS:"));
  const kib = Number(line?.replace(/\D+/g, ""));
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`no VmRSS for pid ${pid}`);
  return kib;
}

/**
 * A second PC/SC client with a context of its own for the whole run: an exclusive connect that succeeds shows that
 * nobody (the host) still holds the card.
 */
interface ExclusiveProbe {
  /** Connects to the card exclusively and disconnects; rejects with the PC/SC error if anyone still holds the card. */
  check(): Promise<void>;
  close(): Promise<void>;
}

function openExclusiveProbe(readerName: string): ExclusiveProbe {
  const reader = new NativeReader(readerName);
  return {
    check: async () => {
      await reader.connect(SCARD.SHARE_EXCLUSIVE, SCARD.PROTOCOL_T1);
      await reader.disconnect(SCARD.LEAVE_CARD);
    },
    close: () => reader.close(),
  };
}

beforeAll(() => {
  buildHost();
  host = startHost(hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } }));
});
afterAll(async () => {
  await host.close();
});

describe("soak: one host process, many signatures", () => {
  it(`signs ${WARM_UP} + ${SIGNATURES} times without a failure, without memory growth, releasing the card each time`, async () => {
    const pid = host.child.pid;
    if (pid === undefined) throw new Error("host has no pid");
    const failures: string[] = [];
    let exclusiveConnects = 0;
    let baselineKib = 0;
    const probe = openExclusiveProbe(stack.readerName);
    const started = performance.now();
    for (let index = 1; index <= WARM_UP + SIGNATURES; index++) {
      const digest = digestInfoBase64(`soak ${index}`);
      const reply = await host.request({
        id: `soak-${index}`,
        command: "sign",
        reader: stack.readerName,
        pin: SIGN_PIN,
        digests: [digest],
      });
      if (!reply.ok) {
        failures.push(`${index}: ${reply.error.code}`);
        continue;
      }
      const result = SignResultSchema.parse(resultOf(reply));
      const [signature] = result.signature;
      if (signature === undefined || !signatureMatches(result.certificate, signature, digest))
        failures.push(`${index}: signature does not verify`);
      if (index % RELEASE_CHECK_EVERY === 0) {
        await probe.check();
        exclusiveConnects++;
      }
      if (index === WARM_UP) baselineKib = residentKib(pid);
    }
    const seconds = (performance.now() - started) / 1000;
    await probe.close();
    const finalKib = residentKib(pid);
    const growth = (finalKib - baselineKib) / baselineKib;
    console.info(
      `soak: ${WARM_UP} + ${SIGNATURES} signatures in ${seconds.toFixed(1)} s; host RSS after warm-up ${baselineKib} KiB, ` +
        `at the end ${finalKib} KiB (${(growth * 100).toFixed(1)} %); ${exclusiveConnects} exclusive connects`,
    );
    expect(failures).toEqual([]);
    expect(host.replies).toHaveLength(WARM_UP + SIGNATURES);
    expect(growth).toBeLessThan(0.1);
    expect(exclusiveConnects).toBe((WARM_UP + SIGNATURES) / RELEASE_CHECK_EVERY);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
    // Still the same host process: nothing restarted it along the way.
    expect(host.child.exitCode).toBeNull();
    expect(host.child.pid).toBe(pid);
  }, 900_000);
});
