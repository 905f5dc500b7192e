// SPDX-License-Identifier: MIT
/**
 * The "Create from My Number Card" button of the options page's owner list and the popup's profile panel. It asks
 * the background to open the PIN window (card-info PIN); the window reads the card, shows the facts and saves only
 * what the user confirms. `onSaved` runs when the saved profiles change afterwards (to redraw a list).
 */
import browser from "webextension-polyfill";
import { errorText, registerMessages, t } from "../../i18n/translate";
import { ProfileFromCardReplySchema } from "../../protocol/extension";
import { el } from "../../common/dom";
import { PROFILES_KEY } from "../profile-store";
import { FROM_CARD_MESSAGES } from "./from-card-messages";

registerMessages(FROM_CARD_MESSAGES);

export function fromCardButton(id: string, onSaved: () => void): HTMLElement {
  const button = el("button", { type: "button", id }, t("profiles.fromCard"));
  const error = el("p", { class: "alert", role: "alert", hidden: "" });
  button.title = t("profiles.fromCardNote");
  button.addEventListener("click", () => {
    error.hidden = true;
    browser.runtime.sendMessage({ type: "profile-from-card" }).then(
      (raw: unknown) => {
        const reply = ProfileFromCardReplySchema.safeParse(raw);
        const failure = reply.success ? reply.data.error : { code: "EXTENSION_INTERNAL" as const };
        if (failure !== null) {
          error.hidden = false;
          error.textContent = errorText(failure);
          return;
        }
        const onChanged = (changes: Record<string, unknown>, area: string) => {
          if (area !== "local" || !(PROFILES_KEY in changes)) return;
          browser.storage.onChanged.removeListener(onChanged);
          onSaved();
        };
        browser.storage.onChanged.addListener(onChanged);
      },
      () => {
        error.hidden = false;
        error.textContent = errorText({ code: "EXTENSION_INTERNAL" });
      },
    );
  });
  return el("span", {}, button, error);
}
