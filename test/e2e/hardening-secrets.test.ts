// SPDX-License-Identifier: MIT
/**
 * Secrets (docs/security.md). In Chromium and Firefox, with diagnostics logging on in the extension and the host: PIN
 * flows of modes 02, 01 and 04 (wrong PINs included) through the bridge, then every place a PIN could leak is
 * searched: the host log and config folder, `storage.local` / `storage.session` dumps, the background's console
 * (Chromium) and the whole browser HOME (profile, caches, crash reports) for the long sign passwords. Zero hits.
 * Then "create from My Number Card" (wrong card-info PIN first, then a new owner saved): the card's facts are in the
 * saved profile and nowhere else, and the individual number is nowhere at all.
 * Also: the built extension pages carry a strict CSP and load no remote code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { TargetType, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageAuthReplySchema, PageCardInfoReplySchema, PageSignReplySchema } from "../../extension/protocol/page";
import { useCardStack } from "../support/use-card-stack";
import { readStorage } from "./pages/extension-storage";
import {
  launchApp,
  startBridgeTestServer,
  waitForReply,
  type BridgeTestServer,
  openBridgePage,
} from "./support/bridge-test-page";
import { digestInfoBase64 } from "./support/card-crypto";
import {
  BROWSER_KINDS,
  allowOrigin,
  launchExtensionBrowser,
  openExtensionPage,
  openOptionsPage,
  waitForPinWindow,
  type ExtensionBrowser,
} from "./support/extension-browser";
import { readHostLog } from "./support/host-log";
import { submitPin, waitForError } from "./support/pin-window-driver";
import { confirmFromCard, openFromCardWindow } from "../drivers/profile-from-card";

/** The card's PINs and the wrong ones typed: long, distinctive values, so that a hit cannot be a coincidence. */
const PINS = { sign: "LEAKTEST7Q2", auth: "7391", "card-info": "8264" } as const;
const WRONG = { sign: "WRONGPW4X9Z", auth: "6082", "card-info": "5093" } as const;
/** Searched for in every file under the browser's HOME, as ASCII and as UTF-16LE. */
const LONG_SECRETS = [PINS.sign, WRONG.sign];
const ALL_SECRETS = [...LONG_SECRETS, PINS.auth, PINS["card-info"], WRONG.auth, WRONG["card-info"]];
/** A holder whose address and number appear nowhere else: what create-from-card reads (and must not leak). */
const HOLDER = { address: "北海道見本郡秘密町字漏洩９－８－７", myNumber: "987654321098" } as const;
const DIST = resolve(import.meta.dirname, "../../dist");

const stack = useCardStack({ pins: PINS, pkiOptions: { holder: HOLDER } });

/** Every regular file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((entry) => join(dir, entry))
    .filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
}

/**
 * Whether `secret` occurs in `text`. A 4-digit PIN is looked for as a token of its own (not inside a longer run of
 * letters or digits): a random request id in the host log holds any given 4 hex digits often enough (one CI run
 * found "6082" inside one) to make a bare substring search fail by chance; a leaked PIN is a value of its own.
 */
function occurs(text: string, secret: string): boolean {
  if (secret.length >= 8) return text.includes(secret);
  return new RegExp(`(?<![0-9A-Za-z])${secret}(?![0-9A-Za-z])`).test(text);
}

/** `label: secret` for each secret found in `content`, as UTF-8 or UTF-16LE text, in any letter case. */
function hits(label: string, content: Buffer | string, secrets: readonly string[]): string[] {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const texts = [bytes.toString("latin1"), bytes.toString("utf16le"), bytes.subarray(1).toString("utf16le")];
  const found: string[] = [];
  for (const secret of secrets) {
    if (texts.some((text) => occurs(text, secret) || occurs(text, secret.toLowerCase())))
      found.push(`${label}: ${secret}`);
  }
  return found;
}

/** `label: fact` for each card fact found in `text` as itself or as the hex of its UTF-8 bytes (mode 04's form). */
function factHits(label: string, text: string, facts: readonly string[]): string[] {
  return facts
    .filter((fact) => text.includes(fact) || text.toLowerCase().includes(Buffer.from(fact, "utf8").toString("hex")))
    .map((fact) => `${label}: ${fact}`);
}

