// SPDX-License-Identifier: MIT
/**
 * Entry of the host bundle (dist/host/dips-companion-host.cjs) and of the single executables' script
 * (dist/host-sea/, release/src/executable/). The import() calls below run their modules only when needed
 * (scripts/build-host.mjs).
 * - no arguments, or what browsers pass (Chromium: the caller origin `chrome-extension://…/`; Firefox: the manifest
 *   path and the extension id) → the native-messaging loop;
 * - `install` / `uninstall` [--user|--system] [--browser …] → register / remove the native-messaging manifests (an
 *   executable copies itself into the install folder);
 * - `--version` → print the version.
 */
import { fileURLToPath } from "node:url";
import { PRODUCT_VERSION } from "../shared/version";

// PC/SC calls run on libuv's thread pool (koffi's async calls) and a hung reader pins a thread until it answers; more threads keep the
// host responsive meanwhile. Read by libuv on first use of the pool, which has not happened yet.
process.env.UV_THREADPOOL_SIZE ??= "16";

/** How long the reader monitors may take to leave pcscd at exit. */
const MONITOR_STOP_MS = 1000;

async function main(args: string[]): Promise<number> {
  const [first] = args;
  if (first === "--version") {
    process.stdout.write(`${PRODUCT_VERSION}\n`);
    return 0;
  }
  if (first === "install" || first === "uninstall") {
    const { realEnvironment, runInstallCommand } = await import("./install/install-command");
    return runInstallCommand(first, args.slice(1), realEnvironment(fileURLToPath(import.meta.url)));
  }
  // PC/SC first, because a browser starts a host per connection and the user waits for its first reply: pcscd lists
  // the readers on a worker thread while the rest of the host (message loop, schemas, card code) is initialised,
  // instead of after the first request has been read.
  // Imported here, not at the top: only this path may load koffi's native module (an executable writes it to the
  // user's cache first; docs/security.md), so `--version`, install and uninstall run no native code of ours.
  const { PcscMonitor } = await import("./card/pcsc/pcsc-monitor");
  const pcsc = PcscMonitor.startEarly();
  const { runNativeHost } = await import("./native-host");
  await runNativeHost(pcsc);
  // No worker thread may stay in SCardGetStatusChange: Node's exit would wait for it.
  const monitorsStopped = await Promise.race([
    PcscMonitor.stopAll().then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), MONITOR_STOP_MS)),
  ]);
  const { hungPcscCalls } = await import("./card/pcsc/with-timeout");
  // Node's exit joins libuv's thread pool, where a hung PC/SC call may sit forever: end without that join. Every
  // reply has been written by now.
  if (!monitorsStopped || hungPcscCalls() > 0) process.kill(process.pid, "SIGKILL");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dips-companion-host: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
