// SPDX-License-Identifier: MIT
/** The diagnostics list: each check with its outcome and, for a problem, the fix in words. */
import { DiagnosticsReplySchema } from "../../protocol/extension";
import browser from "webextension-polyfill";
import { platformHostOs } from "../../common/install-steps";
import { t } from "../../i18n/translate";
import { checkItem, diagnosticsChecks } from "../shared/diagnostics-checks";

/** The readers the card program found, offered as choices for the "reader to use" setting. */
function offerReaders(names: readonly string[]): void {
  document
    .getElementById("reader-names")
    ?.replaceChildren(...names.map((name) => Object.assign(document.createElement("option"), { value: name })));
}

/** Runs the checks into `list`, which is `aria-busy` until they are shown (its height changes then). */
export async function runDiagnosticsView(list: HTMLElement): Promise<void> {
  list.setAttribute("aria-busy", "true");
  list.replaceChildren(Object.assign(document.createElement("li"), { textContent: t("options.diag.running") }));
  try {
    const reply = DiagnosticsReplySchema.parse(await browser.runtime.sendMessage({ type: "diagnostics" }));
    list.replaceChildren(...diagnosticsChecks(reply, await platformHostOs()).map(checkItem));
    offerReaders(reply.status?.readers.map((reader) => reader.name) ?? []);
  } catch {
    list.replaceChildren(checkItem({ ok: false, text: t("options.diag.failed") }));
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}
