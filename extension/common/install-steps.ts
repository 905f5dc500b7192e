// SPDX-License-Identifier: MIT
/**
 * What to do when the host is not installed, for the user's own OS (`runtime.getPlatformInfo().os`): the one text
 * the options page's diagnostics, the first-run guide and the PIN window show instead of a generic error. The file
 * names are those of the release artifacts (release/), found on the download page (shared/extension-ids.ts); the
 * version is the extension's own, whose release carries a host that speaks the protocol it needs. The update step is
 * what an outdated host (HOST_OUTDATED) gets: the same files, installed over the old host.
 */
import type { Language } from "../../shared/errors/catalogue";
import { DOWNLOAD_PAGE_URL } from "../../shared/extension-ids";
import { PRODUCT_VERSION } from "../../shared/version";

/** The systems the host is built for; others get the general text. */
export type HostOs = "win" | "mac" | "linux";

export function hostOsOf(platformOs: string): HostOs | null {
  return platformOs === "win" || platformOs === "mac" || platformOs === "linux" ? platformOs : null;
}

const v = PRODUCT_VERSION;
const url = DOWNLOAD_PAGE_URL;

const STEPS: Readonly<Record<HostOs | "other", Readonly<Record<Language, string>>>> = {
  win: {
    ja: `カード処理プログラムが入っていません。${url} から dips-companion-host-${v}-x64.msi を入手してダブルクリックしてインストールし（管理者権限は不要です）、「もう一度確認」を押してください。`,
    en: `The card program is not installed. Get dips-companion-host-${v}-x64.msi from ${url} and double-click it to install (no administrator rights needed), then press "Check again".`,
  },
  mac: {
    ja: `カード処理プログラムが入っていません。${url} から dips-companion-host-${v}-macos-x64.tar.gz を入手して展開し、ターミナルでそのフォルダーから ./dips-companion-host-darwin-x64 install --user を実行して、「もう一度確認」を押してください（Apple シリコンの Mac では Rosetta 2 で動きます）。`,
    en: `The card program is not installed. Get dips-companion-host-${v}-macos-x64.tar.gz from ${url}, unpack it, run ./dips-companion-host-darwin-x64 install --user in that folder in Terminal, then press "Check again" (Apple-silicon Macs run it under Rosetta 2).`,
  },
  linux: {
    ja: `カード処理プログラムが入っていません。${url} からファイルを入手し、sudo apt install ./dips-companion-host_${v}_amd64.deb でインストールするか、dips-companion-host-${v}-linux-x64.tar.gz を展開してそのフォルダーで ./dips-companion-host-linux-x64 install --user を実行し、「もう一度確認」を押してください。`,
    en: `The card program is not installed. Get the files from ${url} and install with sudo apt install ./dips-companion-host_${v}_amd64.deb, or unpack dips-companion-host-${v}-linux-x64.tar.gz and run ./dips-companion-host-linux-x64 install --user in that folder, then press "Check again".`,
  },
  other: {
    ja: `カード処理プログラムが入っていません。カード処理プログラム（バージョン ${v}、${url}）は Windows・macOS・Linux 用です。そのいずれかのパソコンでお使いください。`,
    en: `The card program is not installed. The card program (version ${v}, ${url}) is made for Windows, macOS and Linux: use one of those.`,
  },
};

/** The install step for `os` in `language`. */
export function installStep(os: HostOs | null, language: Language): string {
  return STEPS[os ?? "other"][language];
}

/**
 * `storage.local` key of the e2e tests' build (`__DIPS_TEST_CLOCK__`, extension/vite-plugins/build-variant.ts): the OS
 * whose texts the pages show, so that one Linux machine can show the Windows texts. Absent from release bundles.
 */
export const TEST_PLATFORM_STORAGE_KEY = "dipsCompanionTestPlatformOs";

const UPDATE_STEPS: Readonly<Record<HostOs | "other", Readonly<Record<Language, string>>>> = {
  win: {
    ja: `${url} から dips-companion-host-${v}-x64.msi（またはそれより新しい版）を入手してダブルクリックすると、古いカード処理プログラムが置き換わります。その後「もう一度確認」を押してください。`,
    en: `Get dips-companion-host-${v}-x64.msi (or a newer release) from ${url} and double-click it: it replaces the old card program. Then press "Check again".`,
  },
  mac: {
    ja: `${url} から dips-companion-host-${v}-macos-x64.tar.gz（またはそれより新しい版）を入手して展開し、ターミナルでそのフォルダーから ./dips-companion-host-darwin-x64 install --user を実行すると、古いカード処理プログラムが置き換わります。その後「もう一度確認」を押してください。`,
    en: `Get dips-companion-host-${v}-macos-x64.tar.gz (or a newer release) from ${url}, unpack it and run ./dips-companion-host-darwin-x64 install --user in that folder in Terminal: it replaces the old card program. Then press "Check again".`,
  },
  linux: {
    ja: `${url} から新しい版を入手し、sudo apt install ./dips-companion-host_${v}_amd64.deb で更新するか、dips-companion-host-${v}-linux-x64.tar.gz を展開してそのフォルダーで ./dips-companion-host-linux-x64 install --user を実行してください。その後「もう一度確認」を押してください。`,
    en: `Get the new release from ${url} and update with sudo apt install ./dips-companion-host_${v}_amd64.deb, or unpack dips-companion-host-${v}-linux-x64.tar.gz and run ./dips-companion-host-linux-x64 install --user in that folder. Then press "Check again".`,
  },
  other: {
    ja: `${url} から、お使いの OS 用のカード処理プログラム（バージョン ${v} 以降）を入手してください。`,
    en: `Get the card program (version ${v} or later) for your system from ${url}.`,
  },
};

/** How to replace an outdated host on `os`, in `language` (the download step of HOST_OUTDATED). */
export function updateStep(os: HostOs | null, language: Language): string {
  return UPDATE_STEPS[os ?? "other"][language];
}

/** The user's OS as the browser reports it (null where unknown). */
export async function platformHostOs(): Promise<HostOs | null> {
  try {
    if (__DIPS_TEST_CLOCK__) {
      const stored = (await chrome.storage.local.get(TEST_PLATFORM_STORAGE_KEY))[TEST_PLATFORM_STORAGE_KEY];
      if (typeof stored === "string" && hostOsOf(stored) !== null) return hostOsOf(stored);
    }
    return hostOsOf((await chrome.runtime.getPlatformInfo()).os);
  } catch {
    return null;
  }
}
