// SPDX-License-Identifier: MIT
/**
 * `npm start` (bundled and run by scripts/start.mjs after the build): the practice DIPS-REG site, the emulated
 * card behind pcscd, a throwaway browser with the extension and the host, and a walk through the whole flow.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { FLOW_PROFILE_SET } from "../../test/drivers/flow-profile";
import { bundleClientScript } from "../../test/site/client-bundle";
import { startPracticeSite } from "../../test/site/practice-site";
import { HOST_SCRIPT } from "../../test/e2e/support/browser-home";
import { repoRoot } from "../../test/pki/repo-path";
import { startBrowser } from "./browser-setup";
import { realCardSetup, startEmulatedCardSetup, type CardSetup } from "../../test/drivers/card-setup";
import { parseStartOptions, USAGE, type StartOptions } from "./options";
import { checkPrerequisites } from "./prerequisites";
import { StepRecorder } from "../../test/drivers/step-recorder";
import { readTrustAnchors } from "./trust-anchor-files";
import { walkRegistration } from "../../test/drivers/walk-flow";
import { expectCaptured } from "./register-check";
import { saveProfiles } from "../../test/drivers/extension-profiles";
import { createOwnerFromCard } from "./from-card-step";
import { profileWizardFiller } from "../../test/drivers/wizard-filler";
import { TEST_PINS } from "../../test/support/test-pins";

/** PINs of the emulated card (test/emulator defaults). */
const EMULATOR_PINS = { sign: TEST_PINS.sign, auth: TEST_PINS.auth } as const;
const EMULATOR_CARD_INFO_PIN = TEST_PINS["card-info"];

const mismatchNote = (fromCard: boolean) =>
  fromCard
    ? " (card holder has moved; the owner profile is made from the card, so no step ③)"
    : " (card holder has moved: step ③ will happen)";

const say = (line: string) => process.stdout.write(`${line}\n`);

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
}

async function run(options: StartOptions): Promise<number> {
  const report = checkPrerequisites(options);
  if (report.missing.length > 0) {
    say(`Missing: ${report.missing.join(", ")}.\nInstall them with:\n  ${report.installLine}`);
    return 1;
  }
  const root = repoRoot();
  for (const built of [
    HOST_SCRIPT,
    join(root, "dist", options.browser === "chromium" ? "chrome" : "firefox", "manifest.json"),
  ]) {
    if (!existsSync(built)) {
      say(`${built} is missing: run npm start without --no-build (or npm run build).`);
      return 1;
    }
  }
  const outDir = join(root, "build", "start", timestamp());
  const cleanups: (() => Promise<void>)[] = [];
  try {
    say(options.card === "emulator" ? "Starting pcscd and the emulated card …" : "Using a real card on a real reader.");
    const card: CardSetup =
      options.card === "emulator"
        ? await startEmulatedCardSetup({ mismatch: options.mismatch })
        : realCardSetup(readTrustAnchors(options.ca));
    cleanups.push(() => card.close());
    if (card.readerName) say(`  reader: ${card.readerName}${options.mismatch ? mismatchNote(options.fromCard) : ""}`);
    if (options.card === "reader" && options.ca.length === 0)
      say("  warning: no --ca given: the site cannot check the certificate chain and will refuse the signature.");

    const clientScript = await bundleClientScript(join(root, "test", "site", "client", "identity-flow.ts"));
    const site = await startPracticeSite({ anchors: card.anchors, clientScript, abandonAfterMs: 15 * 60 * 1000 });
    cleanups.push(() => site.close());
    say(`Practice site: ${site.url}  (outbox: ${site.url}/outbox)`);

    say(`Launching ${options.browser} (${options.headless ? "headless" : "headful"}) with the extension …`);
    const target = await startBrowser(
      {
        kind: options.browser,
        headless: options.headless,
        readerName: card.readerName,
        lang: options.lang,
        siteOrigin: site.url,
      },
      (line) => say(`  ${line}`),
    );
    cleanups.push(() => target.close());

    const recorder = new StepRecorder(outDir);
    let filler;
    if (options.fromCard) {
      // Only the UAs are imported; the owner comes from the card.
      const uasOnly = { ...FLOW_PROFILE_SET, owners: [] };
      await saveProfiles(target, uasOnly);
      const pin = options.card === "emulator" ? EMULATOR_CARD_INFO_PIN : null;
      const ownerId = await createOwnerFromCard(target, recorder, pin);
      filler = await profileWizardFiller(target, uasOnly, (line) => recorder.note(line), { ownerId, save: false });
    } else {
      filler = await profileWizardFiller(target, FLOW_PROFILE_SET, (line) => recorder.note(line));
    }
    const result = await walkRegistration({
      target,
      siteUrl: site.url,
      lang: options.lang,
      recorder,
      pins: options.card === "emulator" ? EMULATOR_PINS : null,
      filler,
      onRegisteredList: (marks) => expectCaptured(target, marks, (line) => recorder.note(line)),
    });
    say(
      `Done: application ${result.applicationId}, registration marks ${result.registrationNumbers.join(", ")} (issued after the fee payment, captured from the list of registered UAs)${result.resigned ? " (after step ③)" : ""}.`,
    );
    say(`Screenshots: ${outDir}`);
    if (options.keepOpen) {
      say("The browser and the site stay open; press Ctrl+C to stop.");
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
    }
    return 0;
  } catch (error) {
    say(`npm start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: StartOptions;
  try {
    options = parseStartOptions(argv);
  } catch (error) {
    say(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    say(USAGE);
    return 0;
  }
  return run(options);
}
