// SPDX-License-Identifier: MIT
import { errorMessage } from "../../shared/errors/catalogue";
import { describe, expect, it } from "vitest";
import { parseLaunchDetail } from "./page-channel";

const DIGEST = "MDEwDQYJYIZIAWUDBAIBBQAEIA==";

describe("parseLaunchDetail", () => {
  it("accepts the documented modes and keeps unknown fields", () => {
    const parsed = parseLaunchDetail(
      JSON.stringify({ mode: "02", service_id: "01", digest: [DIGEST, DIGEST], x: 1 }),
      "ja",
    );
    expect(parsed).toEqual({ ok: true, request: { mode: "02", service_id: "01", digest: [DIGEST, DIGEST], x: 1 } });
    expect(parseLaunchDetail(JSON.stringify({ mode: "04" }), "ja").ok).toBe(true);
  });

  it("answers an unknown mode with UNKNOWN_MODE, echoing the mode", () => {
    const parsed = parseLaunchDetail(JSON.stringify({ mode: "03" }), "en");
    expect(parsed).toEqual({
      ok: false,
      reply: {
        mode: "03",
        result: "1",
        error_code: "UNKNOWN_MODE",
        message: errorMessage("UNKNOWN_MODE", "en"),
      },
    });
  });

  it("answers malformed details with BAD_REQUEST", () => {
    for (const detail of [
      "{oops",
      42,
      { mode: "01" },
      JSON.stringify({ mode: "01", digest: "***" }),
      "x".repeat(70_000),
    ]) {
      const parsed = parseLaunchDetail(detail, "ja");
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reply).toMatchObject({ result: "1", error_code: "BAD_REQUEST" });
    }
  });
});
