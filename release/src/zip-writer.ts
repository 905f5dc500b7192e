// SPDX-License-Identifier: MIT
/**
 * A deterministic ZIP writer for extension packages: entries sorted by path, one fixed timestamp, fixed
 * permissions, deflate at a fixed level, no extra fields. The same files give the same bytes on every machine with
 * the same zlib. Format: PKWARE APPNOTE 6.3.x, §4.3 (local headers, central directory, end record).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  readonly path: string;
  readonly data: Buffer;
}

/** Every file under `dir`, as entries with archive paths relative to it. */
export function entriesFromDirectory(dir: string): ZipEntry[] {
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(current, entry.name)) : [join(current, entry.name)],
    );
  return walk(dir).map((file) => ({ path: relative(dir, file).split(sep).join("/"), data: readFileSync(file) }));
}

/** MS-DOS date and time fields (local-time-free: the UTC calendar of `epochSeconds`, 2-second resolution). */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const at = new Date(Math.max(epochSeconds, 315_532_800) * 1000); // DOS time starts in 1980
  return {
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** Regular file, rw-r--r--, in the upper half of the external attributes (made by Unix). */
const UNIX_FILE_MODE = (0o100644 << 16) >>> 0;
const VERSION_NEEDED = 20;
const MADE_BY_UNIX = (3 << 8) | 20;
const UTF8_FLAG = 1 << 11;

/** Builds the archive; `epochSeconds` is the one timestamp of every entry (SOURCE_DATE_EPOCH). */
export function writeZip(entries: readonly ZipEntry[], epochSeconds: number): Buffer {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { date, time } = dosDateTime(epochSeconds);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = Buffer.from(entry.path, "utf8");
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(UNIX_FILE_MODE, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
