// SPDX-License-Identifier: MIT
/**
 * What prefill wrote stays visible and reversible: each control it filled gets an outline, and a bar across the top
 * of the page (at the bottom it would cover a form's own buttons) says how many were filled and offers one-click
 * undo, which puts every control back as it was (with the same input/change events, so the page's own checks see
 * it) and removes the marks.
 */
import type { FormControl } from "./control-texts";

const BAR_ID = "dips-companion-prefill-bar";
const MARK = "data-dips-companion-filled";
const TEXTS = {
  ja: { filled: "DIPS Companion が {count} 項目を入力しました（枠の欄）。送信はしていません。", undo: "元に戻す" },
  en: { filled: "DIPS Companion filled {count} fields (outlined). Nothing was submitted.", undo: "Undo" },
} as const;

interface Snapshot {
  readonly control: FormControl;
  readonly value: string;
  readonly checked: boolean;
  readonly outline: string;
}

/** Remembers controls before they are filled, then marks them and shows the undo bar. */
export class FillMarks {
  private readonly snapshots = new Map<FormControl, Snapshot>();

  /** Call before writing into `controls` (a radio's whole group). */
  remember(controls: readonly FormControl[]): void {
    for (const control of controls) {
      if (this.snapshots.has(control)) continue;
      const checked = control instanceof HTMLInputElement && control.checked;
      this.snapshots.set(control, { control, value: control.value, checked, outline: control.style.outline });
    }
  }

  /** Marks every remembered control that changed, and shows the bar (nothing when nothing changed). */
  show(doc: Document, language: "ja" | "en"): void {
    doc.getElementById(BAR_ID)?.remove();
    const changed = [...this.snapshots.values()].filter(
      (s) => s.control.value !== s.value || (s.control instanceof HTMLInputElement && s.control.checked !== s.checked),
    );
    if (changed.length === 0 || !doc.body) return;
    for (const { control } of changed) {
      control.setAttribute(MARK, "");
      control.style.outline = "2px solid #1a7f37";
    }
    const texts = TEXTS[language];
    const bar = doc.createElement("div");
    bar.id = BAR_ID;
    bar.setAttribute("role", "status");
    bar.style.cssText =
      "position:fixed;left:0;right:0;top:0;z-index:2147483647;display:flex;gap:12px;align-items:center;padding:6px 12px;background:#f6f8fa;border-bottom:2px solid #1a7f37;font:14px sans-serif;color:#111";
    const text = doc.createElement("span");
    text.textContent = texts.filled.replace(
      "{count}",
      String(changed.filter((s) => s.control.type !== "radio" || (s.control as HTMLInputElement).checked).length),
    );
    const undo = doc.createElement("button");
    undo.type = "button";
    undo.id = `${BAR_ID}-undo`;
    undo.textContent = texts.undo;
    undo.addEventListener("click", () => this.undo(doc), { once: true });
    bar.append(text, undo);
    doc.body.append(bar);
  }

  /** Puts every control back as it was before the fill, and removes the marks and the bar. */
  undo(doc: Document): void {
    for (const snapshot of this.snapshots.values()) {
      const { control } = snapshot;
      const view = doc.defaultView;
      const before = control.value;
      const wasChecked = control instanceof HTMLInputElement && control.checked;
      setNative(control, "value", snapshot.value);
      if (control instanceof HTMLInputElement) setNative(control, "checked", snapshot.checked);
      control.style.outline = snapshot.outline;
      control.removeAttribute(MARK);
      const changed =
        before !== snapshot.value || (control instanceof HTMLInputElement && wasChecked !== snapshot.checked);
      if (changed && view) {
        control.dispatchEvent(new view.Event("input", { bubbles: true }));
        control.dispatchEvent(new view.Event("change", { bubbles: true }));
      }
    }
    this.snapshots.clear();
    doc.getElementById(BAR_ID)?.remove();
  }
}

function setNative(element: FormControl, property: "value" | "checked", value: string | boolean): void {
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, property);
  if (descriptor?.set) descriptor.set.call(element, value);
  else Reflect.set(element, property, value);
}
