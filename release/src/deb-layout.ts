// SPDX-License-Identifier: MIT
/**
 * What the Linux package contains, as a list of files (path inside the package, bytes, mode): the host bundle (the
 * host and its vendor/ file), koffi and its prebuilt binary for linux-x64 (the FFI to libpcsclite; nothing is
 * compiled), the launcher, a host manifest per browser, policy examples, and DEBIAN/control. Building the .deb from this list is build-deb.ts's job.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  hostManifest,
  LINUX_HOST_MANIFEST_DIRS,
  LINUX_INSTALL_DIR,
  LINUX_LAUNCHER,
  type LinuxBrowser,
} from "./host-manifests";
import { HOST_NAME } from "../../shared/version";

export interface PackageFile {
  /** Absolute path once installed, e.g. `/usr/lib/dips-companion/dips-companion-host.cjs`. */
  readonly path: string;
  readonly data: Buffer;
  readonly mode: 0o644 | 0o755;
}

export interface DebInput {
  readonly version: string;
  /**
   * The built host bundle: every file of dist/host/ by its path there (`dips-companion-host.cjs`,
   * `vendor/pkijs.cjs`). The host loads PKI.js by relative path, so they are installed in the same layout.
   */
  readonly hostFiles: readonly { readonly path: string; readonly data: Buffer }[];
  /** The repository's node_modules (koffi and @koromix/koffi-linux-x64). */
  readonly nodeModulesDir: string;
  readonly chromeExtensionId: string;
  /** Example policy files: file name → content (installed under /usr/share/doc/dips-companion/examples/). */
  readonly examples: Readonly<Record<string, string>>;
}

/**
 * The files of each runtime module the host loads from node_modules (nothing else: no sources, no other OS's
 * binaries). koffi's loader takes the glibc binary of its linux-x64 package.
 */
const RUNTIME_MODULE_FILES: Readonly<Record<string, readonly string[]>> = {
  koffi: ["package.json", "LICENSE.txt", "index.cjs", "src/koffi/index.cjs", "src/koffi/src/static.cjs"],
  "@koromix/koffi-linux-x64": ["package.json", "index.js", "linux_x64/koffi.node"],
};

/** The oldest Node the host runs on; koffi is a Node-API module, so any later Node loads the same binary. */
export const NODE_MAJOR = 20;

export function debControl(version: string, installedSizeKiB: number): string {
  return [
    "Package: dips-companion-host",
    `Version: ${version}`,
    "Architecture: amd64",
    "Maintainer: DIPS Companion <dips-companion@example.jp>",
    `Installed-Size: ${installedSizeKiB}`,
    `Depends: nodejs (>= ${NODE_MAJOR}), pcscd, libpcsclite1`,
    "Section: utils",
    "Priority: optional",
    "Homepage: https://www.dips-reg.mlit.go.jp/",
    "Description: DIPS Companion card host (My Number Card signing for DIPS-REG)",
    " The native-messaging host of the DIPS Companion browser extension: it reads and signs with a",
    " My Number Card (JPKI) in a PC/SC reader. Registered system-wide for Chromium, Google Chrome,",
    " Microsoft Edge, Brave, Vivaldi and Firefox. Policy examples are in /usr/share/doc/dips-companion-host/examples.",
    "",
  ].join("\n");
}

export function debFiles(input: DebInput): PackageFile[] {
  const launcher = `#!/bin/sh\n# Browsers start this with their own PATH: run the host with the system Node by absolute path.\nexec /usr/bin/node ${LINUX_INSTALL_DIR}/dips-companion-host.cjs "$@"\n`;
  const files: PackageFile[] = [
    ...input.hostFiles.map((file) => ({
      path: `${LINUX_INSTALL_DIR}/${file.path}`,
      data: file.data,
      mode: 0o644 as const,
    })),
    { path: LINUX_LAUNCHER, data: Buffer.from(launcher), mode: 0o755 },
  ];
  for (const [module, names] of Object.entries(RUNTIME_MODULE_FILES)) {
    for (const name of names) {
      files.push({
        path: `${LINUX_INSTALL_DIR}/node_modules/${module}/${name}`,
        data: readFileSync(join(input.nodeModulesDir, module, name)),
        mode: 0o644,
      });
    }
  }
  for (const [browser, dir] of Object.entries(LINUX_HOST_MANIFEST_DIRS)) {
    const manifest = hostManifest(browser as LinuxBrowser, input.chromeExtensionId);
    files.push({
      path: `${dir}/${HOST_NAME}.json`,
      data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
      mode: 0o644,
    });
  }
  for (const [name, content] of Object.entries(input.examples))
    files.push({
      path: `/usr/share/doc/dips-companion-host/examples/${name}`,
      data: Buffer.from(content),
      mode: 0o644,
    });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
