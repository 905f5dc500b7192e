// SPDX-License-Identifier: MIT
/**
 * The Linux side of the test winscard.dll (winscard-bridge.c): a loopback TCP service that makes each forwarded SCard*
 * call on the real pcscd through the host's own Linux binding, and can act out the Windows Smart Card service's life
 * cycle: Windows 8 and later start the service when a reader is attached and stop it after the last one leaves.
 *
 * Wire format, every integer 32-bit little-endian: a request is `length, op (1 byte), fields`; a reply is
 * `length, LONG return code, fields`; strings and byte strings are `length, bytes`. A context is one connection (its
 * calls come one after another); SCardCancel comes on a connection of its own and names the context.
 *
 * | op | request fields | reply fields |
 * |---|---|---|
 * | 1 establish | scope | context id |
 * | 2 release | — | — |
 * | 3 list readers | — | multi-string (names, each NUL-ended, then a NUL) |
 * | 4 get status change | timeout ms, count, count × (current state, name) | count × (event state, ATR) |
 * | 5 cancel | context id | — |
 * | 6 connect | share mode, protocols, reader | card id, active protocol |
 * | 7 transmit | card id, protocol, receive capacity, APDU | response |
 * | 8 disconnect | card id, disposition | — |
 */
import koffi from "koffi";
import { createServer, type Server, type Socket } from "node:net";
import { pcscBinding, type PcscBinding, type ReaderState } from "../../host/card/pcsc/pcsc-binding";
import { returnCode, SCARD } from "../../host/card/pcsc/pcsc-constants";

/** Return codes the bridge makes itself (winscard.h / scarderr.h). */
export const BRIDGE_CODES = Object.freeze({
  E_INVALID_HANDLE: 0x80100003,
  E_NO_SERVICE: 0x8010001d,
  E_SERVICE_STOPPED: 0x8010001e,
  E_INVALID_PARAMETER: 0x80100004,
});

const OPS = ["", "establish", "release", "list", "status-change", "cancel", "connect", "transmit", "disconnect"];
/** Windows' SCARD_READERSTATEA holds 36 ATR bytes, pcsc-lite's 33: every real ATR fits both. */
const WINDOWS_MAX_ATR = 36;

/** One context, as the bridge keeps it: the real pcsc-lite handle and the card handles made on it. */
interface BridgeContext {
  readonly id: number;
  readonly real: unknown;
  readonly cards: Map<number, { real: unknown }>;
  /** The acted-out service stopped under it: every call now fails with SCARD_E_SERVICE_STOPPED. */
  stopped: boolean;
  /** A real SCardGetStatusChange is in progress. */
  waiting: boolean;
}

class Reader {
  private offset = 0;
  constructor(private readonly body: Buffer) {}
  u32(): number {
    const value = this.body.readUInt32LE(this.offset);
    this.offset += 4;
    return value;
  }
  bytes(): Buffer {
    const length = this.u32();
    const value = this.body.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }
}

const u32 = (value: number): Buffer => {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value >>> 0);
  return out;
};
const bytes = (value: Buffer): Buffer => Buffer.concat([u32(value.length), value]);

/** The bridge: start it, hand its port to Wine as DIPS_TEST_WINSCARD_PORT, close it after the tests. */
export class WinscardBridge {
  private readonly contexts = new Map<number, BridgeContext>();
  private readonly sockets = new Set<Socket>();
  private nextId = 1;
  private readonly attached = new Set<string>();
  /** How many times each op was forwarded (proof that a Windows program called through the bridge). */
  readonly calls = new Map<string, number>();
  private readonly refusals = { noService: 0, serviceStopped: 0 };
  /**
   * Act out Windows' service: it runs only while at least one reader is attached (attachReader), and
   * SCardListReaders shows only attached readers. Off: the service always runs and every pcscd reader is shown.
   */
  actOutService = false;

  private constructor(
    private readonly server: Server,
    private readonly binding: PcscBinding,
  ) {}

