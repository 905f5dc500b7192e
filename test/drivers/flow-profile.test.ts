// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { differingFacts } from "../../shared/basic4";
import { fullAddress } from "../../extension/profiles/model/profiles-address";
import { ProfileSetSchema } from "../../extension/profiles/model/profiles";
import { DEFAULT_TEST_HOLDER } from "../pki/test-holder";
import { MOVED_ADDRESS } from "./card-setup";
import { FLOW_PROFILE_SET } from "./flow-profile";

describe("the profile of the walked flow", () => {
  const owner = FLOW_PROFILE_SET.owners[0];

  it("is a valid profile set", () => {
    expect(ProfileSetSchema.parse(FLOW_PROFILE_SET)).toEqual(FLOW_PROFILE_SET);
  });

  it("matches the emulated card's holder, and differs only in the address from the moved holder", () => {
    if (owner?.kind !== "individual") throw new Error("individual owner expected");
    const entered = { name: owner.name, address: fullAddress(owner.address), birthDate: owner.birthDate };
    expect(differingFacts(DEFAULT_TEST_HOLDER, entered)).toEqual([]);
    expect(differingFacts({ ...DEFAULT_TEST_HOLDER, address: MOVED_ADDRESS }, entered)).toEqual(["address"]);
  });
});
