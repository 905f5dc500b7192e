// SPDX-License-Identifier: MIT
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Facts of the shared PC/SC test stack: four vpcd channels, two slots each, so eight readers. The driver listens
 * on the channel port (slot 0) and the port + 1 (slot 1). The environment variables exist only to run a private
 * stack in separate namespaces (e.g. a separate measurement); normal runs never set them.
 */
export const VPCD_CHANNELS: readonly number[] = process.env.DIPS_VPCD_CHANNELS
  ? process.env.DIPS_VPCD_CHANNELS.split(",").map(Number)
  : [35963, 35973, 35983, 35993];

/** Every vpcd port a card emulator can connect to. */
export const VPCD_PORTS: readonly number[] = VPCD_CHANNELS.flatMap((channel) => [channel, channel + 1]);

/** Lock files of the reader ports, one per port; shared by everybody on this machine. */
export const PORT_LOCK_DIR = process.env.DIPS_PCSC_LOCK_DIR ?? "/tmp/dips-companion-pcsc";

/** Machine-local cache (pcscd config, pcscd log); outside git. */
export const STACK_CACHE_DIR = process.env.DIPS_PCSC_STACK_DIR ?? join(tmpdir(), "dips-companion");

/** The reader config folder our pcscd is started with; also how we recognise our pcscd. */
export const PCSCD_CONFIG_DIR = join(STACK_CACHE_DIR, "reader.conf.d");

/** pcscd's stdout + stderr (`--debug`). */
export const PCSCD_LOG_FILE = join(STACK_CACHE_DIR, "pcscd.log");

/** pcscd's fixed run-time files (the socket path cannot be changed). */
export const PCSCD_RUN_DIR = "/run/pcscd";
export const PCSCD_SOCKET = join(PCSCD_RUN_DIR, "pcscd.comm");
export const PCSCD_PID_FILE = join(PCSCD_RUN_DIR, "pcscd.pid");

/** FRIENDLYNAME of a channel; pcsc-lite appends " 00 <slot>" (distinct names all get reader number 00). */
export const channelFriendlyName = (channel: number): string => `DIPS Test vpcd ${channel}`;

/**
 * The PC/SC reader name of a vpcd port, e.g. 35974 → "DIPS Test vpcd 35973 00 01".
 * @example readerNameForPort(35963) // "DIPS Test vpcd 35963 00 00"
 */
export function readerNameForPort(port: number): string {
  const channel = VPCD_CHANNELS.find((candidate) => port === candidate || port === candidate + 1);
  if (channel === undefined) throw new RangeError(`port ${port} is not a vpcd port of the test stack`);
  return `${channelFriendlyName(channel)} 00 0${port - channel}`;
}

/** Every reader name of the stack. */
export const STACK_READER_NAMES: readonly string[] = VPCD_PORTS.map(readerNameForPort);
