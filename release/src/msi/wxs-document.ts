// SPDX-License-Identifier: MIT
/**
 * The WiX v3 source `wixl` compiles into the package. One package serves both scopes (a "dual-purpose package",
 * learn.microsoft.com "Single Package Authoring"):
 * - by default (double-click, or `msiexec /i … /qn`) it installs for the current user without administrator rights
 *   (InstallScope="perUser" marks the package as not needing elevation): the files go to
 *   %LOCALAPPDATA%\Programs\DIPS Companion\ and the registrations under HKCU;
 * - with `ALLUSERS=1` (an administrator, or a deployment tool running as SYSTEM) it installs for every user: the
 *   files go to %ProgramFiles%\DIPS Companion\ and the registrations under HKLM.
 * The registry values use the root HKMU, which Windows Installer maps to HKCU or HKLM by ALLUSERS. wixl 0.101 writes
 * that root as 4 instead of -1, which build-msi.ts corrects in the built database.
 */
import { componentGuid, productCode, UPGRADE_CODE } from "./msi-ids";
import type { MsiContents } from "./msi-contents";

export const PRODUCT_NAME = "DIPS Companion card host";
export const MANUFACTURER = "DIPS Companion";
/** The folder name under Program Files (per machine) or %LOCALAPPDATA%\Programs (per user). */
export const INSTALL_FOLDER = "DIPS Companion";

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
  const refs = contents.files.map((file) => `      <ComponentRef Id="${file.id}" />`);
  return `<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="${productCode(version)}" Name="${PRODUCT_NAME}" Language="1033" Version="${escapeXml(version)}" Manufacturer="${MANUFACTURER}" UpgradeCode="${UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perUser" Description="${PRODUCT_NAME} ${escapeXml(version)}" Comments="Native-messaging host of the DIPS Companion browser extension (My Number Card signing for DIPS-REG)" />
    <MajorUpgrade DowngradeErrorMessage="A newer version of ${PRODUCT_NAME} is already installed." />
    <Media Id="1" Cabinet="host.cab" EmbedCab="yes" />
    <Property Id="ARPNOMODIFY" Value="1" />
    <CustomAction Id="PerUserInstallFolder" Property="INSTALLDIR" Value="[LocalAppDataFolder]Programs\\${INSTALL_FOLDER}\\" />
    <InstallExecuteSequence>
      <Custom Action="PerUserInstallFolder" Before="CostFinalize">NOT ALLUSERS</Custom>
    </InstallExecuteSequence>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="${INSTALL_FOLDER}">
${components.join("\n")}
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Host" Title="${PRODUCT_NAME}" Level="1">
${refs.join("\n")}
    </Feature>
  </Product>
</Wix>
`;
}
