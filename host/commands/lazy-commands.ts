// SPDX-License-Identifier: MIT
/**
 * The commands a new host does not need for its first reply (see dispatch.ts), in one module so that they are
 * initialised together on first use.
 */
export { authenticate } from "./authenticate";
export { cardInfo } from "./card-info";
export { sign } from "./sign";
export { status } from "./status";
