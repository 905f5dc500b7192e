// SPDX-License-Identifier: MIT
/** What `npm start` needs from the system, and the exact line that installs what is missing (Debian/Ubuntu). */
import { existsSync } from "node:fs";

interface Requirement {
  readonly what: string;
  readonly paths: readonly string[];
  readonly aptPackage: string;
}

const PCSC: readonly Requirement[] = [
  { what: "pcscd (PC/SC service)", paths: ["/usr/sbin/pcscd"], aptPackage: "pcscd" },
  {
    what: "vpcd (virtual reader driver)",
    paths: ["/usr/lib/pcsc/drivers/serial/libifdvpcd.so"],
    aptPackage: "vsmartcard-vpcd",
  },
  {
    what: "libpcsclite",
    paths: ["/usr/lib/x86_64-linux-gnu/libpcsclite.so.1", "/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"],
    aptPackage: "libpcsclite1",
  },
];

const BROWSERS: Readonly<Record<"chromium" | "firefox", Requirement>> = {
  chromium: { what: "Chromium", paths: ["/usr/bin/chromium"], aptPackage: "chromium" },
  firefox: { what: "Firefox ESR", paths: ["/usr/bin/firefox-esr"], aptPackage: "firefox-esr" },
};

export interface MissingReport {
  readonly missing: readonly string[];
  /** e.g. `sudo apt-get install -y pcscd vsmartcard-vpcd`; empty when nothing is missing. */
  readonly installLine: string;
}

export function checkPrerequisites(
  options: { browser: "chromium" | "firefox"; card: "emulator" | "reader" },
  exists: (path: string) => boolean = existsSync,
): MissingReport {
  const needed = [
    ...PCSC.filter((r) => options.card === "emulator" || r.aptPackage !== "vsmartcard-vpcd"),
    BROWSERS[options.browser],
  ];
  const missing = needed.filter((requirement) => !requirement.paths.some(exists));
  return {
    missing: missing.map((requirement) => requirement.what),
    installLine: missing.length ? `sudo apt-get install -y ${missing.map((r) => r.aptPackage).join(" ")}` : "",
  };
}
