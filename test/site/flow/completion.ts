// SPDX-License-Identifier: MIT
/**
 * Completion (STEP 06) and the fee payment after it. As on DIPS-REG, completion issues no registration mark: the
 * owner gets a mail about the fee, and the marks are issued once the fee is paid (here on the practice payment page
 * the fee mail links to). The paid day is the registration date.
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock";
import { MAIL_TEXTS } from "../i18n/mail-texts";
import { registrationFeeYen } from "../model/fee";
import { issueRegistrationNumber } from "../model/registration-number";
import type { Application } from "./application";
import type { Outbox } from "./outbox";

export function completeApplication(application: Application, deps: { clock: Clock; outbox: Outbox }): void {
  application.feeYen = registrationFeeYen(application.data.uas.length);
  application.state = "completed";
  application.completedAt = deps.clock.now();
  application.paymentToken = randomBytes(24).toString("base64url");
  const texts = MAIL_TEXTS[application.lang];
  deps.outbox.send({
    kind: "fee",
    applicationId: application.id,
    to: application.data.owner.email,
    subject: texts.feeSubject,
    body: texts.feeBody({ applicationId: application.id, feeYen: application.feeYen }),
    link: `/payment/${application.paymentToken}`,
  });
}

/** The fee is paid: one mark per UA, the registration date, and the mail that tells the owner. */
export function payFee(
  application: Application,
  deps: { clock: Clock; outbox: Outbox; takenNumbers: Set<string> },
): void {
  application.registrationNumbers = application.data.uas.map(() => issueRegistrationNumber(deps.takenNumbers));
  application.paidAt = deps.clock.now();
  application.paymentToken = null;
  const texts = MAIL_TEXTS[application.lang];
  deps.outbox.send({
    kind: "registered",
    applicationId: application.id,
    to: application.data.owner.email,
    subject: texts.registeredSubject,
    body: texts.registeredBody({ applicationId: application.id, marks: application.registrationNumbers }),
    link: "/registered-uas",
  });
}
