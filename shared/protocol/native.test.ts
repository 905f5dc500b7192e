import { describe, expect, it } from "vitest";
import { HostReplySchema, HostRequestSchema, RESULT_SCHEMAS } from "./native";

const digest = Buffer.alloc(51, 1).toString("base64");

describe("native protocol", () => {
  it("accepts a mode-02 request and defaults confirmLastTry to false", () => {
    const parsed = HostRequestSchema.parse({ id: "1", command: "sign", pin: "ABC123", digests: [digest, digest] });
    expect(parsed).toMatchObject({ command: "sign", confirmLastTry: false });
  });

  it.each([
    { id: "1", command: "sign", pin: "ABC123", digests: [] },
    { id: "1", command: "sign", pin: "ABC123", digests: ["not base64!"] },
    { id: "1", command: "authenticate", pin: "1234" },
    { id: "", command: "status" },
    { id: "1", command: "status", extra: true },
    { id: "1", command: "erase-card" },
    { id: "1", command: "pin-status", pin: "1234" },
    { id: "1", command: "authenticate", pin: "1234", digest: "" },
    { id: "1", command: "authenticate", pin: "1234", digest: "AAAA".repeat(83) },
    { id: "1", command: "status", reader: "" },
    { id: "x".repeat(65), command: "status" },
  ])("refuses %j", (request) => {
    expect(HostRequestSchema.safeParse(request).success).toBe(false);
  });

  it("reads success and error replies", () => {
    expect(HostReplySchema.parse({ id: "1", ok: true, result: { x: 1 } }).ok).toBe(true);
    expect(HostReplySchema.parse({ id: null, ok: false, error: { code: "BAD_REQUEST" } }).ok).toBe(false);
    expect(HostReplySchema.safeParse({ id: null, ok: true, result: {} }).success).toBe(false);
  });

  it("checks results: PIN tries are whole numbers up to 15, the status may lack a card", () => {
    const pinStatus = RESULT_SCHEMAS["pin-status"];
    expect(pinStatus.safeParse({ triesLeft: 3, maxTries: 3, blocked: false }).success).toBe(true);
    expect(pinStatus.safeParse({ triesLeft: 1.5, maxTries: 3, blocked: false }).success).toBe(false);
    expect(pinStatus.safeParse({ triesLeft: 3, maxTries: 16, blocked: false }).success).toBe(false);
    const status = { hostVersion: "0.1.0", pcscRunning: false, readers: [], card: null, problem: null };
    expect(RESULT_SCHEMAS.status.parse(status)).toEqual(status);
    expect(RESULT_SCHEMAS.status.safeParse({ ...status, problem: { code: "NOPE" } }).success).toBe(false);
  });

  it("reads the status of a newer host: a field this extension does not know yet is dropped, not refused", () => {
    const status = {
      hostVersion: "9.0.0",
      protocolVersion: 7,
      pcscRunning: false,
      readers: [],
      card: null,
      problem: null,
    };
    expect(RESULT_SCHEMAS.status.parse({ ...status, somethingNew: { a: 1 } })).toEqual(status);
    expect(RESULT_SCHEMAS.status.safeParse({ ...status, protocolVersion: 0 }).success).toBe(false);
  });
});
