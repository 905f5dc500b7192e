// SPDX-License-Identifier: MIT
/**
 * Valid registrations for tests: one with a computed expiry matched to a sample UA profile, one with the expiry the
 * page showed and no matching profile, deregistered. The marks and serial numbers are invented.
 */
import type { Registration } from "./registrations";

export const SAMPLE_REGISTRATION: Registration = {
  mark: "JU0A1B2C3D4E",
  manufacturer: "DJI",
  model: "Mavic 3",
  serialNumber: "1581F45TB2300ABC",
  ownerProfileId: "owner-taro",
  uaProfileId: "ua-mavic",
  applicationId: "A0123456789ABCDEF",
  registrationDate: "2022-06-20",
  expiryDate: "2025-06-19",
  expirySource: "computed",
  deregistered: false,
  capturedAt: "2022-06-20T03:04:05.678Z",
  updatedAt: "2022-06-20T03:04:05.678Z",
};

export const SAMPLE_DEREGISTERED: Registration = {
  mark: "JUX9Y8Z7W6V5",
  manufacturer: "そらドローン / Sora Drone",
  model: "SD-1 点検機",
  serialNumber: "SD1-0042",
  ownerProfileId: null,
  uaProfileId: null,
  registrationDate: "2024-02-29",
  expiryDate: "2027-02-28",
  expirySource: "page",
  deregistered: true,
  capturedAt: "2024-02-29T01:00:00Z",
  updatedAt: "2024-09-01T08:30:00Z",
};
