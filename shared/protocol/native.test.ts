import { describe, expect, it } from "vitest";
import { HostReplySchema, HostRequestSchema } from "./native";

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
  ])("refuses %j", (request) => {
    expect(HostRequestSchema.safeParse(request).success).toBe(false);
  });

  it("reads success and error replies", () => {
    expect(HostReplySchema.parse({ id: "1", ok: true, result: { x: 1 } }).ok).toBe(true);
    expect(HostReplySchema.parse({ id: null, ok: false, error: { code: "BAD_REQUEST" } }).ok).toBe(false);
    expect(HostReplySchema.safeParse({ id: null, ok: true, result: {} }).success).toBe(false);
  });
});
