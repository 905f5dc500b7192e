// SPDX-License-Identifier: MIT
/** Everything the practice server keeps, wired together once per server. */
import type { Clock } from "./clock";
import { ApplicationStore } from "./flow/application-store";
import type { Application } from "./flow/application";
import { completeApplication, payFee } from "./flow/completion";
import { IdentityVerification, type TrustAnchors } from "./flow/identity-verification";
import { Outbox } from "./flow/outbox";
import { SiteRecords } from "./flow/records";
import { WizardSessions } from "./flow/wizard-sessions";
import { ChallengeStore } from "./model/challenge-store";

export interface SiteState {
  readonly clock: Clock;
  readonly applications: ApplicationStore;
  readonly outbox: Outbox;
  readonly records: SiteRecords;
  readonly sessions: WizardSessions;
  readonly challenges: ChallengeStore;
  readonly identity: IdentityVerification;
  /** The practice fee payment of a completed application: issues its registration marks. */
  payFee(application: Application): void;
  /** Whether `/__test__/` endpoints answer. */
  readonly testMode: boolean;
}

export function createSiteState(options: {
  clock: Clock;
  anchors: TrustAnchors;
  abandonAfterMs: number;
  testMode: boolean;
}): SiteState {
  const { clock } = options;
  const outbox = new Outbox(clock);
  const records = new SiteRecords(clock);
  const challenges = new ChallengeStore(clock);
  const takenNumbers = new Set<string>();
  const applications = new ApplicationStore(clock, options.abandonAfterMs);
  const identity = new IdentityVerification({
    clock,
    anchors: options.anchors,
    challenges,
    records,
    complete: (application) => {
      challenges.forget(application.id);
      completeApplication(application, { clock, outbox });
    },
  });
  return {
    clock,
    applications,
    outbox,
    records,
    sessions: new WizardSessions(),
    challenges,
    identity,
    payFee: (application) => payFee(application, { clock, outbox, takenNumbers }),
    testMode: options.testMode,
  };
}
