// SPDX-License-Identifier: MIT
/**
 * The update manifest (`updates.xml`, Omaha "gupdate" format) a self-hosting organisation serves next to the CRX:
 * Chromium fetches it from the policy's `ExtensionInstallForcelist` entry "ID;URL" and downloads `codebase`.
 */

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface UpdateManifestInput {
  readonly extensionId: string;
  readonly version: string;
  /** Absolute URL of the CRX file. */
  readonly crxUrl: string;
}

export function updateManifestXml({ extensionId, version, crxUrl }: UpdateManifestInput): string {
  if (!/^[a-p]{32}$/.test(extensionId)) throw new Error(`not a Chromium extension id: ${extensionId}`);
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${extensionId}'>`,
    `    <updatecheck codebase='${escapeXml(crxUrl)}' version='${escapeXml(version)}' />`,
    "  </app>",
    "</gupdate>",
    "",
  ].join("\n");
}
