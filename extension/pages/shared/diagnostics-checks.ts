// SPDX-License-Identifier: MIT
/**
 * The diagnostics checks, from the background's `diagnostics` reply (the host's `status`, which never spends a PIN
 * try): one list for the options page and the first-run guide, each with its outcome and, for a problem, the fix in
 * words. A missing host gets the install step for the user's OS (extension/common/install-steps.ts).
 */
import type { ErrorCode } from "../../../shared/errors/catalogue";
import type { DiagnosticsReply } from "../../protocol/extension";
import { REQUIRED_HOST_PROTOCOL } from "../../../shared/version";
import { installStep, updateStep, type HostOs } from "../../common/install-steps";
import { currentLanguage, errorText, registerMessages, t } from "../../i18n/translate";
import { OPTIONS_MESSAGES } from "../options/messages";
import { el } from "../../profiles/panel-dom";
import { withDownloadLink } from "./download-link";

registerMessages(OPTIONS_MESSAGES);

export type CheckId = "host" | "pcsc" | "readers" | "card" | "cert" | "tries" | "permissions";

export interface Check {
  /** Which check: the first-run guide shows host, pcsc, readers, card and cert in that order. */
  readonly id: CheckId;
  readonly ok: boolean;
  readonly text: string;
  /** What the user can do about a problem. */
  readonly fix?: string;
}

const fixFor = (code: ErrorCode): string => errorText({ code });

/** Whether the host's protocol (1 for hosts that do not report one) is at least the one this extension needs. */
export const hostSpeaksRequiredProtocol = (status: { protocolVersion?: number | undefined }): boolean =>
  (status.protocolVersion ?? 1) >= REQUIRED_HOST_PROTOCOL;

/**
 * The checks of a diagnostics reply, in order; a check that could not run (after the host or the service failed) is
 * left out. `hostOs` picks the install step shown when the host is missing.
 */
export function diagnosticsChecks(reply: DiagnosticsReply, hostOs: HostOs | null): Check[] {
  const checks: Check[] = [];
  const { status } = reply;
  if (status === null) {
    const error = reply.error ?? { code: "HOST_NOT_FOUND" };
    checks.push({
      id: "host",
      ok: false,
      text: t("options.diag.hostMissing"),
      fix: error.code === "HOST_NOT_FOUND" ? installStep(hostOs, currentLanguage()) : errorText(error),
    });
  } else {
    // The host must speak the protocol this extension needs, not be the same release (shared/version.ts).
    const recentEnough = hostSpeaksRequiredProtocol(status);
    checks.push({
      id: "host",
      ok: recentEnough,
      text: t("options.diag.host", { version: status.hostVersion }),
      ...(recentEnough ? {} : { fix: `${fixFor("HOST_OUTDATED")} ${updateStep(hostOs, currentLanguage())}` }),
    });
    checks.push(
      status.pcscRunning
        ? { id: "pcsc", ok: true, text: t("options.diag.pcsc") }
        : { id: "pcsc", ok: false, text: t("options.diag.pcscDown"), fix: fixFor("PCSC_UNAVAILABLE") },
    );
    if (status.pcscRunning) {
      // The configured reader missing counts as no reader, even when other readers are there.
      const readerMissing = status.readers.length === 0 || status.problem?.code === "READER_NOT_FOUND";
      checks.push(
        !readerMissing
          ? {
              id: "readers",
              ok: true,
              text: t("options.diag.readers", { names: status.readers.map((reader) => reader.name).join(", ") }),
            }
          : { id: "readers", ok: false, text: t("options.diag.noReaders"), fix: fixFor("READER_NOT_FOUND") },
      );
    }
    if (status.card === null) {
      if (status.readers.length > 0 && status.problem?.code !== "READER_NOT_FOUND") {
        checks.push({
          id: "card",
          ok: false,
          text: t("options.diag.noCard"),
          fix: errorText(status.problem ?? { code: "NO_CARD" }),
        });
      }
    } else {
      const { card } = status;
      checks.push({ id: "card", ok: true, text: t("options.diag.card", { reader: card.reader, token: card.token }) });
      const cert = card.authCertificate;
      if (cert !== null) {
        const dates = { notBefore: cert.notBefore.slice(0, 10), notAfter: cert.notAfter.slice(0, 10) };
        checks.push(
          cert.valid
            ? { id: "cert", ok: true, text: t("options.diag.cert", dates) }
            : { id: "cert", ok: false, text: t("options.diag.certInvalid", dates), fix: fixFor("CERT_EXPIRED") },
        );
      }
      const pins = card.pins;
      const blocked = Object.values(pins).some((pin) => pin.blocked);
      const lastTry = Object.values(pins).some((pin) => pin.triesLeft === 1);
      checks.push({
        id: "tries",
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
      id: "permissions",
      ok: false,
      text: t("options.diag.permissions", { origins: reply.originsWithoutPermission.join(", ") }),
      fix: t("options.diag.permissionsFix"),
    });
  }
  return checks;
}

/** One check as a list item: ✔/✖, the text, and the fix below it. */
export function checkItem(check: Pick<Check, "ok" | "text" | "fix">): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.ok = String(check.ok);
  const mark = Object.assign(document.createElement("span"), {
    className: check.ok ? "ok" : "bad",
    textContent: check.ok ? "✔ " : "✖ ",
  });
  item.append(mark, check.text);
  if (check.fix !== undefined) item.append(el("div", { class: "muted" }, ...withDownloadLink(check.fix)));
  return item;
}
