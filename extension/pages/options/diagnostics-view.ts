// SPDX-License-Identifier: MIT
/** The diagnostics list: each check with its outcome and, for a problem, the fix in words. */
import type { ErrorCode } from "../../../shared/errors/catalogue";
import { DiagnosticsReplySchema, type DiagnosticsReply } from "../../../shared/protocol/extension";
import { PRODUCT_VERSION } from "../../../shared/version";
import browser from "webextension-polyfill";
import { errorText, t } from "../../i18n/translate";

interface Check {
  readonly ok: boolean;
  readonly text: string;
  /** What the user can do about a problem. */
  readonly fix?: string;
}

const fixFor = (code: ErrorCode): string => errorText({ code });

export function diagnosticsChecks(reply: DiagnosticsReply): Check[] {
  const checks: Check[] = [];
  const { status } = reply;
  if (status === null) {
    checks.push({
      ok: false,
      text: t("options.diag.hostMissing"),
      fix: errorText(reply.error ?? { code: "HOST_NOT_FOUND" }),
    });
  } else {
    const sameVersion = status.hostVersion === PRODUCT_VERSION;
    checks.push({
      ok: sameVersion,
      text: t("options.diag.host", { version: status.hostVersion }),
      ...(sameVersion ? {} : { fix: t("options.diag.hostVersionMismatch", { expected: PRODUCT_VERSION }) }),
    });
    checks.push(
      status.pcscRunning
        ? { ok: true, text: t("options.diag.pcsc") }
        : { ok: false, text: t("options.diag.pcscDown"), fix: fixFor("PCSC_UNAVAILABLE") },
    );
    if (status.pcscRunning) {
      checks.push(
        status.readers.length > 0
          ? {
              ok: true,
              text: t("options.diag.readers", { names: status.readers.map((reader) => reader.name).join(", ") }),
            }
          : { ok: false, text: t("options.diag.noReaders"), fix: fixFor("READER_NOT_FOUND") },
      );
    }
    if (status.card === null) {
      if (status.readers.length > 0) {
        checks.push({
          ok: false,
          text: t("options.diag.noCard"),
          fix: errorText(status.problem ?? { code: "NO_CARD" }),
        });
      }
    } else {
      const { card } = status;
      checks.push({ ok: true, text: t("options.diag.card", { reader: card.reader, token: card.token }) });
      const cert = card.authCertificate;
      if (cert !== null) {
        const dates = { notBefore: cert.notBefore.slice(0, 10), notAfter: cert.notAfter.slice(0, 10) };
        checks.push(
          cert.valid
            ? { ok: true, text: t("options.diag.cert", dates) }
            : { ok: false, text: t("options.diag.certInvalid", dates), fix: fixFor("CERT_EXPIRED") },
        );
      }
      const pins = card.pins;
      const blocked = Object.values(pins).some((pin) => pin.blocked);
      const lastTry = Object.values(pins).some((pin) => pin.triesLeft === 1);
      checks.push({
        ok: !blocked && !lastTry,
        text: t("options.diag.tries", {
          auth: `${pins.auth.triesLeft}/${pins.auth.maxTries}`,
          sign: `${pins.sign.triesLeft}/${pins.sign.maxTries}`,
          cardInfo: `${pins["card-info"].triesLeft}/${pins["card-info"].maxTries}`,
        }),
        ...(blocked ? { fix: fixFor("PIN_BLOCKED") } : lastTry ? { fix: t("options.diag.lastTry") } : {}),
      });
    }
  }
  if (reply.originsWithoutPermission.length > 0) {
    checks.push({
      ok: false,
      text: t("options.diag.permissions", { origins: reply.originsWithoutPermission.join(", ") }),
      fix: t("options.diag.permissionsFix"),
    });
  }
  return checks;
}

/** Runs the checks into `list`, which is `aria-busy` until they are shown (its height changes then). */
export async function runDiagnosticsView(list: HTMLElement): Promise<void> {
  list.setAttribute("aria-busy", "true");
  list.replaceChildren(Object.assign(document.createElement("li"), { textContent: t("options.diag.running") }));
  try {
    const reply = DiagnosticsReplySchema.parse(await browser.runtime.sendMessage({ type: "diagnostics" }));
    list.replaceChildren(...diagnosticsChecks(reply).map(checkItem));
  } catch {
    list.replaceChildren(checkItem({ ok: false, text: t("options.diag.failed") }));
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}

function checkItem(check: Check): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.ok = String(check.ok);
  const mark = Object.assign(document.createElement("span"), {
    className: check.ok ? "ok" : "bad",
    textContent: check.ok ? "✔ " : "✖ ",
  });
  item.append(mark, check.text);
  if (check.fix !== undefined)
    item.append(Object.assign(document.createElement("div"), { className: "muted", textContent: check.fix }));
  return item;
}
