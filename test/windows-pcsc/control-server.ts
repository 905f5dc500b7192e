// SPDX-License-Identifier: MIT
import { createServer, type Server } from "node:http";

/**
 * The test's side of the browser stand-in's `$control` steps: a loopback HTTP server on which `POST /<name>` runs the
 * action registered under that name (remove the card, unplug the reader, …) and answers 200 once it is done, or 500
 * with the error. The stand-in runs inside Wine and waits for the answer before its next request.
 */
export class ControlServer {
  private constructor(
    private readonly server: Server,
    private readonly actions: Map<string, () => unknown>,
  ) {}

  static async start(): Promise<ControlServer> {
    const actions = new Map<string, () => unknown>();
    const server = createServer((request, response) => {
      const action = actions.get((request.url ?? "").slice(1));
      if (request.method !== "POST" || action === undefined) {
        response.writeHead(404).end(`no action ${request.url ?? ""}`);
        return;
      }
      Promise.resolve()
        .then(action)
        .then(
          () => response.writeHead(200).end("done"),
          (error: unknown) => response.writeHead(500).end(String(error)),
        );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new ControlServer(server, actions);
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("the control server is not listening");
    return address.port;
  }

  /** Registers (or replaces) the action run by `{ "$control": name }`. */
  on(name: string, action: () => unknown): void {
    this.actions.set(name, action);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
