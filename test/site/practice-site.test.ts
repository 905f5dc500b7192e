// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computedExpiry, dateInJapan } from "../../extension/registrations/model/registration-expiry";
import { buildTestPki, getTestCaCertificates } from "../pki";
import { AdjustableClock } from "./clock";
import { startPracticeSite, type PracticeSite } from "./practice-site";
import { FakeCardApp } from "./testing/fake-card-app";
import { ownerFormFields } from "./testing/owner-form-fields";
import { SAMPLE_DATA } from "./testing/sample-data";
import { SiteClient } from "./testing/site-client";
import type { Ua } from "./model/application-data";

let site: PracticeSite;
let card: FakeCardApp;
const clock = new AdjustableClock();

beforeAll(async () => {
  const cas = await getTestCaCertificates();
  card = new FakeCardApp(await buildTestPki());
  site = await startPracticeSite({
    anchors: { sign: [Buffer.from(cas.sign)], auth: [Buffer.from(cas.auth)] },
    clock,
    abandonAfterMs: 60_000,
    clientScript: "/* not used here */",
  });
});
afterAll(() => site.close());

const uaFields = (uas: readonly Ua[]) =>
  Object.fromEntries(uas.flatMap((ua, i) => Object.entries(ua).map(([key, value]) => [`ua.${i + 1}.${key}`, value])));

/** STEP 01 – 05 through the forms, as a browser would post them. */
async function fillWizard(client: SiteClient, owner = SAMPLE_DATA.owner): Promise<void> {
  await client.request("GET", "/");
  expect((await client.postForm("/start", {})).headers.get("location")).toBe("/owner");
  expect((await client.postForm("/owner", ownerFormFields(owner))).headers.get("location")).toBe("/uas");
  expect(
    (await client.postForm("/uas", { ...uaFields(SAMPLE_DATA.uas), action: "next" })).headers.get("location"),
  ).toBe("/user");
  expect((await client.postForm("/user", { "user.same": "same" })).headers.get("location")).toBe("/confirm");
}

async function applyAndConfirmEmail(client: SiteClient): Promise<string> {
  const { id } = await client.json<{ id: string }>("POST", "/api/applications");
  expect((await client.json<{ state: string }>("GET", `/api/applications/${id}`)).state).toBe("awaiting-email");
  const mail = site.state.outbox.list().find((m) => m.applicationId === id && m.kind === "email-confirmation");
  expect(mail?.to).toBe(SAMPLE_DATA.owner.email);
  const mailTab = new SiteClient(site.url);
  expect((await mailTab.request("GET", mail?.link ?? "")).status).toBe(200);
  expect((await mailTab.request("GET", mail?.link ?? "")).status).toBe(410);
  expect((await client.json<{ state: string }>("GET", `/api/applications/${id}`)).state).toBe("sign");
  return id;
}

