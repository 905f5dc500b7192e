// SPDX-License-Identifier: MIT
/**
 * A selector that names one control on a page and keeps naming it on the next visit: its `id` when that is unique,
 * else its tag and `name` (with the radio's value for a radio), when that is unique. Nothing position-based: a
 * selector like `div:nth-child(7) > input` would silently point at another box once the page changes.
 */
const quote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** The selector for `control`, or undefined when neither its id nor its name tells it apart. */
export function selectorFor(control: Element): string | undefined {
  const doc = control.ownerDocument;
  const unique = (selector: string) => {
    try {
      const found = doc.querySelectorAll(selector);
      return found.length === 1 && found[0] === control;
    } catch {
      return false;
    }
  };
  const id = control.getAttribute("id");
  if (id && unique(`[id=${quote(id)}]`)) return `[id=${quote(id)}]`;
  const name = control.getAttribute("name");
  if (!name) return undefined;
  const byName = `${control.localName}[name=${quote(name)}]`;
  if (unique(byName)) return byName;
  // A radio names its group (prefill fills the group its first match belongs to, picking the option by its text).
  return control.matches('input[type="radio"]') ? byName : undefined;
}
