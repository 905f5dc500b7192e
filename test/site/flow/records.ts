// SPDX-License-Identifier: MIT
/** What the server checked, kept so tests (and curious users of the practice site) can inspect it. */
import type { Clock } from "../clock";
import type { Refusal } from "./refusal";

export type VerificationStep = "sign" | "resign" | "authenticate";

export interface VerificationRecord {
  readonly applicationId: string;
  readonly step: VerificationStep;
  /** true: the signature verified, the certificate chained to the practice JPKI CA and was valid. */
  readonly ok: boolean;
  readonly refusal: Refusal | null;
  readonly certificateSerial: string | null;
  readonly certificateSubject: string | null;
  readonly certificateIssuer: string | null;
  /** Hex of the DigestInfo the card was asked to sign. */
  readonly digestInfo: string;
  /** Hex of the signature as received. */
  readonly signature: string;
  readonly combinationCode: string;
  readonly at: string;
}

export class SiteRecords {
  readonly verifications: VerificationRecord[] = [];

  constructor(private readonly clock: Clock) {}

  add(record: Omit<VerificationRecord, "at">): void {
    this.verifications.push({ ...record, at: this.clock.now().toISOString() });
  }
}
