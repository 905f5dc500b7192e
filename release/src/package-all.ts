// SPDX-License-Identifier: MIT
/**
 * `npm run package`: from the built extension and host to the release files in one folder — Chrome ZIP, CRX3
 * signed with the release key, `updates.xml` for self-hosting, the Chrome Web Store / Edge Add-ons ZIP, Firefox XPI
 * and its source archive for addons.mozilla.org, the host as single executables (the
 * Linux .deb, .tar.gz for Linux x64/arm64 and macOS x64, the Windows .exe and its .msi installer), and SHA256SUMS
 * over all of them.
 * Every file is reproducible: one timestamp (SOURCE_DATE_EPOCH, else the commit time), sorted entries, fixed modes.
 */
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_VERSION } from "../../shared/version";
import { extensionIdFromPublicKey, writeCrx3 } from "./crx3";
import { buildDeb } from "./build-deb";
import { debFiles } from "./deb-layout";
import { buildMsi, msiFileName } from "./msi/build-msi";
import { buildExecutable, EXECUTABLE_TARGETS, type ExecutableTarget } from "./executable/build-executable";
import { ARCHIVED_TARGETS, hostArchive, hostArchiveFileName, type ArchiveName } from "./host-archives";
import { chromiumPolicy, firefoxManagedStorage, firefoxPolicy } from "./policy-examples";
import { updateManifestXml } from "./update-manifest";
import { entriesFromDirectory, writeZip, type ZipEntry } from "./zip-writer";
import { lintFirefoxBuild } from "./web-ext-lint";
import { signAuthenticode, type SigningCredentials } from "./authenticode";
import { chromeStoreFileName, chromeStoreZip } from "./store/chrome-store";
import { firefoxSourceFileName, firefoxSourceZip } from "./store/firefox-source";
import { firefoxXpi, xpiFileName } from "./store/firefox-xpi";

export interface PackageOptions {
  readonly rootDir: string;
  readonly outDir: string;
  /** The one timestamp of every archive member. */
  readonly epochSeconds: number;
  /** RSA private key (PEM) that signs the CRX and fixes the Chromium id. */
  readonly crxKeyPem: string;
  /** Folder URL on the organisation's server where the CRX, XPI and updates.xml are served (ends in `/`). */
  readonly updateBaseUrl: string;
  /** Authenticode credentials for the Windows .exe and .msi; absent or null: they stay unsigned. */
  readonly signing?: SigningCredentials | null;
  /** Run the extension and host builds first (default true). */
  readonly build?: boolean;
}

export interface PackageResult {
  readonly chromeExtensionId: string;
  /** File name → path of every release file. */
  readonly files: Readonly<Record<string, string>>;
}

export function fileNames(
  version: string,
): Record<
  "zip" | "storeZip" | "crx" | "xpi" | "firefoxSource" | "deb" | "updates" | "windowsExe" | "msi" | ArchiveName,
  string
> {
  return {
    zip: `dips-companion-chrome-${version}.zip`,
    storeZip: chromeStoreFileName(version),
    crx: `dips-companion-${version}.crx`,
    xpi: xpiFileName(version),
    firefoxSource: firefoxSourceFileName(version),
    deb: `dips-companion-host_${version}_amd64.deb`,
    updates: "updates.xml",
    "linux-x64": hostArchiveFileName(version, "linux-x64"),
    "linux-arm64": hostArchiveFileName(version, "linux-arm64"),
    "macos-x64": hostArchiveFileName(version, "macos-x64"),
    windowsExe: `dips-companion-host-${version}-win-x64.exe`,
    msi: msiFileName(version),
  };
}

/** Every target's executable, built fresh (no reuse) into a work folder; target → path. */
function buildAllExecutables(rootDir: string): Record<ExecutableTarget, string> {
  const outDir = join(rootDir, "build/package/executables");
  rmSync(outDir, { recursive: true, force: true });
  const built = EXECUTABLE_TARGETS.map((target) => [target, buildExecutable(target, { rootDir, outDir })]);
  return Object.fromEntries(built) as Record<ExecutableTarget, string>;
}

