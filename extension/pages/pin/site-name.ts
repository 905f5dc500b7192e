// SPDX-License-Identifier: MIT
/** Sites the PIN window knows by name: it shows the name, with the origin under it, instead of a bare origin. */
import { DEFAULT_ALLOWED_ORIGINS } from "../../settings/model/settings";

const KNOWN_SITES: Readonly<Record<string, string>> = { [DEFAULT_ALLOWED_ORIGINS[0]]: "dips-reg" };

/** The known site's key (`pin.site.<key>` / `pin.siteName.<key>` messages) for an origin, or null. */
export function knownSite(origin: string): string | null {
  return KNOWN_SITES[origin] ?? null;
}
