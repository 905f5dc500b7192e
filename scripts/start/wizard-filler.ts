// SPDX-License-Identifier: MIT
/**
 * Fills the wizard from a saved profile. The profile is imported into the extension, and each step is filled by
 * the extension's prefill; where that is not available the profile is typed in (and the caller is told).
 */
import type { Page } from "puppeteer-core";
import type { ProfileSet } from "../../shared/profiles";
import type { ExtensionBrowser } from "../../test/e2e/support/extension-browser";
import { ensureUaBlocks } from "./flow-driver";
import { chooseSameUser, typeOwner, typeUa } from "./type-wizard";
import type { WizardFiller } from "./walk-flow";

export function profileWizardFiller(
  _target: ExtensionBrowser,
  profiles: ProfileSet,
  note: (line: string) => void,
): Promise<WizardFiller> {
  const owner = profiles.owners[0];
  if (owner?.kind !== "individual") return Promise.reject(new Error("the walk needs an individual owner"));
  note("prefill through the extension is not available yet: typing the profile instead");
  return Promise.resolve({
    owner: (page: Page) => typeOwner(page, owner),
    uas: async (page: Page) => {
      await ensureUaBlocks(page, profiles.uas.length);
      for (const [i, ua] of profiles.uas.entries()) await typeUa(page, i + 1, ua);
    },
    user: (page: Page) => chooseSameUser(page),
  });
}
