// SPDX-License-Identifier: MIT
/**
 * The first-run guide (opened on install, and from the popup and the options page): host, smart-card service,
 * reader, card and certificate, each shown as it passes with the exact fix where one fails; at the end, "create
 * from My Number Card". The checks are the diagnostics' own (the host's `status`): no PIN try is ever spent.
 */
import browser from "webextension-polyfill";
import { DiagnosticsReplySchema } from "../../protocol/extension";
import { platformHostOs } from "../../common/install-steps";
import { registerMessages, t } from "../../i18n/translate";
import { el } from "../../common/dom";
import { fromCardButton } from "../../profiles/ui/from-card-button";
import { diagnosticsChecks } from "../shared/diagnostics-checks";
import { withDownloadLink } from "../shared/download-link";
import { readSettings, saveUserSettings } from "../../settings/settings-store";
import { initLanguage } from "../shared/init-language";
import { showPageFailure } from "../shared/show-page-failure";
import { GUIDE_MESSAGES } from "./guide-messages";
import { allPassed, guideSteps, type GuideStep } from "./guide-steps";

registerMessages(GUIDE_MESSAGES);

const MARKS = { ok: "✔ ", failed: "✖ ", waiting: "… " } as const;

function stepItem(step: GuideStep): HTMLElement {
  const item = el(
    "li",
    { "data-step": step.id, "data-state": step.state },
    el(
      "span",
      { class: step.state === "ok" ? "ok" : step.state === "failed" ? "bad" : "muted", "aria-hidden": "true" },
      MARKS[step.state],
    ),
    // The mark's meaning in words, for those who do not see the glyph or its colour.
    el("span", { class: "visually-hidden" }, `${t(`guide.state.${step.state}`)}: `),
    el("strong", {}, t(`guide.step.${step.id}`)),
    " ",
    step.state === "waiting" ? t("guide.waiting") : step.text,
  );
  if (step.fix !== undefined) item.append(el("div", { class: "fix" }, ...withDownloadLink(step.fix)));
  return item;
}

async function runGuide(list: HTMLElement, profile: HTMLElement): Promise<void> {
  list.setAttribute("aria-busy", "true");
  list.replaceChildren(el("li", {}, t("guide.checking")));
  profile.hidden = true;
  try {
    const reply = DiagnosticsReplySchema.parse(await browser.runtime.sendMessage({ type: "diagnostics" }));
    const steps = guideSteps(diagnosticsChecks(reply, await platformHostOs()));
    list.replaceChildren(...steps.map(stepItem));
    profile.hidden = !allPassed(steps);
  } catch {
    list.replaceChildren(el("li", { "data-state": "failed" }, t("guide.failedToRun")));
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}

/** The coexistence notice, first on the page while DIPS Companion steps aside for the official app. */
async function showCoexistence(): Promise<void> {
  const { settings, managedKeys } = await readSettings();
  const notice = document.getElementById("guide-coexistence");
  const button = document.getElementById("guide-choose-companion");
  if (notice === null || button === null || settings.coexistence !== "step-aside") return;
  notice.hidden = false;
  button.hidden = managedKeys.has("coexistence");
  button.addEventListener("click", () => {
    void saveUserSettings({ coexistence: "answer" }).then(() => {
      button.hidden = true;
      const text = document.getElementById("guide-coexistence-text");
      if (text !== null) text.textContent = t("guide.companionChosen");
    });
  });
}

async function main(): Promise<void> {
  await initLanguage();
  await showCoexistence();
  const list = document.getElementById("guide-steps");
  const profile = document.getElementById("guide-profile");
  if (list === null || profile === null) throw new Error("guide page elements missing");
  document.getElementById("guide-profile-button")?.append(fromCardButton("guide-from-card", () => undefined));
  document.getElementById("guide-recheck")?.addEventListener("click", () => void runGuide(list, profile));
  await runGuide(list, profile);
}

main().catch((error: unknown) => showPageFailure(error));
