/**
 * What the Linux package contains, as a list of files (path inside the package, bytes, mode): the host's linux-x64
 * single executable (Node, the host and koffi's binary in one file: no Node.js package needed), a host manifest per
 * browser, policy examples, the browsers' external-extension files when a store id is configured (so Chrome, Chromium
 * and Edge offer the store's extension; release/src/external-extensions.ts), and DEBIAN/control. Building the .deb from this list is build-deb.ts's job.
 */
import { hostManifest, LINUX_HOST_EXECUTABLE, LINUX_HOST_MANIFEST_DIRS, type LinuxBrowser } from "./host-manifests";
import { STORE_IDS } from "../../shared/extension-ids";
import { HOST_NAME } from "../../shared/version";
import { externalExtensions, linuxExternalExtensionJson } from "./external-extensions";

export interface PackageFile {
  /** Absolute path once installed, e.g. `/usr/lib/dips-companion/dips-companion-host`. */
  readonly path: string;
  readonly data: Buffer;
  readonly mode: 0o644 | 0o755;
}

export interface DebInput {
  readonly version: string;
  /** The bytes of `dips-companion-host-linux-x64` (release/src/executable/). */
  readonly executable: Buffer;
  readonly chromeExtensionId: string;
  /** Example policy files: file name → content (installed under /usr/share/doc/dips-companion-host/examples/). */
  readonly examples: Readonly<Record<string, string>>;
  /** The store ids whose extension the browsers are to offer; default shared/extension-ids.ts. */
  readonly storeIds?: typeof STORE_IDS;
}

/**
 * What the executable needs from the system: the glibc and libstdc++ Node's own Linux build links against
 * (GLIBC_2.28, GLIBCXX_3.4.21 at most, read with `objdump -T`), and PC/SC, which koffi opens at run time.
 */
export const DEB_DEPENDS = "libc6 (>= 2.28), libstdc++6 (>= 5), pcscd, libpcsclite1";

export function debControl(version: string, installedSizeKiB: number): string {
  return [
    "Package: dips-companion-host",
    `Version: ${version}`,
    "Architecture: amd64",
    "Maintainer: DIPS Companion <dips-companion@example.jp>",
    `Installed-Size: ${installedSizeKiB}`,
    `Depends: ${DEB_DEPENDS}`,
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
  const files: PackageFile[] = [{ path: LINUX_HOST_EXECUTABLE, data: input.executable, mode: 0o755 }];
  for (const [browser, dir] of Object.entries(LINUX_HOST_MANIFEST_DIRS)) {
    const manifest = hostManifest(
      browser as LinuxBrowser,
      input.chromeExtensionId,
      undefined,
      input.storeIds ?? STORE_IDS,
    );
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
  for (const entry of externalExtensions(input.storeIds ?? STORE_IDS))
    for (const path of entry.linuxFiles)
      files.push({ path, data: Buffer.from(linuxExternalExtensionJson(entry)), mode: 0o644 });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
