// SPDX-License-Identifier: MIT
/**
 * The popup's "teach this page" row: the user chooses what a control is (「所有者: 郵便番号（上3桁）」) and then
 * clicks it on the page; the teach script (teach-content.ts) saves the mapping for the page. Used for a field
 * prefill did not find, or left empty.
 */
import browser from "webextension-polyfill";
import { currentLanguage, t } from "../i18n/translate";
import { el } from "../profiles/panel-dom";
import { describeFieldPath } from "./field-names";
import { PERSON_KEYS, UA_KEYS } from "./field-synonyms";
import teachScript from "./teach-content.ts?script&iife";
import { TEACH_ENTRY, TeachResultSchema, type TeachResult } from "./teach-messages";

/** Parts a user can teach, per split field, with their names. */
const PARTS: Readonly<Record<string, readonly (readonly [string, { ja: string; en: string }])[]>> = {
  postalCode: [
    ["1", { ja: "上3桁", en: "first 3 digits" }],
    ["2", { ja: "下4桁", en: "last 4 digits" }],
  ],
  phone: [
    ["1", { ja: "市外局番", en: "area code" }],
    ["2", { ja: "市内局番", en: "exchange" }],
    ["3", { ja: "加入者番号", en: "line number" }],
  ],
  birthDate: [
    ["era", { ja: "元号", en: "era" }],
    ["year", { ja: "年", en: "year" }],
    ["month", { ja: "月", en: "month" }],
    ["day", { ja: "日", en: "day" }],
  ],
};

/** Every path a user may teach, with the text shown for it. */
function teachablePaths(): [string, string][] {
  const language = currentLanguage();
  const person = PERSON_KEYS.filter((key) => key !== "sameAsOwner");
  const paths = [
    ...person.map((key) => `owner.${key}`),
    "user.sameAsOwner",
    ...person.map((key) => `user.${key}`),
    ...[1, 2, 3].flatMap((n) => UA_KEYS.map((key) => `ua${n}.${key}`)),
  ];
  return paths.flatMap((path) => {
    const name = describeFieldPath(path, language);
    const parts = PARTS[path.split(".")[1] ?? ""] ?? [];
    return [
      [path, name] as [string, string],
      ...parts.map(([part, label]): [string, string] => [`${path}.${part}`, `${name}（${label[language]}）`]),
    ];
  });
}

async function teachInTab(tabId: number, path: string, prompt: string): Promise<TeachResult> {
  // Firefox resolves a relative path against the calling page (pages/popup/…): make it absolute.
  const file = teachScript.startsWith("/") ? teachScript : `/${teachScript}`;
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world: it may use only its arguments.
    func: (entry: string, request: unknown) => {
      const run = Reflect.get(globalThis, entry) as ((request: unknown) => Promise<unknown>) | undefined;
      return run?.(request);
    },
    args: [TEACH_ENTRY, { path, prompt }],
  });
  const parsed = TeachResultSchema.safeParse(result?.result);
  return parsed.success ? parsed.data : { outcome: "bad-request" };
}

/** The teach row for the tab `tabId`. */
export function teachSection(tabId: number): HTMLElement {
  const select = el("select", { id: "prefill-teach-field", "aria-label": t("prefill.teach.field") });
  select.append(...teachablePaths().map(([path, text]) => el("option", { value: path }, text)));
  const button = el("button", { type: "button", id: "prefill-teach" }, t("prefill.teach.start"));
  const status = el("p", { id: "prefill-teach-status", role: "status", class: "muted" });
  button.addEventListener("click", () => {
    const text = select.selectedOptions[0]?.textContent ?? select.value;
    status.textContent = t("prefill.teach.waiting", { field: text });
    status.dataset.outcome = "waiting";
    teachInTab(tabId, select.value, t("prefill.teach.prompt", { field: text })).then(
      (result) => {
        status.dataset.outcome = result.outcome;
        status.textContent = t(`prefill.teach.${result.outcome}`, { field: text });
      },
      () => {
        status.dataset.outcome = "save-failed";
        status.textContent = t("prefill.teach.save-failed", { field: text });
      },
    );
  });
  return el(
    "details",
    { id: "prefill-teach-section" },
    el("summary", {}, t("prefill.teach.title")),
    el("p", { class: "muted" }, t("prefill.teach.help")),
    el("div", { class: "row" }, select, button),
    status,
  );
}
