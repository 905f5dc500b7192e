// SPDX-License-Identifier: MIT
/** Mount point of the profiles section (extension/profiles/ui/profiles-section.ts). */
import { mountProfilesSection } from "../../profiles/ui/profiles-section";

export function mountProfilesIfAvailable(element: HTMLElement): Promise<void> {
  return mountProfilesSection(element);
}