describe.each(BROWSER_KINDS)("no PIN anywhere after PIN flows in %s", (kind) => {
  let target: ExtensionBrowser;
  let server: BridgeTestServer;
  let page: Page;
  const backgroundConsole: string[] = [];
  let replies = 0;

  beforeAll(async () => {
    server = await startBridgeTestServer();
    target = await launchExtensionBrowser(kind, { reader: stack.readerName });
    await allowOrigin(target, server.origin);
    const options = await openOptionsPage(target);
    if (!(await options.$eval("#setting-logging", (box) => (box as HTMLInputElement).checked)))
      await options.click("#setting-logging");
    await options.waitForFunction(async () => {
      const stored = await chrome.storage.local.get(null);
      return JSON.stringify(stored).includes('"diagnosticsLogging":true');
    });
    await options.close();
    if (kind === "chromium") {
      const worker = await (
        await target.browser.waitForTarget((candidate) => candidate.type() === TargetType.SERVICE_WORKER)
      ).worker();
      worker?.on("console", (message) => backgroundConsole.push(message.text()));
    }
    page = await openBridgePage(target.browser, `${server.origin}/`);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it("runs modes 02, 01 and 04 with a wrong PIN first where it can, then finds no PIN in any log or store", async () => {
    await launchApp(page, { mode: "02", digest: [digestInfoBase64("secrets sign")] });
    const signWindow = await waitForPinWindow(target);
    await submitPin(signWindow, WRONG.sign);
    await waitForError(signWindow);
    await submitPin(signWindow, PINS.sign);
    PageSignReplySchema.parse(await waitForReply(page, ++replies, 60_000));

    await launchApp(page, { mode: "01", digest: digestInfoBase64("secrets auth") });
    const authWindow = await waitForPinWindow(target);
    await submitPin(authWindow, WRONG.auth);
    await waitForError(authWindow);
    await submitPin(authWindow, PINS.auth);
    PageAuthReplySchema.parse(await waitForReply(page, ++replies, 60_000));

    await launchApp(page, { mode: "04" });
    await submitPin(await waitForPinWindow(target), PINS["card-info"]);
    PageCardInfoReplySchema.parse(await waitForReply(page, ++replies, 60_000));

    const extensionPage = await openExtensionPage(target, "pages/options/index.html");
    const storageLocal = await readStorage(extensionPage, "local");
    const storageSession = await readStorage(extensionPage, "session");
    await extensionPage.close();

    const hostLogLines = readHostLog(target.home.hostLog);
    expect(hostLogLines.filter((line) => line.event === "done").map((line) => line.command)).toEqual(
      expect.arrayContaining(["sign", "authenticate", "card-info"]),
    );
    if (kind === "chromium") expect(backgroundConsole.some((line) => line.includes("DIPS Companion"))).toBe(true);

    const found = [
      ...hits("storage.local", storageLocal, ALL_SECRETS),
      ...hits("storage.session", storageSession, ALL_SECRETS),
      ...hits("background console", backgroundConsole.join("\n"), ALL_SECRETS),
      ...filesUnder(target.home.configDir).flatMap((file) => hits(file, readFileSync(file), ALL_SECRETS)),
      ...filesUnder(target.home.home).flatMap((file) => hits(file, readFileSync(file), LONG_SECRETS)),
    ];
    const scanned = filesUnder(target.home.home).length;
    console.info(`${kind}: searched ${scanned} files under the browser HOME, storage dumps and the host log`);
    expect(scanned).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it("create from My Number Card: PINs nowhere, the card's facts only in the saved profile, the number nowhere", async () => {
    const pinWindow = await openFromCardWindow(target);
    await submitPin(pinWindow, WRONG["card-info"]);
    await waitForError(pinWindow);
    await submitPin(pinWindow, PINS["card-info"]);
    const ownerId = await confirmFromCard(pinWindow, {
      mode: "new",
      extras: { reading: "ミホン\u3000ハナコ", postalCode: "", phone: "090-1234-5678", email: "hanako@example.jp" },
    });
    await pinWindow.close();

    const extensionPage = await openExtensionPage(target, "pages/options/index.html");
    const local = JSON.parse(await readStorage(extensionPage, "local")) as Record<string, unknown>;
    const storageSession = await readStorage(extensionPage, "session");
    await extensionPage.close();
    const { profiles, ...otherLocal } = local;
    expect(JSON.stringify(profiles)).toContain(ownerId);
    expect(JSON.stringify(profiles)).toContain("字漏洩９－８－７");

    const facts = [HOLDER.address, "秘密町", "字漏洩", stack.pki.holder.name, HOLDER.myNumber];
    const hostLog = readFileSync(target.home.hostLog, "utf8");
    const found = [
      ...hits("storage.local", JSON.stringify(local), ALL_SECRETS),
      ...hits("storage.session", storageSession, ALL_SECRETS),
      ...hits("background console", backgroundConsole.join("\n"), ALL_SECRETS),
      ...factHits("storage.local outside the profiles", JSON.stringify(otherLocal), facts),
      ...factHits("saved profiles", JSON.stringify(profiles), [HOLDER.myNumber]),
      ...factHits("storage.session", storageSession, facts),
      ...factHits("background console", backgroundConsole.join("\n"), facts),
      ...factHits("host log", hostLog, facts),
      ...filesUnder(target.home.configDir).flatMap((file) => hits(file, readFileSync(file), ALL_SECRETS)),
      ...filesUnder(target.home.home).flatMap((file) =>
        hits(file, readFileSync(file), [...LONG_SECRETS, HOLDER.myNumber]),
      ),
    ];
    expect(hostLog).toContain("card-info");
    expect(found).toEqual([]);
  });
});

describe("the built extension pages", () => {
  const browsers = ["chrome", "firefox"] as const;

  it.each(browsers)("%s: a strict CSP in the manifest (no remote or inline script, no eval)", (browser) => {
    const manifest = JSON.parse(readFileSync(join(DIST, browser, "manifest.json"), "utf8")) as {
      content_security_policy?: { extension_pages?: string };
    };
    const policy = manifest.content_security_policy?.extension_pages ?? "";
    const directives = new Map(
      policy
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0] !== undefined && parts[0] !== "")
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
  });

  it.each(browsers)("%s: pages and scripts load nothing from outside the extension", (browser) => {
    const files = filesUnder(join(DIST, browser));
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const sources = [...html.matchAll(/<(?:script|link|iframe|img)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map(
        (match) => match[1] ?? "",
      );
      expect(
        sources.filter((source) => /^(?:[a-z]+:)?\/\//i.test(source)),
        file,
      ).toEqual([]);
      const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
      expect(
        inlineScripts.filter((match) => (match[1] ?? "").trim() !== ""),
        file,
      ).toEqual([]);
    }
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      const code = readFileSync(file, "utf8");
      expect(code.match(/\bimport\s*\(\s*["'`]https?:/g), file).toBeNull();
      expect(code.match(/importScripts\s*\(\s*["'`]https?:/g), file).toBeNull();
      expect(code.match(/\bnew Function\s*\(|\beval\s*\(/g), file).toBeNull();
    }
  });
});
