// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { CardFactsCache, dropsCardFacts } from "./card-facts";

describe("CardFactsCache", () => {
  it("gives the same facts for the same insertion and fresh ones after a reinsertion", () => {
    const cache = new CardFactsCache();
    const first = cache.factsFor("reader A", "1:4:3be0");
    first.manufactureNumber = "TEST000000001";
    expect(cache.factsFor("reader A", "1:4:3be0")).toBe(first);
    const reinserted = cache.factsFor("reader A", "1:6:3be0");
    expect(reinserted).not.toBe(first);
    expect(reinserted.isEmpty).toBe(true);
    expect(cache.factsFor("reader A", "1:4:3be0").isEmpty).toBe(true);
  });

  it("never shares facts when the insertion is unknown, and keeps readers apart", () => {
    const cache = new CardFactsCache();
    const unknown = cache.factsFor("reader A", undefined);
    unknown.manufactureNumber = "X";
    expect(cache.factsFor("reader A", undefined).isEmpty).toBe(true);
    cache.remember("reader A", "2:1:", unknown);
    expect(cache.factsFor("reader A", "2:1:")).toBe(unknown);
    expect(cache.factsFor("reader B", "2:1:").isEmpty).toBe(true);
  });

  it("forgets a reader's facts, and remembers readers that refused extended length", () => {
    const cache = new CardFactsCache();
    cache.factsFor("reader A", "1:2:").manufactureNumber = "X";
    cache.forget("reader A");
    expect(cache.factsFor("reader A", "1:2:").isEmpty).toBe(true);
    expect(cache.isShortOnly("reader A")).toBe(false);
    cache.markShortOnly("reader A");
    expect(cache.isShortOnly("reader A")).toBe(true);
  });

  it("drops facts on card-level failures only, not on a wrong PIN", () => {
    expect(dropsCardFacts("CARD_REMOVED")).toBe(true);
    expect(dropsCardFacts("NOT_JPKI_CARD")).toBe(true);
    expect(dropsCardFacts("PIN_WRONG")).toBe(false);
    expect(dropsCardFacts("CERT_EXPIRED")).toBe(false);
  });
});
