// @vitest-environment happy-dom
// SPDX-License-Identifier: MIT
/**
 * The practice DIPS-REG site's own forms (owner, UA, user; Japanese and English), rendered by its page code and
 * filled by the prefill engine: every field of the site must be found by its label. The browser test
 * (profiles-prefill.test.ts) runs the same through the extension; this one pins the synonym tables to the site.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanEntries } from "../../extension/prefill/build-plan";
import { PrefillPlanSchema } from "../../extension/prefill/prefill-plan";
import { runPrefill } from "../../extension/prefill/run-prefill";
import { useFixedLayout } from "../../extension/prefill/testing/fixed-layout";
import type { Owner } from "../../extension/profiles/model/profiles";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { ownerForm } from "../site/pages/owner-form";
import { uaForm } from "../site/pages/ua-form";
import { userForm } from "../site/pages/user-form";

const [taro, sora] = SAMPLE_PROFILE_SET.owners;
const [mavic, home] = SAMPLE_PROFILE_SET.uas;
const plan = (owner: Owner | undefined = taro) =>
  PrefillPlanSchema.parse({ entries: buildPlanEntries(owner!, [mavic!, home!]), overrides: {} });

// happy-dom has no layout: give every element a box, as the prefill unit tests do.
let restoreLayout: () => void;
beforeAll(() => (restoreLayout = useFixedLayout(Element)));
afterAll(() => restoreLayout());

function show(page: string): void {
  document.body.innerHTML = (/<body>([\s\S]*)<\/body>/u.exec(page)?.[1] ?? "").replace(
    /<script[\s\S]*?<\/script>/gu,
    "",
  );
}

const fields = (form: string) =>
  Object.fromEntries(
    [...new FormData(document.querySelector<HTMLFormElement>(form)!).entries()].map(([k, v]) => [
      k,
      typeof v === "string" ? v : v.name,
    ]),
  );

describe.each(["ja", "en"] as const)("practice site forms (%s)", (lang) => {
  it("owner form: every split field filled (姓/名, セイ/メイ, postal code 3 + 4, y/m/d selects), nothing missing", () => {
    show(ownerForm(lang, {}));
    const report = runPrefill(document, plan());
    expect(fields("#owner-form")).toEqual({
      "owner.lastName": "山田",
      "owner.firstName": "太郎",
      "owner.lastReading": "ヤマダ",
      "owner.firstReading": "タロウ",
      "owner.postalCode1": "100",
      "owner.postalCode2": "8918",
      "owner.address": "東京都千代田区霞が関2-1-3 301号",
      "owner.birthYear": "1980",
      "owner.birthMonth": "04",
      "owner.birthDay": "01",
      "owner.phone": "090-1234-5678",
      "owner.email": "taro@example.jp",
    });
    expect(report.notFound).toEqual([]);
    expect(report.refused).toEqual([]);
  });

  it("UA form with two blocks: every field filled", () => {
    show(uaForm(lang, [{}, {}]));
    const report = runPrefill(document, plan());
    expect(fields("#ua-form")).toEqual({
      "ua.1.manufacturingType": "1",
      "ua.1.manufacturer": "DJI",
      "ua.1.model": "Mavic 3",
      "ua.1.category": "3",
      "ua.1.serialNumber": "1581F45TB2300ABC",
      "ua.1.remoteIdType": "1",
      "ua.1.remoteIdManufacturer": "DJI",
      "ua.1.remoteIdModel": "Mavic 3",
      "ua.1.remoteIdSerialNumber": "1581F45TB2300ABC",
      "ua.1.alteration": "0",
      "ua.2.manufacturingType": "2",
      "ua.2.manufacturer": "山田 太郎",
      "ua.2.model": "YT-01",
      "ua.2.category": "1",
      "ua.2.serialNumber": "YT01-0001",
      "ua.2.remoteIdType": "2",
      "ua.2.remoteIdManufacturer": "Braveridge",
      "ua.2.remoteIdModel": "BVRAX1",
      "ua.2.remoteIdSerialNumber": "BV-12345",
      "ua.2.alteration": "1",
    });
    // The site asks for neither weights nor alteration details.
    expect(report.notFound).toEqual([
      "ua1.weight",
      "ua1.maxTakeoffWeight",
      "ua2.weight",
      "ua2.maxTakeoffWeight",
      "ua2.alterationDetails",
    ]);
  });

  it("user form: a separate user, and 'same as the owner'", () => {
    show(userForm(lang, {}));
    runPrefill(document, plan());
    expect(fields("#user-form")).toEqual({
      "user.same": "different",
      "user.lastName": "山田",
      "user.firstName": "花子",
      "user.address": "神奈川県横浜市西区みなとみらい1-1",
      "user.phone": "+81-45-123-4567",
      "user.email": "hanako@example.jp",
    });
    show(userForm(lang, {}));
    runPrefill(document, plan(sora));
    expect(fields("#user-form")["user.same"]).toBe("same");
  });
});
