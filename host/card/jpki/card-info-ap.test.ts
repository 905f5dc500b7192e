// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { ApduChannel } from "../apdu-channel";
import { ApduScriptTransport } from "../testing/apdu-script-transport";
import { CardInfoAp, parseBasic4Record } from "./card-info-ap";

/** The test-card vector of docs/ref/jpki-card.md §8.3 (offsets table included), with FF filler after it. */
const EXAMPLE =
  "ff2065df2108000e00200059006" +
  "4df220f" +
  Buffer.from("黒桐　幹也").toString("hex") +
  "df2336" +
  Buffer.from("東京都清瀬市観布子南１２－７－２０２").toString("hex") +
  "df240831393830303231" +
  "37df250131" +
  "ffffff";

describe("parseBasic4Record", () => {
  it("reads the four facts by tag from the documented test vector", () => {
    const facts = parseBasic4Record(Buffer.from(EXAMPLE, "hex"));
    expect(facts.name.toString("utf8")).toBe("黒桐　幹也");
    expect(facts.address.toString("utf8")).toBe("東京都清瀬市観布子南１２－７－２０２");
    expect(facts.birthday.toString("utf8")).toBe("19800217");
    expect(facts.sex.toString("utf8")).toBe("1");
  });

  it("handles a long-form outer length (long addresses)", () => {
    const address = Buffer.from("北海道".repeat(20));
    const name = Buffer.from("山田　花子");
    const inner = Buffer.concat([
      Buffer.from([0xdf, 0x21, 0x08, 0, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.from([0xdf, 0x22, name.length]),
      name,
      Buffer.from([0xdf, 0x23, 0x81, address.length]),
      address,
      Buffer.from("df24083139393030313032df250132", "hex"),
    ]);
    const record = Buffer.concat([Buffer.from([0xff, 0x20, 0x81, inner.length]), inner]);
    const facts = parseBasic4Record(record);
    expect(facts.name).toEqual(name);
    expect(facts.address).toEqual(address);
    expect(facts.sex.toString()).toBe("2");
  });

  it("refuses a record without the FF 20 wrapper", () => {
    expect(() => parseBasic4Record(Buffer.from("df220131", "hex"))).toThrow(/CARD_ERROR/);
  });
});

describe("CardInfoAp", () => {
  it("reports a card without the card-info AP as CARD_INFO_AP_MISSING, before any VERIFY", async () => {
    const transport = new ApduScriptTransport([["00a4040c0ad3921000310001010408", "6a82"]]);
    const ap = new CardInfoAp(new ApduChannel(transport), { extendedLength: false });
    await expect(ap.select()).rejects.toThrow(/CARD_INFO_AP_MISSING/);
    transport.assertDone();
  });
});
