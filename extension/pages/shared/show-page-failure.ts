// SPDX-License-Identifier: MIT
/** An extension page (or a section of one) that failed to start says so with the catalogue's text, not a blank. */
import { toCompanionError } from "../../../shared/errors/companion-error";
import { errorText } from "../../i18n/translate";

export function showPageFailure(error: unknown, container: HTMLElement = document.body): void {
  const alert = Object.assign(document.createElement("p"), {
    className: "alert",
    textContent: errorText(toCompanionError(error, "EXTENSION_INTERNAL").toWire()),
  });
  alert.setAttribute("role", "alert");
  container.prepend(alert);
}
