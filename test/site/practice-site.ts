// SPDX-License-Identifier: MIT
/**
 * The practice DIPS-REG site: a plain node:http server. Start it in-process from tests or from `npm start`:
 *
 * @example
 * const site = await startPracticeSite({ anchors: { sign: [signCaDer], auth: [authCaDer] }, clock: new AdjustableClock() });
 * // … browse site.url …
 * await site.close();
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AdjustableClock, type Clock } from "./clock";
import { bundleClientScript } from "./client-bundle";
import type { TrustAnchors } from "./flow/identity-verification";
import { HttpError, sendJson } from "./http/messages";
import { Router } from "./http/router";
import { applicationApi } from "./routes/application-api";
import { pageRoutes } from "./routes/page-routes";
import { registeredRoutes } from "./routes/registered-routes";
import { recordsSnapshot, testRoutes } from "./routes/test-routes";
import { wizardRoutes } from "./routes/wizard-routes";
import { createSiteState, type SiteState } from "./site-state";

export interface PracticeSiteOptions {
  /** The practice JPKI CA certificates (DER) the site trusts. */
  anchors: TrustAnchors;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (a secure context for the browser, and allowlisted by configuration in tests). */
  host?: string;
  /** Default: an AdjustableClock following real time. */
  clock?: Clock;
  /** Answer `/__test__/` (records, clock). Default true: this is a practice site. */
  testMode?: boolean;
  /** Discard an open application whose page has been silent this long (real ms). Default 30 s. */
  abandonAfterMs?: number;
  /** The confirmation page's script, already bundled; by default bundled from `client/` with esbuild. */
  clientScript?: string;
}

export interface PracticeSite {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly state: SiteState;
  /** The server's records as plain JSON (same as `GET /__test__/records`). */
  records(): unknown;
  close(): Promise<void>;
}

export async function startPracticeSite(options: PracticeSiteOptions): Promise<PracticeSite> {
  const state = createSiteState({
    clock: options.clock ?? new AdjustableClock(),
    anchors: options.anchors,
    abandonAfterMs: options.abandonAfterMs ?? 30_000,
    testMode: options.testMode ?? true,
  });
  const clientScript = options.clientScript ?? (await bundleClientScript());
  const router = new Router();
  router.on("GET", "/assets/identity-flow.js", ({ res }) => {
    res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
    res.end(clientScript);
  });
  wizardRoutes(router, state);
  applicationApi(router, state);
  pageRoutes(router, state);
  registeredRoutes(router, state);
  testRoutes(router, state);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://practice.invalid");
    router.dispatch(req, res, url).then(
      (handled) => {
        if (!handled) sendJson(res, { error: "not found" }, 404);
      },
      (error: unknown) => {
        if (res.headersSent) return res.end();
        if (error instanceof HttpError) return sendJson(res, { error: error.message }, error.status);
        console.error("practice site:", error);
        sendJson(res, { error: "internal error" }, 500);
      },
    );
  });
  const sweeper = setInterval(() => state.applications.sweep(), 2_000);
  sweeper.unref();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    state,
    records: () => recordsSnapshot(state),
    close: async () => {
      clearInterval(sweeper);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
