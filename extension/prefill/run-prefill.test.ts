// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../profiles/model/profiles-sample";
import { buildPlanEntries } from "./build-plan";
import { PrefillPlanSchema, type PrefillPlan } from "./prefill-plan";
import { runPrefill } from "./run-prefill";
import { useFixedLayout } from "./testing/fixed-layout";

const [taro, sora] = SAMPLE_PROFILE_SET.owners;
const [mavic, home] = SAMPLE_PROFILE_SET.uas;
const plan = (overrides: Record<string, string> = {}): PrefillPlan =>
  PrefillPlanSchema.parse({ entries: buildPlanEntries(taro!, [mavic!, home!]), overrides });

let restoreLayout = (): void => undefined;
beforeAll(() => (restoreLayout = useFixedLayout(Element)));
afterAll(() => restoreLayout());

let events: Record<string, string[]>;
let listeners = new AbortController();

function loadPage(file: string): void {
  const html = readFileSync(resolve(import.meta.dirname, "../../test/e2e/pages", file), "utf8");
  document.body.innerHTML = (/<body>([\s\S]*)<\/body>/u.exec(html)?.[1] ?? "").replace(
    /<script[\s\S]*?<\/script>/gu,
    "",
  );
  events = {};
  listeners.abort();
  listeners = new AbortController();
  for (const type of ["input", "change", "blur"]) {
    document.addEventListener(
      type,
      (event) => {
        const name = event.target instanceof Element ? event.target.getAttribute("name") : null;
        if (name) (events[name] ??= []).push(type);
      },
      { capture: true, signal: listeners.signal },
    );
  }
}

const value = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.value;
const checked = (selector: string) => document.querySelector<HTMLInputElement>(selector)?.checked;
const radio = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

describe("runPrefill on a Japanese-labelled page", () => {
  beforeEach(() => loadPage("prefill-ja.html"));

  it("fills every field of owner, user and two UAs, firing the page's listeners", () => {
    const report = runPrefill(document, plan());
    expect({
      kind: radio("kubun"),
      name: value("[name=o1]"),
      reading: value("[name=o2]"),
      birth: value("[name=o3]"),
      postal: value("[name=o4]"),
      prefecture: value("[name=o5]"),
      city: value("[name=o6]"),
      line1: value("[name=o7]"),
      line2: value("[name=o8]"),
      phone: value("[name=tel]"),
      email: value("[name=o10]"),
      email2: value("[name=o11]"),
    }).toEqual({
      kind: "p",
      name: "山田 太郎",
      reading: "ヤマダ タロウ",
      birth: "1980-04-01",
      postal: "100-8918",
      prefecture: "13",
      city: "千代田区",
      line1: "霞が関2-1-3",
      line2: "301号",
      phone: "090-1234-5678",
      email: "taro@example.jp",
      email2: "taro@example.jp",
    });
    expect([
      radio("u0"),
      value("#u-name"),
      value("#u-kana"),
      value("#u-addr"),
      value("#u-tel"),
      value("#u-mail"),
    ]).toEqual([
      "2",
      "山田 花子",
      "ヤマダ ハナコ",
      "神奈川県横浜市西区みなとみらい1-1",
      "+81-45-123-4567",
      "hanako@example.jp",
    ]);
    const ua = (n: number) => ({
      type: value(`[name=a${n}t]`),
      maker: value(`[name=a${n}m]`),
      model: value(`[name=a${n}o]`),
      category: value(`[name=a${n}c]`),
      serial: value(`[name=a${n}s]`),
      weight: value(`[name=a${n}w]`),
      mtow: value(`[name=a${n}x]`),
      rid: radio(`a${n}r`),
      ridMaker: value(`[name=a${n}rm]`),
      ridModel: value(`[name=a${n}ro]`),
      ridSerial: value(`[name=a${n}rs]`),
      altered: checked(`[name=a${n}alt]`),
      details: value(`[name=a${n}ad]`),
    });
    expect(ua(1)).toEqual({
      type: "m",
      maker: "DJI",
      model: "Mavic 3",
      category: "c",
      serial: "1581F45TB2300ABC",
      weight: "0.895",
      mtow: "0.895",
      rid: "y",
      ridMaker: "DJI",
      ridModel: "Mavic 3",
      ridSerial: "1581F45TB2300ABC",
      altered: false,
      details: "",
    });
    expect(ua(2)).toEqual({
      type: "h",
      maker: "山田 太郎",
      model: "YT-01",
      category: "a",
      serial: "YT01-0001",
      weight: "2.5",
      mtow: "3.2",
      rid: "z",
      ridMaker: "Braveridge",
      ridModel: "BVRAX1",
      ridSerial: "BV-12345",
      altered: true,
      details: "主翼を延長",
    });
    expect(events.o1).toEqual(["input", "change", "blur"]);
    expect(events.a2c).toEqual(["input", "change", "blur"]);
    expect(events.a1r).toEqual(["input", "change", "blur"]);
    expect(report.notFound).toEqual(["user.postalCode"]);
    expect(report.noMatchingOption).toEqual([]);
    expect(report.partsOnPage).toEqual(["owner", "user", "ua1", "ua2"]);
  });

  it("reports a field the page lacks, and fills the rest", () => {
    document.querySelector("#a2-serial")?.closest("p")?.remove();
    document.querySelector("[name=tel]")?.closest("p")?.remove();
    const report = runPrefill(document, plan());
    expect(report.notFound).toEqual(["owner.phone", "user.postalCode", "ua2.serialNumber"]);
    expect(value("[name=a1s]")).toBe("1581F45TB2300ABC");
  });

  it("lets selector overrides win over labels, for one UA or every UA ({n})", () => {
    runPrefill(document, plan({ "owner.name": "[name=o8]", "ua.serialNumber": "#a{n}-model" }));
    expect(value("[name=o8]")).toBe("山田 太郎");
    expect(value("#a1-model")).toBe("1581F45TB2300ABC");
    expect(value("#a2-model")).toBe("YT01-0001");
  });

  it("still checks a value against the control an override names: a name never goes into an e-mail box", () => {
    const report = runPrefill(document, plan({ "owner.name": "#o-mail2" }));
    expect(value("#o-mail2")).toBe("");
    expect(report.refused).toContainEqual({
      path: "owner.name",
      control: "メールアドレス（確認用）",
      reason: "not-email",
    });
  });
});

