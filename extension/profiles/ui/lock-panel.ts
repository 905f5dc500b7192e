// SPDX-License-Identifier: MIT
/** The passphrase lock controls: set (or change) the passphrase, unlock, lock now, remove the lock. */
import { toCompanionError } from "../../../shared/errors/companion-error";
import { errorText, t } from "../../i18n/translate";
import { loadManagedPolicy } from "../../settings/managed-store";
import { el } from "../../common/dom";
import type { LockState, ProfileStore } from "../profile-store";

/** Shorter passphrases are refused before any key derivation. */
export const MIN_PASSPHRASE_LENGTH = 8;

export function renderLockPanel(
  container: HTMLElement,
  store: ProfileStore,
  state: LockState,
  changed: () => void,
): void {
  const input = el("input", {
    type: "password",
    id: "profiles-passphrase",
    autocomplete: "new-password",
    "aria-label": t("profiles.passphrase"),
  });
  const message = el("p", { id: "profiles-lock-message", role: "alert", class: "alert", hidden: "" });
  const fail = (text: string) => {
    message.hidden = false;
    message.textContent = text;
  };
  /** A button running `action`; `refusal` (checked first) returns a message when the input cannot be used. */
  const act = (id: string, label: string, action: () => Promise<void>, refusal: () => string | null = () => null) => {
    const button = el("button", { type: "button", id }, label);
    button.addEventListener("click", () => {
      const refused = refusal();
      if (refused !== null) return fail(refused);
      button.disabled = true;
      action().then(changed, (error: unknown) => {
        button.disabled = false;
        fail(errorText(toCompanionError(error).toWire()));
      });
    });
    return button;
  };
  const setPassphrase = act(
    "profiles-set-passphrase",
    t("profiles.setPassphrase"),
    () => store.setPassphrase(input.value),
    () => (input.value.length < MIN_PASSPHRASE_LENGTH ? t("profiles.passphraseShort") : null),
  );
  const status = { plain: "profiles.lockOff", locked: "profiles.lockOn", unlocked: "profiles.lockUnlocked" } as const;
  const buttons =
    state === "locked"
      ? [act("profiles-unlock", t("profiles.unlock"), () => store.unlock(input.value))]
      : state === "unlocked"
        ? [
            setPassphrase,
            act("profiles-lock-now", t("profiles.lockNow"), () => store.lock()),
            act("profiles-remove-lock", t("profiles.removeLock"), () => store.removePassphrase()),
          ]
        : [setPassphrase];
  const required = el("p", { id: "profiles-lock-required", class: "alert", hidden: "" }, t("policy.lockRequired"));
  void loadManagedPolicy().then((policy) => {
    if (!policy.passphraseLockRequired) return;
    required.hidden = false;
    buttons.find((button) => button.id === "profiles-remove-lock")?.remove();
  });
  container.replaceChildren(
    el("h3", {}, t("profiles.lock")),
    required,
    el("p", { id: "profiles-lock-state", "data-state": state }, t(status[state])),
    el("div", { class: "row" }, input, ...buttons),
    message,
  );
}
