// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { selectorFor } from "./teach-selector";

function pick(html: string, selector: string): Element {
  document.body.innerHTML = html;
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe("selectorFor names a taught control by what survives a page change", () => {
  it("uses a unique id", () => {
    expect(selectorFor(pick('<input id="f1" name="x">', "input"))).toBe('[id="f1"]');
  });

  it("uses tag and name when the id is missing or shared", () => {
    expect(selectorFor(pick('<input name="ownerInfo.zip1">', "input"))).toBe('input[name="ownerInfo.zip1"]');
    const shared = '<input id="a" name="p"><input id="a" name="q">';
    expect(selectorFor(pick(shared, '[name="q"]'))).toBe('input[name="q"]');
  });

  it("names a radio by its group", () => {
    const html = '<input type="radio" name="kbn" value="1"><input type="radio" name="kbn" value="2">';
    expect(selectorFor(pick(html, '[value="2"]'))).toBe('input[name="kbn"]');
  });

  it("gives up on a control neither id nor name tells apart, rather than a position that may move", () => {
    expect(selectorFor(pick("<input><input>", "input"))).toBeUndefined();
    expect(selectorFor(pick('<input name="a"><input name="a">', "input"))).toBeUndefined();
  });

  it("quotes names with brackets and dots", () => {
    expect(selectorFor(pick('<input name="kitai[0].seizosha">', "input"))).toBe('input[name="kitai[0].seizosha"]');
  });
});
