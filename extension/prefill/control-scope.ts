// SPDX-License-Identifier: MIT
/**
 * Which part of the application a control belongs to: the owner, the user, or UA number n. Taken from the
 * caption of the enclosing fieldset / section / group / table ("UA 2", "無人航空機 2", "使用者情報"), else from the
 * nearest heading before it, else from an index in its name or id (`ua.2.serial`, `uas[1][serial]`,
 * `drone_3_model`). A UA part whose number nothing states is `n: 0`: the engine numbers such blocks by their order
 * on the page (a field met again starts the next UA).
 */
import type { FormControl } from "./control-texts";

export type Scope = { part: "owner" } | { part: "user" } | { part: "ua"; n: number };

const UA_NUMBERED = /(?:\bUA|無人航空機|機体|drone|aircraft)(?:情報)?\s*(?:no\.?|#|第)?\s*(\d{1,2})/iu;
const UA_PLAIN = /\bUA\b|無人航空機|機体|drone|aircraft/iu;
const USER = /使用者|\buser\b/iu;
const OWNER = /所有者|申請者|\bowner\b/iu;
/** `ua.2.x`, `ua[1]`, `uas_3-`, `drone-1`: the number after a UA word in a name or id. */
const UA_INDEX = /(?:^|[^a-z])(?:ua|uas|drone|drones|aircraft)[[._-]?(\d{1,2})(?:\]|[._-]|$)/iu;

function captionOf(container: Element): string {
  if (container.matches("fieldset")) return container.querySelector(":scope > legend")?.textContent ?? "";
  if (container.matches("table")) return container.querySelector(":scope > caption")?.textContent ?? "";
  const labelledBy = container.getAttribute("aria-labelledby");
  if (labelledBy) return container.ownerDocument.getElementById(labelledBy)?.textContent ?? "";
  return (
    container.getAttribute("aria-label") ??
    container.querySelector(":scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > header")?.textContent ??
    ""
  );
}

function scopeFromCaption(caption: string): Scope | undefined {
  const numbered = UA_NUMBERED.exec(caption);
  if (numbered) return { part: "ua", n: Number(numbered[1]) };
  if (USER.test(caption)) return { part: "user" };
  if (OWNER.test(caption)) return { part: "owner" };
  return UA_PLAIN.test(caption) ? { part: "ua", n: 0 } : undefined;
}

const HEADING = "h1, h2, h3, h4, h5, h6, [role='heading']";

/** The scope named by the nearest heading before `control` in document order that names one. */
function scopeFromHeadings(control: Element): Scope | undefined {
  for (let node: Element | null = control; node && !node.matches("body"); node = node.parentElement) {
    for (let previous = node.previousElementSibling; previous; previous = previous.previousElementSibling) {
      const headings = previous.matches(HEADING) ? [previous] : [...previous.querySelectorAll(HEADING)].reverse();
      for (const heading of headings) {
        const scope = scopeFromCaption(heading.textContent ?? "");
        if (scope) return scope;
      }
    }
  }
  return undefined;
}

/**
 * @param indexBase the smallest UA index used in names on this page (0 or 1), so `ua[0]` and `ua.1` both mean UA 1.
 * @param cache captions already read, per container (a page's controls share a few containers)
 */
export function scopeOf(
  control: FormControl,
  indexBase: number,
  cache = new Map<Element, Scope | null>(),
): Scope | undefined {
  for (let container = control.parentElement; container; container = container.parentElement) {
    let scope = cache.get(container);
    if (scope === undefined) {
      const isContainer = container.matches('fieldset, section, table, [role="group"], [role="region"]');
      scope = isContainer ? (scopeFromCaption(captionOf(container)) ?? null) : null;
      cache.set(container, scope);
    }
    if (scope) return scope;
  }
  const fromHeading = scopeFromHeadings(control);
  if (fromHeading && !(fromHeading.part === "ua" && fromHeading.n === 0)) return fromHeading;
  for (const attribute of [control.name, control.id]) {
    const index = UA_INDEX.exec(attribute);
    if (index) return { part: "ua", n: Number(index[1]) - indexBase + 1 };
    if (/^(?:user|shiyou?sha)(?:[^a-z]|$)/iu.test(attribute)) return { part: "user" };
  }
  return fromHeading;
}

/** The smallest UA index in the page's control names (0 when a page counts from zero, else 1). */
export function uaIndexBase(controls: readonly FormControl[]): number {
  const indexes = controls.flatMap((control) => {
    const match = UA_INDEX.exec(control.name) ?? UA_INDEX.exec(control.id);
    return match ? [Number(match[1])] : [];
  });
  return indexes.includes(0) ? 0 : 1;
}
