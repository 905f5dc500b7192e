// SPDX-License-Identifier: MIT
/**
 * The WiX v3 source `wixl` compiles into the package. One package serves both scopes (a "dual-purpose package",
 * learn.microsoft.com "Single Package Authoring"):
 * - by default (double-click, or `msiexec /i … /qn`) it installs for the current user without administrator rights
 *   (InstallScope="perUser" marks the package as not needing elevation): the files go to
 *   %LOCALAPPDATA%\Programs\DIPS Companion\ and the registrations under HKCU;
 * - with `ALLUSERS=1` (an administrator, or a deployment tool running as SYSTEM) it installs for every user: the
 *   files go to %ProgramFiles%\DIPS Companion\ and the registrations under HKLM.
 * The registry values use the root HKMU, which Windows Installer maps to HKCU or HKLM by ALLUSERS. The custom action
 * has an explicit sequence number: wixl 0.101 resolves `Before="CostFinalize"` to 1 or 901 from run to run (it
 * depended on the environment's size), which made the package's bytes vary.
 *
 * When a store id is configured, a registry-only component per store extension writes the browser's
 * external-extension key (release/src/external-extensions.ts). It is a 32-bit component (Win64="no"): per machine,
 * its HKLM key lands in the 32-bit view (Software\WOW6432Node), where Chrome and Edge read external extensions;
 * per user, HKCU\Software has one view only. Uninstalling removes the value and the keys it leaves empty.
 *
 * A per-machine install goes under Program Files or nowhere (the launch condition PER_MACHINE_FOLDER_CONDITION): a
 * folder elsewhere (say `INSTALLDIR=C:\DIPS\`) would inherit its parent's ACL, where on C:\ every signed-in user may
 * add and change files, so any of them could replace the executable every user's browser starts. A per-user install
 * ignores INSTALLDIR (the custom action sets it), so the condition is about ALLUSERS only.
 *
 * The host writes koffi's native module to %LOCALAPPDATA%\DIPS Companion\cache\ when it first runs
 * (host/card/pcsc/koffi-native-from-executable.ts); uninstalling removes that folder for the user who uninstalls
 * (for a per-machine install, other users' copies stay: Windows Installer reaches only the current profile). The
 * host's settings and installation id under %APPDATA%\DIPS Companion\ are the user's data and stay.
 */
import { componentGuid, productCode, UPGRADE_CODE } from "./msi-ids";
import type { MsiContents } from "./msi-contents";

export const PRODUCT_NAME = "DIPS Companion card host";
export const MANUFACTURER = "DIPS Companion";
/** The product's own registry key (under HKCU or HKLM), holding the key path of the cache component. */
export const PRODUCT_KEY = "Software\\DIPS Companion\\Card host";
/** The folder name under Program Files (per machine) or %LOCALAPPDATA%\Programs (per user). */
export const INSTALL_FOLDER = "DIPS Companion";

/**
 * What wixl 0.101 gets wrong or cannot say, as SQL that build-msi.ts runs on the built database (msibuild -q): it
 * writes the root HKMU as 4 instead of -1, knows no RemoveFile element and puts a RemoveFolder's row in the
 * component's folder whatever its Directory. The RemoveFile rows delete, on uninstall (InstallMode 2), the cache
 * folder's files — every file by the wildcard (Windows Installer expands it), and `cacheFiles` by name (Wine's
 * msi does not expand wildcards) — then the folder and its parent if empty. The component sits in the parent:
 * Wine takes the rows in table order, where the folder rows come before the files, so they find the folders full;
 * it then removes a removed component's folder with its empty subfolders, which takes both.
 */
export function wixlCorrections(cacheFiles: readonly string[]): string[] {
  const columns = "`FileKey`, `Component_`, `FileName`, `DirProperty`, `InstallMode`";
  const removeFile = (key: string, fileName: string, folder: string): string =>
    `INSERT INTO \`RemoveFile\` (${columns}) VALUES ('${key}', 'UserCache', '${fileName}', '${folder}', 2)`;
  const removeFolder = (key: string, folder: string): string =>
    `INSERT INTO \`RemoveFile\` (\`FileKey\`, \`Component_\`, \`DirProperty\`, \`InstallMode\`) VALUES ('${key}', 'UserCache', '${folder}', 2)`;
  return [
    "UPDATE `Registry` SET `Root` = -1 WHERE `Root` = 4",
    removeFile("UserCacheFiles", "*", "UserCacheFolder"),
    ...cacheFiles.map((name, i) => {
      if (!/^[\w.-]+$/.test(name)) throw new Error(`unexpected cache file name ${name}`);
      return removeFile(`UserCacheFile${i}`, name, "UserCacheFolder");
    }),
    removeFolder("UserCacheFolder", "UserCacheFolder"),
    removeFolder("UserDataFolder", "UserDataFolder"),
  ];
}

