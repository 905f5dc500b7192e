// SPDX-License-Identifier: MIT
/**
 * MOUNT POINT for the profiles engineer's options section (`extension/profiles/ui/`). Until it lands, the section
 * stays empty; replace the body of this function with their `mountProfilesSection(el)` call.
 */
export function mountProfilesIfAvailable(_element: HTMLElement): Promise<void> {
  return Promise.resolve();
}
