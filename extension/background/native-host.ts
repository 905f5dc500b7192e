// SPDX-License-Identifier: MIT
/**
 * The long-lived native-messaging port to the host: requests carry an id that the reply echoes; each has a reply
 * timeout; a lost port fails its pending requests and the next request reconnects. Replies are parsed with the
 * shared schemas, host errors revived as CompanionError.
 */
import browser, { type Runtime } from "webextension-polyfill";
import { CompanionError } from "../../shared/errors/companion-error";
import {
  HostReplySchema,
  RESULT_SCHEMAS,
  type HostCommand,
  type HostRequestInput,
  type HostResult,
} from "../../shared/protocol/native";
import { HOST_NAME } from "../../shared/version";
import { logEvent } from "./log";

/** How long a command may take once sent (ms). PIN commands include the card's RSA work, status walks all readers. */
export const REPLY_TIMEOUT_MS: Readonly<Record<HostCommand, number>> = {
  sign: 60_000,
  authenticate: 30_000,
  "card-info": 30_000,
  "pin-status": 20_000,
  status: 30_000,
};

/** An idle port is closed after this long (ms), so the host exits and the browser may stop the background. */
const IDLE_DISCONNECT_MS = 60_000;

interface Pending {
  command: HostCommand;
  resolve: (result: unknown) => void;
  reject: (error: CompanionError) => void;
  timer: ReturnType<typeof setTimeout>;
}

type RequestWithoutId<C extends HostCommand> = Omit<Extract<HostRequestInput, { command: C }>, "id">;

export class NativeHost {
  private port: Runtime.Port | null = null;
  private readonly pending = new Map<string, Pending>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly hostName: string = HOST_NAME) {}

  /** Sends one request and resolves with its parsed result, or rejects with a CompanionError. */
  request<C extends HostCommand>(request: RequestWithoutId<C> & { command: C }): Promise<HostResult<C>> {
    const id = crypto.randomUUID();
    clearTimeout(this.idleTimer);
    return new Promise<HostResult<C>>((resolve, reject) => {
      const timer = setTimeout(
        () => this.settle(id, new CompanionError("REQUEST_TIMEOUT")),
        REPLY_TIMEOUT_MS[request.command],
      );
      this.pending.set(id, {
        command: request.command,
        resolve: (result) => resolve(result as HostResult<C>),
        reject,
        timer,
      });
      try {
        this.connect().postMessage(withoutUndefined({ ...request, id }));
        logEvent("host-request", { id, command: request.command });
      } catch (error) {
        this.settle(id, new CompanionError("HOST_DISCONNECTED", undefined, { cause: error }));
      }
    });
  }

  /** Whether a port to the host is open (it closes when the host exits or the browser stops it). */
  get connected(): boolean {
    return this.port !== null;
  }

  private connect(): Runtime.Port {
    if (this.port !== null) return this.port;
    const port = browser.runtime.connectNative(this.hostName);
    port.onMessage.addListener((message: unknown) => this.onMessage(message));
    port.onDisconnect.addListener(() => this.onDisconnect(port));
    this.port = port;
    return port;
  }

  private onMessage(message: unknown): void {
    const reply = HostReplySchema.safeParse(message);
    if (!reply.success) {
      logEvent("host-reply-unreadable", {});
      return;
    }
    const { id } = reply.data;
    if (id === null) {
      logEvent("host-refused-frame", { code: reply.data.ok ? "" : reply.data.error.code });
      return;
    }
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    if (!reply.data.ok) {
      this.settle(id, CompanionError.fromWire(reply.data.error));
      return;
    }
    const result = RESULT_SCHEMAS[pending.command].safeParse(reply.data.result);
    if (result.success) this.settle(id, null, result.data);
    else this.settle(id, new CompanionError("HOST_INTERNAL", undefined, { cause: result.error }));
  }

  private onDisconnect(port: Runtime.Port): void {
    if (this.port !== port) return;
    this.port = null;
    const code = hostMissing(port.error?.message ?? browser.runtime.lastError?.message)
      ? "HOST_NOT_FOUND"
      : "HOST_DISCONNECTED";
    logEvent("host-disconnected", { code });
    for (const id of [...this.pending.keys()]) this.settle(id, new CompanionError(code));
  }

  private settle(id: string, error: CompanionError | null, result?: unknown): void {
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (error === null) pending.resolve(result);
    else pending.reject(error);
    if (this.pending.size === 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.disconnect(), IDLE_DISCONNECT_MS);
    }
  }

  /** Closes the port (the host exits); the next request starts it again. */
  disconnect(): void {
    const port = this.port;
    this.port = null;
    port?.disconnect();
  }
}

/** The browsers' words for a host that is not registered (or not allowed for this extension). */
function hostMissing(message: string | undefined): boolean {
  return message !== undefined && /not found|forbidden|No such native application/i.test(message);
}

/** Optional fields left out rather than sent as undefined (the host's schemas are strict). */
function withoutUndefined(message: object): object {
  return Object.fromEntries(Object.entries(message).filter(([, value]) => value !== undefined));
}