/**
 * Windows Installer's condition: `~<<` is "starts with, ignoring case", `><` is "contains". INSTALLDIR is unset at
 * LaunchConditions unless given on the command line (the directory table resolves it later, at CostFinalize); `..`
 * is refused as it could climb out of Program Files. `Installed` lets a repair or an uninstall through.
 */
export const PER_MACHINE_FOLDER_CONDITION =
  'Installed OR NOT ALLUSERS OR NOT INSTALLDIR OR (INSTALLDIR ~<< ProgramFiles64Folder AND NOT (INSTALLDIR >< ".."))';
export const PER_MACHINE_FOLDER_MESSAGE =
  "An installation for all users (ALLUSERS) goes under Program Files: leave INSTALLDIR out, or name a folder under Program Files.";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The .wxs text; each file's `Source` is its install name, relative to the folder wixl runs in. */
export function wxsDocument(contents: MsiContents, version: string): string {
  const components = contents.files.map((file) => {
    const registry = contents.registrations
      .filter((registration) => registration.fileId === file.id)
      .map(
        (registration) =>
          `          <RegistryValue Id="${registration.id}" Root="HKMU" Key="${escapeXml(registration.key)}" Type="string" Value="[#${file.id}]" />`,
      );
    return [
      `        <Component Id="${file.id}" Guid="${componentGuid(file.id)}" Win64="yes">`,
      `          <File Id="${file.id}" Name="${escapeXml(file.name)}" Source="${escapeXml(file.name)}" KeyPath="yes" />`,
      ...registry,
      "        </Component>",
    ].join("\n");
  });
  const stores = contents.externalExtensions.map((entry) => {
    const id = `Store_${entry.browser}`;
    return [
      `        <Component Id="${id}" Guid="${componentGuid(`${id} ${entry.id}`)}" Win64="no">`,
      `          <RegistryValue Id="${id}" Root="HKMU" Key="${escapeXml(entry.windowsKey)}" Name="update_url" Type="string" Value="${escapeXml(entry.updateUrl)}" KeyPath="yes" />`,
      "        </Component>",
    ].join("\n");
  });
  const refs = [
    ...contents.files.map((file) => file.id),
    ...contents.externalExtensions.map((entry) => `Store_${entry.browser}`),
  ].map((id) => `      <ComponentRef Id="${id}" />`);
  return `<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="${productCode(version)}" Name="${PRODUCT_NAME}" Language="1033" Version="${escapeXml(version)}" Manufacturer="${MANUFACTURER}" UpgradeCode="${UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perUser" Description="${PRODUCT_NAME} ${escapeXml(version)}" Comments="Native-messaging host of the DIPS Companion browser extension (My Number Card signing for DIPS-REG)" />
    <MajorUpgrade DowngradeErrorMessage="A newer version of ${PRODUCT_NAME} is already installed." />
    <Media Id="1" Cabinet="host.cab" EmbedCab="yes" />
    <Condition Message="${escapeXml(PER_MACHINE_FOLDER_MESSAGE)}">${escapeXml(PER_MACHINE_FOLDER_CONDITION)}</Condition>
    <Property Id="ARPNOMODIFY" Value="1" />
    <CustomAction Id="PerUserInstallFolder" Property="INSTALLDIR" Value="[LocalAppDataFolder]Programs\\${INSTALL_FOLDER}\\" />
    <InstallExecuteSequence>
      <Custom Action="PerUserInstallFolder" Sequence="990">NOT ALLUSERS</Custom>
    </InstallExecuteSequence>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="${INSTALL_FOLDER}">
${[...components, ...stores].join("\n")}
        </Directory>
      </Directory>
      <Directory Id="LocalAppDataFolder">
        <Directory Id="UserDataFolder" Name="${INSTALL_FOLDER}">
          <Directory Id="UserCacheFolder" Name="cache" />
          <Component Id="UserCache" Guid="${componentGuid("UserCache")}" Win64="yes">
            <RegistryValue Root="HKMU" Key="${PRODUCT_KEY}" Name="UserCache" Type="string" Value="[UserCacheFolder]" KeyPath="yes" />
          </Component>
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Host" Title="${PRODUCT_NAME}" Level="1">
${refs.join("\n")}
      <ComponentRef Id="UserCache" />
    </Feature>
  </Product>
</Wix>
`;
}
