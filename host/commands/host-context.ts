// SPDX-License-Identifier: MIT
import type { CardFactsCache } from "../card/card-facts";
import type { CardAccess, SessionOptions } from "../card/card-session";
import type { HostConfig } from "../config/host-config";

/** What every command may use; tests substitute the clock and the card access. */
export interface HostContext {
  readonly cards: CardAccess;
  readonly config: HostConfig;
  /** Certificates and the manufacture number per card insertion, for the life of the host process. */
  readonly cardFacts: CardFactsCache;
  /** The installation uuid (created on first use). */
  uuid(): string;
  now(): Date;
}

/** The reader a request should use: its own `reader`, else the configured one, else any reader with a JPKI card. */
export function sessionOptions(context: HostContext, request: { reader?: string | undefined }): SessionOptions {
  return {
    reader: request.reader ?? context.config.reader,
    extendedLength: context.config.extendedLength,
    cache: context.cardFacts,
  };
}
