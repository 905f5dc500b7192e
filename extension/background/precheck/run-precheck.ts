// SPDX-License-Identifier: MIT
/**
 * The pre-check itself, with its browser dependencies passed in (see precheck-after-signature.ts): was this tab
 * prefilled from a saved individual owner whose name, address or birth date differ from the card's? Then record
 * the differences for the pre-check window and open it. Never throws: a failed pre-check must not disturb the
 * signature it follows.
 */
import type { Basic4, Basic4Field } from "../../../shared/basic4";
import { lastPrefill } from "../../prefill/last-prefill";
import { ProfileStore } from "../../profiles/profile-store";
import type { KeyValueArea } from "../../vault/storage-area";
import { holderDifferences } from "../../common/compare-holder";
import { savePendingPrecheck } from "../../common/pending-precheck";

export type PrecheckOutcome =
  | { status: "differs"; fields: Basic4Field[] }
  | { status: "match" | "no-prefill" | "locked" | "not-individual" | "failed" };

export interface PrecheckDeps {
  readonly local: KeyValueArea;
  readonly session: KeyValueArea;
  /** The tab's current origin (undefined when the tab is gone). */
  tabOrigin(tabId: number): Promise<string | undefined>;
  /** Opens the pre-check window for a pending record. */
  openWindow(pendingId: string): Promise<void>;
}

export async function runPrecheck(tabId: number, holder: Basic4, deps: PrecheckDeps): Promise<PrecheckOutcome> {
  try {
    const used = await lastPrefill(deps.session, tabId);
    if (!used || (await deps.tabOrigin(tabId)) !== used.origin) return { status: "no-prefill" };
    const store = new ProfileStore(deps.local, deps.session);
    if ((await store.lockState()) === "locked") return { status: "locked" };
    const owner = (await store.load()).owners.find((candidate) => candidate.id === used.ownerId);
    if (!owner) return { status: "no-prefill" };
    if (owner.kind !== "individual") return { status: "not-individual" };
    const fields = holderDifferences(owner, holder).map((difference) => difference.field);
    if (fields.length === 0) return { status: "match" };
    const pendingId = crypto.randomUUID();
    await savePendingPrecheck(deps.session, pendingId, { tabId, origin: used.origin, ownerId: owner.id, holder });
    await deps.openWindow(pendingId);
    return { status: "differs", fields };
  } catch (error) {
    console.warn("DIPS Companion: basic-4 pre-check failed", error instanceof Error ? error.name : "error");
    return { status: "failed" };
  }
}
