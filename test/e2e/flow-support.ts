// SPDX-License-Identifier: MIT
/**
 * Shared set-up of the flow end-to-end tests: the practice site trusting the test CAs (with an adjustable clock),
 * one browser with the extension pinned to the emulated card's reader, the site allowlisted, and a quiet walk
 * context. The card stack itself comes from test/support/use-card-stack.ts in each file.
 */
import { X509Certificate } from "node:crypto";
import { FLOW_PROFILE_SET } from "../drivers/flow-profile";
import { StepRecorder } from "../drivers/step-recorder";
import type { WalkContext } from "../drivers/walk-flow";
import { profileWizardFiller } from "../drivers/wizard-filler";
import { getTestCaCertificates } from "../pki";
import { AdjustableClock } from "../site/clock";
import type { VerificationRecord } from "../site/flow/records";
import { startPracticeSite, type PracticeSite } from "../site/practice-site";
import {
  allowOrigin,
  launchExtensionBrowser,
  type BrowserKind,
  type ExtensionBrowser,
  type LaunchOptions,
} from "./support/extension-browser";
import { TEST_PINS } from "../support/test-pins";

/** PINs of the emulated card (test/emulator defaults). */
export const CARD_PINS = { sign: TEST_PINS.sign, auth: TEST_PINS.auth } as const;
/** The emulated card's card-info input support PIN. */
export const CARD_INFO_PIN = TEST_PINS["card-info"];

export interface FlowFixture {
  readonly site: PracticeSite;
  readonly clock: AdjustableClock;
  readonly target: ExtensionBrowser;
  readonly walk: WalkContext;
  close(): Promise<void>;
}

export async function startFlowFixture(
  kind: BrowserKind,
  readerName: string,
  launch: Omit<LaunchOptions, "reader"> = {},
): Promise<FlowFixture> {
  const cas = await getTestCaCertificates();
  const clock = new AdjustableClock();
  const site = await startPracticeSite({
    anchors: { sign: [Buffer.from(cas.sign)], auth: [Buffer.from(cas.auth)] },
    clock,
  });
  const target = await launchExtensionBrowser(kind, { ...launch, reader: readerName });
  try {
    // Firefox's BiDi occasionally reports the options page's button as "not clickable" while it loads: one retry.
    await allowOrigin(target, site.url).catch(() => allowOrigin(target, site.url));
    const filler = await profileWizardFiller(target, FLOW_PROFILE_SET, () => undefined);
    const walk: WalkContext = {
      target,
      siteUrl: site.url,
      lang: "ja",
      recorder: new StepRecorder(null, () => undefined),
      pins: CARD_PINS,
      filler,
    };
    return {
      site,
      clock,
      target,
      walk,
      close: async () => {
        await target.close();
        await site.close();
      },
    };
  } catch (error) {
    await target.close();
    await site.close();
    throw error;
  }
}

/** The server's signature checks for one application. */
export function verificationsOf(site: PracticeSite, applicationId: string): VerificationRecord[] {
  return site.state.records.verifications.filter((record) => record.applicationId === applicationId);
}

/** Serial number as the site records it (upper-case hex). */
export function serialOf(der: Uint8Array): string {
  return new X509Certificate(der).serialNumber.toUpperCase();
}