describe("practice site over HTTP", () => {
  it("labels every field as the seed does, in Japanese and in English", async () => {
    const client = new SiteClient(site.url);
    const ja = await (await client.request("GET", "/owner")).text();
    expect(ja).toMatch(/<span id="owner-name-label">氏名/);
    expect(ja).toMatch(/<label for="owner-last-name">姓<\/label>/);
    expect(ja).toMatch(/<label for="owner-last-reading">セイ<\/label>/);
    expect(ja).toMatch(/aria-label="郵便番号（上3桁）"/);
    expect(ja).toMatch(/<select id="owner-birth-year" name="owner.birthYear"/);
    const uas = await (await client.request("GET", "/uas?lang=en")).text();
    for (const label of [
      "Manufacturing type",
      "UA manufacturer name",
      "UA model",
      "UA category",
      "UA serial number",
      "Remote ID Type",
      "Alteration",
    ]) {
      expect(uas).toContain(label);
    }
    expect(uas).toMatch(/<select id="ua-1-category" name="ua.1.category"/);
    expect(uas).toMatch(/type="radio"\s+id="ua-1-remote-id-type-0"/);
  });

  it("keeps a wizard step with invalid input and says so", async () => {
    const client = new SiteClient(site.url);
    const response = await client.postForm("/owner", {
      ...ownerFormFields(SAMPLE_DATA.owner),
      "owner.postalCode1": "1000",
      "owner.email": "not-an-address",
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('role="alert"');
    expect(page).toMatch(/郵便番号/);
    expect(page).toMatch(/メールアドレス/);
  });

  it("walks apply → e-mail → ② → ④ → completion without marks → payment → marks on the status and list pages", async () => {
    const client = new SiteClient(site.url);
    await fillWizard(client);
    const confirm = await (await client.request("GET", "/confirm")).text();
    expect(confirm).toContain("SN-0002");
    const id = await applyAndConfirmEmail(client);

    const sign = await client.json<{ step: string; digest: string }>("POST", `/api/applications/${id}/sign-request`);
    expect(sign.step).toBe("sign");
    const signed = await client.json<{ ok: boolean; next: string }>(
      "POST",
      `/api/applications/${id}/signature`,
      card.sign(sign.digest),
    );
    expect(signed).toMatchObject({ ok: true, next: "authenticate" });
    const challenge = await client.json<{ challengeId: string; digest: string }>(
      "POST",
      `/api/applications/${id}/challenge`,
    );
    const done = await client.json<{ ok: boolean; completeUrl: string }>(
      "POST",
      `/api/applications/${id}/authentication`,
      {
        challengeId: challenge.challengeId,
        reply: card.authenticate(challenge.digest),
      },
    );
    expect(done).toMatchObject({ ok: true, next: "completed", completeUrl: `/complete/${id}` });

    // As on DIPS-REG: no mark at completion, only the fee mail with the (practice) payment link.
    const complete = await (await client.request("GET", done.completeUrl)).text();
    expect(complete).not.toMatch(/JU[0-9A-Z]{10}/);
    const fee = site.state.outbox.list().find((m) => m.applicationId === id && m.kind === "fee");
    expect(fee?.body).toContain("1,790");
    expect(fee?.body).not.toMatch(/JU[0-9A-Z]{10}/);
    const unpaidStatus = await (await client.request("GET", "/status")).text();
    expect(unpaidStatus).toContain(`data-state="completed"`);
    expect(unpaidStatus).not.toMatch(/JU[0-9A-Z]{10}/);
    expect(await (await client.request("GET", "/registered-uas")).text()).not.toMatch(/JU[0-9A-Z]{10}/);

    // Paid two days later: the marks are issued, dated the paid day; the link works once.
    const offsetBefore = clock.offset;
    clock.advance(2 * 86_400_000);
    const paymentLink = fee?.link ?? "";
    expect(await (await client.request("GET", paymentLink)).text()).toContain("1,790");
    expect((await client.postForm(paymentLink, {})).status).toBe(303);
    expect((await client.postForm(paymentLink, {})).status).toBe(410);
    const paidAt = site.state.applications.get(id)?.paidAt;
    if (!paidAt) throw new Error("not paid");
    const registered = dateInJapan(paidAt);
    const marks = site.state.applications.get(id)?.registrationNumbers ?? [];
    expect(marks).toHaveLength(2);
    const registeredMail = site.state.outbox.list().find((m) => m.applicationId === id && m.kind === "registered");
    for (const mark of marks) expect(registeredMail?.body).toContain(mark);

    // One row per UA on the status page and the list: its mark and 有効期限, registration date + 3 years − 1 day.
    const expiry = computedExpiry(registered).replaceAll("-", "/");
    const status = await (await client.request("GET", "/status")).text();
    const list = await (await client.request("GET", "/registered-uas")).text();
    for (const mark of marks) {
      expect(status).toMatch(new RegExp(`registration-mark">${mark}<[\\s\\S]*?expiry-date">${expiry}<`));
      expect(list).toMatch(new RegExp(`${mark}<[\\s\\S]*?${registered.replaceAll("-", "/")}<[\\s\\S]*?${expiry}<`));
      expect(list).toContain(`href="/renew/${mark}">有効期間の更新<`);
    }
    const renewal = await (await client.request("GET", `/renew/${marks[0]}`)).text();
    expect(renewal).toContain(`data-open="false"`);
    clock.advance(Date.parse(computedExpiry(registered)) - Date.parse(registered) - 10 * 86_400_000);
    expect(await (await client.request("GET", `/renew/${marks[0]}`)).text()).toContain(`data-open="true"`);
    // The later tests' cards are valid today, not three years on.
    clock.advance(offsetBefore - clock.offset);
    const records = (
      await client.json<{ verifications: { applicationId: string; ok: boolean }[] }>("GET", "/__test__/records")
    ).verifications.filter((v) => v.applicationId === id);
    expect(records.map((v) => v.ok)).toEqual([true, true]);
  });

  it("refuses a reply for another session's application and a malformed reply", async () => {
    const client = new SiteClient(site.url);
    await fillWizard(client);
    const id = await applyAndConfirmEmail(client);
    const stranger = new SiteClient(site.url);
    expect((await stranger.request("POST", `/api/applications/${id}/sign-request`, {})).status).toBe(404);
    expect(
      (await client.request("POST", `/api/applications/${id}/signature`, { mode: "02", result: "0" })).status,
    ).toBe(400);
  });

  it("discards an application whose page was closed, and one whose page went silent", async () => {
    const client = new SiteClient(site.url);
    await fillWizard(client);
    const closed = (await client.json<{ id: string }>("POST", "/api/applications")).id;
    await client.request("POST", `/api/applications/${closed}/abandon`, {});
    expect((await client.json<{ state: string }>("GET", `/api/applications/${closed}`)).state).toBe("discarded");
    const mail = site.state.outbox.list().find((m) => m.applicationId === closed);
    expect((await client.request("GET", mail?.link ?? "")).status).toBe(410);

    const silent = (await client.json<{ id: string }>("POST", "/api/applications")).id;
    site.state.applications.sweep(Date.now() + 61_000);
    expect(site.state.applications.get(silent)).toMatchObject({ state: "discarded", discardReason: "abandoned" });
  });
});
