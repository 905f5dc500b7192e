// SPDX-License-Identifier: MIT
/**
 * TCP_QUICKACK on the emulator's vpcd socket. vpcd (Debian 12's 0.8) sends each command as a 2-byte header and the
 * payload in two send() calls without TCP_NODELAY, so its payload waits for the ACK of the header, and Linux delays
 * that ACK by up to 40 ms on a connection it thinks is interactive. Quick-ack mode is not sticky, so it is set again
 * after every read and every write. This replaces an LD_PRELOAD shim compiled into pcscd: nothing to compile.
 */
import type { Socket } from "node:net";
import koffi from "koffi";

const IPPROTO_TCP = 6;
const TCP_QUICKACK = 12;
const ON = Buffer.from(Int32Array.of(1).buffer);

type SetSockOpt = (fd: number, level: number, name: number, value: Buffer, length: number) => number;
let setsockopt: SetSockOpt | null | undefined;

function loadSetSockOpt(): SetSockOpt | null {
  if (process.platform !== "linux") return null;
  try {
    return koffi.load("libc.so.6").func("int setsockopt(int, int, int, const void *, uint32_t)") as SetSockOpt;
  } catch {
    return null;
  }
}

/** Asks the kernel to acknowledge what arrives on `socket` at once (a no-op off Linux or before the connect). */
export function quickAck(socket: Socket): void {
  setsockopt ??= loadSetSockOpt();
  const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (setsockopt === null || fd === undefined || fd < 0) return;
  setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, ON, ON.length);
}
