// SPDX-License-Identifier: MIT
/** Serves the prefill test pages (this folder) over http on 127.0.0.1, for allowlisting in e2e tests. */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

const TYPES: Readonly<Record<string, string>> = { html: "text/html; charset=utf-8", js: "text/javascript" };

export interface PagesServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startPagesServer(): Promise<PagesServer> {
  const server = createServer((request, response) => {
    const name = /^\/([a-z0-9-]+\.(html|js))$/u.exec(new URL(request.url ?? "/", "http://x").pathname);
    if (!name?.[1] || !name[2]) return void response.writeHead(404).end();
    readFile(join(import.meta.dirname, name[1])).then(
      (body) =>
        response
          .writeHead(200, { "content-type": TYPES[name[2] ?? ""] ?? "text/plain", "cache-control": "no-store" })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
