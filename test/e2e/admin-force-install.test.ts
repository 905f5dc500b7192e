// SPDX-License-Identifier: MIT
/**
 * The self-hosted deployment end to end: the host is installed system-wide from the .deb, and Chromium installs the
 * packed CRX itself because a policy file lists it in ExtensionInstallForcelist, pointing at an update server on
 * 127.0.0.1 (updates.xml + CRX, as `npm run package` makes them). The installed extension must have the same id,
 * read its policy values, and sign (mode 01) through the .deb's host against the emulated card, on the DIPS-REG
 * origin (served locally).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, get, type Server } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import { PageAuthReplySchema } from "../../extension/protocol/page";
import { HOST_NAME } from "../../shared/version";
import { debInstalled, installDeb, packageCurrentBuild, removeDeb } from "../integration/packaging-support";
import { useCardStack } from "../support/use-card-stack";
import { chromiumThirdPartyPolicy, testManagedValues, writeChromiumPolicy } from "./support/admin-policy";
import {
  launchApp,
  startBridgeTestServer,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { createBrowserHome, type BrowserHome } from "./support/browser-home";
import { digestInfoBase64, signatureMatches } from "./support/card-crypto";
import { waitForPinWindow, type ExtensionBrowser } from "./support/extension-browser";
import { submitPin } from "./support/pin-window-driver";

const stack = useCardStack();
const EXTENSION_ORIGIN = `chrome-extension://${CHROME_EXTENSION_ID}`;
const DIPS_REG_HOST = "www.dips-reg.mlit.go.jp";

/** Serves the package folder and records what was fetched. */
async function startUpdateServer(dir: () => string): Promise<{ server: Server; base: string; fetched: string[] }> {
  const fetched: string[] = [];
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://x").pathname.slice(1);
    fetched.push(name);
    const path = join(dir(), name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) return void response.writeHead(404).end();
    const type = name.endsWith(".xml") ? "text/xml" : "application/x-chrome-extension";
    response.writeHead(200, { "content-type": type }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, fetched };
}

/**
 * The bridge test page served as https://www.dips-reg.mlit.go.jp (a throwaway self-signed certificate; Chromium maps
 * the name to this server and ignores the certificate). That origin is in the extension's required host
 * permissions, which a policy install grants; a policy-added origin would need the user's click on a permission
 * prompt, which headless Chromium cannot show for a policy-installed extension (admin-managed.test.ts covers it).
 */