describe("runPrefill on an English-labelled page", () => {
  beforeEach(() => loadPage("prefill-en.html"));

  it("fills every field, telling UAs apart by indexed names, and reports the missing postal code", () => {
    const report = runPrefill(document, plan());
    expect([
      value("#kind"),
      value("#name"),
      value("#reading"),
      value("#address"),
      value("#birth"),
      value("#phone"),
      value("#email"),
      checked("#same"),
      value("#uname"),
      value("#ureading"),
      value("#uaddress"),
      value("#uphone"),
      value("#uemail"),
    ]).toEqual([
      "I",
      "山田 太郎",
      "ヤマダ タロウ",
      "東京都千代田区霞が関2-1-3 301号",
      "1980/04/01",
      "090-1234-5678",
      "taro@example.jp",
      false,
      "山田 花子",
      "ヤマダ ハナコ",
      "神奈川県横浜市西区みなとみらい1-1",
      "+81-45-123-4567",
      "hanako@example.jp",
    ]);
    const ua = (i: number) => [
      radio(`uas[${i}][mfgType]`),
      value(`#m${i}`),
      value(`#o${i}`),
      value(`#c${i}`),
      value(`#s${i}`),
      value(`#w${i}`),
      value(`#x${i}`),
      value(`#r${i}`),
      value(`#rm${i}`),
      value(`#ro${i}`),
      value(`#rs${i}`),
      radio(`uas[${i}][alt]`),
    ];
    expect(ua(0)).toEqual([
      "M",
      "DJI",
      "Mavic 3",
      "MC",
      "1581F45TB2300ABC",
      "0.895",
      "0.895",
      "I",
      "DJI",
      "Mavic 3",
      "1581F45TB2300ABC",
      "N",
    ]);
    expect(ua(1)).toEqual([
      "H",
      "山田 太郎",
      "YT-01",
      "AP",
      "YT01-0001",
      "2.5",
      "3.2",
      "E",
      "Braveridge",
      "BVRAX1",
      "BV-12345",
      "Y",
    ]);
    expect(value("#ad1")).toBe("主翼を延長");
    expect(events.ownerName).toEqual(["input", "change", "blur"]);
    expect(events["uas[1][alt]"]).toEqual(["input", "change", "blur"]);
    expect(report.notFound).toEqual(["owner.postalCode", "user.postalCode"]);
  });

  it("fills a corporation's name into the name field and checks 'same as the owner'", () => {
    runPrefill(document, PrefillPlanSchema.parse({ entries: buildPlanEntries(sora!, []), overrides: {} }));
    expect([value("#kind"), value("#name"), value("#reading"), checked("#same")]).toEqual([
      "C",
      "そらドローン株式会社",
      "ソラドローン カブシキガイシャ",
      true,
    ]);
  });
});

