// SPDX-License-Identifier: MIT
/**
 * Best-effort reading of what the page shows about the application (owner name, UA serial numbers) for the PIN
 * window, which labels it "shown on the page". Looks for label cells (th, dt, label) whose text names the field and
 * takes the value next to them. Never throws: an unfamiliar page gives an empty summary. Every text is plain
 * (extension/common/plain-text.ts): the page cannot make the PIN window read differently from what it holds.
 */
import { plainText } from "../common/plain-text";
import { PAGE_SUMMARY_LIMITS, type PageSummary } from "../protocol/content-messages";

const OWNER_NAME_LABELS = /^(所有者)?(氏名|名前|氏名又は名称|氏名（名称）|名称)$|^(owner('s)? )?(full )?name$/i;
const SERIAL_LABELS = /^(機体の)?製造番号$|^(ua |aircraft )?serial( number| no\.?)?$/i;

export function readPageSummary(doc: Document): PageSummary {
  let ownerName: string | null = null;
  const uaSerialNumbers: string[] = [];
  for (const label of doc.querySelectorAll<HTMLElement>("th, dt, label")) {
    const text = normalize(label.textContent ?? "");
    if (ownerName === null && OWNER_NAME_LABELS.test(text)) ownerName = valueNextTo(label);
    if (SERIAL_LABELS.test(text)) {
      const serial = valueNextTo(label);
      if (serial !== null && !uaSerialNumbers.includes(serial)) uaSerialNumbers.push(serial);
    }
  }
  return {
    ownerName: ownerName === null ? null : plainText(ownerName, PAGE_SUMMARY_LIMITS.ownerName),
    uaSerialNumbers: uaSerialNumbers
      .slice(0, PAGE_SUMMARY_LIMITS.serialCount)
      .map((serial) => plainText(serial, PAGE_SUMMARY_LIMITS.serial)),
  };
}

function valueNextTo(label: HTMLElement): string | null {
  const field = label instanceof HTMLLabelElement ? label.control : null;
  const value = field instanceof HTMLInputElement ? field.value : (label.nextElementSibling?.textContent ?? "");
  const text = normalize(value);
  return text === "" ? null : text;
}

/** Plain text, long enough for any label or value we keep (the caps are applied once the value is chosen). */
function normalize(text: string): string {
  return plainText(text, 1_000)
    .replace(/[:：]$/u, "")
    .trimEnd();
}
