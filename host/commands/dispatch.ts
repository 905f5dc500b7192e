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
import type { HostContext } from "./host-context";
import { pinStatus } from "./pin-status";

/** The handler of one command: its parsed request in, its result out. */
type CommandHandler<C extends HostCommand> = (
  request: HostRequestOf<C>,
  context: HostContext,
) => Promise<HostResult<C>>;

/** One handler per host command: a command without one, or with a mistyped one, fails the type-check. */
type CommandTable = { readonly [C in HostCommand]: CommandHandler<C> };

const lazyCommands = () => import("./lazy-commands");

/**
 * The commands. Only `pin-status` is loaded with the host: it is the first request a new host gets (the PIN window
 * asks for tries left, extension/background/pin-session.ts), so its reply is the cold start a user waits for
 * (README → Performance). The others bring certificate parsing and hashing (node:crypto, PKI.js); their modules run
 * on first use, while the user types the PIN.
 */
const COMMANDS = {
  "pin-status": pinStatus,
  sign: async (request, context) => (await lazyCommands()).sign(request, context),
  authenticate: async (request, context) => (await lazyCommands()).authenticate(request, context),
  "card-info": async (request, context) => (await lazyCommands()).cardInfo(request, context),
  status: async (request, context) => (await lazyCommands()).status(request, context),
} satisfies CommandTable;

function run<C extends HostCommand>(command: C, request: HostRequestOf<C>, context: HostContext): Promise<unknown> {
  const table: CommandTable = COMMANDS;
  const handler: CommandHandler<C> = table[command];
  return handler(request, context);
}

/** The request handler of the message loop: runs the command and checks its result against the protocol schema. */
export function commandHandler(context: HostContext): RequestHandler {
  return async (request: HostRequest) => {
    const result = RESULT_SCHEMAS[request.command].safeParse(await run(request.command, request, context));
    if (!result.success) throw new CompanionError("HOST_INTERNAL", undefined, { cause: result.error });
    return result.data;
  };
}
