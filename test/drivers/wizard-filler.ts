// SPDX-License-Identifier: MIT
/**
 * Fills the wizard from a saved profile with the extension's prefill: the profile set is saved in the extension,
 * and on each step the popup's prefill panel fills the page (owner, then the UAs in order, then the user).
 */
import type { Page } from "puppeteer-core";
import type { ProfileSet } from "../../extension/profiles/model/profiles";
import type { ExtensionBrowser } from "../e2e/support/extension-browser";
import { prefillFromPopup, saveProfiles, type PrefillOutcome } from "./extension-profiles";
import { ensureUaBlocks } from "./flow-driver";
import type { WizardFiller } from "./walk-flow";

/**
 * @param options.ownerId the owner to fill (default: the set's first)
 * @param options.save false when the set is already saved in the extension (e.g. an owner created from the card)
 */
export async function profileWizardFiller(
  target: ExtensionBrowser,
  profiles: ProfileSet,
  note: (line: string) => void,
  options: { readonly ownerId?: string; readonly save?: boolean } = {},
): Promise<WizardFiller & { readonly reports: PrefillOutcome[] }> {
  const owner = options.ownerId === undefined ? profiles.owners[0] : { id: options.ownerId };
  if (!owner) throw new Error("the walk needs an owner profile");
  if (options.save !== false) await saveProfiles(target, profiles);
  const reports: PrefillOutcome[] = [];
  const prefill = async (page: Page, uaIds: readonly string[]) => {
    const report = await prefillFromPopup(target, page, { ownerId: owner.id, uaIds });
    reports.push(report);
    note(`prefill filled ${report.filled} field(s)`);
    if (report.filled === 0) throw new Error(`prefill filled nothing on ${page.url()}`);
  };
  return {
    reports,
    owner: (page) => prefill(page, []),
    uas: async (page) => {
      await ensureUaBlocks(page, profiles.uas.length);
      await prefill(
        page,
        profiles.uas.map((ua) => ua.id),
      );
    },
    user: (page) => prefill(page, []),
  };
}
