// SPDX-License-Identifier: MIT
/** Completion (STEP 06): a registration mark per UA, the fee, and the fee e-mail to the owner. */
import type { Clock } from "../clock";
import { MAIL_TEXTS } from "../i18n/mail-texts";
import { registrationFeeYen } from "../model/fee";
import { issueRegistrationNumber } from "../model/registration-number";
import type { Application } from "./application";
import type { Outbox } from "./outbox";

export function completeApplication(
  application: Application,
  deps: { clock: Clock; outbox: Outbox; takenNumbers: Set<string> },
): void {
  application.registrationNumbers = application.data.uas.map(() => issueRegistrationNumber(deps.takenNumbers));
  application.feeYen = registrationFeeYen(application.data.uas.length);
  application.state = "completed";
  application.completedAt = deps.clock.now();
  const texts = MAIL_TEXTS[application.lang];
  deps.outbox.send({
    kind: "fee",
    applicationId: application.id,
    to: application.data.owner.email,
    subject: texts.feeSubject,
    body: texts.feeBody({
      applicationId: application.id,
      marks: application.registrationNumbers,
      feeYen: application.feeYen,
    }),
  });
}
