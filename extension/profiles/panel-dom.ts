// SPDX-License-Identifier: MIT
/** How the profile and prefill panels name a saved owner or UA (elements are built with common/dom.ts). */
import type { Owner, Ua } from "../../shared/profiles";

/** "自宅 — 山田 太郎" / "そらドローン株式会社". */
export function ownerTitle(owner: Owner): string {
  const name = owner.kind === "individual" ? owner.name : owner.companyName;
  return owner.label === "" ? name : `${owner.label} — ${name}`;
}

/** "空撮用 — DJI Mavic 3 (1581F45TB2300ABC)". */
export function uaTitle(ua: Ua): string {
  const text = `${ua.manufacturer} ${ua.model} (${ua.serialNumber})`;
  return ua.label === "" ? text : `${ua.label} — ${text}`;
}

/** The DOM helper lives in common/dom.ts; re-exported for the prefill panel, which still imports it from here. */
export { el } from "../common/dom";
