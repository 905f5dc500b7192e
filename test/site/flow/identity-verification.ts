// SPDX-License-Identifier: MIT
/**
 * Steps ② – ④ on the server: hand out what the card must sign, and check what comes back.
 *
 * Same card at ④: the authentication certificate carries no personal data, so it cannot be matched to the signing
 * certificate's holder. The page protocol's `combination_code` (SHA-256 of a fixed salt, the card's manufacture
 * number and the app installation's uuid) is the link: ④ must return the same `combination_code` and `uuid` as the
 * signature that passed ② / ③, or it is refused as a different card.
 */
import type { Clock } from "../clock";
import { canonicalApplicationBytes, sha256DigestInfo } from "../model/canonical";
import type { ChallengeStore } from "../model/challenge-store";
import { verifyCardResponse } from "../pki/verify-card-response";
import type { PageAuthReplySchema, PageSignReplySchema } from "../../../extension/protocol/page";
import type { z } from "zod";
import type { Application } from "./application";
import { replaceOwnerFactsWithCard } from "./basic4-replacement";
import type { Refusal } from "./refusal";
import type { SiteRecords, VerificationStep } from "./records";

export interface TrustAnchors {
  /** DER of the CA certificates that issue signing certificates. */
  readonly sign: readonly Buffer[];
  /** DER of the CA certificates that issue user-authentication certificates. */
  readonly auth: readonly Buffer[];
}

export type SignReply = z.infer<typeof PageSignReplySchema>;
export type AuthReply = z.infer<typeof PageAuthReplySchema>;

export type StepOutcome =
  | { ok: true; next: "resign" | "authenticate" | "completed"; replaced: Application["replacedFacts"] }
  | { ok: false; refusal: Refusal };

export class IdentityVerification {
  constructor(
    private readonly deps: {
      clock: Clock;
      anchors: TrustAnchors;
      challenges: ChallengeStore;
      records: SiteRecords;
      complete: (application: Application) => void;
    },
  ) {}

  /** The DigestInfo (base64) the page passes to mode 02 for the application's current data. */
  signDigest(application: Application): string {
    return sha256DigestInfo(canonicalApplicationBytes(application.id, application.data)).toString("base64");
  }

  submitSignature(application: Application, reply: SignReply): StepOutcome {
    if (application.state !== "sign" && application.state !== "resign") return { ok: false, refusal: "wrong-state" };
    const step: VerificationStep = application.state;
    const signedBytes = canonicalApplicationBytes(application.id, application.data);
    const digestInfo = sha256DigestInfo(signedBytes).toString("hex");
    const record = (
      ok: boolean,
      refusal: Refusal | null,
      serial: string | null,
      subject: string | null,
      issuer: string | null,
    ) =>
      this.deps.records.add({
        applicationId: application.id,
        step,
        ok,
        refusal,
        certificateSerial: serial,
        certificateSubject: subject,
        certificateIssuer: issuer,
        digestInfo,
        signature: reply.signature.map((s) => Buffer.from(s, "base64").toString("hex")).join(","),
        combinationCode: reply.combination_code,
      });
    if (reply.signature.length !== 1) {
      record(false, "signature-count", null, null, null);
      return { ok: false, refusal: "signature-count" };
    }
    const check = verifyCardResponse({
      certificateBase64: reply.certificate,
      signatureBase64: reply.signature[0] ?? "",
      signedBytes,
      anchors: this.deps.anchors.sign,
      clock: this.deps.clock,
    });
    const cert = check.certificate;
    if (!check.ok) {
      record(false, check.problem, cert?.serialNumber ?? null, cert?.subject ?? null, cert?.issuer ?? null);
      return { ok: false, refusal: check.problem };
    }
    const holder = check.certificate.basic4;
    const previous = application.signer;
    const refusal: Refusal | null =
      holder === null
        ? "no-basic4"
        : previous && previous.combinationCode !== reply.combination_code
          ? "different-card"
          : null;
    record(
      refusal === null,
      refusal,
      check.certificate.serialNumber,
      check.certificate.subject,
      check.certificate.issuer,
    );
    if (refusal !== null || holder === null) return { ok: false, refusal: refusal ?? "no-basic4" };

    application.signer = {
      certificateSerial: check.certificate.serialNumber,
      combinationCode: reply.combination_code,
      uuid: reply.uuid,
      holder,
    };
    const replacement = replaceOwnerFactsWithCard(application.data, holder);
    if (replacement.replaced.length > 0) {
      application.data = replacement.data;
      application.replacedFacts = replacement.replaced;
      application.state = "resign";
      return { ok: true, next: "resign", replaced: replacement.replaced };
    }
    application.state = "authenticate";
    return { ok: true, next: "authenticate", replaced: application.replacedFacts };
  }

  /** A fresh challenge for ④; returns its id and the DigestInfo (base64) the page passes to mode 01. */
  issueChallenge(application: Application): { challengeId: string; digest: string } | null {
    if (application.state !== "authenticate") return null;
    const challenge = this.deps.challenges.issue(application.id);
    return { challengeId: challenge.id, digest: sha256DigestInfo(challenge.bytes).toString("base64") };
  }

  submitAuthentication(application: Application, challengeId: string, reply: AuthReply): StepOutcome {
    if (application.state !== "authenticate" || !application.signer) return { ok: false, refusal: "wrong-state" };
    const redemption = this.deps.challenges.redeem(challengeId, application.id);
    const base = {
      applicationId: application.id,
      step: "authenticate" as const,
      signature: Buffer.from(reply.signature, "base64").toString("hex"),
      combinationCode: reply.combination_code,
    };
    if (!redemption.ok) {
      const refusal: Refusal =
        redemption.reason === "expired"
          ? "challenge-expired"
          : redemption.reason === "used"
            ? "challenge-used"
            : "challenge-unknown";
      this.deps.records.add({
        ...base,
        ok: false,
        refusal,
        certificateSerial: null,
        certificateSubject: null,
        certificateIssuer: null,
        digestInfo: "",
      });
      return { ok: false, refusal };
    }
    const signedBytes = redemption.challenge.bytes;
    const check = verifyCardResponse({
      certificateBase64: reply.certificate,
      signatureBase64: reply.signature,
      signedBytes,
      anchors: this.deps.anchors.auth,
      clock: this.deps.clock,
    });
    const sameCard =
      reply.combination_code === application.signer.combinationCode && reply.uuid === application.signer.uuid;
    const refusal: Refusal | null = !check.ok ? check.problem : sameCard ? null : "different-card";
    const cert = check.certificate;
    this.deps.records.add({
      ...base,
      ok: refusal === null,
      refusal,
      certificateSerial: cert?.serialNumber ?? null,
      certificateSubject: cert?.subject ?? null,
      certificateIssuer: cert?.issuer ?? null,
      digestInfo: sha256DigestInfo(signedBytes).toString("hex"),
    });
    if (refusal !== null) return { ok: false, refusal };
    this.deps.complete(application);
    return { ok: true, next: "completed", replaced: application.replacedFacts };
  }
}
