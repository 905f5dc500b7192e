// SPDX-License-Identifier: MIT
/** Shared test helpers for tests that go through the real pcscd and the emulated card. */
export { waitForCardPresence, waitForReaders } from "../stack/pcsc-readers";
export { pcscdStatus, restartPcscd, startPcscStack, stopPcscd } from "../stack/pcscd-process";
export type { PcscdStatus, PcscStackOptions, RestartOptions } from "../stack/pcscd-process";
export { acquireReaderPort } from "../stack/reader-ports";
export type { ReaderPort } from "../stack/reader-ports";
export { readerNameForPort, STACK_READER_NAMES, VPCD_PORTS } from "../stack/stack-layout";
export { connectToCard } from "./pcsc-test-client";
export type { PcscTestConnection } from "./pcsc-test-client";
export { useCardStack } from "./use-card-stack";
export type { CardStack, CardStackOptions } from "./use-card-stack";
