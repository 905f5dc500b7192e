// SPDX-License-Identifier: MIT
import { describe, expect, it, vi } from "vitest";
import type { PreparedAction } from "./actions/card-action";
import { CardQueue } from "./card-queue";
import type { NativeHost } from "./native-host";
import { fakeWindowPort } from "./testing/fake-window-port";
import type { PinSessionRequest } from "./pin-sessions";

const windows = { opened: 0, closed: [] as number[] };
vi.mock("./pin-window", () => ({
  openPinWindow: () => Promise.resolve(++windows.opened),
  closePinWindow: (id: number) => {
    windows.closed.push(id);
    return Promise.resolve();
  },
}));
const { PinSessions } = await import("./pin-sessions");

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

/** A host that answers tries left (blocked or not) and counts what it was asked. */
function fakeHost({ blocked = false } = {}) {
  const commands: string[] = [];
  const host = {
    request: ({ command }: { command: string }) => {
      commands.push(command);
      return Promise.resolve({ triesLeft: blocked ? 0 : 3, maxTries: 3, blocked });
    },
  } as unknown as NativeHost;
  return { host, commands };
}

const action: PreparedAction = {
  operation: "authenticate",
  pinKind: "auth",
  digests: [],
  run: () => Promise.reject(new Error("no PIN is typed in these tests")),
};

const request: PinSessionRequest = {
  origin: "https://www.dips-reg.mlit.go.jp",
  mode: "01",
  action,
  pageSummary: { ownerName: null, uaSerialNumbers: [] },
  reader: undefined,
  language: "en",
};

/** A PIN window's port: what it was shown, whether it was disconnected, and a way to say hello. */
function started(result: ReturnType<InstanceType<typeof PinSessions>["start"]>) {
  if (result.refused !== null) throw new Error(`refused ${result.refused}`);
  return result;
}

describe("PinSessions admission", () => {
  it("refuses a second session of the same owner with REQUEST_PENDING, opening no window; another owner's starts", async () => {
    const { host, commands } = fakeHost();
    const sessions = new PinSessions(host, new CardQueue());
    const first = started(sessions.start(7, request));
    await settle();
    const openedBefore = windows.opened;

    expect(sessions.start(7, request)).toEqual({ refused: "REQUEST_PENDING" });
    await settle();
    expect(windows.opened).toBe(openedBefore);
    expect(commands).toEqual(["pin-status"]);

    const other = started(sessions.start(8, request));
    await settle();
    expect(windows.opened).toBe(openedBefore + 1);
    expect(sessions.of(7)).toBe(first.session);
    expect(sessions.of(8)).toBe(other.session);
    sessions.abandon(7);
    sessions.abandon(8);
    await Promise.all([first.ended, other.ended]);
  });

  it("refuses CARD_BUSY once the card queue is full, without a window or a host request", async () => {
    const { host, commands } = fakeHost();
    const sessions = new PinSessions(host, new CardQueue(1));
    const running = started(sessions.start(1, request));
    const waiting = started(sessions.start(2, request));
    await settle();
    const openedBefore = windows.opened;

    expect(sessions.start(3, request)).toEqual({ refused: "CARD_BUSY" });
    await settle();
    expect(windows.opened).toBe(openedBefore);
    // The waiting session has its window but has not asked the card yet.
    expect(commands).toEqual(["pin-status"]);
    expect(sessions.of(2)?.phase).toBe("queued");

    sessions.abandon(1);
    await running.ended;
    await settle();
    // Its turn came: it asks the card now.
    expect(commands).toEqual(["pin-status", "pin-status"]);
    expect(sessions.of(2)?.phase).toBe("ready");
    sessions.abandon(2);
    await waiting.ended;
  });

  it("lets an owner start again once its session has ended, and `ended` settles after it left", async () => {
    const sessions = new PinSessions(fakeHost().host, new CardQueue());
    const first = started(sessions.start(5, request));
    await settle();
    sessions.abandon(5);
    expect(await first.session.reply).toMatchObject({ result: "1" });
    await first.ended;
    expect(sessions.of(5)).toBeUndefined();

    const again = started(sessions.start(5, request));
    expect(again.requestId).not.toBe(first.requestId);
    sessions.abandon(5);
    await again.ended;
  });

  it("abandons only the named owner's session", async () => {
    const sessions = new PinSessions(fakeHost().host, new CardQueue());
    const mine = started(sessions.start(1, request));
    const theirs = started(sessions.start(2, request));
    await settle();
    sessions.abandon(1);
    await mine.ended;
    expect(sessions.of(1)).toBeUndefined();
    expect(sessions.of(2)).toBe(theirs.session);
    expect(theirs.session.phase).not.toBe("failed");
    sessions.abandon(2);
    await theirs.ended;
  });
});

describe("PinSessions windows", () => {
  it("routes a window's hello to its session, and disconnects a window of an unknown request", async () => {
    const sessions = new PinSessions(fakeHost().host, new CardQueue());
    const { requestId, ended } = started(sessions.start(1, request));
    await settle();

    const stranger = fakeWindowPort();
    sessions.connectWindow(stranger.port);
    stranger.send({ type: "hello", requestId: "00000000-0000-4000-8000-000000000000" });
    expect(stranger.state.disconnected).toBe(true);

    const own = fakeWindowPort();
    sessions.connectWindow(own.port);
    own.send({ type: "cancel" }); // not a hello: ignored until the window introduces itself
    expect(own.views).toEqual([]);
    own.send({ type: "hello", requestId });
    expect(own.state.disconnected).toBe(false);
    expect(own.views.at(-1)).toMatchObject({ requestId, phase: "ready" });

    own.send({ type: "cancel" });
    await ended;
    expect(own.views.at(-1)).toMatchObject({ phase: "failed", error: { code: "USER_CANCELLED" } });
  });

  it("ends the session whose window was closed", async () => {
    const sessions = new PinSessions(fakeHost().host, new CardQueue());
    const { session, ended } = started(sessions.start(1, request));
    await settle();
    sessions.windowClosed(windows.opened + 1000);
    await settle();
    expect(sessions.of(1)).toBe(session);
    sessions.windowClosed(windows.opened);
    await ended;
    expect(await session.reply).toMatchObject({ result: "1" });
    expect(sessions.of(1)).toBeUndefined();
  });

  it("keeps a session whose window stays (a blocked PIN) until that window is gone, only when asked to", async () => {
    const plain = new PinSessions(fakeHost({ blocked: true }).host, new CardQueue());
    const gone = started(plain.start(1, request));
    await gone.ended;
    const late = fakeWindowPort();
    plain.connectWindow(late.port);
    late.send({ type: "hello", requestId: gone.requestId });
    expect(late.state.disconnected).toBe(true);

    const keeping = new PinSessions(fakeHost({ blocked: true }).host, new CardQueue());
    const kept = started(keeping.start(1, request, { keepUntilWindowGone: true }));
    let ended = false;
    void kept.ended.then(() => (ended = true));
    await settle();
    expect(ended).toBe(false);
    const window = fakeWindowPort();
    keeping.connectWindow(window.port);
    window.send({ type: "hello", requestId: kept.requestId });
    expect(window.state.disconnected).toBe(false);
    expect(window.views.at(-1)).toMatchObject({ phase: "failed", error: { code: "PIN_BLOCKED" } });

    keeping.windowClosed(windows.opened);
    await kept.ended;
    expect(keeping.of(1)).toBeUndefined();
  });
});
