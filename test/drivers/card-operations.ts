// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { CardFactsCache } from "../../host/card/card-facts";
import { withCardSession } from "../../host/card/card-session";
import { certificateOf } from "../../host/card/jpki/card-facts-reads";
import { JpkiAp } from "../../host/card/jpki/jpki-ap";
import type { PcscService } from "../../host/card/pcsc/pcsc-service";
import type { EmulatedCard } from "../emulator/start-emulated-card";
import type { OpenscTools } from "./opensc-tools";
import { since } from "./stats";
import { TEST_PINS } from "../support/test-pins";

/** The six card operations compared with OpenSC. */
export const CARD_OPERATIONS = [
  "read auth certificate",
  "read signing certificate",
  "sign one digest",
  "sign three digests",
  "authentication",
  "PIN status",
] as const;
export type CardOperation = (typeof CARD_OPERATIONS)[number];

/** One run of one operation: wall time and the APDUs the card saw. */
export interface OperationRun {
  readonly ms: number;
  readonly apdus: number;
}

/** Test PINs of the emulated card. */
const PINS = { auth: TEST_PINS.auth, sign: TEST_PINS.sign } as const;

/** A DigestInfo (SHA-256) of `text`, as the host and OpenSC's RSA-PKCS mechanism pass it to the card. */
export const digestInfoOf = (text: string): Buffer =>
  Buffer.concat([
    Buffer.from("3031300d060960864801650304020105000420", "hex"),
    createHash("sha256").update(text).digest(),
  ]);

/**
 * Ours: the host's own card layer (one exclusive session with connect and reset per operation, the JPKI driver,
 * certificate parsing) in this process, on the PC/SC context of a running host (`service`), with an empty
 * per-insertion cache, so nothing is reused from an earlier run.
 */
export async function runOurs(
  operation: CardOperation,
  service: PcscService,
  readerName: string,
  extendedLength = true,
): Promise<number> {
  const start = performance.now();
  const options = { reader: readerName, extendedLength, cache: new CardFactsCache() };
  await withCardSession(service, options, async ({ channel, readOptions, facts }) => {
    const jpki = new JpkiAp(channel, readOptions);
    await jpki.selectOrRefuse();
    switch (operation) {
      case "read auth certificate":
        await certificateOf(jpki, facts, "auth");
        return;
      case "read signing certificate":
        await jpki.verifyPin("sign", PINS.sign, false);
        await certificateOf(jpki, facts, "sign");
        return;
      case "sign one digest":
      case "sign three digests": {
        await jpki.verifyPin("sign", PINS.sign, false);
        const count = operation === "sign one digest" ? 1 : 3;
        await jpki.sign(
          "sign",
          Array.from({ length: count }, (_, i) => digestInfoOf(`ours ${i}`)),
        );
        return;
      }
      case "authentication":
        await jpki.verifyPin("auth", PINS.auth, false);
        await jpki.sign("auth", [digestInfoOf("challenge")]);
        return;
      case "PIN status":
        await jpki.pinStatus("auth");
        await jpki.pinStatus("sign");
        return;
    }
  });
  return since(start);
}

/**
 * OpenSC as a user runs it: one tool process per command (pkcs15-tool to read, pkcs11-tool to log in and sign one
 * input; three digests are three pkcs11-tool runs). Returns the summed wall time of the processes.
 */
export async function runOpensc(operation: CardOperation, opensc: OpenscTools): Promise<number> {
  switch (operation) {
    case "read auth certificate":
      return (await opensc.readCertificate("01")).ms;
    case "read signing certificate":
      return (
        await opensc.run("pkcs15-tool", [
          ...["--reader", opensc.readerName, "--auth-id", "02", "--verify-pin", "--pin", PINS.sign],
          ...["--read-certificate", "02", "-o", `${opensc.dir}/sign.pem`],
        ])
      ).ms;
    case "sign one digest":
      return (await opensc.signDigestInfo("sign", PINS.sign, digestInfoOf("opensc 0"))).ms;
    case "sign three digests": {
      let total = 0;
      for (let i = 0; i < 3; i++)
        total += (await opensc.signDigestInfo("sign", PINS.sign, digestInfoOf(`opensc ${i}`))).ms;
      return total;
    }
    case "authentication":
      return (await opensc.signDigestInfo("auth", PINS.auth, digestInfoOf("challenge"))).ms;
    case "PIN status":
      return (await opensc.run("pkcs15-tool", ["--reader", opensc.readerName, "--list-pins"])).ms;
  }
}

/**
 * Runs `measure` and counts the APDUs the emulated card received meanwhile. The PC/SC stack is shared with other
 * users' runs (a host without a pinned reader probes every reader), so a failed run is repeated, up to 3 times.
 */
export async function counted(card: EmulatedCard, measure: () => Promise<number>): Promise<OperationRun> {
  for (let attempt = 1; ; attempt++) {
    const before = card.model.apduLog.length;
    try {
      const ms = await measure();
      return { ms, apdus: card.model.apduLog.length - before };
    } catch (error) {
      if (attempt >= 3) throw error;
      process.stdout.write(
        `  retrying after: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
