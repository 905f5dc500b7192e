// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import { RESULT_SCHEMAS, type HostRequest } from "../../shared/protocol/native";
import type { RequestHandler } from "../transport/message-loop";
import type { HostContext } from "./host-context";
import { pinStatus } from "./pin-status";

/**
 * Runs one command. Only `pin-status` is loaded with the host: it is the first request a new host gets (the PIN
 * window asks for tries left, extension/background/pin-session.ts), so its reply is the cold start a user waits for
 * (README → Performance). The others bring certificate parsing and hashing (node:crypto, PKI.js); their modules run on
 * first use, while the user types the PIN.
 */
async function run(request: HostRequest, context: HostContext): Promise<unknown> {
  if (request.command === "pin-status") return pinStatus(request, context);
  const commands = await import("./lazy-commands");
  switch (request.command) {
    case "sign":
      return commands.sign(request, context);
    case "authenticate":
      return commands.authenticate(request, context);
    case "card-info":
      return commands.cardInfo(request, context);
    case "status":
      return commands.status(request, context);
  }
}

/** The request handler of the message loop: runs the command and checks its result against the protocol schema. */
export function commandHandler(context: HostContext): RequestHandler {
  return async (request) => {
    const result = RESULT_SCHEMAS[request.command].safeParse(await run(request, context));
    if (!result.success) throw new CompanionError("HOST_INTERNAL", undefined, { cause: result.error });
    return result.data;
  };
}