describe("runPrefill with taught parts of a split field", () => {
  it("fills the boxes a user taught as the postal code's two parts", () => {
    document.body.innerHTML = '<p><input name="q1"> <input name="q2"></p>';
    const report = runPrefill(
      document,
      plan({ "owner.postalCode.1": "input[name=q1]", "owner.postalCode.2": "input[name=q2]" }),
    );
    expect([value("[name=q1]"), value("[name=q2]")]).toEqual(["100", "8918"]);
    expect(report.filled).toContain("owner.postalCode");
  });

  it("refuses a split it cannot make with certainty, and says so", () => {
    document.body.innerHTML = '<p><input name="t1"> <input name="t2"> <input name="t3"></p>';
    const single = PrefillPlanSchema.parse({
      entries: [{ scope: { part: "owner" }, key: "phone", value: "0312345678", choices: ["0312345678"] }],
      overrides: { "owner.phone.1": "[name=t1]", "owner.phone.2": "[name=t2]", "owner.phone.3": "[name=t3]" },
    });
    const report = runPrefill(document, single);
    expect([value("[name=t1]"), value("[name=t2]"), value("[name=t3]")]).toEqual(["", "", ""]);
    expect(report.refused.map((refusal) => refusal.reason)).toEqual(["cannot-split", "cannot-split", "cannot-split"]);
  });

  it("leaves a select empty when none of its own options is the value", () => {
    document.body.innerHTML =
      '<label for="p">都道府県</label><select id="p" name="p"><option value="">-</option><option>北海道</option></select>';
    const report = runPrefill(document, plan());
    expect(value("[name=p]")).toBe("");
    expect(report.refused).toContainEqual({ path: "owner.prefecture", control: "都道府県", reason: "no-option" });
  });
});

describe("runPrefill marks what it filled and offers one-click undo", () => {
  beforeEach(() => loadPage("prefill-ja.html"));

  it("outlines the filled controls, says how many in the page's bar, and undo puts everything back", () => {
    document.querySelector<HTMLInputElement>("[name=o8]")!.value = "typed by the user";
    runPrefill(document, { ...plan(), language: "en" });
    const bar = document.getElementById("dips-companion-prefill-bar");
    expect(bar?.textContent).toMatch(/filled \d+ fields/u);
    expect(document.querySelectorAll("[data-dips-companion-filled]").length).toBeGreaterThan(20);
    expect(value("[name=o1]")).toBe("山田 太郎");
    events = {};
    document.querySelector<HTMLButtonElement>("#dips-companion-prefill-bar-undo")!.click();
    expect([
      value("[name=o1]"),
      value("[name=o5]"),
      value("[name=o8]"),
      radio("kubun"),
      checked("[name=a2alt]"),
    ]).toEqual(["", "", "typed by the user", undefined, false]);
    expect(events.o1).toEqual(["input", "change"]);
    expect(document.getElementById("dips-companion-prefill-bar")).toBeNull();
    expect(document.querySelectorAll("[data-dips-companion-filled]")).toHaveLength(0);
  });

  it("shows no bar when nothing was filled", () => {
    document.body.innerHTML = "<p><label>性別 <input name=x></label></p>";
    runPrefill(document, plan());
    expect(document.getElementById("dips-companion-prefill-bar")).toBeNull();
  });
});
