// SPDX-License-Identifier: MIT
import * as z from "zod/mini";
import { HostRequestSchema, RequestIdSchema, type HostRequest } from "../../shared/protocol/native";

/** A frame read as a request, or the id to answer BAD_REQUEST with (null when even the id is unreadable). */
export type ParsedRequest = { ok: true; request: HostRequest } | { ok: false; id: string | null };

const IdOnlySchema = z.object({ id: RequestIdSchema });

/** Parses one frame's bytes: UTF-8 JSON, then the request schema. Never throws. */
export function parseRequest(payload: Buffer): ParsedRequest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload));
  } catch {
    return { ok: false, id: null };
  }
  const request = HostRequestSchema.safeParse(json);
  if (request.success) return { ok: true, request: request.data };
  const idOnly = IdOnlySchema.safeParse(json);
  return { ok: false, id: idOnly.success ? idOnly.data.id : null };
}
