// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { BRIDGE_ERRORS, type BridgeErrorCode } from "../../shared/errors/bridge-errors";
import { CompanionError } from "../../shared/errors/companion-error";
import { ERROR_CODES, errorMessage } from "../../shared/errors/catalogue";
import { failureReply } from "../common/page-replies";
import { bridgeFailure } from "./bridge-failure";

describe("bridgeFailure", () => {
  const codes = Object.keys(BRIDGE_ERRORS) as BridgeErrorCode[];

  it.each(codes)("%s gives the reply the background would give, in both languages", (code) => {
    for (const language of ["ja", "en"] as const) {
      for (const mode of [undefined, "01"]) {
        expect(bridgeFailure(mode, code, language)).toEqual(failureReply(mode, new CompanionError(code), language));
      }
      expect(bridgeFailure(undefined, code, language).message).toBe(errorMessage(code, language));
    }
  });

  it("echoes the mode only when there is one", () => {
    expect(bridgeFailure(undefined, "BAD_REQUEST", "en")).toEqual({
      result: "1",
      message: "The request was malformed and was not processed. Reload the page and try again.",
      error_code: "BAD_REQUEST",
    });
    expect(bridgeFailure("03", "UNKNOWN_MODE", "ja")).toMatchObject({ mode: "03", error_code: "UNKNOWN_MODE" });
  });

  // docs/page-protocol.md: the official script's errcode (EW044-C300) means "no app answered"; ours did answer.
  it.each(ERROR_CODES)("%s: our failure reply carries no errcode", (code) => {
    for (const mode of [undefined, "02"]) {
      const reply = failureReply(mode, new CompanionError(code), "ja");
      expect(Object.keys(reply).sort()).toEqual(["error_code", "message", ...(mode ? ["mode"] : []), "result"]);
    }
  });
});
