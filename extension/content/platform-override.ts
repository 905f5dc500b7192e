// SPDX-License-Identifier: MIT
/**
 * MAIN world, `document_start`, allowlisted origins on Linux only (registered by the background when the option is
 * on): the sites refuse Linux before offering the card-reader path (docs/ref/site-protocol.md §1), so the page sees a
 * Windows platform in `navigator.userAgent`, `navigator.platform` and `navigator.userAgentData`.
 */
const WINDOWS_UA_PLATFORM = "Windows NT 10.0; Win64; x64";

function windowsUserAgent(userAgent: string): string {
  return userAgent.replace(/\((?:X11; )?(?:Ubuntu; )?Linux[^;)]*(;[^)]*)?\)/, (_whole, rest: string | undefined) =>
    rest?.includes("rv:") ? `(${WINDOWS_UA_PLATFORM}${rest})` : `(${WINDOWS_UA_PLATFORM})`,
  );
}

function overrideGetter(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { get: () => value, configurable: true, enumerable: true });
}

const navigatorProto = Object.getPrototypeOf(navigator) as object;
overrideGetter(navigatorProto, "userAgent", windowsUserAgent(navigator.userAgent));
overrideGetter(navigatorProto, "appVersion", windowsUserAgent(navigator.appVersion));
overrideGetter(navigatorProto, "platform", "Win32");

interface UserAgentDataLike {
  brands: unknown;
  mobile: boolean;
  getHighEntropyValues(hints: string[]): Promise<Record<string, unknown>>;
  toJSON(): Record<string, unknown>;
}
const original = (navigator as Navigator & { userAgentData?: UserAgentDataLike }).userAgentData;
if (original !== undefined) {
  const windowsData = {
    brands: original.brands,
    mobile: original.mobile,
    platform: "Windows",
    getHighEntropyValues: async (hints: string[]) => ({
      ...(await original.getHighEntropyValues(hints)),
      platform: "Windows",
      platformVersion: "15.0.0",
    }),
    toJSON: () => ({ ...original.toJSON(), platform: "Windows" }),
  };
  overrideGetter(navigatorProto, "userAgentData", windowsData);
}
