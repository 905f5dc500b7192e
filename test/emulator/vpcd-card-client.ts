// SPDX-License-Identifier: MIT
import { connect, type Socket } from "node:net";
import { CardFaults } from "./card-faults";
import { quickAck } from "./quick-ack";
import type { JpkiCardModel } from "./jpki-card-model";
import { serializeResponse } from "./status-word";
import { encodeVpcdFrame, VPCD_CONTROL, VpcdFrameDecoder } from "./vpcd-frames";

const RECONNECT_DELAY_MS = 100;

/**
 * Connects the card model to one vpcd slot of pcscd. "Inserted" means connected: the slot shows a card while the
 * TCP connection is up. While inserted it reconnects by itself (e.g. after pcscd restarts).
 */
export class VpcdCardClient {
  readonly faults = new CardFaults();
  #socket: Socket | undefined;
  #inserted = false;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #held: Uint8Array | undefined;
  #heldWaiters: (() => void)[] = [];
  #connectedWaiters: (() => void)[] = [];

  constructor(
    private readonly model: JpkiCardModel,
    private readonly port: number,
    private readonly atr: Uint8Array,
    private readonly host = "127.0.0.1",
  ) {}

  /** Whether the card is meant to be in the reader. */
  get inserted(): boolean {
    return this.#inserted;
  }

  /** Whether the TCP connection to the vpcd slot is up. */
  get connected(): boolean {
    return this.#socket !== undefined && !this.#socket.connecting;
  }

  /** Puts the card in the reader; resolves once connected to the slot, rejects after `timeoutMs` (still retrying). */
  insert(timeoutMs = 10_000): Promise<void> {
    this.#inserted = true;
    if (this.connected) return Promise.resolve();
    if (!this.#socket) this.#connect();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`vpcd port ${this.port}: not connected after ${timeoutMs} ms (is pcscd running?)`)),
        timeoutMs,
      );
      this.#connectedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Takes the card out: closes the connection; a held (hung) command is dropped unanswered. */
  remove(): void {
    this.#inserted = false;
    clearTimeout(this.#reconnectTimer);
    this.#held = undefined;
    this.#socket?.destroy();
    this.#socket = undefined;
    this.model.reset();
  }

  /** Answers the command held by a hang, if any, and lets later commands through. */
  unhang(): void {
    this.faults.disarmHang();
    const held = this.#held;
    this.#held = undefined;
    if (held) this.#answer(held);
  }

  /** Resolves when a command is being held by `hang()`. */
  whenHung(): Promise<void> {
    return this.#held ? Promise.resolve() : new Promise((resolve) => this.#heldWaiters.push(resolve));
  }

  #connect(): void {
    const socket = connect({ host: this.host, port: this.port });
    this.#socket = socket;
    socket.setNoDelay(true);
    const decoder = new VpcdFrameDecoder();
    socket.on("connect", () => {
      quickAck(socket);
      for (const waiter of this.#connectedWaiters.splice(0)) waiter();
    });
    socket.on("data", (chunk) => {
      for (const payload of decoder.push(chunk)) this.#onPayload(socket, payload);
      quickAck(socket);
    });
    socket.on("error", () => undefined); // "close" follows and decides what to do.
    socket.on("close", () => {
      if (this.#socket !== socket) return;
      this.#socket = undefined;
      this.#held = undefined;
      this.model.reset();
      if (this.#inserted)
        this.#reconnectTimer = setTimeout(() => this.#inserted && !this.#socket && this.#connect(), RECONNECT_DELAY_MS);
    });
  }

  #onPayload(socket: Socket, payload: Uint8Array): void {
    if (socket !== this.#socket) return;
    if (payload.length === 1) {
      if (payload[0] === VPCD_CONTROL.getAtr) socket.write(encodeVpcdFrame(this.atr));
      else this.model.reset(); // power off, power on and reset all start a fresh card session
      return;
    }
    const action = this.faults.actionFor(payload[1] ?? -1);
    switch (action.kind) {
      case "answer":
        this.#answer(payload);
        return;
      case "status-word":
        this.model.logExchange(payload, action.sw, 0);
        socket.write(encodeVpcdFrame(serializeResponse({ sw: action.sw })));
        return;
      case "hang":
        this.model.logExchange(payload, undefined, 0);
        this.#held = payload;
        for (const waiter of this.#heldWaiters.splice(0)) waiter();
        return;
      case "drop":
        this.model.logExchange(payload, undefined, 0);
        this.remove();
        if (action.reinsertAfterMs !== undefined)
          setTimeout(() => void this.insert().catch(() => undefined), action.reinsertAfterMs);
        return;
    }
  }

  #answer(command: Uint8Array): void {
    this.#socket?.write(encodeVpcdFrame(this.model.transmit(command)));
  }
}
