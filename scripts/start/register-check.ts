// SPDX-License-Identifier: MIT
/**
 * `npm start`'s check of the register: once the practice site's list of registered UAs shows the marks issued after
 * the fee payment, waits until the extension has recorded them (read through one of its own pages) and prints them.
 */
import { openExtensionPageRetrying } from "../../test/e2e/pages/open-extension-page";
import type { ExtensionBrowser } from "../../test/e2e/support/extension-browser";
import { storedRegister } from "../../test/e2e/support/register-probe";
import { pollUntil } from "../../test/support/poll-until";

/** Resolves once every mark in `marks` is in the register; throws after `timeoutMs`. */
export async function expectCaptured(
  target: ExtensionBrowser,
  marks: readonly string[],
  print: (line: string) => void,
  timeoutMs = 20_000,
): Promise<void> {
  const options = await openExtensionPageRetrying(target, "pages/options/index.html");
  try {
    const register = await pollUntil(
      () => storedRegister(options),
      (stored) => marks.every((mark) => stored?.registrations.some((entry) => entry.mark === mark)),
      { timeoutMs },
    );
    for (const mark of marks) {
      const entry = register?.registrations.find((found) => found.mark === mark);
      if (entry !== undefined) {
        print(
          `register: ${mark} ${entry.serialNumber} registered ${entry.registrationDate}, expires ${entry.expiryDate}`,
        );
      }
    }
  } finally {
    await options.close();
  }
}
