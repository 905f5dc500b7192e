// SPDX-License-Identifier: MIT
import type * as z from "zod/mini";
import type {
  AuthenticateRequestSchema,
  CardInfoRequestSchema,
  PinStatusRequestSchema,
  SignRequestSchema,
  StatusRequestSchema,
} from "../../shared/protocol/native";

/** The parsed request of each command (defaults applied). */
export type SignRequest = z.infer<typeof SignRequestSchema>;
export type AuthenticateRequest = z.infer<typeof AuthenticateRequestSchema>;
export type CardInfoRequest = z.infer<typeof CardInfoRequestSchema>;
export type PinStatusRequest = z.infer<typeof PinStatusRequestSchema>;
export type StatusRequest = z.infer<typeof StatusRequestSchema>;
