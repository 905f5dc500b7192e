// SPDX-License-Identifier: MIT
/**
 * The page ↔ card-app protocol of government sites (docs/ref/site-protocol.md §1), spoken by the official Mynaportal AP
 * extension: hidden detection inputs, a `launchApp` CustomEvent whose `detail` is a JSON string, and a `recvMsg`
 * CustomEvent (bubbling) carrying the reply as a JSON string. Written with `zod/mini` (tree-shakable) because the
 * page bridge, which runs on every allowlisted page load, ships these schemas.
 */
import * as z from "zod/mini";
import { BASE64_PATTERN, MAX_BASE64_CHARS, NOT_BASE64 } from "../../shared/protocol/base64";

/** Ids of the hidden inputs a page looks for before it offers "read with IC card reader". */
export const DETECTION_INPUT_IDS = { extension: "extension-is-installed", app: "app-is-installed" } as const;
/** Values put in the detection inputs: the official extension's major version and the app's version. */
export const DETECTION_VALUES = { extension: "1", app: "29" } as const;

/**
 * `app-is-installed` as the official content script sets it: per browser, and its macOS value when the user agent
 * says "Intel Mac OS X" (Chrome 29 / 40, Firefox 25 / 24; docs/page-protocol.md). Elsewhere, Linux included, the
 * Windows value: on Linux the sites see a Windows platform (the platform override), and the bridge answers as there.
 * @example appDetectionValue("firefox", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) …") // "24"
 */
export function appDetectionValue(browser: "chromium" | "firefox", userAgent: string): string {
  const mac = userAgent.includes("Intel Mac OS X");
  if (browser === "firefox") return mac ? "24" : "25";
  return mac ? "40" : DETECTION_VALUES.app;
}

export const LAUNCH_EVENT = "launchApp";
export const REPLY_EVENT = "recvMsg";

/** `detail` strings longer than this are answered with a failure without being parsed. */
export const MAX_PAGE_DETAIL_CHARS = 64 * 1024;

export const PageModeSchema = z.enum(["01", "02", "04", "05"]);
export type PageMode = z.infer<typeof PageModeSchema>;

/** A digest (DER DigestInfo) as the page sends it: base64, at least one 3-byte group. */
const PageDigestSchema = z
  .string()
  .check(z.maxLength(MAX_BASE64_CHARS), z.regex(BASE64_PATTERN, NOT_BASE64), z.minLength(4));

const common = {
  /** Only "01" is seen in the wild; kept and ignored. */
  service_id: z.optional(z.string().check(z.maxLength(64))),
};

/** The request in `launchApp.detail` after JSON.parse. Unknown fields are allowed (and ignored) as sites send them. */
export const PageRequestSchema = z.discriminatedUnion("mode", [
  z.looseObject({ ...common, mode: z.literal("01"), digest: PageDigestSchema }),
  z.looseObject({
    ...common,
    mode: z.literal("02"),
    digest: z.union([PageDigestSchema, z.array(PageDigestSchema).check(z.minLength(1), z.maxLength(16))]),
  }),
  z.looseObject({ ...common, mode: z.literal("04") }),
  z.looseObject({ ...common, mode: z.literal("05") }),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;

const success = { result: z.literal("0"), uuid: z.string(), combination_code: z.string() };

export const PageAuthReplySchema = z.strictObject({
  ...success,
  mode: z.literal("01"),
  signature: z.string(),
  certificate: z.string(),
});
export const PageSignReplySchema = z.strictObject({
  ...success,
  mode: z.literal("02"),
  signature: z.array(z.string()),
  certificate: z.string(),
});
export const PageCardInfoReplySchema = z.strictObject({
  ...success,
  mode: z.literal("04"),
  name: z.string(),
  sex: z.string(),
  address: z.string(),
  birthday: z.string(),
});

/**
 * A failure: `result:"1"` with a message in the user's language and our catalogue code. The official app's
 * "no app answered" reply (`errcode:"EW044-C300"`, request echoed) is not ours to send: we did answer.
 */
export const PageFailureReplySchema = z.strictObject({
  mode: z.optional(z.string().check(z.maxLength(8))),
  result: z.literal("1"),
  message: z.string(),
  error_code: z.string(),
});

export const PageReplySchema = z.union([
  PageAuthReplySchema,
  PageSignReplySchema,
  PageCardInfoReplySchema,
  PageFailureReplySchema,
]);
export type PageReply = z.infer<typeof PageReplySchema>;
