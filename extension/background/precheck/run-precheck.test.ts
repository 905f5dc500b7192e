// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { SAMPLE_PROFILE_SET } from "../../profiles/model/profiles-sample";
import { recordLastPrefill } from "../../prefill/last-prefill";
import { ProfileStore } from "../../profiles/profile-store";
import { memoryArea } from "../../vault/storage-area";
import { loadPendingPrecheck } from "../../common/pending-precheck";
import { runPrecheck, type PrecheckDeps } from "./run-precheck";

const ORIGIN = "https://www.dips-reg.mlit.go.jp";
const card = {
  name: "山田 太郎",
  address: "東京都千代田区霞が関2-1-3 301号",
  birthDate: "1980-04-01",
  sex: "1" as const,
};

async function setup(ownerId = "owner-taro") {
  const local = memoryArea();
  const session = memoryArea();
  await new ProfileStore(local, session).save(SAMPLE_PROFILE_SET);
  await recordLastPrefill(session, 7, { ownerId, origin: ORIGIN });
  const opened: string[] = [];
  const deps: PrecheckDeps = {
    local,
    session,
    tabOrigin: () => Promise.resolve(ORIGIN),
    openWindow: (id) => Promise.resolve(void opened.push(id)),
  };
  return { deps, opened, session };
}

describe("runPrecheck", () => {
  it("opens the pre-check window with the card's facts when the address differs", async () => {
    const { deps, opened, session } = await setup();
    const moved = { ...card, address: "大阪府大阪市北区梅田1-1-1" };
    expect(await runPrecheck(7, moved, deps)).toEqual({ status: "differs", fields: ["address"] });
    expect(opened).toHaveLength(1);
    expect(await loadPendingPrecheck(session, opened[0]!)).toEqual({
      tabId: 7,
      origin: ORIGIN,
      ownerId: "owner-taro",
      holder: moved,
    });
  });

  it("stays quiet when the facts match, the tab was not prefilled, or it moved to another site", async () => {
    const { deps, opened } = await setup();
    expect(await runPrecheck(7, card, deps)).toEqual({ status: "match" });
    expect(await runPrecheck(8, { ...card, name: "別人" }, deps)).toEqual({ status: "no-prefill" });
    const elsewhere = { ...deps, tabOrigin: () => Promise.resolve("https://example.com") };
    expect(await runPrecheck(7, { ...card, name: "別人" }, elsewhere)).toEqual({ status: "no-prefill" });
    expect(opened).toEqual([]);
  });

  it("skips corporations and never throws", async () => {
    const { deps } = await setup("owner-sora");
    expect(await runPrecheck(7, card, deps)).toEqual({ status: "not-individual" });
    const broken = { ...deps, tabOrigin: () => Promise.reject(new Error("no tab")) };
    expect(await runPrecheck(7, card, broken)).toEqual({ status: "failed" });
  });
});
