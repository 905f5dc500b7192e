// SPDX-License-Identifier: MIT
/**
 * The commands a new host does not need for its first reply (see dispatch.ts), in one module so that they are
 * initialised together on first use.
 */
import type { HostCommand } from "../../shared/protocol/native";
import { authenticate } from "./authenticate";
import { cardInfo } from "./card-info";
import type { CommandTable } from "./command-table";
import { sign } from "./sign";
import { status } from "./status";

/** Every command but the one the host loads at start. */
export type LazyCommand = Exclude<HostCommand, "pin-status">;

export const LAZY_COMMANDS = { sign, authenticate, "card-info": cardInfo, status } satisfies CommandTable<LazyCommand>;
