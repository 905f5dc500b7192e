// SPDX-License-Identifier: MIT
/**
 * Drives the practice site's pages the way a user does, for `npm start` and the end-to-end tests: the wizard, the
 * application, the mailed confirmation URL, and the identity modals. The PIN is never typed into the page: the
 * caller types it into the extension's PIN window (extension-windows.ts).
 */
import type { Browser, Page } from "puppeteer-core";

/** What the page shows after a card step: the next modal, the completion page, or an error in the modal. */
export type FlowState = { kind: "modal"; step: string; error: string | null } | { kind: "complete"; url: string };

export async function clickAndWaitForNavigation(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(selector)]);
}

/** STEP 01: opens the site in a language and starts a new registration (→ STEP 02). */
export async function beginRegistration(page: Page, siteUrl: string, lang: "ja" | "en"): Promise<void> {
  await page.goto(`${siteUrl}/?lang=${lang}`, { waitUntil: "load" });
  await clickAndWaitForNavigation(page, "#begin");
}

/** Makes STEP 03 show `count` UA blocks (keeps what was typed). */
export async function ensureUaBlocks(page: Page, count: number): Promise<void> {
  for (;;) {
    const blocks = await page.$$eval("fieldset.ua", (nodes) => nodes.length);
    if (blocks >= count) return;
    await clickAndWaitForNavigation(page, "#add-ua");
  }
}

/** Clicks "Next" and fails with the page's own message if the step did not validate. */
export async function nextStep(page: Page): Promise<void> {
  const before = new URL(page.url()).pathname;
  await clickAndWaitForNavigation(page, "#next");
  const after = new URL(page.url()).pathname;
  if (after === before) {
    const alert = await page.$eval('[role="alert"]', (node) => node.textContent).catch(() => "");
    throw new Error(`the site refused ${before}: ${alert}`);
  }
}

/** STEP 05: "Apply for registration" → OK; resolves with the application id once the e-mail wait is shown. */
export async function applyForRegistration(page: Page): Promise<string> {
  await page.click("#apply");
  await page.waitForSelector("#apply-ok", { visible: true });
  await page.click("#apply-ok");
  await page.waitForSelector("#modal-email-waiting", { visible: true });
  const id = await page.evaluate(() => document.body.dataset.applicationId ?? "");
  if (id === "") throw new Error("no application id on the page");
  return id;
}

/** Opens the local outbox, then the confirmation URL of the application's mail (a new tab each, as a user would). */
export async function confirmEmail(browser: Browser, siteUrl: string, applicationId: string): Promise<Page> {
  const outbox = await browser.newPage();
  await outbox.goto(`${siteUrl}/outbox`, { waitUntil: "load" });
  const selector = `.mail[data-application-id="${applicationId}"][data-kind="email-confirmation"] .mail-link`;
  const href = await outbox.$eval(selector, (node) => (node as HTMLAnchorElement).href);
  const confirmed = await browser.newPage();
  await confirmed.goto(href, { waitUntil: "load" });
  await confirmed.waitForSelector("#mail-confirmed");
  await outbox.close();
  return confirmed;
}

/** Waits until the identity flow shows the modal `step` (e.g. "precautions", "sign", "resign", "authenticate"). */
export async function waitForModal(page: Page, step: string, timeout = 30_000): Promise<void> {
  await page.bringToFront();
  await page.waitForSelector(`#modal-${step}`, { visible: true, timeout });
}

/** The page's state once a card step settled (a working modal is not settled). */
export async function waitForFlowState(page: Page, timeout = 60_000): Promise<FlowState> {
  await page.waitForFunction(
    () =>
      location.pathname.startsWith("/complete/") ||
      (document.querySelector(".modal") !== null &&
        !(document.querySelector<HTMLElement>(".modal")?.dataset.step ?? "").endsWith("-working")),
    { timeout, polling: 200 },
  );
  if (new URL(page.url()).pathname.startsWith("/complete/")) return { kind: "complete", url: page.url() };
  return page.evaluate(() => ({
    kind: "modal" as const,
    step: document.querySelector<HTMLElement>(".modal")?.dataset.step ?? "",
    error: document.getElementById("flow-error")?.textContent ?? null,
  }));
}

const MARK = /JU[0-9A-Z]{10}/g;

/**
 * Waits for the completion page (navigation after ④); resolves with the registration marks it shows, which on
 * DIPS-REG are none: the marks come once the fee is paid.
 */
export async function waitForCompletion(page: Page, timeout = 60_000): Promise<string[]> {
  await page.waitForFunction(() => location.pathname.startsWith("/complete/"), { timeout, polling: 200 });
  await page.waitForSelector("#complete-message");
  return [...(await page.$eval("main", (main) => main.textContent ?? "")).matchAll(MARK)].map((match) => match[0]);
}

/**
 * Opens the fee mail's payment link from the local outbox (a new tab, as a user would): resolves on the practice
 * payment page.
 */
export async function openPayment(browser: Browser, siteUrl: string, applicationId: string): Promise<Page> {
  const payment = await browser.newPage();
  await payment.goto(`${siteUrl}/outbox`, { waitUntil: "load" });
  const selector = `.mail[data-application-id="${applicationId}"][data-kind="fee"] .mail-link`;
  const href = await payment.$eval(selector, (node) => (node as HTMLAnchorElement).href);
  await payment.goto(href, { waitUntil: "load" });
  await payment.waitForSelector("#pay");
  return payment;
}

/**
 * Pays on the payment page, then opens the list of registered UAs from the paid page; resolves with the marks the
 * registration mail gave the application (the list shows every registered UA of the session).
 */
export async function payAndOpenList(payment: Page, siteUrl: string, applicationId: string): Promise<string[]> {
  await clickAndWaitForNavigation(payment, "#pay");
  await clickAndWaitForNavigation(payment, "#to-registered-uas");
  await payment.waitForSelector("#registered-uas");
  const mails = await payment.browser().newPage();
  try {
    await mails.goto(`${siteUrl}/outbox`, { waitUntil: "load" });
    const selector = `.mail[data-application-id="${applicationId}"][data-kind="registered"] .mail-body`;
    const body = await mails.$eval(selector, (node) => node.textContent ?? "");
    return [...body.matchAll(MARK)].map((match) => match[0]);
  } finally {
    await mails.close();
  }
}
