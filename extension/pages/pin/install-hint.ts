// SPDX-License-Identifier: MIT
/** Under a HOST_NOT_FOUND error, the PIN window says how to install the host on this OS (common/install-steps.ts). */
import type { PinWindowView } from "../../protocol/extension";
import { installStep, platformHostOs, type HostOs } from "../../common/install-steps";
import { withDownloadLink } from "../shared/download-link";

let hostOs: Promise<HostOs | null> | undefined;

export function showInstallHint(view: PinWindowView): void {
  const element = document.getElementById("install-step");
  if (element === null) return;
  const missing = view.error?.code === "HOST_NOT_FOUND";
  element.hidden = !missing;
  if (!missing) return;
  hostOs ??= platformHostOs();
  void hostOs.then((os) => element.replaceChildren(...withDownloadLink(installStep(os, view.language))));
}
