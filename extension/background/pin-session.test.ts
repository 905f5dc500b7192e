// SPDX-License-Identifier: MIT
import { describe, expect, it, vi } from "vitest";
import { CompanionError } from "../../shared/errors/companion-error";
import { BackgroundToPinWindowSchema, type PinWindowView } from "../protocol/extension";
import type { PreparedAction } from "./actions/card-action";
import type { NativeHost } from "./native-host";
import { fakeWindowPort } from "./testing/fake-window-port";

const windows = { opened: 0, closed: [] as number[] };
vi.mock("./pin-window", () => ({
  openPinWindow: () => Promise.resolve(++windows.opened),
  closePinWindow: (id: number) => {
    windows.closed.push(id);
    return Promise.resolve();
  },
}));
const { PinSession } = await import("./pin-session");

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

type Attempt = (pin: string, confirmLastTry: boolean) => Promise<never> | Promise<{ mode: "04" }>;

function session(attempts: Attempt[], extra: { showResult?: () => Partial<PinWindowView>; blocked?: boolean } = {}) {
  const pinsTried: string[] = [];
  const action: PreparedAction = {
    operation: "authenticate",
    pinKind: "auth",
    digests: ["MDEwDQYJYIZIAWUDBAIBBQAEIA=="],
    run: (_host, { pin, confirmLastTry }) => {
      pinsTried.push(pin);
      const attempt = attempts.shift();
      if (attempt === undefined) throw new Error("unexpected attempt");
      return attempt(pin, confirmLastTry) as never;
    },
  };
  const host = {
    request: () =>
      Promise.resolve(
        extra.blocked === true
          ? { triesLeft: 0, maxTries: 3, blocked: true }
          : { triesLeft: 3, maxTries: 3, blocked: false },
      ),
  } as unknown as NativeHost;
  const pinSession = new PinSession({
    requestId: "r1",
    origin: "https://www.dips-reg.mlit.go.jp",
    mode: "01",
    action,
    pageSummary: { ownerName: null, uaSerialNumbers: [] },
    host,
    reader: undefined,
    language: "en",
    ...(extra.showResult === undefined ? {} : { showResult: extra.showResult }),
  });
  return { pinSession, pinsTried };
}

/** A session whose window opened and connected, started and left to settle (shown "ready"). */
async function readySession(attempts: Attempt[]) {
  const { pinSession, pinsTried } = session(attempts);
  const window = fakeWindowPort();
  const windowId = windows.opened + 1;
  await pinSession.open();
  pinSession.attachWindow(window.port);
  const started = pinSession.start();
  await settle();
  return { pinSession, pinsTried, window, windowId, started };
}

