// SPDX-License-Identifier: MIT
/**
 * The PIN window: connects to the background with its request id, shows what the background sends, checks the PIN
 * format (and the last-try confirmation) before sending, and clears the field after each attempt. Closing the
 * window cancels the request (the background sees the port close).
 */
import { isWellFormedPin } from "../../../shared/pin";
import {
  BackgroundToPinWindowSchema,
  KEEPALIVE_INTERVAL_MS,
  PORT_NAMES,
  type PinWindowView,
} from "../../protocol/extension";
import { platformHostOs } from "../../common/install-steps";
import { errorText, registerMessages, setLanguage, setPlatformOs, t, translateDocument } from "../../i18n/translate";
import { Countdown } from "./countdown";
import { PIN_READY_MARK, PIN_SUBMITTED_MARK } from "./marks";
import { PIN_MESSAGES } from "./messages";
import type * as ConfirmModule from "./confirm-facts";
import { showInstallHint } from "./install-hint";
import { pinKindOf, renderView, showError } from "./render-view";

registerMessages(PIN_MESSAGES);

type ConfirmModule = typeof ConfirmModule;
/** The confirm-before-save view's module, built on its own (extension/vite.pin-confirm.config.ts). */
const PIN_CONFIRM_MODULE = "assets/pin-window-confirm.js";

function main(): void {
  const requestId = new URLSearchParams(location.search).get("request") ?? "";
  // The browser's own runtime (Firefox has `chrome` too): a port needs no promise wrapping, and leaving
  // webextension-polyfill out spares the window a quarter of the script it must run before it shows the request.
  const port = chrome.runtime.connect({ name: PORT_NAMES.pinWindow });
  let view: PinWindowView | null = null;
  let confirmShown = false;
  const countdown = new Countdown(document.getElementById("countdown")!);
  const keepalive = setInterval(() => port.postMessage({ type: "keepalive" }), KEEPALIVE_INTERVAL_MS);
  port.onMessage.addListener((raw: unknown) => {
    const message = BackgroundToPinWindowSchema.safeParse(raw);
    if (!message.success) return;
    const received = message.data.view;
    // The language comes with the view (the background read the settings), so the window reads no storage before
    // it can show the request.
    if (received.language !== view?.language) {
      setLanguage(received.language);
      translateDocument();
    }
    if (received.phase === "ready" && view?.phase !== "ready") performance.mark(PIN_READY_MARK);
    view = received;
    renderView(received);
    countdown.update(received);
    showInstallHint(received);
    if (received.cardFacts !== undefined && !confirmShown) {
      confirmShown = true;
      const facts = received.cardFacts;
      const language = received.language;
      // By URL, so that it stays a module of its own (vite.pin-confirm.config.ts), loaded only here.
      const url = chrome.runtime.getURL(PIN_CONFIRM_MODULE);
      void (import(/* @vite-ignore */ url) as Promise<ConfirmModule>).then(({ mountConfirmFacts }) =>
        mountConfirmFacts(document.getElementById("from-card")!, facts, language),
      );
    }
  });
  port.onDisconnect.addListener(() => {
    clearInterval(keepalive);
    if (view === null || (view.phase !== "done" && view.phase !== "failed")) window.close();
  });
  port.postMessage({ type: "hello", requestId });
  // Error texts that differ per OS (Windows has no pcscd to start) follow the OS once the browser has told it; an
  // error shown before that is shown again in the OS's words.
  void platformHostOs().then((os) => {
    setPlatformOs(os);
    if (view?.error != null) showError(errorText(view.error, pinKindOf(view)));
  });

  const pinInput = document.getElementById("pin") as HTMLInputElement;
  const confirmBox = document.getElementById("confirm-last-try") as HTMLInputElement;
  document.getElementById("pin-form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    if (view?.phase !== "ready") return;
    const pin = pinInput.value;
    pinInput.value = "";
    pinInput.type = "password";
    if (!isWellFormedPin(pinKindOf(view), pin)) return showError(errorText({ code: "PIN_MALFORMED" }, pinKindOf(view)));
    const lastTry = view.pinStatus?.triesLeft === 1;
    if (lastTry && !confirmBox.checked)
      return showError(errorText({ code: "PIN_LAST_TRY_UNCONFIRMED" }, pinKindOf(view)));
    performance.mark(PIN_SUBMITTED_MARK);
    port.postMessage({ type: "submit", pin, confirmLastTry: lastTry && confirmBox.checked });
    confirmBox.checked = false;
  });
  const cancel = () => port.postMessage({ type: "cancel" });
  document.getElementById("cancel")?.addEventListener("click", cancel);
  document.getElementById("close")?.addEventListener("click", () => window.close());
  // Esc cancels a request still in progress, and closes the window once it has ended (Enter submits the form).
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    if (view === null || view.phase === "done" || view.phase === "failed") window.close();
    else cancel();
  });
  const showPin = document.getElementById("show-pin") as HTMLButtonElement;
  showPin.addEventListener("click", () => {
    const shown = pinInput.type === "password";
    pinInput.type = shown ? "text" : "password";
    showPin.setAttribute("aria-pressed", String(shown));
    showPin.textContent = t(shown ? "pin.hide" : "pin.show");
    pinInput.focus();
  });
}

main();
