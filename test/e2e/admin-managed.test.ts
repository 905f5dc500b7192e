// SPDX-License-Identifier: MIT
/**
 * Managed settings as an IT admin deploys them, in real browsers: Chromium with a policy file under
 * /etc/chromium/policies/managed/ (`3rdparty`), Firefox with a managed-storage manifest in HOME. The extension must
 * show the policy on its options page (locked controls with the reason, export off, the pushed profile read-only),
 * answer the page bridge on the origin the policy allows (mode 01 against the emulated card), and prefill a page
 * with the pushed profile.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageAuthReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { tabIdOf } from "./pages/extension-storage";
import { startPagesServer, type PagesServer } from "./pages/pages-server";
import {
  ADMIN_NOTE,
  POLICY_OWNER,
  POLICY_UA,
  chromiumThirdPartyPolicy,
  grantPolicyOrigin,
  openOptionsWithPolicy,
  testManagedValues,
  writeChromiumPolicy,
  writeFirefoxManagedStorage,
} from "./support/admin-policy";
import {
  launchApp,
  startBridgeTestServer,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  launchExtensionBrowser,
  openExtensionPage,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { submitPin } from "./support/pin-window-driver";
import { TEST_PINS } from "../support/test-pins";

const AUTH_PIN = TEST_PINS.auth;
const stack = useCardStack();

describe.each(BROWSER_KINDS)("managed settings in %s", (kind) => {
  let target: ExtensionBrowser;
  let bridgeServer: BridgeTestServer;
  let pagesServer: PagesServer;
  let options: Page;
  let removePolicy = (): void => undefined;

  beforeAll(async () => {
    bridgeServer = await startBridgeTestServer();
    pagesServer = await startPagesServer();
    const values = testManagedValues([bridgeServer.origin, pagesServer.origin]);
    if (kind === "chromium") removePolicy = writeChromiumPolicy(chromiumThirdPartyPolicy(values));
    target = await launchExtensionBrowser(kind, { reader: stack.readerName });
    if (kind === "firefox") writeFirefoxManagedStorage(target.home.home, values);
    options = await openOptionsWithPolicy(target);
  });

  afterAll(async () => {
    removePolicy();
    await target?.close();
    await bridgeServer?.close();
    await pagesServer?.close();
  });

  it("shows the policy's keys and contact, and locks the fixed controls with the reason", async () => {
    const keys = await options.$$eval("#policy-keys dd", (items) => items.map((item) => item.dataset.policyKey));
    expect(keys).toEqual(expect.arrayContaining(["allowlist", "coexistence", "exportDisabled", "profiles"]));
    expect(await options.$eval("#policy-contact", (element) => element.textContent)).toContain(ADMIN_NOTE);
    const coexistence = await options.$eval("#setting-coexistence", (select) => ({
      disabled: (select as HTMLSelectElement).disabled,
      value: (select as HTMLSelectElement).value,
      reason: select.nextElementSibling?.textContent ?? "",
    }));
    expect(coexistence.disabled).toBe(true);
    expect(coexistence.value).toBe("answer");
    expect(coexistence.reason).toContain(ADMIN_NOTE);
    // A key the policy leaves alone stays the user's to change.
    expect(await options.$eval("#setting-language", (select) => (select as HTMLSelectElement).disabled)).toBe(false);
  });

  it("turns profile export off", async () => {
    await options.waitForSelector("#profiles-export-disabled", { timeout: 15_000 });
    expect(await options.$eval("#profiles-export", (button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });

  it("shows the pushed profiles read-only, apart from the user's editable ones", async () => {
    const pushed = await options.$$eval("#policy-profiles li", (items) =>
      items.map((item) => ({
        text: item.textContent ?? "",
        managed: item.dataset.managed,
        buttons: item.querySelectorAll("button").length,
      })),
    );
    expect(pushed.map(({ managed, buttons }) => ({ managed, buttons }))).toEqual([
      { managed: "true", buttons: 0 },
      { managed: "true", buttons: 0 },
    ]);
    expect(pushed[0]?.text).toContain(POLICY_OWNER.name);
    expect(pushed[1]?.text).toContain(POLICY_UA.serialNumber);
    expect(await options.$$eval("#profiles-owners li", (items) => items.length)).toBe(0);
  });

  it("answers the page bridge on the origin the policy allows (mode 01 with the emulated card)", async () => {
    await grantPolicyOrigin(target, options, bridgeServer.origin);
    const page = await openBridgePage(target.browser, `${bridgeServer.origin}/`);
    const digest = digestInfoBase64("admin policy origin");
    await launchApp(page, { mode: "01", service_id: "01", digest });
    await submitPin(await waitForPinWindow(target), AUTH_PIN);
    const reply = PageAuthReplySchema.parse(await waitForReply(page, 1));
    expect(Buffer.from(reply.certificate, "base64").equals(Buffer.from(stack.pki.auth.der))).toBe(true);
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    await page.close();
  });

  it("prefills a page on a policy origin with the pushed owner", async () => {
    await grantPolicyOrigin(target, options, pagesServer.origin);
    const page = await target.browser.newPage();
    const url = `${pagesServer.origin}/prefill-ja.html?admin=1`;
    await page.goto(url);
    await page.waitForFunction(() => "pageEvents" in window);
    const popup = await openExtensionPage(target, `pages/popup/index.html?tab=${await tabIdOf(options, url)}`);
    await popup.waitForSelector("#prefill-owner");
    const ownerChoices = await popup.$$eval("#prefill-owner option", (items) => items.map((item) => item.value));
    expect(ownerChoices[0]).toBe(`policy-${POLICY_OWNER.id}`);
    await popup.select("#prefill-owner", `policy-${POLICY_OWNER.id}`);
    await popup.click(`#prefill-ua-policy-${POLICY_UA.id}`);
    await popup.click("#prefill-fill");
    await popup.waitForSelector("#prefill-filled", { timeout: 15_000 });
    const values = await page.evaluate(() =>
      Object.fromEntries(
        ["o1", "o2", "o10", "a1s", "a1o"].map((name) => [
          name,
          document.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? null,
        ]),
      ),
    );
    expect(values).toEqual({
      o1: POLICY_OWNER.name,
      o2: POLICY_OWNER.reading,
      o10: POLICY_OWNER.email,
      a1s: POLICY_UA.serialNumber,
      a1o: POLICY_UA.model,
    });
    await popup.close();
    await page.close();
  });
});