describe("PinSession", () => {
  it("sends the window views it can parse, each in the language the background resolved", async () => {
    const { window, started } = await readySession([() => Promise.resolve({ mode: "04" })]);
    window.send({ type: "submit", pin: "1234", confirmLastTry: false });
    await started;
    expect(window.views.map((view) => view.phase)).toEqual(["queued", "checking", "ready", "working", "done"]);
    for (const view of window.views) {
      expect(BackgroundToPinWindowSchema.safeParse({ type: "view", view }).success).toBe(true);
      expect(view.language).toBe("en");
    }
  });

  it("shows tries left after a wrong PIN, waits for the user, and replies once on success", async () => {
    const { pinSession, pinsTried, window, started } = await readySession([
      () => Promise.reject(new CompanionError("PIN_WRONG", 2)),
      () => Promise.resolve({ mode: "04" }),
    ]);
    expect(window.views.at(-1)?.phase).toBe("ready");
    expect(window.views.at(-1)?.digestFingerprints[0]).toMatch(/^[0-9a-f]{8} [0-9a-f]{8}$/);
    window.send({ type: "submit", pin: "1111", confirmLastTry: false });
    await settle();
    expect(window.views.at(-1)).toMatchObject({ phase: "ready", error: { code: "PIN_WRONG", triesLeft: 2 } });
    expect(window.views.at(-1)?.pinStatus?.triesLeft).toBe(2);
    expect(pinsTried).toEqual(["1111"]);
    window.send({ type: "submit", pin: "1234", confirmLastTry: false });
    await started;
    await expect(pinSession.reply).resolves.toEqual({ mode: "04" });
    expect(pinsTried).toEqual(["1111", "1234"]);
    expect(JSON.stringify(window.views)).not.toContain("1234");
  });

  it("hands the reply on before it closes the window (a closing window would hold the reply up)", async () => {
    const { pinSession, window, windowId } = await readySession([() => Promise.resolve({ mode: "04" })]);
    const closedWhenReplied = pinSession.reply.then(() => windows.closed.includes(windowId));
    window.send({ type: "submit", pin: "1234", confirmLastTry: false });
    expect(await closedWhenReplied).toBe(false);
    await settle();
    expect(windows.closed).toContain(windowId);
  });

  it("refuses a malformed PIN without asking the card", async () => {
    const { pinSession, pinsTried, window } = await readySession([]);
    window.send({ type: "submit", pin: "12a", confirmLastTry: false });
    await settle();
    expect(window.views.at(-1)?.error).toEqual({ code: "PIN_MALFORMED" });
    expect(pinsTried).toEqual([]);
    window.send({ type: "cancel" });
    await expect(pinSession.reply).resolves.toMatchObject({ mode: "01", result: "1", error_code: "USER_CANCELLED" });
  });

  it("answers USER_CANCELLED when the window is closed, and only once", async () => {
    const { pinSession, window, started } = await readySession([]);
    window.close();
    pinSession.abandon();
    await started;
    await expect(pinSession.reply).resolves.toEqual({
      mode: "01",
      result: "1",
      error_code: "USER_CANCELLED",
      message: "Cancelled. Start again from the site's page to continue.",
    });
  });

  it("ends with the error for a non-retriable failure and keeps the window to show it", async () => {
    const { pinSession, window, windowId } = await readySession([
      () => Promise.reject(new CompanionError("CERT_EXPIRED")),
    ]);
    window.send({ type: "submit", pin: "1234", confirmLastTry: false });
    await expect(pinSession.reply).resolves.toMatchObject({ result: "1", error_code: "CERT_EXPIRED" });
    expect(window.views.at(-1)).toMatchObject({ phase: "failed", error: { code: "CERT_EXPIRED" } });
    expect(windows.closed).not.toContain(windowId);
  });

  it("asks the card while the window opens, and never shows ready without the fingerprints of what is signed", async () => {
    const { pinSession } = session([]);
    const window = fakeWindowPort();
    const started = pinSession.start();
    const opened = pinSession.open().then(() => pinSession.attachWindow(window.port));
    await opened;
    await settle();
    const readyViews = window.views.filter((view) => view.phase === "ready");
    expect(readyViews.length).toBeGreaterThan(0);
    for (const view of readyViews) expect(view.digestFingerprints).toHaveLength(1);
    window.send({ type: "cancel" });
    await started;
    await expect(pinSession.reply).resolves.toMatchObject({ error_code: "USER_CANCELLED" });
  });

  it("with showResult, shows the result in the kept window after a success, and windowGone waits for it to close", async () => {
    const facts = { name: "見本\u3000花子", address: "東京都千代田区", birthDate: "1990-04-01", sex: "2" as const };
    const { pinSession } = session([() => Promise.resolve({ mode: "04" })], {
      showResult: () => ({ cardFacts: facts }),
    });
    const window = fakeWindowPort();
    const windowId = windows.opened + 1;
    await pinSession.open();
    pinSession.attachWindow(window.port);
    const started = pinSession.start();
    await settle();
    let gone = false;
    void pinSession.windowGone.then(() => (gone = true));
    window.send({ type: "submit", pin: "1234", confirmLastTry: false });
    await started;
    await settle();
    expect(window.views.at(-1)).toMatchObject({ phase: "done", cardFacts: facts });
    expect(windows.closed).not.toContain(windowId);
    expect(gone).toBe(false);
    pinSession.windowClosed(windowId);
    await settle();
    expect(gone).toBe(true);
  });

  it("a session that failed before its window opened keeps the window for the error (a blocked PIN)", async () => {
    const { pinSession } = session([], { blocked: true });
    const windowId = windows.opened + 1;
    await pinSession.start();
    await pinSession.open();
    await expect(pinSession.reply).resolves.toMatchObject({ error_code: "PIN_BLOCKED" });
    expect(windows.closed).not.toContain(windowId);
  });
});
