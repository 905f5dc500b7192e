// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalApplicationBytes, canonicalJson, sha256DigestInfo } from "./canonical";
import { SAMPLE_DATA } from "../testing/sample-data";

describe("canonical application data", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("does not depend on the order in which the fields were entered", () => {
    const reordered = { user: SAMPLE_DATA.user, uas: SAMPLE_DATA.uas, owner: { ...SAMPLE_DATA.owner } };
    expect(canonicalApplicationBytes("A1", reordered).equals(canonicalApplicationBytes("A1", SAMPLE_DATA))).toBe(true);
  });

  it("binds the application id, so a signature cannot be replayed for another application", () => {
    const json = canonicalApplicationBytes("A1", SAMPLE_DATA).toString("utf8");
    expect(JSON.parse(json)).toMatchObject({ applicationId: "A1", owner: { name: SAMPLE_DATA.owner.name } });
    expect(canonicalApplicationBytes("A2", SAMPLE_DATA).equals(canonicalApplicationBytes("A1", SAMPLE_DATA))).toBe(
      false,
    );
  });

  it("changes when any UA field changes", () => {
    const changed = {
      ...SAMPLE_DATA,
      uas: SAMPLE_DATA.uas.map((ua, i) => (i === 1 ? { ...ua, serialNumber: "X" } : ua)),
    };
    expect(canonicalApplicationBytes("A1", changed).equals(canonicalApplicationBytes("A1", SAMPLE_DATA))).toBe(false);
  });

  it("makes a 51-byte SHA-256 DigestInfo ending in the hash", () => {
    const bytes = Buffer.from("見本", "utf8");
    const digestInfo = sha256DigestInfo(bytes);
    expect(digestInfo.length).toBe(51);
    expect(digestInfo.subarray(0, 19).toString("hex")).toBe("3031300d060960864801650304020105000420");
    expect(digestInfo.subarray(19).equals(createHash("sha256").update(bytes).digest())).toBe(true);
  });
});
