// SPDX-License-Identifier: MIT
import { CompanionError } from "../../shared/errors/companion-error";
import { RESULT_SCHEMAS, type HostRequest } from "../../shared/protocol/native";
import type { RequestHandler } from "../transport/message-loop";
import { authenticate } from "./authenticate";
import { cardInfo } from "./card-info";
import type { HostContext } from "./host-context";
import { pinStatus } from "./pin-status";
import { sign } from "./sign";
import { status } from "./status";

function run(request: HostRequest, context: HostContext): Promise<unknown> {
  switch (request.command) {
    case "sign":
      return sign(request, context);
    case "authenticate":
      return authenticate(request, context);
    case "card-info":
      return cardInfo(request, context);
    case "pin-status":
      return pinStatus(request, context);
    case "status":
      return status(request, context);
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
