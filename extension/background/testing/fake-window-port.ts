// SPDX-License-Identifier: MIT
/** For unit tests: the PIN window's end of its port, without a browser. */
import type { Runtime } from "webextension-polyfill";
import type { PinWindowView } from "../../protocol/extension";

export interface FakeWindowPort {
  readonly port: Runtime.Port;
  /** Every view the background posted to the window, in order. */
  readonly views: PinWindowView[];
  /** Whether the background disconnected the port (e.g. a hello it does not know). */
  readonly state: { disconnected: boolean };
  /** The window sends a message to the background. */
  send(message: unknown): void;
  /** The window goes away: the background's disconnect listeners run. */
  close(): void;
}

export function fakeWindowPort(): FakeWindowPort {
  const views: PinWindowView[] = [];
  let onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const state = { disconnected: false };
  const port = {
    postMessage: (message: { view: PinWindowView }) => views.push(message.view),
    onMessage: {
      addListener: (listener: (message: unknown) => void) => onMessage.push(listener),
      removeListener: (listener: (message: unknown) => void) =>
        (onMessage = onMessage.filter((added) => added !== listener)),
    },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    disconnect: () => (state.disconnected = true),
  } as unknown as Runtime.Port;
  return {
    port,
    views,
    state,
    send: (message) => [...onMessage].forEach((listener) => listener(message)),
    close: () => onDisconnect.forEach((listener) => listener()),
  };
}
