// SPDX-License-Identifier: MIT
/**
 * ① precautions and the choice of reader or smartphone, ② electronic signature (mode 02), ③ re-signature after
 * the owner data were replaced with the card's, ④ user authentication (mode 01) over the server's challenge.
 * A failed card read or a refusal is shown with the message, and the step can be tried again.
 */
import type { PageReply } from "../../../extension/protocol/page";
import { cardAppDetected, launchApp, supportedPlatform } from "./card-app";
import type { FlowConfig } from "./flow-config";
import { listNode, showModal } from "./modal";
import { qrPlaceholder } from "./qr-placeholder";
import { siteApi, type Outcome } from "./site-api";

type Finish = (completeUrl: string) => void;

/** The text shown when the card app did not give the expected success reply. */
function failure(config: FlowConfig, reply: PageReply | null): string {
  const message = reply?.result === "1" ? reply.message : "";
  return message ? `${config.texts.appFailed}: ${message}` : config.texts.appFailed;
}

export function startCardSteps(config: FlowConfig, id: string, finish: Finish): void {
  const t = config.texts;
  const readerAvailable = cardAppDetected() && supportedPlatform();
  document.body.dataset.readerPath = readerAvailable ? "offered" : "not-offered";
  const buttons = [
    { id: "read-with-smartphone", label: t.smartphonePath, secondary: true, onClick: () => smartphone(config, id) },
  ];
  if (readerAvailable)
    buttons.unshift({
      id: "read-with-reader",
      label: t.readerPath,
      secondary: false,
      onClick: () => sign(config, id, finish, "sign"),
    });
  showModal({
    id: "precautions",
    title: t.precautionsTitle,
    steps: t.identitySteps,
    step: 0,
    paragraphs: [...t.precautions, t.chooseMethod, ...(readerAvailable ? [] : [t.readerUnavailable])],
    buttons,
  });
}

function smartphone(config: FlowConfig, id: string): void {
  const t = config.texts;
  showModal({
    id: "smartphone",
    title: t.signTitle,
    steps: t.identitySteps,
    step: 1,
    paragraphs: [t.smartphoneLead, t.doNotClose],
    extra: [qrPlaceholder(id, t.sessionCode)],
  });
}

/** ② (step "sign") or ③ (step "resign"): the OK button asks the card app for a mode-02 signature. */
function sign(
  config: FlowConfig,
  id: string,
  finish: Finish,
  step: "sign" | "resign",
  error?: string,
  replaced: readonly string[] = [],
): void {
  const t = config.texts;
  const resign = step === "resign";
  showModal({
    id: step,
    title: resign ? t.resignTitle : t.signTitle,
    steps: t.identitySteps,
    step: resign ? 2 : 1,
    paragraphs: resign ? [...t.resignLead] : [t.signLead, t.doNotClose],
    extra: resign ? [listNode(replaced, "replaced-fields")] : [],
    ...(error === undefined ? {} : { error }),
    buttons: [
      {
        id: error === undefined ? `${step}-ok` : "retry",
        label: error === undefined ? t.ok : t.retry,
        onClick: () => void runSign(config, id, finish, step, replaced),
      },
    ],
  });
}

async function runSign(
  config: FlowConfig,
  id: string,
  finish: Finish,
  step: "sign" | "resign",
  replaced: readonly string[],
): Promise<void> {
  const t = config.texts;
  showModal({ id: `${step}-working`, paragraphs: [t.working] });
  const request = await siteApi.signRequest(id);
  const reply = await launchApp({ mode: "02", digest: [request.digest] }).catch(() => null);
  if (reply?.result !== "0" || reply.mode !== "02")
    return sign(config, id, finish, step, failure(config, reply), replaced);
  const outcome: Outcome = await siteApi.submitSignature(id, reply);
  if (!outcome.ok) return sign(config, id, finish, step, outcome.message, replaced);
  if (outcome.next === "resign") {
    const names = outcome.replaced.map((field) => t.fieldNames[field]);
    return sign(config, id, finish, "resign", undefined, [`${t.replacedFields}: ${names.join("、")}`, t.resignReady]);
  }
  authenticate(config, id, finish);
}

/** ④: the OK button fetches a fresh challenge and asks the card app for a mode-01 signature over it. */
function authenticate(config: FlowConfig, id: string, finish: Finish, error?: string): void {
  const t = config.texts;
  showModal({
    id: "authenticate",
    title: t.authTitle,
    steps: t.identitySteps,
    step: 3,
    paragraphs: [t.authLead, t.doNotClose],
    ...(error === undefined ? {} : { error }),
    buttons: [
      {
        id: error === undefined ? "authenticate-ok" : "retry",
        label: error === undefined ? t.ok : t.retry,
        onClick: () => void runAuthenticate(config, id, finish),
      },
    ],
  });
}

async function runAuthenticate(config: FlowConfig, id: string, finish: Finish): Promise<void> {
  const t = config.texts;
  showModal({ id: "authenticate-working", paragraphs: [t.working] });
  const challenge = await siteApi.challenge(id);
  const reply = await launchApp({ mode: "01", digest: challenge.digest }).catch(() => null);
  if (reply?.result !== "0" || reply.mode !== "01") return authenticate(config, id, finish, failure(config, reply));
  const outcome = await siteApi.submitAuthentication(id, challenge.challengeId, reply);
  if (!outcome.ok) return authenticate(config, id, finish, outcome.message);
  finish(outcome.completeUrl);
}
