// SPDX-License-Identifier: MIT
/** The emulated My Number Card: a pure card model and its vpcd connection with fault switches. */
export type { ApduLogEntry } from "./apdu-log";
export type { DropOptions, FaultFilter, ForceStatusWordOptions } from "./card-faults";
export { AID } from "./card-layout";
export { APDU, derTotalLength, sha256DigestInfo, splitResponse } from "./card-test-helpers";
export { fromHex, parseCommandApdu, toHex } from "./command-apdu";
export { DEFAULT_MANUFACTURE_NUMBER, JpkiCardModel } from "./jpki-card-model";
export type { CardModelOptions } from "./jpki-card-model";
export { DEFAULT_TEST_PINS } from "./pin-register";
export { DEFAULT_ATR, startEmulatedCard } from "./start-emulated-card";
export type { EmulatedCard, EmulatedCardOptions } from "./start-emulated-card";
export { SW } from "./status-word";
