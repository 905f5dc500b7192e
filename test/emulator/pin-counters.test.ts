// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { APDU } from "./card-test-helpers";
import { JpkiCardModel } from "./jpki-card-model";
import { useModelSession } from "./model-test-session";

const session = useModelSession();
const { send, sw } = session;

describe("PIN counters", () => {
  it("counts down 3 for the auth PIN, answers 63C0 on the last failure and 6984 after", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw(APDU.verifyQuery)).toBe("63C3");
    expect(sw(APDU.verify("0000"))).toBe("63C2");
    expect(sw(APDU.verify("0000"))).toBe("63C1");
    expect(sw(APDU.verifyQuery)).toBe("63C1");
    expect(sw(APDU.verify("0000"))).toBe("63C0");
    expect(sw(APDU.verify("1234"))).toBe("6984");
    expect(sw(APDU.verifyQuery)).toBe("63C0");
    expect(session.card.triesLeft("auth")).toBe(0);
  });

  it("counts down 5 for the sign password, compares byte-exactly and resets on success", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verifyQuery)).toBe("63C5");
    expect(sw(APDU.verify("abc123"))).toBe("63C4");
    expect(sw(APDU.verify("ABC12"))).toBe("63C3");
    expect(sw(APDU.verify("ABC123"))).toBe("9000");
    expect(session.card.triesLeft("sign")).toBe(5);
    expect(session.card.isVerified("sign")).toBe(true);
  });

  it("keeps counters across a reset and a new SELECT, but forgets verification", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("9999"));
    send(APDU.verify("1234"));
    send(APDU.selectEf("0018"));
    expect(send(APDU.verify("9999")).sw).toBe("63C2");
    expect(sw(APDU.verify("1234"))).toBe("9000");
    send(APDU.selectEf("001B"));
    send(APDU.verify("ZZZ999"));
    session.card.reset();
    expect(session.card.isVerified("auth")).toBe(false);
    expect(session.card.triesLeft("sign")).toBe(4);
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    send(APDU.verify("1234"));
    send(APDU.selectJpki);
    expect(session.card.isVerified("auth")).toBe(false);
  });

  it("lets tests set counters and starts from the given ones", () => {
    session.card = new JpkiCardModel({ pki: session.pki, triesLeft: { sign: 1 } });
    send(APDU.selectJpki);
    send(APDU.selectEf("001B"));
    expect(sw(APDU.verifyQuery)).toBe("63C1");
    session.card.setTriesLeft("sign", 0);
    expect(sw(APDU.verify("ABC123"))).toBe("6984");
    expect(() => session.card.setTriesLeft("auth", 4)).toThrow(RangeError);
  });

  it("changes a PIN only after verifying it", () => {
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw("002401800435363738")).toBe("6982");
    send(APDU.verify("1234"));
    expect(sw("002401800435363738")).toBe("9000");
    send(APDU.selectJpki);
    send(APDU.selectEf("0018"));
    expect(sw(APDU.verify("1234"))).toBe("63C2");
    expect(sw(APDU.verify("5678"))).toBe("9000");
  });
});
