// SPDX-License-Identifier: MIT
/** Reading requests and writing responses. */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Request bodies larger than this are refused (the largest legitimate one is a certificate + signature). */
export const MAX_BODY_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return text === "" ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

/** Form fields of an urlencoded body, as a flat name → value map (the last value wins). */
export async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await readBody(req)));
}

export function cookies(req: IncomingMessage): Record<string, string> {
  const header = req.headers.cookie ?? "";
  const pairs = header.split(";").map((part) => part.trim().split("="));
  return Object.fromEntries(
    pairs.filter((pair) => pair.length === 2).map(([k, v]) => [k ?? "", decodeURIComponent(v ?? "")]),
  );
}

export function sendHtml(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(value));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, "cache-control": "no-store" });
  res.end();
}
