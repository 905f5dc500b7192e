import { describe, expect, it } from "vitest";
import { differingFacts, normalizeFact } from "./basic4";

describe("basic 4 facts comparison", () => {
  it("ignores width, spaces and dash variants", () => {
    expect(normalizeFact("見本　花子")).toBe(normalizeFact("見本 花子"));
    expect(normalizeFact("霞が関１－２－３")).toBe("霞が関1-2-3");
    expect(normalizeFact("1−2")).toBe("1-2");
    expect(normalizeFact("コーポ")).toBe("コーポ");
  });

  it("names the fields that differ", () => {
    const card = { name: "見本　花子", address: "東京都千代田区見本町１－２－３", birthDate: "1990-04-01" };
    expect(differingFacts(card, { ...card, name: "見本 花子" })).toEqual([]);
    expect(differingFacts(card, { ...card, address: "東京都千代田区見本町1-2-4" })).toEqual(["address"]);
    expect(differingFacts(card, { name: "x", address: "y", birthDate: "1990-04-02" })).toEqual([
      "name",
      "address",
      "birthDate",
    ]);
  });
});
