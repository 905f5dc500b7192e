// SPDX-License-Identifier: MIT
import { MAX_REPLY_BYTES } from "../../shared/protocol/native";

/**
 * One native-messaging frame: 4-byte little-endian length, then the UTF-8 JSON. Returns null when the JSON would
 * exceed MAX_REPLY_BYTES (browsers drop the whole connection on a larger message), so the caller can send an error
 * instead.
 */
export function encodeFrame(message: unknown, maxBytes = MAX_REPLY_BYTES): Buffer | null {
  const json = Buffer.from(JSON.stringify(message), "utf8");
  if (json.length > maxBytes) return null;
  const header = Buffer.alloc(4);
  header.writeUInt32LE(json.length, 0);
  return Buffer.concat([header, json]);
}
