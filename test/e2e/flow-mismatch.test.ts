// SPDX-License-Identifier: MIT
/**
 * Step ③ in Chromium and Firefox: the card's holder has moved since the profile was saved. The site replaces the
 * address with the card's and asks for a second signature; the extension offers to update the profile; after
 * accepting, the next application needs no step ③.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVED_ADDRESS } from "../drivers/card-setup";
import { FLOW_PROFILE_SET } from "../drivers/flow-profile";
import { waitForExtensionWindow } from "../drivers/extension-windows";
import { pollForElement } from "../drivers/poll-element";
import { walkRegistration } from "../drivers/walk-flow";
import { normalizeFact } from "../../shared/basic4";
import { fullAddress } from "../../extension/profiles/model/profiles-address";
import { useCardStack } from "../support/use-card-stack";
import { BROWSER_KINDS } from "./support/extension-browser";
import { startFlowFixture, verificationsOf, type FlowFixture } from "./flow-support";

const stack = useCardStack({ pkiOptions: { holder: { address: MOVED_ADDRESS } } });
const savedOwner = FLOW_PROFILE_SET.owners[0];

describe.each(BROWSER_KINDS)("a card whose address differs from the profile, in %s", (kind) => {
  let fixture: FlowFixture;
  beforeAll(async () => {
    fixture = await startFlowFixture(kind, stack.readerName);
  });
  afterAll(() => fixture?.close());

  it("goes through ③ with the card's data, offers the profile fix, and needs no ③ after it was accepted", async () => {
    const first = await walkRegistration(fixture.walk);
    expect(first.resigned).toBe(true);
    const application = fixture.site.state.applications.get(first.applicationId);
    expect(application?.replacedFacts).toEqual(["address"]);
    expect(application?.data.owner.address).toBe(stack.pki.holder.address);
    expect(application?.entered.owner.address).toBe(savedOwner ? fullAddress(savedOwner.address) : "");
    expect(verificationsOf(fixture.site, first.applicationId).map((r) => [r.step, r.ok])).toEqual([
      ["sign", true],
      ["resign", true],
      ["authenticate", true],
    ]);

    const precheck = await waitForExtensionWindow(fixture.target, "pages/precheck/", { timeout: 15_000 });
    await pollForElement(precheck, '#precheck-rows tr[data-field="address"]', 15_000);
    await precheck.click("#precheck-update");
    await pollForElement(precheck, '#precheck-status[data-updated="true"]', 15_000);
    await first.page.close();

    const second = await walkRegistration(fixture.walk);
    expect(second.resigned).toBe(false);
    const again = fixture.site.state.applications.get(second.applicationId);
    expect(normalizeFact(again?.entered.owner.address ?? "")).toBe(normalizeFact(MOVED_ADDRESS));
    expect(verificationsOf(fixture.site, second.applicationId).map((r) => r.step)).toEqual(["sign", "authenticate"]);
    await second.page.close();
  });
});
