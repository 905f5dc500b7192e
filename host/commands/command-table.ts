// SPDX-License-Identifier: MIT
import type { HostCommand, HostRequestOf, HostResult } from "../../shared/protocol/native";
import type { HostContext } from "./host-context";

/** The handler of one command: its parsed request in, its result out. */
export type CommandHandler<C extends HostCommand> = (
  request: HostRequestOf<C>,
  context: HostContext,
) => Promise<HostResult<C>>;

/** One handler per command of `Commands`: a command without one, or with a mistyped one, fails the type-check. */
export type CommandTable<Commands extends HostCommand = HostCommand> = {
  readonly [C in Commands]: CommandHandler<C>;
};