  /** Listens on 127.0.0.1 (a port the system picks). */
  static async start(): Promise<WinscardBridge> {
    const server = createServer();
    const bridge = new WinscardBridge(server, pcscBinding());
    server.on("connection", (socket) => bridge.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return bridge;
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("the bridge is not listening");
    return address.port;
  }

  /** Whether the acted-out service runs (always, unless actOutService). */
  get serviceRunning(): boolean {
    return !this.actOutService || this.attached.size > 0;
  }

  /** How often the acted-out service refused a call: SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED. */
  get refused(): { readonly noService: number; readonly serviceStopped: number } {
    return { ...this.refusals };
  }

  /** A reader is plugged in: the service starts if it was not running. */
  attachReader(name: string): void {
    this.attached.add(name);
  }

  /**
   * A reader is unplugged. When it was the last one the service stops: every live context fails from now on with
   * SCARD_E_SERVICE_STOPPED, a blocked SCardGetStatusChange included, and new ones get SCARD_E_NO_SERVICE.
   */
  detachReader(name: string): void {
    this.attached.delete(name);
    if (this.serviceRunning) return;
    for (const context of this.contexts.values()) {
      context.stopped = true;
      if (context.waiting) this.cancelUntilReturned(context);
    }
  }

  /** Stops listening and releases every real context left open. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    for (const context of this.contexts.values()) await this.release(context);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private count(op: string): void {
    this.calls.set(op, (this.calls.get(op) ?? 0) + 1);
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let pending = Buffer.alloc(0);
    let line: Promise<void> = Promise.resolve();
    let context: BridgeContext | undefined;
    socket.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32LE(0)) {
        const body = pending.subarray(4, 4 + pending.readUInt32LE(0));
        pending = pending.subarray(4 + body.length);
        line = line.then(async () => {
          const [code, fields, established] = await this.handle(body, context);
          if (code === BRIDGE_CODES.E_NO_SERVICE) this.refusals.noService++;
          if (code === BRIDGE_CODES.E_SERVICE_STOPPED) this.refusals.serviceStopped++;
          if (established !== undefined) context = established;
          const reply = Buffer.concat([u32(code), fields]);
          if (!socket.destroyed) socket.write(Buffer.concat([u32(reply.length), reply]));
        });
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      this.sockets.delete(socket);
      // A process that exits without SCardReleaseContext: release its real context, as the service would.
      void line.then(() => (context === undefined ? undefined : this.release(context)));
    });
  }

  private async handle(body: Buffer, context: BridgeContext | undefined): Promise<[number, Buffer, BridgeContext?]> {
    const op = OPS[body[0] ?? 0] ?? "unknown";
    this.count(op);
    const fields = new Reader(body.subarray(1));
    if (op === "establish") return this.establish(fields.u32());
    if (op === "cancel") {
      const target = this.contexts.get(fields.u32());
      if (target === undefined) return [BRIDGE_CODES.E_INVALID_HANDLE, Buffer.alloc(0)];
      return [returnCode(this.binding.cancel(target.real)), Buffer.alloc(0)];
    }
    if (context === undefined) return [BRIDGE_CODES.E_INVALID_HANDLE, Buffer.alloc(0)];
    if (op === "release") {
      await this.release(context);
      return [SCARD.S_SUCCESS, Buffer.alloc(0)];
    }
    if (context.stopped) return [BRIDGE_CODES.E_SERVICE_STOPPED, Buffer.alloc(0)];
    switch (op) {
      case "list":
        return this.list(context);
      case "status-change":
        return this.statusChange(context, fields);
      case "connect":
        return this.connect(context, fields);
      case "transmit":
        return this.transmit(context, fields);
      case "disconnect":
        return this.disconnect(context, fields);
      default:
        return [BRIDGE_CODES.E_INVALID_PARAMETER, Buffer.alloc(0)];
    }
  }

  private establish(scope: number): [number, Buffer, BridgeContext?] {
    if (!this.serviceRunning) return [BRIDGE_CODES.E_NO_SERVICE, Buffer.alloc(0)];
    const real: [unknown] = [null];
    const code = returnCode(this.binding.establishContext(scope, null, null, real));
    if (code !== SCARD.S_SUCCESS) return [code, Buffer.alloc(0)];
    const context: BridgeContext = {
      id: this.nextId++,
      real: real[0],
      cards: new Map(),
      stopped: false,
      waiting: false,
    };
    this.contexts.set(context.id, context);
    return [SCARD.S_SUCCESS, u32(context.id), context];
  }

  private async release(context: BridgeContext): Promise<void> {
    if (!this.contexts.delete(context.id)) return;
    await this.binding.releaseContext(context.real);
  }

  private list(context: BridgeContext): [number, Buffer] {
    const length: [number] = [0];
    let code = returnCode(this.binding.listReaders(context.real, null, null, length));
    let names: string[] = [];
    if (code === SCARD.S_SUCCESS) {
      const buffer = Buffer.alloc(length[0]);
      code = returnCode(this.binding.listReaders(context.real, null, buffer, length));
      names = buffer.subarray(0, length[0]).toString("latin1").split("\0").filter(Boolean);
    }
    if (code !== SCARD.S_SUCCESS && code !== SCARD.E_NO_READERS_AVAILABLE) return [code, Buffer.alloc(0)];
    const shown = this.actOutService ? names.filter((name) => this.attached.has(name)) : names;
    if (shown.length === 0) return [SCARD.E_NO_READERS_AVAILABLE, Buffer.alloc(0)];
    return [SCARD.S_SUCCESS, bytes(Buffer.from(shown.map((name) => `${name}\0`).join("") + "\0", "latin1"))];
  }

  private async statusChange(context: BridgeContext, fields: Reader): Promise<[number, Buffer]> {
    const timeout = fields.u32();
    const count = fields.u32();
    const states: ReaderState[] = [];
    for (let index = 0; index < count; index++) {
      const dwCurrentState = fields.u32();
      const szReader = fields.bytes().toString("latin1");
      states.push({ szReader, pvUserData: null, dwCurrentState, dwEventState: 0, cbAtr: 0, rgbAtr: [] });
    }
    context.waiting = true;
    let code: number;
    try {
      code = returnCode(await this.binding.getStatusChange(context.real, timeout, states, states.length));
    } finally {
      context.waiting = false;
    }
    if (context.stopped) return [BRIDGE_CODES.E_SERVICE_STOPPED, Buffer.alloc(0)];
    if (code !== SCARD.S_SUCCESS) return [code, Buffer.alloc(0)];
    const out = states.map((state) => {
      const atr = Buffer.from(state.rgbAtr.slice(0, Math.min(state.cbAtr, WINDOWS_MAX_ATR)));
      return Buffer.concat([u32(state.dwEventState), bytes(atr)]);
    });
    return [SCARD.S_SUCCESS, Buffer.concat(out)];
  }

  /** SCardCancel until the real wait has returned: one sent before the worker thread entered it is lost. */
  private cancelUntilReturned(context: BridgeContext): void {
    this.binding.cancel(context.real);
    const retry = setInterval(() => {
      if (context.waiting) this.binding.cancel(context.real);
      else clearInterval(retry);
    }, 50);
  }

  private async connect(context: BridgeContext, fields: Reader): Promise<[number, Buffer]> {
    const share = fields.u32();
    const protocols = fields.u32();
    const reader = fields.bytes().toString("latin1");
    if (this.actOutService && !this.attached.has(reader)) return [0x80100009, Buffer.alloc(0)];
    const card: [unknown] = [null];
    const protocol: [number] = [0];
    const code = returnCode(await this.binding.connect(context.real, reader, share, protocols, card, protocol));
    if (code !== SCARD.S_SUCCESS) return [code, Buffer.alloc(0)];
    const id = this.nextId++;
    context.cards.set(id, { real: card[0] });
    return [SCARD.S_SUCCESS, Buffer.concat([u32(id), u32(protocol[0])])];
  }

  private async transmit(context: BridgeContext, fields: Reader): Promise<[number, Buffer]> {
    const card = context.cards.get(fields.u32());
    const protocol = fields.u32();
    const capacity = fields.u32();
    const apdu = Buffer.from(fields.bytes());
    if (card === undefined) return [BRIDGE_CODES.E_INVALID_HANDLE, Buffer.alloc(0)];
    const send = { dwProtocol: protocol, cbPciLength: koffi.sizeof(this.binding.abi.ioRequest) };
    const response = Buffer.alloc(capacity);
    const length: [number] = [capacity];
    const code = returnCode(await this.binding.transmit(card.real, send, apdu, apdu.length, null, response, length));
    if (code !== SCARD.S_SUCCESS) return [code, Buffer.alloc(0)];
    return [SCARD.S_SUCCESS, bytes(response.subarray(0, length[0]))];
  }

  private async disconnect(context: BridgeContext, fields: Reader): Promise<[number, Buffer]> {
    const id = fields.u32();
    const disposition = fields.u32();
    const card = context.cards.get(id);
    if (card === undefined) return [BRIDGE_CODES.E_INVALID_HANDLE, Buffer.alloc(0)];
    context.cards.delete(id);
    return [returnCode(await this.binding.disconnect(card.real, disposition)), Buffer.alloc(0)];
  }
}
