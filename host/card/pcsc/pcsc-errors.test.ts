// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CompanionError } from "../../../shared/errors/companion-error";
import { PcscLibraryError } from "./pcsc-binding";
import { isContextLost, pcscError } from "./pcsc-errors";
import { PcscCallError } from "./winscard";

const codeOf = (error: unknown) => pcscError(error).code;

describe("PC/SC failures as catalogue errors", () => {
  it("maps the SCARD_* codes of pcsclite.h / winscard.h the host tells apart", () => {
    expect(codeOf(new PcscCallError("SCardEstablishContext", 0x8010001d))).toBe("PCSC_UNAVAILABLE");
    expect(codeOf(new PcscCallError("SCardConnect", 0x8010000c))).toBe("NO_CARD");
    expect(codeOf(new PcscCallError("SCardConnect", 0x8010000b))).toBe("CARD_BUSY");
    expect(codeOf(new PcscCallError("SCardConnect", 0x80100009))).toBe("READER_NOT_FOUND");
    expect(codeOf(new PcscCallError("SCardTransmit", 0x80100069))).toBe("CARD_REMOVED");
    expect(codeOf(new PcscCallError("SCardTransmit", 0x8010000a))).toBe("CARD_TIMEOUT");
    expect(codeOf(new PcscCallError("SCardTransmit", 0x80100001))).toBe("CARD_ERROR");
  });

  it("keeps the call and its code in the message and the original as the cause", () => {
    const original = new PcscCallError("SCardConnect", 0x8010000c);
    expect(original.message).toBe("SCardConnect failed (0x8010000c)");
    expect(pcscError(original).cause).toBe(original);
  });

  it("reads a missing PC/SC library as PC/SC unavailable, and anything else as a card error", () => {
    expect(codeOf(new PcscLibraryError("cannot load libpcsclite.so.1"))).toBe("PCSC_UNAVAILABLE");
    expect(codeOf(new Error("something else"))).toBe("CARD_ERROR");
    const known = new CompanionError("NO_CARD");
    expect(pcscError(known)).toBe(known);
  });

  it("tells which failures mean the context must be established again", () => {
    expect(isContextLost(new PcscCallError("SCardConnect", 0x80100003))).toBe(true);
    expect(isContextLost(pcscError(new PcscCallError("SCardConnect", 0x8010001e)))).toBe(true);
    expect(isContextLost(new PcscCallError("SCardConnect", 0x8010000c))).toBe(false);
    expect(isContextLost(new Error("(0x8010001d)"))).toBe(false);
  });
});
