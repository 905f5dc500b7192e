// SPDX-License-Identifier: MIT
/** A happy-dom window at the DIPS-REG origin, set up as the prefill engine expects a page to be. */
import { Window } from "happy-dom";
import { useFixedLayout } from "../../extension/prefill/testing/fixed-layout";

/** DOM classes the prefill engine uses as globals (`instanceof`, events), taken from the happy-dom window. */
const DOM_GLOBALS = [
  "Element",
  "HTMLElement",
  "HTMLInputElement",
  "HTMLSelectElement",
  "HTMLTextAreaElement",
  "HTMLOptionElement",
  "Node",
  "Event",
  "InputEvent",
  "FocusEvent",
];

/**
 * Opens the window, puts its DOM classes in the globals and gives every element a fixed layout (happy-dom lays
 * nothing out, and the engine skips controls with no size). `close()` restores the layout and closes the window.
 */
export function openDipsRegWindow(): { readonly window: Window; readonly close: () => void } {
  const window = new Window({ url: "https://www.dips-reg.mlit.go.jp/" });
  for (const name of DOM_GLOBALS) Reflect.set(globalThis, name, Reflect.get(window, name));
  const restore = useFixedLayout(window.Element as unknown as typeof Element);
  return {
    window,
    close: () => {
      restore();
      void window.happyDOM.close();
    },
  };
}
