// SPDX-License-Identifier: MIT
/** A minimal router over node:http: method + path pattern → handler; the pattern's groups become params. */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: readonly string[];
}

export type Handler = (context: RequestContext) => Promise<void> | void;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: "GET" | "POST", path: string | RegExp, handler: Handler): this {
    const pattern = typeof path === "string" ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : path;
    this.routes.push({ method, pattern, handler });
    return this;
  }

  /** Runs the first matching route; false when none matched. */
  async dispatch(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    for (const route of this.routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      await route.handler({ req, res, url, params: match.slice(1).map((p) => decodeURIComponent(p)) });
      return true;
    }
    return false;
  }
}
