// SPDX-License-Identifier: MIT
/**
 * The pre-check window: which of name, address and birth date differ between the card and the profile used on the
 * page, and a button that updates the profile to the card's data.
 */
import { toCompanionError } from "../../../shared/errors/companion-error";
import { errorText, registerMessages, t } from "../../i18n/translate";
import { el, ownerTitle } from "../../common/dom";
import { ProfileStore } from "../../profiles/profile-store";
import { sessionArea } from "../../vault/storage-area";
import { initLanguage } from "../shared/init-language";
import { showPageFailure } from "../shared/show-page-failure";
import { applyHolder } from "./apply-holder";
import { holderDifferences } from "../../common/compare-holder";
import { dropPendingPrecheck, loadPendingPrecheck } from "../../common/pending-precheck";
import { PRECHECK_MESSAGES } from "./precheck-messages";

registerMessages(PRECHECK_MESSAGES);

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`precheck element #${id} missing`);
  return element;
};

async function main(): Promise<void> {
  await initLanguage();
  byId("precheck-close").addEventListener("click", () => window.close());
  const status = byId("precheck-status");
  const id = new URLSearchParams(location.search).get("id") ?? "";
  const session = sessionArea();
  const pending = await loadPendingPrecheck(session, id);
  const store = new ProfileStore();
  const set = pending && (await store.load());
  const owner = set?.owners.find((candidate) => candidate.id === pending?.ownerId);
  if (!pending || !set || owner?.kind !== "individual") return void (status.textContent = t("precheck.none"));

  byId("precheck-intro").textContent = t("precheck.intro", { owner: ownerTitle(owner) });
  byId("precheck-rows").replaceChildren(
    ...holderDifferences(owner, pending.holder).map(({ field, card, profile }) =>
      el(
        "tr",
        { "data-field": field },
        el("th", {}, t(`precheck.field.${field}`)),
        el("td", {}, card),
        el("td", {}, profile),
      ),
    ),
  );
  byId("precheck-table").hidden = false;
  const update = byId("precheck-update") as HTMLButtonElement;
  update.hidden = false;
  update.addEventListener("click", () => {
    update.disabled = true;
    const updated = applyHolder(owner, pending.holder);
    store
      .save({ ...set, owners: set.owners.map((candidate) => (candidate.id === owner.id ? updated : candidate)) })
      .then(() => dropPendingPrecheck(session, id))
      .then(
        () => {
          status.textContent = t("precheck.updated");
          status.dataset.updated = "true";
        },
        (error: unknown) => {
          update.disabled = false;
          status.textContent = errorText(toCompanionError(error, "EXTENSION_INTERNAL").toWire());
        },
      );
  });
}

main().catch((error: unknown) => showPageFailure(error));
