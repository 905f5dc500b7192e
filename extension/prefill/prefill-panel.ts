// SPDX-License-Identifier: MIT
/**
 * The popup's prefill panel: pick an owner and UAs, fill the current tab (allowlisted origins only), and show what
 * was filled and what the page lacks. Never submits. Unlocks the profiles first when the lock is on.
 */
import browser from "webextension-polyfill";
import { toCompanionError } from "../../shared/errors/companion-error";
import { normalizeOrigin } from "../settings/model/settings";
import { currentLanguage, errorText, registerMessages, t } from "../i18n/translate";
import { ProfileStore } from "../profiles/profile-store";
import { sessionArea } from "../vault/storage-area";
import { readSettings } from "../settings/settings-store";
import { mergeManagedProfiles } from "../settings/managed-policy";
import { loadManagedPolicy } from "../settings/managed-store";
import { buildPlanEntries } from "./build-plan";
import { describeFieldPath } from "./field-names";
import { prefillTab } from "./inject-prefill";
import { recordLastPrefill } from "./last-prefill";
import type { PrefillReport } from "./prefill-plan";
import { overridesForUrl } from "./selector-overrides";
import { el, ownerTitle, uaTitle } from "../profiles/panel-dom";
import { PREFILL_MESSAGES } from "./prefill-messages";
import { teachSection } from "./teach-panel";

registerMessages(PREFILL_MESSAGES);

/** The tab to fill: `?tab=<id>` (tests open the popup as a page), else the active tab. */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

function renderReport(output: HTMLElement, report: PrefillReport): void {
  const list = (title: string, paths: readonly string[], id: string) =>
    paths.length === 0
      ? []
      : [
          el("p", {}, title),
          el(
            "ul",
            { id },
            ...paths.map((path) => el("li", { "data-path": path }, describeFieldPath(path, currentLanguage()))),
          ),
        ];
  output.replaceChildren(
    el(
      "p",
      { id: "prefill-filled", "data-count": String(report.filled.length) },
      t("prefill.filled", { count: report.filled.length }),
    ),
    ...list(t("prefill.notFound"), report.notFound, "prefill-not-found"),
    ...list(t("prefill.noOption"), report.noMatchingOption, "prefill-no-option"),
    ...(report.refused.length === 0
      ? []
      : [
          el("p", {}, t("prefill.refused")),
          el(
            "ul",
            { id: "prefill-refused" },
            ...report.refused.map((refusal) =>
              el(
                "li",
                { "data-path": refusal.path, "data-reason": refusal.reason },
                `${describeFieldPath(refusal.path, currentLanguage())}（${refusal.control}）: ${t(`prefill.reason.${refusal.reason}`)}`,
              ),
            ),
          ),
        ]),
  );
}

function renderUnlock(container: HTMLElement, store: ProfileStore): void {
  const input = el("input", { type: "password", id: "prefill-passphrase", "aria-label": t("prefill.passphrase") });
  const error = el("p", { class: "alert", role: "alert", hidden: "" });
  const button = el("button", { type: "button", id: "prefill-unlock" }, t("prefill.unlock"));
  button.addEventListener("click", () => {
    store.unlock(input.value).then(
      () => mountPrefillPanel(container),
      (failure: unknown) => {
        error.hidden = false;
        error.textContent = errorText(toCompanionError(failure).toWire());
      },
    );
  });
  container.replaceChildren(
    el("h2", {}, t("prefill.title")),
    el("p", {}, t("prefill.locked")),
    el("div", { class: "row" }, input, button),
    error,
  );
}

/** Renders the panel into the popup's mount point. */
export async function mountPrefillPanel(container: HTMLElement): Promise<void> {
  const store = new ProfileStore();
  if ((await store.lockState()) === "locked") return renderUnlock(container, store);
  const [userSet, tab, { settings }, policy] = await Promise.all([
    store.load(),
    targetTab(),
    readSettings(),
    loadManagedPolicy(),
  ]);
  // The organisation's profiles come first; they are read-only (never saved back to the user's set).
  const set = mergeManagedProfiles(userSet, policy.profiles);
  const heading = el("h2", {}, t("prefill.title"));
  const origin = tab?.url === undefined ? null : normalizeOrigin(tab.url);
  if (tab?.id === undefined || origin === null || !settings.allowlist.includes(origin)) {
    return void container.replaceChildren(
      heading,
      el("p", { class: "muted", id: "prefill-status" }, t("prefill.notAllowed")),
    );
  }
  if (set.owners.length === 0) {
    return void container.replaceChildren(
      heading,
      el("p", { class: "muted", id: "prefill-status" }, t("prefill.noProfiles")),
    );
  }
  const ownerSelect = el("select", { id: "prefill-owner", "aria-label": t("prefill.owner") });
  ownerSelect.append(...set.owners.map((owner) => el("option", { value: owner.id }, ownerTitle(owner))));
  const uaBoxes = set.uas.map((ua) => el("input", { type: "checkbox", value: ua.id, id: `prefill-ua-${ua.id}` }));
  const chosenOrder: string[] = [];
  for (const box of uaBoxes) {
    box.addEventListener("change", () => {
      const at = chosenOrder.indexOf(box.value);
      if (at >= 0) chosenOrder.splice(at, 1);
      if (box.checked) chosenOrder.push(box.value);
    });
  }
  const uaList = el(
    "ul",
    { id: "prefill-uas" },
    ...set.uas.map((ua, i) => el("li", {}, el("label", {}, uaBoxes[i]!, " ", uaTitle(ua)))),
  );
  const fill = el("button", { type: "button", class: "primary", id: "prefill-fill" }, t("prefill.fill"));
  const output = el("div", { id: "prefill-report", role: "status" });
  const tabId = tab.id;
  fill.addEventListener("click", () => {
    const owner = set.owners.find((candidate) => candidate.id === ownerSelect.value);
    if (!owner) return;
    const uas = chosenOrder.flatMap((id) => set.uas.filter((ua) => ua.id === id));
    const plan = {
      entries: buildPlanEntries(owner, uas),
      overrides: overridesForUrl(settings.prefillSelectors, tab.url ?? ""),
      language: currentLanguage(),
    };
    prefillTab(tabId, plan)
      .then(async (report) => {
        await recordLastPrefill(sessionArea(), tabId, { ownerId: owner.id, origin });
        renderReport(output, report);
      })
      .catch((failure: unknown) => {
        output.replaceChildren(
          el("p", { class: "alert" }, t("prefill.failed", { reason: errorText(toCompanionError(failure).toWire()) })),
        );
      });
  });
  container.replaceChildren(
    heading,
    el("div", { class: "row" }, el("label", { for: "prefill-owner" }, t("prefill.owner")), ownerSelect),
    el("p", { class: "muted" }, t("prefill.uas")),
    uaList,
    el("div", { class: "row" }, fill),
    output,
    teachSection(tabId),
  );
}
