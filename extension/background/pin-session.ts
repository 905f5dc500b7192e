// SPDX-License-Identifier: MIT
/**
 * One page request's PIN window: opens it, asks the host for tries left, takes the PIN, runs the card action and
 * ends with exactly one page reply. A wrong PIN lets the user retype (never an automatic retry); closing the
 * window or Cancel ends with USER_CANCELLED. The PIN is held only in the `submit` handler's scope.
 */
import type { Runtime } from "webextension-polyfill";
import type { Language } from "../../shared/errors/catalogue";
import { CompanionError, toCompanionError } from "../../shared/errors/companion-error";
import { PIN_MAX_TRIES, isWellFormedPin } from "../../shared/pin";
import {
  PinWindowToBackgroundSchema,
  type PageSummary,
  type PinPhase,
  type PinWindowView,
} from "../protocol/extension";
import type { PageReply } from "../protocol/page";
import type { PreparedAction } from "./actions/card-action";
import { failureReply } from "../common/page-replies";
import { digestFingerprint } from "./digest-fingerprint";
import { logEvent } from "./log";
import type { NativeHost } from "./native-host";
import { closePinWindow, openPinWindow } from "./pin-window";

/** The page's PIN entry is valid for 5 minutes (docs/ref/site-protocol.md §2); we give the user as long. */
export const USER_TIMEOUT_MS = 5 * 60_000;

export interface PinSessionOptions {
  readonly requestId: string;
  readonly origin: string;
  readonly mode: string;
  readonly action: PreparedAction;
  readonly pageSummary: PageSummary;
  readonly host: NativeHost;
  readonly reader: string | undefined;
  readonly language: Language;
  /** DIPS-REG's step ③: a second signature for the same tab (see PinWindowView.signAgain). */
  readonly signAgain?: boolean;
  /** How long the user has for the PIN once the card is ours; USER_TIMEOUT_MS unless a test build shortens it. */
  readonly userTimeoutMs?: number;
  /**
   * What the window shows after a success, when it stays open for it (the confirm-before-save view of a profile made
   * from the card). Without it, the window closes after a success.
   */
  readonly showResult?: (reply: PageReply) => Partial<PinWindowView>;
}

export class PinSession {
  private view: PinWindowView;
  private port: Runtime.Port | null = null;
  private windowId: number | null = null;
  private finished = false;
  /** The session ended with a final error the user must read: the window stays, even if it opened after the end. */
  private keepWindow = false;
  private resolveReply: (reply: PageReply) => void = () => undefined;
  /** The one reply for the page; settles when the session ends, however it ends. */
  readonly reply: Promise<PageReply>;
  private userTimer: ReturnType<typeof setTimeout> | undefined;
  private resolveWindowGone: () => void = () => undefined;
  /** Settles when the window is closed or its port went away, or at the end when the window was not kept. */
  readonly windowGone: Promise<void>;
  /** Settles once the view carries the fingerprints of what will be signed: never "ready" before that. */
  private readonly fingerprinted: Promise<void>;

  constructor(private readonly options: PinSessionOptions) {
    this.view = {
      requestId: options.requestId,
      origin: options.origin,
      operation: options.action.operation,
      digestFingerprints: [],
      pageSummary: options.pageSummary,
      phase: "queued",
      pinStatus: null,
      error: null,
      language: options.language,
      ...(options.signAgain === true ? { signAgain: true } : {}),
    };
    this.reply = new Promise((resolve) => (this.resolveReply = resolve));
    this.windowGone = new Promise((resolve) => (this.resolveWindowGone = resolve));
    this.fingerprinted = Promise.all(options.action.digests.map(digestFingerprint)).then((fingerprints) => {
      this.view.digestFingerprints = fingerprints;
    });
  }

  get operation(): PinWindowView["operation"] {
    return this.view.operation;
  }

  get phase(): PinPhase {
    return this.view.phase;
  }

  /** Opens the window at once (saying "waiting" while another tab has the card). */
  async open(): Promise<void> {
    await this.fingerprinted;
    this.windowId = await openPinWindow(this.options.requestId);
    if (this.finished && !this.keepWindow) await closePinWindow(this.windowId);
  }

