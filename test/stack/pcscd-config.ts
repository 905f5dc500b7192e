// SPDX-License-Identifier: MIT
import { copyFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { channelFriendlyName, PCSCD_CONFIG_DIR, STACK_CACHE_DIR, VPCD_CHANNELS } from "./stack-layout";

const VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";

/**
 * A private copy of the vpcd driver for one channel. vpcd 3.3 keeps its slot contexts in static variables indexed
 * by slot only, and pcscd loads a LIBPATH once: four channels on one library would all share slots 0 and 1 (a card
 * on port 35993 shows up in every "… 00 00" reader). A copy per channel (a different inode, so dlopen maps it
 * again) gives each channel its own state.
 */
function channelDriver(channel: number): string {
  const copy = join(STACK_CACHE_DIR, "drivers", `libifdvpcd-${channel}.so`);
  let upToDate = false;
  try {
    upToDate = statSync(copy).size === statSync(VPCD_DRIVER).size;
  } catch {
    // no copy yet
  }
  if (!upToDate) {
    mkdirSync(join(STACK_CACHE_DIR, "drivers"), { recursive: true });
    const partial = `${copy}.${process.pid}.tmp`;
    copyFileSync(VPCD_DRIVER, partial);
    renameSync(partial, copy);
  }
  return copy;
}

/**
 * One reader.conf file per vpcd channel. `DEVICENAME /dev/null:PORT` makes the driver listen on PORT and PORT+1
 * for card emulators (docs/ref/pcsc-testing.md; the reversed `127.0.0.1:PORT` form crashes this pcscd).
 */
function channelConfig(channel: number): string {
  return [
    `FRIENDLYNAME "${channelFriendlyName(channel)}"`,
    `DEVICENAME /dev/null:${channel}`,
    `LIBPATH ${channelDriver(channel)}`,
    `CHANNELID ${channel}`,
    "",
  ].join("\n");
}

/** Writes (or refreshes) the config folder and returns it; files are only rewritten when they differ. */
export function writePcscdConfig(): string {
  mkdirSync(PCSCD_CONFIG_DIR, { recursive: true });
  for (const channel of VPCD_CHANNELS) {
    const file = join(PCSCD_CONFIG_DIR, `vpcd-${channel}`);
    const wanted = channelConfig(channel);
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // not written yet
    }
    if (current !== wanted) writeFileSync(file, wanted);
  }
  return PCSCD_CONFIG_DIR;
}