/** The Chrome build's files with the manifest `key` set to the signing key, so unpacked and packed ids agree. */
function chromeEntries(distDir: string, publicKeyDer: Buffer): ZipEntry[] {
  return entriesFromDirectory(distDir).map((entry) => {
    if (entry.path !== "manifest.json") return entry;
    const manifest = JSON.parse(entry.data.toString("utf8")) as Record<string, unknown>;
    manifest.key = publicKeyDer.toString("base64");
    return { path: entry.path, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
  });
}

export async function packageAll(options: PackageOptions): Promise<PackageResult> {
  const { rootDir, outDir, epochSeconds } = options;
  if (options.build !== false) {
    for (const script of ["scripts/build-extension.mjs", "scripts/build-host.mjs"])
      execFileSync(process.execPath, [script], { cwd: rootDir, stdio: ["ignore", "ignore", "inherit"] });
  }
  await lintFirefoxBuild(join(rootDir, "dist/firefox"));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const names = fileNames(PRODUCT_VERSION);
  const publicKeyDer = createPublicKey(options.crxKeyPem).export({ type: "spki", format: "der" });
  const chromeExtensionId = extensionIdFromPublicKey(publicKeyDer);

  const zip = writeZip(chromeEntries(join(rootDir, "dist/chrome"), publicKeyDer), epochSeconds);
  const outputs: Record<string, Buffer | string> = {
    [names.zip]: zip,
    [names.crx]: writeCrx3(zip, options.crxKeyPem),
    [names.updates]: updateManifestXml({
      extensionId: chromeExtensionId,
      version: PRODUCT_VERSION,
      crxUrl: `${options.updateBaseUrl}${names.crx}`,
    }),
    [names.storeZip]: chromeStoreZip(join(rootDir, "dist/chrome"), epochSeconds),
    [names.xpi]: firefoxXpi(rootDir, epochSeconds),
    [names.firefoxSource]: firefoxSourceZip(rootDir, PRODUCT_VERSION, epochSeconds),
  };
  for (const [name, data] of Object.entries(outputs)) writeFileSync(join(outDir, name), data);

  const managedValues = JSON.parse(
    readFileSync(join(rootDir, "release/platform/policies/managed-values.example.json"), "utf8"),
  ) as Record<string, unknown>;
  const policyInput = {
    chromeExtensionId,
    updateUrl: `${options.updateBaseUrl}${names.updates}`,
    xpiUrl: `${options.updateBaseUrl}${names.xpi}`,
    managedValues,
  };
  const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
  const executables = buildAllExecutables(rootDir);
  for (const archive of Object.keys(ARCHIVED_TARGETS) as ArchiveName[]) {
    const executable = executables[ARCHIVED_TARGETS[archive]];
    writeFileSync(
      join(outDir, names[archive]),
      hostArchive(rootDir, PRODUCT_VERSION, archive, executable, epochSeconds),
    );
  }
  // The executable is signed before the MSI packs it, so that the installed copy carries the signature too.
  const windowsExe = join(outDir, names.windowsExe);
  copyFileSync(executables["win-x64"], windowsExe);
  if (options.signing) signAuthenticode(windowsExe, options.signing, epochSeconds);
  const msi = buildMsi({
    rootDir,
    exePath: windowsExe,
    version: PRODUCT_VERSION,
    outDir,
    epochSeconds,
    chromeExtensionId,
  });
  if (options.signing) signAuthenticode(msi, options.signing, epochSeconds);

  const files = debFiles({
    version: PRODUCT_VERSION,
    executable: readFileSync(executables["linux-x64"]),
    chromeExtensionId,
    examples: {
      "chromium-policy.json": json(chromiumPolicy(policyInput)),
      "firefox-policies.json": json(firefoxPolicy(policyInput)),
      "firefox-managed-storage.json": json(firefoxManagedStorage(managedValues)),
    },
  });
  buildDeb(files, PRODUCT_VERSION, join(outDir, names.deb), epochSeconds);

  const all = Object.values(names).sort();
  const sums = all.map(
    (name) =>
      `${createHash("sha256")
        .update(readFileSync(join(outDir, name)))
        .digest("hex")}  ${name}`,
  );
  writeFileSync(join(outDir, "SHA256SUMS"), `${sums.join("\n")}\n`);
  return {
    chromeExtensionId,
    files: Object.fromEntries([...all, "SHA256SUMS"].map((name) => [name, join(outDir, name)])),
  };
}
