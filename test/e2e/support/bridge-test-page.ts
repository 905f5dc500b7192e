// SPDX-License-Identifier: MIT
/**
 * A local page that talks to a card app exactly as the government sites do (docs/ref/site-protocol.md §1), served over
 * http on 127.0.0.1. It records every `recvMsg` reply in `window.recordedReplies` and shows an application summary
 * (owner name, UA serial numbers) for the PIN window to pick up.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "puppeteer-core";

export const PAGE_OWNER_NAME = "山田 太郎";
export const PAGE_UA_SERIALS = ["SN-E2E-0001", "SN-E2E-0002"];

const PAGE_HTML = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Bridge test page</title></head>
<body>
  <h1>申請内容の確認</h1>
  <table>
    <tr><th>氏名</th><td>${PAGE_OWNER_NAME}</td></tr>
    <tr><th>製造番号</th><td>${PAGE_UA_SERIALS[0]}</td></tr>
    <tr><th>製造番号</th><td>${PAGE_UA_SERIALS[1]}</td></tr>
  </table>
  <script>
    window.recordedReplies = [];
    document.addEventListener("recvMsg", (event) => window.recordedReplies.push(JSON.parse(event.detail)));
    window.launchApp = (request) =>
      document.dispatchEvent(new CustomEvent("launchApp", { detail: typeof request === "string" ? request : JSON.stringify(request) }));
  </script>
</body></html>`;

/** What another card app (e.g. the official one) has put on a page: its detection inputs. Served for `?other-app`. */
const OTHER_APP_INPUTS =
  '<input type="hidden" id="extension-is-installed" value="1"><input type="hidden" id="app-is-installed" value="29">';

export interface BridgeTestServer {
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The same page on http://localhost:<port>: a different origin, for the not-allowlisted case. */
  readonly otherOrigin: string;
  close(): Promise<void>;
}

export async function startBridgeTestServer(): Promise<BridgeTestServer> {
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    const otherApp = request.url?.includes("other-app") === true;
    response.end(otherApp ? PAGE_HTML.replace("<body>", `<body>${OTHER_APP_INPUTS}`) : PAGE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Opens the page in a new tab and waits until the extension's bridge has announced itself there. */
export async function openBridgePage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("#app-is-installed", { timeout: 15_000 });
  return page;
}

/** Dispatches `launchApp` with the request (an object is JSON-encoded, a string sent as is). */
export async function launchApp(page: Page, request: unknown): Promise<void> {
  await page.evaluate(
    (value) => (window as unknown as { launchApp(v: unknown): void }).launchApp(value),
    request as never,
  );
}

export async function recordedReplies(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => (window as unknown as { recordedReplies: Record<string, unknown>[] }).recordedReplies);
}

/** Waits for the page's reply number `count` (1-based) and returns it. */
export async function waitForReply(page: Page, count: number, timeout = 30_000): Promise<Record<string, unknown>> {
  await page.waitForFunction(
    (n) => (window as unknown as { recordedReplies: unknown[] }).recordedReplies.length >= n,
    // Poll by time: the default (animation frames) never fires in a background tab.
    { timeout, polling: 100 },
    count,
  );
  const replies = await recordedReplies(page);
  const reply = replies[count - 1];
  if (reply === undefined) throw new Error(`reply ${count} missing`);
  return reply;
}

/** The detection inputs' values, or null where an input is absent. */
export async function detectionInputs(page: Page): Promise<{ extension: string | null; app: string | null }> {
  return page.evaluate(() => ({
    extension: (document.getElementById("extension-is-installed") as HTMLInputElement | null)?.value ?? null,
    app: (document.getElementById("app-is-installed") as HTMLInputElement | null)?.value ?? null,
  }));
}
