// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { ApduChannel } from "../apdu-channel";
import { ApduScriptTransport, type ScriptStep } from "../testing/apdu-script-transport";
import { readPinStatus, verifyPin } from "./pin-verification";

const SELECT_SIGN_PIN = "00a4020c02001b";
const EMPTY_VERIFY = "00200080";
const VERIFY_ABC123 = "002000800641424331323" + "3";

async function run(script: ScriptStep[], action: (channel: ApduChannel) => Promise<unknown>) {
  const transport = new ApduScriptTransport(script);
  const outcome = await action(new ApduChannel(transport)).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  transport.assertDone();
  return outcome;
}

describe("verifyPin", () => {
  it("upper-cases the sign password and verifies after reading the tries left", async () => {
    const outcome = await run(
      [
        [SELECT_SIGN_PIN, "9000"],
        [EMPTY_VERIFY, "63c5"],
        [VERIFY_ABC123, "9000"],
      ],
      (channel) => verifyPin(channel, 0x1b, "sign", "abc123", false),
    );
    expect(outcome).toEqual({ value: undefined });
  });

  it("refuses a malformed PIN without sending any APDU", async () => {
    const outcome = await run([], (channel) => verifyPin(channel, 0x18, "auth", "12a4", false));
    expect(outcome).toMatchObject({ error: { code: "PIN_MALFORMED" } });
  });

  it("reports a wrong PIN with the tries the card says are left, and does not retry", async () => {
    const outcome = await run(
      [
        [SELECT_SIGN_PIN, "9000"],
        [EMPTY_VERIFY, "63c5"],
        [VERIFY_ABC123, "63c4"],
      ],
      (channel) => verifyPin(channel, 0x1b, "sign", "ABC123", false),
    );
    expect(outcome).toMatchObject({ error: { code: "PIN_WRONG", triesLeft: 4 } });
  });

  it("refuses the last try without confirmation, before any VERIFY with data", async () => {
    const outcome = await run(
      [
        [SELECT_SIGN_PIN, "9000"],
        [EMPTY_VERIFY, "63c1"],
      ],
      (channel) => verifyPin(channel, 0x1b, "sign", "ABC123", false),
    );
    expect(outcome).toMatchObject({ error: { code: "PIN_LAST_TRY_UNCONFIRMED", triesLeft: 1 } });
  });

  it("spends the last try when confirmed; using it up reports the PIN blocked", async () => {
    const outcome = await run(
      [
        [SELECT_SIGN_PIN, "9000"],
        [EMPTY_VERIFY, "63c1"],
        [VERIFY_ABC123, "63c0"],
      ],
      (channel) => verifyPin(channel, 0x1b, "sign", "ABC123", true),
    );
    expect(outcome).toMatchObject({ error: { code: "PIN_BLOCKED", triesLeft: 0 } });
  });

  it.each(["63c0", "6983", "6984"])("treats %s on the status query as blocked and never tries", async (sw) => {
    const outcome = await run(
      [
        [SELECT_SIGN_PIN, "9000"],
        [EMPTY_VERIFY, sw],
      ],
      (channel) => verifyPin(channel, 0x1b, "sign", "ABC123", true),
    );
    expect(outcome).toMatchObject({ error: { code: "PIN_BLOCKED", triesLeft: 0 } });
  });
});

describe("readPinStatus", () => {
  it("reads tries left from 63 Cx and a full counter from 90 00", async () => {
    const left = await run(
      [
        ["00a4020c020018", "9000"],
        [EMPTY_VERIFY, "63c2"],
      ],
      (channel) => readPinStatus(channel, 0x18, "auth"),
    );
    expect(left).toEqual({ value: { triesLeft: 2, maxTries: 3, blocked: false } });
    const verified = await run(
      [
        ["00a4020c020018", "9000"],
        [EMPTY_VERIFY, "9000"],
      ],
      (channel) => readPinStatus(channel, 0x18, "auth"),
    );
    expect(verified).toEqual({ value: { triesLeft: 3, maxTries: 3, blocked: false } });
  });
});
