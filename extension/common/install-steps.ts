// SPDX-License-Identifier: MIT
/**
 * What to do when the host is not installed, for the user's own OS (`runtime.getPlatformInfo().os`): the one text
 * the options page's diagnostics, the first-run guide and the PIN window show instead of a generic error. The file
 * names are those of the release artifacts (release/); the version is the extension's own, which the host must match.
 */
import type { Language } from "../../shared/errors/catalogue";
import { PRODUCT_VERSION } from "../../shared/version";

/** The systems the host is built for; others get the general text. */
export type HostOs = "win" | "mac" | "linux";

export function hostOsOf(platformOs: string): HostOs | null {
  return platformOs === "win" || platformOs === "mac" || platformOs === "linux" ? platformOs : null;
}

const v = PRODUCT_VERSION;

const STEPS: Readonly<Record<HostOs | "other", Readonly<Record<Language, string>>>> = {
  win: {
    ja: `カード処理プログラムが入っていません。dips-companion-host-${v}-x64.msi をダブルクリックしてインストールし（管理者権限は不要です）、「もう一度確認」を押してください。`,
    en: `The card program is not installed. Double-click dips-companion-host-${v}-x64.msi to install it (no administrator rights needed), then press "Check again".`,
  },
  mac: {
    ja: `カード処理プログラムが入っていません。dips-companion-host-${v}-macos-x64.tar.gz を展開し、ターミナルでそのフォルダーから ./dips-companion-host-darwin-x64 install --user を実行して、「もう一度確認」を押してください（Apple シリコンの Mac では Rosetta 2 で動きます）。`,
    en: `The card program is not installed. Unpack dips-companion-host-${v}-macos-x64.tar.gz, run ./dips-companion-host-darwin-x64 install --user in that folder in Terminal, then press "Check again" (Apple-silicon Macs run it under Rosetta 2).`,
  },
  linux: {
    ja: `カード処理プログラムが入っていません。sudo apt install ./dips-companion-host_${v}_amd64.deb でインストールするか、dips-companion-host-${v}-linux-x64.tar.gz を展開してそのフォルダーで ./dips-companion-host-linux-x64 install --user を実行し、「もう一度確認」を押してください。`,
    en: `The card program is not installed. Install it with sudo apt install ./dips-companion-host_${v}_amd64.deb, or unpack dips-companion-host-${v}-linux-x64.tar.gz and run ./dips-companion-host-linux-x64 install --user in that folder, then press "Check again".`,
  },
  other: {
    ja: `カード処理プログラムが入っていません。カード処理プログラム（バージョン ${v}）は Windows・macOS・Linux 用です。そのいずれかのパソコンでお使いください。`,
    en: `The card program is not installed. The card program (version ${v}) is made for Windows, macOS and Linux: use one of those.`,
  },
};

/** The install step for `os` in `language`. */
export function installStep(os: HostOs | null, language: Language): string {
  return STEPS[os ?? "other"][language];
}

/** The user's OS as the browser reports it (null where unknown). */
export async function platformHostOs(): Promise<HostOs | null> {
  try {
    return hostOsOf((await chrome.runtime.getPlatformInfo()).os);
  } catch {
    return null;
  }
}
