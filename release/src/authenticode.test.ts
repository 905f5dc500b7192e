// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { signingFromEnvironment } from "./authenticode";

describe("signing credentials from the environment", () => {
  it("leaves the files unsigned without a certificate", () => {
    expect(signingFromEnvironment({})).toBeNull();
  });

  it("takes the certificate, key and optional time-stamping authority", () => {
    expect(signingFromEnvironment({ DIPS_SIGN_CERT: "/c.pem", DIPS_SIGN_KEY: "/k.pem" })).toEqual({
      certPath: "/c.pem",
      keyPath: "/k.pem",
    });
    expect(
      signingFromEnvironment({ DIPS_SIGN_CERT: "/c", DIPS_SIGN_KEY: "/k", DIPS_SIGN_TIMESTAMP_URL: "http://ts" }),
    ).toMatchObject({ timestampUrl: "http://ts" });
  });

  it("refuses a certificate without its key", () => {
    expect(() => signingFromEnvironment({ DIPS_SIGN_CERT: "/c.pem" })).toThrow(/both/);
  });
});
