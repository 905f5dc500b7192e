// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import {
  RESULT_SCHEMAS,
  type HostCommand,
  type HostRequest,
  type HostRequestOf,
  type HostResult,
} from "../../shared/protocol/native";
import type { RequestHandler } from "../transport/message-loop";
import type { CommandHandler, CommandTable } from "./command-table";
import type { HostContext } from "./host-context";
import type { LazyCommand } from "./lazy-commands";
import { pinStatus } from "./pin-status";

/** Runs `request` with its handler from `table` (the handler's type follows the request's command). */
function runWith<T extends HostCommand, C extends T>(
  table: CommandTable<T>,
  request: HostRequestOf<C> & { command: C },
  context: HostContext,
): Promise<HostResult<C>> {
  const handler: CommandHandler<C> = table[request.command];
  return handler(request, context);
}

/** A command whose module is loaded on first use (lazy-commands.ts). */
async function lazy<C extends LazyCommand>(
  request: HostRequestOf<C> & { command: C },
  context: HostContext,
): Promise<HostResult<C>> {
  const table: CommandTable<LazyCommand> = (await import("./lazy-commands")).LAZY_COMMANDS;
  return runWith<LazyCommand, C>(table, request, context);
}

/**
 * The commands. Only `pin-status` is loaded with the host: it is the first request a new host gets (the PIN window
 * asks for tries left, extension/background/pin-session.ts), so its reply is the cold start a user waits for
 * (README → Performance). The others bring certificate parsing and hashing (node:crypto, PKI.js); their modules run
 * on first use, while the user types the PIN.
 */
const COMMANDS = {
  "pin-status": pinStatus,
  sign: lazy,
  authenticate: lazy,
  "card-info": lazy,
  status: lazy,
} satisfies CommandTable;

/** The request handler of the message loop: runs the command and checks its result against the protocol schema. */
export function commandHandler(context: HostContext): RequestHandler {
  return async (request: HostRequest) => {
    const result = RESULT_SCHEMAS[request.command].safeParse(
      await runWith<HostCommand, HostCommand>(COMMANDS, request, context),
    );
    if (!result.success) throw new CompanionError("HOST_INTERNAL", undefined, { cause: result.error });
    return result.data;
  };
}
