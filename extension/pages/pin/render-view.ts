// SPDX-License-Identifier: MIT
/** Draws a PinWindowView into the PIN window's DOM (all text through textContent; nothing from the page as HTML). */
import type { PinKind } from "../../../shared/pin";
import type { PinWindowView } from "../../protocol/extension";
import { errorText, t } from "../../i18n/translate";
import { knownSite } from "./site-name";

const PIN_KIND_OF = {
  sign: "sign",
  authenticate: "auth",
  "card-info": "card-info",
  "profile-from-card": "card-info",
} as const satisfies Record<PinWindowView["operation"], PinKind>;

export function pinKindOf(view: PinWindowView): PinKind {
  return PIN_KIND_OF[view.operation];
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`PIN window element #${id} missing`);
  return element as T;
}

/** DIPS-REG's own name of the step this request is, or null (card-info reads and the extension's own requests). */
function stepKey(view: PinWindowView): string | null {
  if (view.operation === "sign") return view.signAgain === true ? "pin.step.signAgain" : "pin.step.sign";
  return view.operation === "authenticate" ? "pin.step.authenticate" : null;
}

/** The first line: what is signed (or read) and for whom. */
function renderLead(view: PinWindowView): void {
  const site = knownSite(view.origin);
  byId("lead").textContent = t(`pin.lead.${view.operation}`, {
    site: site === null ? t("pin.site.unknown") : t(`pin.site.${site}`),
    count: view.digestFingerprints.length,
  });
  const siteName = byId("site-name");
  siteName.hidden = site === null;
  siteName.textContent = site === null ? "" : t(`pin.siteName.${site}`);
  // The extension itself asked (create a profile from the card): say so rather than show its internal origin.
  byId("origin").textContent = view.operation === "profile-from-card" ? t("pin.origin.extension") : view.origin;
  const step = stepKey(view);
  byId("step").hidden = step === null;
  byId("step").textContent = step === null ? "" : t(step);
  byId("step-reason").hidden = view.signAgain !== true;
  byId("step-reason").textContent = view.signAgain === true ? t("pin.step.signAgainReason") : "";
}

export function renderView(view: PinWindowView): void {
  document.body.dataset.phase = view.phase;
  renderLead(view);
  byId("operation").textContent = t(`pin.op.${view.operation}`);

  const signing = view.operation === "sign";
  byId("signed-data").hidden = !signing;
  if (signing) {
    byId("digest-count").textContent = t("pin.digestCount", { count: view.digestFingerprints.length });
    byId("fingerprints").replaceChildren(
      ...view.digestFingerprints.map((fingerprint) =>
        Object.assign(document.createElement("li"), { textContent: fingerprint }),
      ),
    );
    byId("owner-name").textContent = view.pageSummary.ownerName ?? t("pin.notShown");
    byId("ua-serials").textContent =
      view.pageSummary.uaSerialNumbers.length > 0 ? view.pageSummary.uaSerialNumbers.join(", ") : t("pin.notShown");
  }

  const kind = pinKindOf(view);
  const pin = byId<HTMLInputElement>("pin");
  byId("pin-label").textContent = t(`pin.label.${kind}`);
  byId("pin-rule").textContent = t(kind === "sign" ? "pin.rule.sign" : "pin.rule.4digits");
  // A 4-digit PIN gets the number pad on touch keyboards and no more than 4 characters; the password up to 16.
  pin.inputMode = kind === "sign" ? "text" : "numeric";
  pin.maxLength = kind === "sign" ? 16 : 4;
  byId("show-pin").hidden = kind !== "sign";
  const status = view.pinStatus;
  byId("tries-left").textContent =
    status === null ? "" : t("pin.triesLeft", { count: status.triesLeft, maxTries: status.maxTries });
  byId("last-try").hidden = status?.triesLeft !== 1;

  const readForProfile = view.operation === "profile-from-card" && view.phase === "done";
  byId("phase-message").textContent = t(readForProfile ? "pin.phase.readForProfile" : `pin.phase.${view.phase}`);
  showError(view.error === null ? null : errorText(view.error, kind));

  const final = view.phase === "done" || view.phase === "failed";
  byId("pin-form").hidden = final || view.phase === "queued" || view.phase === "checking";
  byId<HTMLButtonElement>("submit").disabled = view.phase !== "ready";
  pin.disabled = view.phase !== "ready";
  byId("close").hidden = !final;
  if (view.phase === "ready") pin.focus();
}

export function showError(text: string | null): void {
  const element = byId("error");
  element.hidden = text === null;
  element.textContent = text ?? "";
}
