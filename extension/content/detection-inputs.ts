// SPDX-License-Identifier: MIT
/**
 * The hidden detection inputs a page looks for (docs/ref/site-protocol.md §1), and telling ours from another card
 * app's: ours carry a marker attribute.
 */
import { DETECTION_INPUT_IDS, DETECTION_VALUES } from "../protocol/page";

const OUR_MARKER = "data-dips-companion";

/** Whether another card app's detection inputs are on the page. */
export function otherAppInputsPresent(doc: Document): boolean {
  return Object.values(DETECTION_INPUT_IDS).some((id) =>
    [...doc.querySelectorAll(`[id="${id}"]`)].some((element) => !element.hasAttribute(OUR_MARKER)),
  );
}

/** Adds our inputs once; `app`: the app-is-installed value for this browser and OS (appDetectionValue). */
export function addDetectionInputs(doc: Document, app: string = DETECTION_VALUES.app): void {
  const values = { extension: DETECTION_VALUES.extension, app };
  for (const key of ["extension", "app"] as const) {
    if (doc.getElementById(DETECTION_INPUT_IDS[key])?.hasAttribute(OUR_MARKER)) continue;
    const input = doc.createElement("input");
    input.type = "hidden";
    input.id = DETECTION_INPUT_IDS[key];
    input.value = values[key];
    input.setAttribute(OUR_MARKER, "");
    (doc.body ?? doc.documentElement).append(input);
  }
}

export function removeDetectionInputs(doc: Document): void {
  for (const element of doc.querySelectorAll(`[${OUR_MARKER}]`)) element.remove();
}
