// SPDX-License-Identifier: MIT
/** What every card verb offers the PIN session: its operation, PIN kind, what it signs, and the host call. */
import type { PinKind } from "../../../shared/pin";
import type { Operation } from "../../protocol/extension";
import type { PageReply, PageRequest } from "../../protocol/page";
import type { NativeHost } from "../native-host";

/** What the user supplies in the PIN window for one attempt (kept only for the duration of the call). */
export interface Credentials {
  readonly pin: string;
  readonly confirmLastTry: boolean;
  /** Reader name from the settings, or undefined to let the host choose. */
  readonly reader: string | undefined;
}

/** A page request bound to its verb, ready to run once the user typed the PIN. */
export interface PreparedAction {
  readonly operation: Operation;
  readonly pinKind: PinKind;
  /** The base64 digests to be signed, in request order (empty for card-info). */
  readonly digests: readonly string[];
  run(host: NativeHost, credentials: Credentials): Promise<PageReply>;
}

export type PageRequestOf<M extends PageRequest["mode"]> = Extract<PageRequest, { mode: M }>;
