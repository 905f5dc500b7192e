// SPDX-License-Identifier: MIT
/**
 * The options page's organisation-policy section: which keys the policy fixes (with their values), whom to ask,
 * and the profiles it pushes, read-only. Also the one text every locked control shows as its reason.
 */
import { el, ownerTitle, uaTitle } from "../../common/dom";
import { t } from "../../i18n/translate";
import type { ManagedPolicy } from "../../settings/managed-policy";

/** Why a control is locked, with the admin's contact note when the policy gives one. */
export function lockedReason(policy: ManagedPolicy): string {
  const reason = t("policy.lockedReason");
  return policy.adminNote === null ? reason : `${reason} ${t("policy.contact", { note: policy.adminNote })}`;
}

/** The policy's keys as shown to the user (values of settings; a flag or count for the policy-only keys). */
export function policyEntries(policy: ManagedPolicy): { key: string; value: string }[] {
  const entries = Object.entries(policy.settings).map(([key, value]) => ({
    key,
    value: Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value),
  }));
  if (policy.exportDisabled) entries.push({ key: "exportDisabled", value: "true" });
  if (policy.passphraseLockRequired) entries.push({ key: "passphraseLockRequired", value: "true" });
  const { owners, uas } = policy.profiles;
  if (owners.length + uas.length > 0)
    entries.push({ key: "profiles", value: `owners ${owners.length}, UAs ${uas.length}` });
  return entries;
}

export function renderPolicySection(container: HTMLElement, policy: ManagedPolicy): void {
  const entries = policyEntries(policy);
  const children: HTMLElement[] = [el("h2", {}, t("policy.title"))];
  if (entries.length === 0) {
    children.push(el("p", { class: "muted", id: "policy-none" }, t("policy.none")));
  } else {
    children.push(
      el("p", {}, t("policy.active")),
      el(
        "dl",
        { id: "policy-keys" },
        ...entries.flatMap(({ key, value }) => [
          el("dt", {}, t(`policy.key.${key}`)),
          el("dd", { "data-policy-key": key }, value),
        ]),
      ),
    );
  }
  if (policy.adminNote !== null)
    children.push(el("p", { id: "policy-contact" }, t("policy.contact", { note: policy.adminNote })));
  if (policy.rejectedKeys.length > 0)
    children.push(
      el(
        "p",
        { class: "alert", id: "policy-rejected" },
        t("policy.rejected", { keys: policy.rejectedKeys.join(", ") }),
      ),
    );
  const { owners, uas } = policy.profiles;
  if (owners.length + uas.length > 0) {
    const item = (id: string, title: string) =>
      el(
        "li",
        { "data-id": id, "data-managed": "true" },
        title,
        " ",
        el("span", { class: "muted" }, t("policy.readOnly")),
      );
    children.push(
      el("h3", {}, t("policy.profiles")),
      el(
        "ul",
        { id: "policy-profiles" },
        ...owners.map((owner) => item(owner.id, ownerTitle(owner))),
        ...uas.map((ua) => item(ua.id, uaTitle(ua))),
      ),
    );
  }
  container.replaceChildren(...children);
}
