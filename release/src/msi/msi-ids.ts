// SPDX-License-Identifier: MIT
/**
 * The GUIDs of the Windows Installer package. Windows Installer tells products apart by these codes, so they follow
 * its rules (learn.microsoft.com "Changing the Product Code", "Package Codes") and are derived, never random, so that
 * the same inputs build the same .msi:
 * - the UpgradeCode is fixed for the product's whole life: MajorUpgrade finds every earlier version by it;
 * - the ProductCode changes with every version (each version is a major upgrade of the previous one);
 * - the PackageCode (summary information "Revision number") changes whenever the package's bytes may change.
 * - component GUIDs stay the same across versions, because each component keeps its key path.
 */
import { createHash } from "node:crypto";

/** Fixed for the product's whole life: never change it, or installed copies are no longer upgraded. */
export const UPGRADE_CODE = "5D0C5E3A-41B1-4E0F-9E44-2B6C2F0F1A7D";

/**
 * A name-based GUID: the first 16 bytes of SHA-256 over the UpgradeCode and `name`, with the RFC 9562 version (8,
 * custom) and variant bits set, upper case as Windows Installer writes GUIDs.
 */
export function stableGuid(name: string): string {
  const bytes = createHash("sha256").update(`${UPGRADE_CODE}\n${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One ProductCode per product version. */
export const productCode = (version: string): string => stableGuid(`product ${version}`);

/** A component's GUID, the same in every version. */
export const componentGuid = (componentId: string): string => stableGuid(`component ${componentId}`);

/** The PackageCode: a digest of everything the package is built from (the .wxs text and each file's bytes). */
export function packageCode(wxs: string, files: readonly Buffer[]): string {
  const digest = createHash("sha256").update(wxs);
  for (const file of files) digest.update(createHash("sha256").update(file).digest());
  return stableGuid(`package ${digest.digest("hex")}`);
}