async function startDipsRegMirror(httpOrigin: string, dir: string): Promise<{ port: number; close(): Promise<void> }> {
  const [key, cert] = [join(dir, "tls.key"), join(dir, "tls.crt")];
  const subject = ["-subj", `/CN=${DIPS_REG_HOST}`, "-addext", `subjectAltName=DNS:${DIPS_REG_HOST}`];
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key, "-out", cert, ...subject],
    {
      stdio: "ignore",
    },
  );
  const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    get(`${httpOrigin}${request.url ?? "/"}`, (upstream) => {
      response.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(response);
    }).on("error", () => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Opens the extension's options page once Chromium has installed it (it downloads it after start-up). Before that
 * the URL is blocked, and Chromium detaches a tab that tried it when the extension arrives: one fresh tab per try.
 */
async function waitForInstalledOptions(browser: Browser, timeout = 90_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = await browser.newPage();
    await page.goto(`${EXTENSION_ORIGIN}/pages/options/index.html`, { timeout: 10_000 }).catch(() => undefined);
    if ((await page.$("#policy").catch(() => null)) !== null) return page;
    await page.close().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the force-installed extension did not appear within ${timeout} ms`);
}

/** How Chromium says it installed the extension (chrome://extensions-internals). */
async function installLocation(browser: Browser): Promise<string | undefined> {
  const page = await browser.newPage();
  await page.goto("chrome://extensions-internals");
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  const extensions = JSON.parse(text) as { id: string; location: string }[];
  return extensions.find((extension) => extension.id === CHROME_EXTENSION_ID)?.location;
}

describe("ExtensionInstallForcelist with a self-hosted CRX and the host from the .deb", () => {
  const packages = mkdtempSync(join(tmpdir(), "dips-force-install-"));
  let updates: Awaited<ReturnType<typeof startUpdateServer>>;
  let bridge: BridgeTestServer;
  let home: BrowserHome;
  let browser: Browser;
  let options: Page;
  let mirror: Awaited<ReturnType<typeof startDipsRegMirror>>;
  let removePolicy = (): void => undefined;

  beforeAll(async () => {
    if (debInstalled())
      throw new Error("dips-companion-host is already installed on this machine: refusing to touch it");
    updates = await startUpdateServer(() => packages);
    await packageCurrentBuild(packages, updates.base);
    installDeb(join(packages, "dips-companion-host_0.1.0_amd64.deb"));
    bridge = await startBridgeTestServer();
    mirror = await startDipsRegMirror(bridge.origin, packages);
    removePolicy = writeChromiumPolicy({
      ExtensionInstallForcelist: [`${CHROME_EXTENSION_ID};${updates.base}updates.xml`],
      // By default Chromium refuses DevTools (and so puppeteer) on policy-installed extensions' pages.
      DeveloperToolsAvailability: 1,
      ...chromiumThirdPartyPolicy(testManagedValues([bridge.origin])),
    });
    // No user-level host registration: only the .deb's /etc/chromium/native-messaging-hosts manifest can answer.
    home = createBrowserHome({ reader: stack.readerName, withoutHost: true });
    browser = await puppeteer.launch({
      browser: "chrome",
      executablePath: "/usr/bin/chromium",
      headless: true,
      pipe: true,
      userDataDir: home.profileDir,
      env: home.env,
      // The policy download is background networking; extensions must not be disabled.
      ignoreDefaultArgs: ["--disable-background-networking", "--disable-extensions", "--disable-default-apps"],
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-sync",
        "--no-first-run",
        "--lang=ja",
        "--accept-lang=ja",
        `--host-resolver-rules=MAP ${DIPS_REG_HOST} 127.0.0.1:${mirror.port}`,
        "--ignore-certificate-errors",
      ],
    });
    options = await waitForInstalledOptions(browser);
  }, 240_000);

  afterAll(async () => {
    removePolicy();
    await browser?.close().catch(() => undefined);
    removeDeb();
    home?.remove();
    await mirror?.close();
    await bridge?.close();
    await new Promise((resolve) => updates?.server.close(resolve));
    rmSync(packages, { recursive: true, force: true });
  });

  it("installs the packed CRX from the update server, with the same id", async () => {
    expect(updates.fetched).toEqual(expect.arrayContaining(["updates.xml", "dips-companion-0.1.0.crx"]));
    expect(await installLocation(browser)).toBe("EXTERNAL_POLICY_DOWNLOAD");
    expect(await options.evaluate(() => chrome.runtime.id)).toBe(CHROME_EXTENSION_ID);
  });

  it("reads its policy values", async () => {
    await options.waitForSelector("#policy-keys", { timeout: 30_000 });
    const keys = await options.$$eval("#policy-keys dd", (items) => items.map((item) => item.dataset.policyKey));
    expect(keys).toEqual(expect.arrayContaining(["allowlist", "exportDisabled", "profiles"]));
  });

  it("signs (mode 01) through the host installed from the .deb", async () => {
    expect(existsSync(join(home.profileDir, "NativeMessagingHosts", `${HOST_NAME}.json`))).toBe(false);
    expect(existsSync(`/etc/chromium/native-messaging-hosts/${HOST_NAME}.json`)).toBe(true);
    const target: ExtensionBrowser = {
      kind: "chromium",
      browser,
      home,
      extensionOrigin: EXTENSION_ORIGIN,
      close: () => browser.close(),
    };
    const page = await openBridgePage(browser, `https://${DIPS_REG_HOST}/`);
    const digest = digestInfoBase64("force-installed extension");
    await launchApp(page, { mode: "01", service_id: "01", digest });
    await submitPin(await waitForPinWindow(target), "1234");
    const reply = PageAuthReplySchema.parse(await waitForReply(page, 1));
    expect(Buffer.from(reply.certificate, "base64").equals(Buffer.from(stack.pki.auth.der))).toBe(true);
    expect(signatureMatches(reply.certificate, reply.signature, digest)).toBe(true);
    // The installed host wrote its log into the config folder this browser passed on.
    expect(readFileSync(home.hostLog, "utf8")).toContain("authenticate");
  });
});
