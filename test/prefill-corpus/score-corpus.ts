// SPDX-License-Identifier: MIT
/**
 * Scores the prefill engine on the markup corpus (test/prefill-corpus/pages): each page names the saved owner and
 * UAs to fill it from (`<meta name="prefill-owner">`, `<meta name="prefill-uas">`, from the sample profile set)
 * and carries the value each control should end with (`data-expect`; on a radio group, the radio to choose;
 * `data-expect=""` on a control that must stay empty). A control without `data-expect` must be left as it was.
 * Each control counts as right (the expected value), empty (left as it was, though a value was expected) or wrong
 * (anything else). Used by the corpus test and by `npm run bench`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildPlanEntries } from "../../extension/prefill/build-plan";
import { PrefillPlanSchema, type PrefillReport } from "../../extension/prefill/prefill-plan";
import { runPrefill } from "../../extension/prefill/run-prefill";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";

/** The corpus pages folder. */
export const CORPUS_DIR = join(import.meta.dirname, "pages");

/** One page's result. */
export interface PageScore {
  readonly page: string;
  readonly right: number;
  readonly wrong: number;
  readonly empty: number;
  /** Controls scored (with an expectation, or changed without one). */
  readonly total: number;
  /** `control: expected → got` for each control not right. */
  readonly misses: readonly string[];
  readonly report: PrefillReport;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const meta = (html: string, name: string): string =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`, "u").exec(html)?.[1] ?? "";

/** The corpus pages, sorted by file name (`dir`: the pages folder, for a bundled caller that moved away from it). */
export function corpusPages(dir = CORPUS_DIR): { file: string; html: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(dir, file), "utf8") }));
}

const stateOf = (control: Control): string =>
  control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")
    ? control.checked
      ? "on"
      : "off"
    : control.value;

const nameOf = (control: Control): string => control.name || control.id || control.type;

/** Loads `html` into `doc`, fills it from the profiles it names, and scores every control. */
export function scorePage(doc: Document, file: string, html: string): PageScore {
  doc.body.innerHTML = (/<body>([\s\S]*)<\/body>/u.exec(html)?.[1] ?? "").replace(/<script[\s\S]*?<\/script>/gu, "");
  const owner = SAMPLE_PROFILE_SET.owners.find((candidate) => candidate.id === meta(html, "prefill-owner"));
  if (!owner) throw new Error(`${file}: no owner named in <meta name="prefill-owner">`);
  const uaIds = meta(html, "prefill-uas").split(/\s+/u).filter(Boolean);
  const uas = uaIds.map((id) => {
    const ua = SAMPLE_PROFILE_SET.uas.find((candidate) => candidate.id === id);
    if (!ua) throw new Error(`${file}: no UA ${id}`);
    return ua;
  });
  const controls = [...doc.querySelectorAll<Control>("input, select, textarea")].filter(
    (control) => !(control instanceof HTMLInputElement && ["submit", "button", "hidden"].includes(control.type)),
  );
  const before = new Map(controls.map((control) => [control, stateOf(control)]));
  const report = runPrefill(doc, PrefillPlanSchema.parse({ entries: buildPlanEntries(owner, uas), overrides: {} }));

  let right = 0;
  let wrong = 0;
  let empty = 0;
  const misses: string[] = [];
  const seenRadios = new Set<string>();
  for (const control of controls) {
    let expected: string | null;
    let got: string;
    let unchanged: boolean;
    if (control instanceof HTMLInputElement && control.type === "radio") {
      if (seenRadios.has(control.name)) continue;
      seenRadios.add(control.name);
      const group = controls.filter(
        (c): c is HTMLInputElement => c instanceof HTMLInputElement && c.name === control.name,
      );
      expected = group.find((radio) => radio.hasAttribute("data-expect"))?.value ?? null;
      got = group.find((radio) => radio.checked)?.value ?? "";
      unchanged = group.every((radio) => stateOf(radio) === before.get(radio));
    } else {
      expected = control.getAttribute("data-expect");
      got = stateOf(control);
      unchanged = got === before.get(control);
    }
    if (expected === null && unchanged) continue; // Nothing expected, and left alone: not scored.
    if (got === (expected ?? before.get(control))) right += 1;
    else if (unchanged) empty += 1;
    else wrong += 1;
    if (got !== (expected ?? before.get(control))) {
      misses.push(`${nameOf(control)}: ${JSON.stringify(expected)} → ${JSON.stringify(got)}`);
    }
  }
  return { page: file, right, wrong, empty, total: right + wrong + empty, misses, report };
}
