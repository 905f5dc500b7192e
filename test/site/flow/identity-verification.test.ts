// SPDX-License-Identifier: MIT
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestPki, getTestCaCertificates, type TestPki } from "../../pki";
import { AdjustableClock } from "../clock";
import { canonicalApplicationBytes, sha256DigestInfo } from "../model/canonical";
import { ChallengeStore } from "../model/challenge-store";
import { FakeCardApp, isDigestInfoOf } from "../testing/fake-card-app";
import { SAMPLE_DATA } from "../testing/sample-data";
import { ApplicationStore } from "./application-store";
import type { Application } from "./application";
import { IdentityVerification, type TrustAnchors } from "./identity-verification";
import { SiteRecords } from "./records";

let pki: TestPki;
let anchors: TrustAnchors;

beforeAll(async () => {
  pki = await buildTestPki();
  const cas = await getTestCaCertificates();
  anchors = { sign: [Buffer.from(cas.sign)], auth: [Buffer.from(cas.auth)] };
});

function setup(data = SAMPLE_DATA) {
  const clock = new AdjustableClock();
  const records = new SiteRecords(clock);
  const completed: Application[] = [];
  const identity = new IdentityVerification({
    clock,
    anchors,
    challenges: new ChallengeStore(clock),
    records,
    complete: (application) => {
      application.state = "completed";
      completed.push(application);
    },
  });
  const application = new ApplicationStore(clock, 30_000).create("S", "ja", data);
  application.state = "sign";
  return { clock, records, identity, application, completed };
}

/** What the card app does at ②/③: sign the DigestInfo the page got for the current data. */
function signStep(card: FakeCardApp, identity: IdentityVerification, application: Application) {
  const digest = identity.signDigest(application);
  expect(isDigestInfoOf(digest, canonicalApplicationBytes(application.id, application.data))).toBe(true);
  return identity.submitSignature(application, card.sign(digest));
}

/** ④: a challenge, optionally something in between (time passing), then the card's answer. */
function authStep(card: FakeCardApp, identity: IdentityVerification, application: Application, before?: () => void) {
  const challenge = identity.issueChallenge(application);
  if (!challenge) throw new Error("no challenge");
  before?.();
  return {
    challenge,
    outcome: identity.submitAuthentication(application, challenge.challengeId, card.authenticate(challenge.digest)),
  };
}

describe("identity verification ② – ④", () => {
  it("accepts matching owner data at ② and completes at ④, recording both verified signatures", () => {
    const { identity, application, records, completed } = setup();
    const card = new FakeCardApp(pki);
    expect(signStep(card, identity, application)).toEqual({ ok: true, next: "authenticate", replaced: [] });
    expect(application.signer?.holder.name).toBe(pki.holder.name);
    const { outcome } = authStep(card, identity, application);
    expect(outcome).toEqual({ ok: true, next: "completed", replaced: [] });
    expect(completed).toEqual([application]);
    expect(records.verifications.map((r) => [r.step, r.ok])).toEqual([
      ["sign", true],
      ["authenticate", true],
    ]);
    expect(records.verifications[0]?.certificateIssuer).toContain("JPKI");
  });

  it("replaces differing owner facts with the card's at ③ and asks for a second signature over the new data", () => {
    const typed = { ...SAMPLE_DATA, owner: { ...SAMPLE_DATA.owner, name: "見本　花", address: "大阪府大阪市見本1-1" } };
    const { identity, application } = setup(typed);
    const card = new FakeCardApp(pki);
    const digestBefore = identity.signDigest(application);
    expect(signStep(card, identity, application)).toEqual({ ok: true, next: "resign", replaced: ["name", "address"] });
    expect(application.data.owner).toMatchObject({ name: pki.holder.name, address: pki.holder.address });
    expect(application.entered.owner.name).toBe("見本　花");
    expect(identity.signDigest(application)).not.toBe(digestBefore);
    expect(signStep(card, identity, application)).toEqual({
      ok: true,
      next: "authenticate",
      replaced: ["name", "address"],
    });
    expect(authStep(card, identity, application).outcome.ok).toBe(true);
  });

  it("refuses a signature over other data", () => {
    const { identity, application, records } = setup();
    const reply = new FakeCardApp(pki).sign(sha256DigestInfo(Buffer.from("something else")).toString("base64"));
    expect(identity.submitSignature(application, reply)).toEqual({ ok: false, refusal: "bad-signature" });
    expect(application.state).toBe("sign");
    expect(records.verifications[0]).toMatchObject({ ok: false, refusal: "bad-signature" });
  });

  it("refuses an expired certificate, judged on the site's clock", async () => {
    const { identity, application, clock } = setup();
    const card = new FakeCardApp(pki);
    clock.advance(20 * 366 * 24 * 3600 * 1000);
    expect(signStep(card, identity, application)).toEqual({ ok: false, refusal: "expired" });
    const expired = new FakeCardApp(await buildTestPki({ expired: true }));
    const fresh = setup();
    expect(signStep(expired, fresh.identity, fresh.application)).toEqual({ ok: false, refusal: "expired" });
  });

  it("refuses a certificate from another CA", async () => {
    const { identity, application } = setup();
    const stranger = new FakeCardApp(await buildTestPki({ cas: "fresh" }));
    expect(signStep(stranger, identity, application)).toEqual({ ok: false, refusal: "untrusted" });
  });

  it("refuses ④ after 5 minutes, a replayed challenge, and a different card", () => {
    const { identity, application, clock } = setup();
    const card = new FakeCardApp(pki);
    signStep(card, identity, application);
    const late = authStep(card, identity, application, () => clock.advance(5 * 60 * 1000 + 1));
    expect(late.outcome).toEqual({ ok: false, refusal: "challenge-expired" });

    const otherInstallation = new FakeCardApp(pki, "ffffffffffffffffffffffffffffffff");
    expect(authStep(otherInstallation, identity, application).outcome).toEqual({
      ok: false,
      refusal: "different-card",
    });
    const otherCard = new FakeCardApp(pki, card.uuid, "TEST000000002");
    expect(authStep(otherCard, identity, application).outcome).toEqual({ ok: false, refusal: "different-card" });

    const good = authStep(card, identity, application);
    expect(good.outcome.ok).toBe(true);
    const again = card.authenticate(good.challenge.digest);
    application.state = "authenticate";
    expect(identity.submitAuthentication(application, good.challenge.challengeId, again)).toEqual({
      ok: false,
      refusal: "challenge-used",
    });
  });
});
