// SPDX-License-Identifier: MIT
import { join } from "node:path";
import { CardFactsCache } from "./card/card-facts";
import type { PcscMonitor } from "./card/pcsc/pcsc-monitor";
import { PcscService } from "./card/pcsc/pcsc-service";
import { commandHandler } from "./commands/dispatch";
import { configDir } from "./config/config-dir";
import { HostConfigSchema, loadHostConfig, type HostConfig } from "./config/host-config";
import { installationUuid } from "./config/installation-uuid";
import { fileLogger, SILENT_LOGGER, type HostLogger } from "./log/host-logger";
import { runMessageLoop, type LoopEnd } from "./transport/message-loop";

/**
 * The native-messaging host: serves requests on stdin/stdout until the browser closes the pipe. An unreadable
 * config.json falls back to the defaults (logging off, any reader), which are the safe choices. `pcsc`: a reader
 * monitor started by the entry while this code was loading, if pcscd answered.
 */
export async function runNativeHost(pcsc?: PcscMonitor): Promise<LoopEnd> {
  // stdout carries only frames; a stray console.log would corrupt the stream.
  console.log = console.error;
  const dir = configDir();
  let config: HostConfig;
  let configError: unknown;
  try {
    config = loadHostConfig(dir);
  } catch (error) {
    configError = error;
    config = HostConfigSchema.parse({});
  }
  const log: HostLogger = config.log?.enabled ? fileLogger(config.log.file ?? join(dir, "host.log")) : SILENT_LOGGER;
  if (configError !== undefined) log.failure(configError);
  let uuid: string | undefined;
  const handle = commandHandler({
    cards: new PcscService(config.timeouts, pcsc),
    config,
    cardFacts: new CardFactsCache(),
    uuid: () => (uuid ??= installationUuid(dir)),
    now: () => new Date(),
  });
  log.event({ event: "start" });
  const end = await runMessageLoop({ input: process.stdin, output: process.stdout, handle, log });
  log.event({ event: end });
  return end;
}
