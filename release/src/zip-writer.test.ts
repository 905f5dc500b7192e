// SPDX-License-Identifier: MIT
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dosDateTime, writeZip } from "./zip-writer";

/** Reads the central directory back (what an unzip tool does first) and inflates every entry. */
function readZip(zip: Buffer): { path: string; data: Buffer; mode: number; date: number; time: number }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const path = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const body = zip.subarray(
      local + 30 + zip.readUInt16LE(local + 26),
      local + 30 + zip.readUInt16LE(local + 26) + size,
    );
    entries.push({
      path,
      data: method === 8 ? inflateRawSync(body) : Buffer.from(body),
      mode: zip.readUInt32LE(at + 38) >>> 16,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
    });
    at += 46 + nameLength;
  }
  return entries;
}

describe("writeZip", () => {
  const files = [
    { path: "manifest.json", data: Buffer.from('{"name":"x"}'.repeat(20)) },
    { path: "_locales/ja/messages.json", data: Buffer.from("日本語のメッセージ") },
    { path: "icons/a.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ];

  it("writes entries sorted by path, with their bytes, one timestamp and mode 0644", () => {
    const entries = readZip(writeZip(files, 1_767_225_600));
    expect(entries.map((entry) => entry.path)).toEqual(["_locales/ja/messages.json", "icons/a.png", "manifest.json"]);
    for (const entry of entries) {
      expect(entry.data.equals(files.find((file) => file.path === entry.path)!.data)).toBe(true);
      expect(entry.mode).toBe(0o100644);
      expect({ date: entry.date, time: entry.time }).toEqual(dosDateTime(1_767_225_600));
    }
  });

  it("gives the same bytes for the same files in any order, and different bytes for another timestamp", () => {
    const a = writeZip(files, 1_767_225_600);
    expect(writeZip([...files].reverse(), 1_767_225_600).equals(a)).toBe(true);
    expect(writeZip(files, 1_767_225_602).equals(a)).toBe(false);
  });

  it("encodes the DOS date and time of the UTC calendar", () => {
    // 2026-01-01 00:00:00 UTC
    expect(dosDateTime(1_767_225_600)).toEqual({ date: (46 << 9) | (1 << 5) | 1, time: 0 });
  });
});