  /**
   * The card is ours now (the window may still be opening): ask tries left, then wait for the user. Resolves when the
   * session ended.
   */
  async start(): Promise<void> {
    if (this.finished) return;
    const timeout = this.options.userTimeoutMs ?? USER_TIMEOUT_MS;
    this.userTimer = setTimeout(() => this.fail(new CompanionError("REQUEST_TIMEOUT")), timeout);
    this.update({ phase: "checking", expiresAt: Date.now() + timeout });
    try {
      const pinStatus = await this.options.host.request({
        command: "pin-status",
        pin: this.options.action.pinKind,
        reader: this.options.reader,
      });
      if (pinStatus.blocked) return this.fail(new CompanionError("PIN_BLOCKED", 0), { keepWindow: true });
      await this.fingerprinted;
      this.update({ phase: "ready", pinStatus });
    } catch (error) {
      await this.fingerprinted;
      this.update({ phase: "ready", error: toCompanionError(error).toWire() });
    }
    await this.reply;
  }

  /** The PIN window connected its port. */
  attachWindow(port: Runtime.Port): void {
    this.port = port;
    port.onMessage.addListener((message: unknown) => void this.onWindowMessage(message));
    port.onDisconnect.addListener(() => {
      this.port = null;
      this.resolveWindowGone();
      this.fail(new CompanionError("USER_CANCELLED"));
    });
    this.send();
  }

  /** The window was closed by the user (or the browser). */
  windowClosed(windowId: number): void {
    if (windowId !== this.windowId) return;
    this.resolveWindowGone();
    this.fail(new CompanionError("USER_CANCELLED"));
  }

  /** The page went away: nobody to answer, just close the window. */
  abandon(): void {
    this.fail(new CompanionError("USER_CANCELLED"));
  }

  private async onWindowMessage(raw: unknown): Promise<void> {
    const message = PinWindowToBackgroundSchema.safeParse(raw);
    if (!message.success || this.finished) return;
    if (message.data.type === "cancel") return this.fail(new CompanionError("USER_CANCELLED"));
    if (message.data.type !== "submit" || this.view.phase !== "ready") return;
    const { pin, confirmLastTry } = message.data;
    if (!isWellFormedPin(this.options.action.pinKind, pin)) {
      return this.update({ error: { code: "PIN_MALFORMED" } });
    }
    this.update({ phase: "working", error: null });
    try {
      const reply = await this.options.action.run(this.options.host, {
        pin,
        confirmLastTry,
        reader: this.options.reader,
      });
      const shown = this.options.showResult?.(reply);
      this.update({ phase: "done", ...shown });
      this.finish(reply, shown !== undefined);
    } catch (error) {
      this.onCardError(toCompanionError(error));
    }
  }

  private onCardError(error: CompanionError): void {
    logEvent("card-error", { requestId: this.options.requestId, code: error.code });
    const triesLeft = error.code === "PIN_LAST_TRY_UNCONFIRMED" ? 1 : error.triesLeft;
    const maxTries = this.view.pinStatus?.maxTries ?? PIN_MAX_TRIES[this.options.action.pinKind];
    const updatedStatus =
      triesLeft === undefined ? this.view.pinStatus : { triesLeft, maxTries, blocked: triesLeft === 0 };
    // A host that died mid-operation leaves the card's state unknown (was the VERIFY counted?): end the request with
    // the coded error rather than offer a retry in a window the page may never hear back from.
    if (error.code === "PIN_BLOCKED" || error.code === "HOST_DISCONNECTED" || !error.retriable) {
      this.view.pinStatus = updatedStatus;
      return this.fail(error, { keepWindow: true });
    }
    this.update({ phase: "ready", pinStatus: updatedStatus, error: error.toWire() });
  }

  /** Ends with a failure reply. The window stays open to show a final error the user must read. */
  private fail(error: CompanionError, { keepWindow = false } = {}): void {
    if (this.finished) return;
    this.update({ phase: "failed", error: error.toWire() });
    this.finish(failureReply(this.options.mode, error, this.options.language, this.options.action.pinKind), keepWindow);
  }

  private finish(reply: PageReply, keepWindow = false): void {
    if (this.finished) return;
    this.finished = true;
    this.keepWindow = keepWindow;
    clearTimeout(this.userTimer);
    logEvent("request-finished", { requestId: this.options.requestId, result: reply.result });
    this.resolveReply(reply);
    // Closed in the next task, after the reply has gone to the page: closing a window keeps the browser busy for
    // a while, and the reply would wait behind it.
    const { windowId } = this;
    if (!keepWindow) this.resolveWindowGone();
    if (!keepWindow && windowId !== null) setTimeout(() => void closePinWindow(windowId), 0);
  }

  private update(changes: Partial<PinWindowView>): void {
    this.view = { ...this.view, ...changes };
    this.send();
  }

  private send(): void {
    try {
      this.port?.postMessage({ type: "view", view: this.view });
    } catch {
      // The window is gone; its disconnect ends the session.
    }
  }
}
