// SPDX-License-Identifier: MIT
/**
 * Page bridge abuse (docs/security.md), in Chromium and Firefox: an allowlisted page fires 1,000 generated invalid
 * `launchApp` details (wrong types, huge strings, deep nesting, prototype-pollution keys, unknown modes), in bursts
 * of 50. Each gets exactly one `recvMsg` failure; no PIN window opens; nothing reaches the host or the card; and the
 * next valid request still completes.
 */
import fc from "fast-check";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageAuthReplySchema, PageFailureReplySchema, PageRequestSchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { recordedReplies, waitForReply, type BridgeTestServer, openBridgePage } from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import { BROWSER_KINDS, waitForPinWindow, type ExtensionBrowser } from "./support/extension-browser";
import { hostRequestCount } from "./support/host-log";
import { settle } from "./support/settle";
import { submitPin } from "./support/pin-window-driver";

const DETAILS = 1000;
const BURST = 50;
const stack = useCardStack();

/** A `launchApp` detail: `raw` values are dispatched as they are; the others are JSON text. */
type Detail = { raw: true; value: unknown } | { raw: false; text: string };

const VALID_DIGEST = digestInfoBase64("abuse");
const deepNesting = (depth: number, open: string, close: string): string => open.repeat(depth) + close.repeat(depth);

/** Objects that must be refused: unknown modes, wrong types in known modes, polluting keys, junk around them. */
const hostileObject = fc.oneof(
  fc.record({ mode: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null), fc.boolean()) }),
  fc.record({
    mode: fc.constantFrom("01", "02"),
    digest: fc.oneof(
      fc.constant("not base64!"),
      fc.constant(""),
      fc.integer(),
      fc.array(fc.constant("***"), { minLength: 1, maxLength: 3 }),
      fc.constant(Array.from({ length: 17 }, () => VALID_DIGEST)),
      fc.constant("A".repeat(5000)),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    ),
  }),
  fc.record({ mode: fc.constant("01") }),
  fc.constantFrom(
    { __proto__: null, mode: "03" },
    JSON.parse('{"__proto__": {"mode": "04"}}') as object,
    JSON.parse('{"constructor": {"prototype": {"mode": "04", "polluted": true}}}') as object,
    JSON.parse('{"mode": "02", "digest": {"__proto__": ["AAAA"]}}') as object,
    { mode: "04", service_id: "x".repeat(100) },
    { mode: "０４" },
    { mode: "04 " },
    { mode: ["04"] },
    { mode: { toString: "04" } },
  ),
);

const detailArbitrary: fc.Arbitrary<Detail> = fc.oneof(
  hostileObject.map((value) => ({ raw: false as const, text: JSON.stringify(value) })),
  fc.jsonValue().map((value) => ({ raw: false as const, text: JSON.stringify(value) ?? "null" })),
  fc.string({ maxLength: 200 }).map((text) => ({ raw: false as const, text })),
  fc.constantFrom<Detail>(
    { raw: false, text: "x".repeat(70_000) },
    { raw: false, text: JSON.stringify({ mode: "04", pad: "y".repeat(70_000) }) },
    { raw: false, text: deepNesting(20_000, "[", "]") },
    { raw: false, text: `{"mode":"04","n":${deepNesting(5_000, '{"a":', "}").replace(/}+$/, "1$&")}}` },
    { raw: false, text: '{"mode":"01","digest":' },
    { raw: false, text: "" },
  ),
  fc
    .oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.jsonValue())
    .map((value) => ({ raw: true as const, value })),
);

/** The details that must be refused: generated, then any that happen to form a valid request left out. */
function hostileDetails(): Detail[] {
  const invalid = (detail: Detail): boolean => {
    if (detail.raw) return true;
    try {
      return !PageRequestSchema.safeParse(JSON.parse(detail.text)).success;
    } catch {
      return true;
    }
  };
  const details = fc.sample(detailArbitrary, { numRuns: DETAILS * 2, seed: 7007 }).filter(invalid);
  return details.slice(0, DETAILS);
}

/** Waits until `snapshot` has not changed for 3 s (at most 60 s). */
async function fireBurst(page: Page, burst: Detail[]): Promise<void> {
  // As JSON text: WebDriver BiDi refuses to pass objects with keys such as `__proto__` as arguments.
  await page.evaluate((json: string) => {
    for (const item of JSON.parse(json) as Detail[]) {
      const detail = item.raw ? item.value : item.text;
      document.dispatchEvent(new CustomEvent("launchApp", { detail }));
    }
  }, JSON.stringify(burst));
}

describe.each(BROWSER_KINDS)("page bridge abuse in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
    page = await openBridgePage(target.browser, `${server.origin}/`);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it(`answers ${DETAILS} generated invalid details once each, in bursts of ${BURST}, sending nothing to the host`, async () => {
    const details = hostileDetails();
    expect(details).toHaveLength(DETAILS);
    // The options page's diagnostics (run when the origin was allowed) may still be talking to the host and the card.
    await settle(() => `${stack.card.model.apduLog.length}/${hostRequestCount(target.home.hostLog)}`);
    const apdusBefore = stack.card.model.apduLog.length;
    const hostRequestsBefore = hostRequestCount(target.home.hostLog);
    const pagesBefore = (await target.browser.pages()).length;
    for (let start = 0; start < details.length; start += BURST) {
      await fireBurst(page, details.slice(start, start + BURST));
    }
    await waitForReply(page, DETAILS, 120_000);
    // Late extra replies would show up here.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const replies = await recordedReplies(page);
    expect(replies).toHaveLength(DETAILS);
    const codes = new Map<string, number>();
    for (const reply of replies) {
      const failure = PageFailureReplySchema.parse(reply);
      codes.set(failure.error_code, (codes.get(failure.error_code) ?? 0) + 1);
    }
    console.info(`${kind}: ${DETAILS} hostile details answered: ${JSON.stringify(Object.fromEntries(codes))}`);
    expect([...codes.keys()].sort()).toEqual(["BAD_REQUEST", "UNKNOWN_MODE"]);
    expect(stack.card.model.apduLog.length).toBe(apdusBefore);
    expect(hostRequestCount(target.home.hostLog)).toBe(hostRequestsBefore);
    expect((await target.browser.pages()).length).toBe(pagesBefore);
  });

  it("still completes a valid request afterwards (PIN typed in the PIN window, signature verified)", async () => {
    const digest = digestInfoBase64("valid after abuse");
    const hostRequestsBefore = hostRequestCount(target.home.hostLog);
    await page.evaluate(
      (value) => {
        document.dispatchEvent(new CustomEvent("launchApp", { detail: value }));
      },
      JSON.stringify({ mode: "01", digest }),
    );
    await submitPin(await waitForPinWindow(target), "1234");
    const reply = PageAuthReplySchema.parse(await waitForReply(page, DETAILS + 1, 60_000));
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    // pin-status, then authenticate.
    expect(hostRequestCount(target.home.hostLog)).toBe(hostRequestsBefore + 2);
  });
});
