// SPDX-License-Identifier: MIT
/**
 * Concurrency (docs/security.md), in Chromium and Firefox: two tabs ask for a mode-02 signature and the options page
 * runs its diagnostics, all at once, 20 rounds. One PIN window is ready while the other waits ("queued"); each window
 * shows the fingerprint of its own tab's digest; each reply reaches the tab that asked and verifies against that
 * tab's digest; the diagnostics pass every round.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageSignReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import {
  launchApp,
  recordedReplies,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { launchBridgeBrowser } from "./support/bridge-browser";
import { digestFingerprint, digestInfoBase64, signatureMatches } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  openExtensionPage,
  waitForReadyPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { readPinWindow, submitPin } from "./support/pin-window-driver";
import { TEST_PINS } from "../support/test-pins";

const ROUNDS = 20;
const SIGN_PIN = TEST_PINS.sign;
const stack = useCardStack();

describe.each(BROWSER_KINDS)("two tabs and the diagnostics at once in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let tabs: Page[];
  let options: Page;

  beforeAll(async () => {
    ({ server, target } = await launchBridgeBrowser(kind, { reader: stack.readerName }));
    tabs = [];
    for (let index = 0; index < 2; index++) tabs.push(await openBridgePage(target.browser, `${server.origin}/`));
    options = await openExtensionPage(target, "pages/options/index.html");
    await options.waitForSelector("#diagnostics-list li[data-ok]", { timeout: 60_000 });
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it(`${ROUNDS} rounds: serialized, each reply to the tab that asked, each window for its own tab`, async () => {
    let queuedSeen = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const digests = tabs.map((_, index) => digestInfoBase64(`round ${round} tab ${index}`));
      await options.evaluate(() => document.getElementById("diagnostics-list")?.replaceChildren());
      await Promise.all([
        ...tabs.map((tab, index) => launchApp(tab, { mode: "02", digest: [digests[index]] })),
        options.click("#diagnostics-run"),
      ]);
      const done = new Set<Page>();
      for (let served = 0; served < 2; served++) {
        const { ready, others } = await waitForReadyPinWindow(target, done);
        // Only one window may hold the card; one still waiting must say so.
        expect(others.filter((phase) => phase !== "queued")).toEqual([]);
        if (others.length > 0) queuedSeen++;
        const shown = (await readPinWindow(ready)).fingerprints;
        const owner = digests.findIndex((digest) => shown.length === 1 && shown[0] === digestFingerprint(digest));
        expect(owner, `round ${round}: window shows ${shown.join(",")}`).toBeGreaterThanOrEqual(0);
        await submitPin(ready, SIGN_PIN);
        done.add(ready);
        const tab = tabs[owner];
        if (tab === undefined) throw new Error(`round ${round}: no tab ${owner}`);
        const reply = PageSignReplySchema.parse(await waitForReply(tab, round, 60_000));
        expect(reply.signature).toHaveLength(1);
        expect(signatureMatches(reply.certificate, reply.signature[0] ?? "", digests[owner] ?? "")).toBe(true);
      }
      for (const tab of tabs) expect(await recordedReplies(tab)).toHaveLength(round);
      await options.waitForSelector("#diagnostics-list li[data-ok]", { timeout: 60_000 });
      const checks = await options.$$eval("#diagnostics-list li", (items) => items.map((item) => item.dataset.ok));
      expect(
        checks.every((ok) => ok === "true"),
        `round ${round} diagnostics`,
      ).toBe(true);
    }
    console.info(`${kind}: ${ROUNDS} rounds, a second window waited ("queued") in ${queuedSeen}`);
    expect(queuedSeen).toBeGreaterThanOrEqual(ROUNDS / 2);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  }, 900_000);
});
