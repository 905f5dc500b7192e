// SPDX-License-Identifier: MIT
/**
 * happy-dom lays nothing out: every box is 0 × 0, which prefill's visibility check (perceivable.ts) rightly reads as
 * "not seen". For unit tests and the happy-dom bench only, every element gets one ordinary box instead (120 × 24 CSS
 * px at 8, 8), unless it has a `data-test-box="left,top,width,height"` of its own. The CSS and attribute checks run
 * as they are; the geometry checks are shown in real browsers by the e2e tests.
 */
export function useFixedLayout(elementClass: typeof Element): () => void {
  const prototype = elementClass.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, "getBoundingClientRect");
  Object.defineProperty(prototype, "getBoundingClientRect", {
    configurable: true,
    value(this: Element): DOMRect {
      const [left = 8, top = 8, width = 120, height = 24] = (this.getAttribute("data-test-box") ?? "")
        .split(",")
        .filter((part) => part !== "")
        .map(Number);
      const rect = { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height };
      return { ...rect, toJSON: () => rect };
    },
  });
  return () => {
    if (original !== undefined) Object.defineProperty(prototype, "getBoundingClientRect", original);
  };
}
