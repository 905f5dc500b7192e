// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormControl } from "./control-texts";
import { isPerceivable } from "./perceivable";
import { useFixedLayout } from "./testing/fixed-layout";

let restoreLayout = (): void => undefined;
beforeAll(() => (restoreLayout = useFixedLayout(Element)));
afterAll(() => restoreLayout());

function seen(html: string): boolean {
  document.body.innerHTML = html;
  const control = document.querySelector<FormControl>("#target");
  if (control === null) throw new Error("no #target");
  return isPerceivable(control);
}

describe("isPerceivable", () => {
  it("sees an ordinary input, one in an open <details>, and one in a closed <details>' summary", () => {
    expect(seen('<label>氏名 <input id="target"></label>')).toBe(true);
    expect(seen('<details open><summary>s</summary><input id="target"></details>')).toBe(true);
    expect(seen('<details><summary><input id="target"></summary><p>more</p></details>')).toBe(true);
  });

  it.each([
    ["display:none", '<input id="target" style="display:none">'],
    ["display:none on an ancestor", '<div style="display:none"><div><input id="target"></div></div>'],
    ["visibility:hidden", '<input id="target" style="visibility:hidden">'],
    ["visibility:hidden on an ancestor", '<div style="visibility:hidden"><input id="target"></div>'],
    ["opacity:0", '<input id="target" style="opacity:0">'],
    ["opacity 0.05 on an ancestor", '<div style="opacity:0.05"><input id="target"></div>'],
    ["aria-hidden", '<div aria-hidden="true"><input id="target"></div>'],
    ["inert", '<div inert><input id="target"></div>'],
    ["a closed <details>", '<details><summary>more</summary><input id="target"></details>'],
    [
      "a closed <details> in an open one",
      "<details open><summary>a</summary><details><input id=target></details></details>",
    ],
    ["clip: rect(0 0 0 0)", '<input id="target" style="position:absolute;clip:rect(0px, 0px, 0px, 0px)">'],
    ["clip-path: inset(50%)", '<input id="target" style="clip-path:inset(50%)">'],
    ["clip-path: circle(0)", '<div style="clip-path:circle(0px at 50% 50%)"><input id="target"></div>'],
    ["zero size", '<input id="target" data-test-box="8,8,0,0">'],
    ["1 × 1 px", '<input id="target" data-test-box="8,8,1,1">'],
    ["off the page to the left", '<input id="target" data-test-box="-10000,8,120,24">'],
    ["off the page to the top", '<input id="target" data-test-box="8,-500,120,24">'],
  ])("does not see a control with %s", (_, html) => {
    expect(seen(html)).toBe(false);
  });

  it("sees a style-drawn radio through its visible label, but not a hidden text field with a visible label", () => {
    expect(seen('<input type="radio" id="target" name="k" style="opacity:0"><label for="target">個人</label>')).toBe(
      true,
    );
    expect(seen('<input id="target" style="opacity:0"><label for="target">氏名</label>')).toBe(false);
    expect(
      seen('<div hidden style="display:none"><input type="radio" id="target"><label for="target">x</label></div>'),
    ).toBe(false);
  });
});
