// SPDX-License-Identifier: MIT
/**
 * Every PIN session of the background, whoever asked for it (a web page, or the extension's own pages creating a
 * profile from the card): which ones are open, whether a new one may start, and how one starts — its PIN window
 * opens while it waits in the card queue, and the window's port is routed to it.
 *
 * A caller cannot flood the user with PIN windows: an owner (a tab, or the extension itself) has at most one session
 * (a further one is refused REQUEST_PENDING), and the card queue is bounded (CARD_BUSY beyond it). A refused request
 * opens no window and sends nothing to the host. One session's own course is `pin-session.ts`.
 */
import type { Runtime } from "webextension-polyfill";
import type { ErrorCode } from "../../shared/errors/catalogue";
import { PinWindowToBackgroundSchema } from "../protocol/extension";
import type { CardQueue } from "./card-queue";
import { logEvent } from "./log";
import type { NativeHost } from "./native-host";
import { PinSession, type PinSessionOptions } from "./pin-session";

/** What a caller says about its session: all of PinSessionOptions but the id and the host, which are ours. */
export type PinSessionRequest = Omit<PinSessionOptions, "requestId" | "host">;

/** The answer to `start`: refused with a code, or a session that has begun. */
export type PinSessionStart =
  | { readonly refused: ErrorCode }
  | {
      readonly refused: null;
      readonly requestId: string;
      readonly session: PinSession;
      /** Settles once the session has left the collection (its card work, and its window if kept, are over). */
      readonly ended: Promise<void>;
    };

export class PinSessions {
  // By request id, with their owner: a tab's id, or a number of the caller's for a session of no tab.
  private readonly entries = new Map<string, { owner: number; session: PinSession }>();

  /** `host` is the native host every session talks to; `queue` lets one card operation run at a time. */
  constructor(
    private readonly host: NativeHost,
    private readonly queue: CardQueue,
  ) {}

  /** Admits and starts a session of `owner`, or says why not. */
  start(owner: number, request: PinSessionRequest, { keepUntilWindowGone = false } = {}): PinSessionStart {
    // Nothing is awaited before the session is recorded: requests arriving together are admitted one by one.
    // Without `keepUntilWindowGone` the session leaves when its card work ends; with it, once its window is gone (a
    // window that shows something after the card work, and may only connect after that, still finds its session).
    const refused = this.refusal(owner);
    if (refused !== null) return { refused };
    const requestId = crypto.randomUUID();
    const session = new PinSession({ ...request, requestId, host: this.host });
    this.entries.set(requestId, { owner, session });
    return { refused: null, requestId, session, ended: this.run(requestId, session, keepUntilWindowGone) };
  }

  /** The session of `owner` in progress, if any. */
  of(owner: number): PinSession | undefined {
    for (const entry of this.entries.values()) if (entry.owner === owner) return entry.session;
    return undefined;
  }

  /** Ends every session of `owner` without an answer to wait for (the page asked to close its PIN window). */
  abandon(owner: number): void {
    for (const entry of this.entries.values()) if (entry.owner === owner) entry.session.abandon();
  }

  /** A PIN window introduces itself with its request id; windows of unknown (finished) requests are closed. */
  connectWindow(port: Runtime.Port): void {
    const onHello = (raw: unknown): void => {
      const message = PinWindowToBackgroundSchema.safeParse(raw);
      if (!message.success || message.data.type !== "hello") return;
      port.onMessage.removeListener(onHello);
      const entry = this.entries.get(message.data.requestId);
      if (entry === undefined) port.disconnect();
      else entry.session.attachWindow(port);
    };
    port.onMessage.addListener(onHello);
  }

  /** A browser window was closed: the session whose PIN window it was ends. */
  windowClosed(windowId: number): void {
    for (const { session } of this.entries.values()) session.windowClosed(windowId);
  }

  /** Why a session of `owner` may not start now, or null: one session per owner, then room in the card queue. */
  private refusal(owner: number): ErrorCode | null {
    if (this.of(owner) !== undefined) return "REQUEST_PENDING";
    return this.queue.full ? "CARD_BUSY" : null;
  }

  private async run(requestId: string, session: PinSession, keepUntilWindowGone: boolean): Promise<void> {
    try {
      // The window opens while the card is asked for tries left: the user sees it ready the sooner.
      await Promise.all([session.open(), this.queue.run(() => session.start())]);
    } catch (error) {
      logEvent("pin-window-failed", { requestId, message: String(error) });
      session.abandon();
    }
    try {
      if (keepUntilWindowGone) await session.windowGone;
    } finally {
      this.entries.delete(requestId);
    }
  }
}
