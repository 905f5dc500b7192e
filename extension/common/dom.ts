// SPDX-License-Identifier: MIT
/** DOM helpers of every page and panel (text only: nothing is ever parsed as HTML), and how they name saved data. */
import type { Owner, Ua } from "../profiles/model/profiles";

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

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
