// SPDX-License-Identifier: MIT
/** Draws a PinWindowView into the PIN window's DOM (all text through textContent; nothing from the page as HTML). */
import type { PinKind } from "../../../shared/pin";
import type { PinWindowView } from "../../../shared/protocol/extension";
import { errorText, t } from "../../i18n/translate";

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

export function renderView(view: PinWindowView): void {
  document.body.dataset.phase = view.phase;
  // The extension itself asked (create a profile from the card): say so rather than show its internal origin.
  byId("origin").textContent = view.operation === "profile-from-card" ? t("pin.origin.extension") : view.origin;
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
  byId("pin-label").textContent = t(`pin.label.${kind}`);
  byId("pin-rule").textContent = t(kind === "sign" ? "pin.rule.sign" : "pin.rule.4digits");
  const status = view.pinStatus;
  byId("tries-left").textContent =
    status === null ? "" : t("pin.triesLeft", { triesLeft: status.triesLeft, maxTries: status.maxTries });
  byId("last-try").hidden = status?.triesLeft !== 1;

  const readForProfile = view.operation === "profile-from-card" && view.phase === "done";
  byId("phase-message").textContent = t(readForProfile ? "pin.phase.readForProfile" : `pin.phase.${view.phase}`);
  showError(view.error === null ? null : errorText(view.error, kind));

  const final = view.phase === "done" || view.phase === "failed";
  byId("pin-form").hidden = final || view.phase === "queued" || view.phase === "checking";
  byId<HTMLButtonElement>("submit").disabled = view.phase !== "ready";
  byId<HTMLInputElement>("pin").disabled = view.phase !== "ready";
  byId("close").hidden = !final;
  if (view.phase === "ready") byId("pin").focus();
}

export function showError(text: string | null): void {
  const element = byId("error");
  element.hidden = text === null;
  element.textContent = text ?? "";
}
