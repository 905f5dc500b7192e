// SPDX-License-Identifier: MIT
/**
 * Entry of the confirmation page's script: "Apply for registration" → confirmation modal → e-mail arrival wait
 * (polling; advances by itself once the mailed URL was opened) → the card steps. While an application is open the
 * page keeps polling (a sign of life for the server) and tells the server when it goes away, which discards it.
 */
import { startCardSteps } from "./card-steps";
import { readFlowConfig, type FlowConfig } from "./flow-config";
import { closeModal, showModal } from "./modal";
import { siteApi, type ApplicationStatus } from "./site-api";

const POLL_MS = 1000;

function waitForEmail(config: FlowConfig, id: string, onConfirmed: () => void): void {
  const t = config.texts;
  showModal({
    id: "email-waiting",
    paragraphs: [t.emailWaiting],
    buttons: [
      {
        id: "email-cancel",
        label: t.cancel,
        secondary: true,
        onClick: () => void siteApi.cancel(id).then(() => location.reload()),
      },
    ],
  });
  const poll = async (): Promise<void> => {
    let status: ApplicationStatus;
    try {
      status = await siteApi.status(id);
    } catch {
      setTimeout(() => void poll(), POLL_MS);
      return;
    }
    if (status.state === "awaiting-email") setTimeout(() => void poll(), POLL_MS);
    else if (status.state === "discarded") showModal({ id: "discarded", error: t.discarded });
    else onConfirmed();
  };
  void poll();
}

/** Keeps telling the server the page is alive; stops when the application is no longer open. */
function heartbeat(id: string, isDone: () => boolean): void {
  const beat = () => {
    if (isDone()) return;
    siteApi.status(id).then(
      () => setTimeout(beat, POLL_MS * 2),
      () => setTimeout(beat, POLL_MS * 2),
    );
  };
  beat();
}

function main(): void {
  const config = readFlowConfig();
  const applyButton = document.getElementById("apply");
  applyButton?.addEventListener("click", () => {
    showModal({
      id: "apply-confirm",
      paragraphs: [config.texts.applyConfirm],
      buttons: [
        { id: "apply-ok", label: config.texts.ok, onClick: () => void apply(config) },
        { id: "apply-cancel", label: config.texts.cancel, secondary: true, onClick: closeModal },
      ],
    });
  });
}

async function apply(config: FlowConfig): Promise<void> {
  const { id } = await siteApi.apply();
  document.body.dataset.applicationId = id;
  let finished = false;
  window.addEventListener("pagehide", () => {
    if (!finished) siteApi.abandonBeacon(id);
  });
  heartbeat(id, () => finished);
  waitForEmail(config, id, () =>
    startCardSteps(config, id, (completeUrl) => {
      finished = true;
      location.assign(completeUrl);
    }),
  );
}

main();
