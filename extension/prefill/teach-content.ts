// SPDX-License-Identifier: MIT
/**
 * Teaching a page, the content side: injected by the popup when the user asks to point at a control. The next click
 * on a form control of the page (and only that click: it does not reach the page) names the control for the field
 * the user chose; the mapping is saved in the settings' prefill selectors under this page's origin and path, so the
 * next prefill of this page uses it (settings.ts: URL prefix → field path → selector; exportable, and pushable by
 * policy). Escape cancels. Runs in the extension's isolated world.
 */
import browser from "webextension-polyfill";
import { loadUserSettings, saveUserSettings } from "../settings/settings-store";
import { TEACH_ENTRY, TeachRequestSchema, type TeachResult } from "./teach-messages";
import { selectorFor } from "./teach-selector";

const BANNER_ID = "dips-companion-teach-banner";

function banner(text: string): HTMLElement {
  document.getElementById(BANNER_ID)?.remove();
  const element = document.createElement("div");
  element.id = BANNER_ID;
  element.setAttribute("role", "status");
  element.textContent = text;
  element.style.cssText =
    "position:fixed;top:0;left:0;right:0;z-index:2147483647;padding:8px 12px;background:#1a4d8f;color:#fff;font:14px sans-serif";
  document.body.append(element);
  return element;
}

/** Saves `selector` for `path` on this page (origin + path), keeping every other mapping. */
async function remember(path: string, selector: string): Promise<string> {
  const page = `${location.origin}${location.pathname}`;
  const current = (await loadUserSettings()).prefillSelectors ?? {};
  await saveUserSettings({ prefillSelectors: { ...current, [page]: { ...current[page], [path]: selector } } });
  return page;
}

function teach(raw: unknown): Promise<TeachResult> {
  const request = TeachRequestSchema.safeParse(raw);
  if (!request.success) return Promise.resolve({ outcome: "bad-request" });
  const { path, prompt } = request.data;
  const shown = banner(prompt);
  return new Promise((resolve) => {
    const listeners = new AbortController();
    const finish = (result: TeachResult) => {
      listeners.abort();
      shown.remove();
      resolve(result);
    };
    document.addEventListener(
      "click",
      (event) => {
        // Only the user's own click teaches: a page script's synthetic click must not map a box of its choosing.
        if (!event.isTrusted) return;
        const target = event.target instanceof Element ? event.target.closest("input, select, textarea, label") : null;
        const control = target?.matches("label") ? (target as HTMLLabelElement).control : target;
        if (!control) return; // A click elsewhere: keep waiting for the control.
        event.preventDefault();
        event.stopPropagation();
        const selector = selectorFor(control);
        if (selector === undefined) return finish({ outcome: "no-selector" });
        remember(path, selector).then(
          (page) => finish({ outcome: "saved", page, selector }),
          () => finish({ outcome: "save-failed" }),
        );
      },
      { capture: true, signal: listeners.signal },
    );
    document.addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Escape") finish({ outcome: "cancelled" });
      },
      { capture: true, signal: listeners.signal },
    );
  });
}

// Keeps `browser` referenced so the polyfill sets up the storage API in Chromium's isolated world.
void browser.runtime.id;
Reflect.set(globalThis, TEACH_ENTRY, teach);
