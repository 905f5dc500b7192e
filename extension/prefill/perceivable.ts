// SPDX-License-Identifier: MIT
/**
 * Whether a person can see a form control: prefill fills only those. A page (or a script that found its way onto
 * it) can otherwise hide inputs named like profile fields and harvest what is filled into them — the attack that
 * made password managers stop autofilling hidden fields. A control counts as unseen when it is, or sits in:
 * `display:none`, `visibility:hidden`, (nearly) transparent, zero or tiny size, clipped away, placed outside the
 * page, `aria-hidden`, `inert`, or a closed `<details>`.
 *
 * A radio or checkbox that is drawn by the page's own style (the input hidden, its label shown) counts as seen
 * through a visible label: it carries a choice, never typed data.
 */
import type { FormControl } from "./control-texts";

/** Below this many CSS pixels on a side, a box is not something a person reads or types into. */
const MIN_SIDE_PX = 4;
/** Overflow values that cut a box off for good (a scrolling container's content can still be scrolled to). */
const CUTS_OVERFLOW = new Set(["hidden", "clip"]);
/** Below this opacity, a control is invisible in practice. */
const MIN_OPACITY = 0.1;

export function isPerceivable(control: FormControl): boolean {
  if (elementPerceivable(control)) return true;
  const checkable = control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox");
  return (
    checkable && [...(control.labels ?? [])].some((label) => !label.contains(control) && elementPerceivable(label))
  );
}

function elementPerceivable(element: Element): boolean {
  if (element.closest('[aria-hidden="true"], [inert]') !== null) return false;
  if (insideClosedDetails(element)) return false;
  const view = element.ownerDocument.defaultView;
  if (view === null) return false;
  const style = view.getComputedStyle(element);
  if (style.visibility === "hidden" || style.visibility === "collapse") return false;
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const nodeStyle = node === element ? style : view.getComputedStyle(node);
    if (nodeStyle.display === "none" || opacityOf(nodeStyle) < MIN_OPACITY) return false;
    if (clippedAway(nodeStyle)) return false;
  }
  return hasVisibleBox(element, view);
}

/** The computed opacity; 1 where the engine gives none. */
function opacityOf(style: CSSStyleDeclaration): number {
  const opacity = Number.parseFloat(style.opacity);
  return Number.isNaN(opacity) ? 1 : opacity;
}

/** In a `<details>` that is closed, anywhere but its own summary. */
function insideClosedDetails(element: Element): boolean {
  for (
    let details = element.closest("details");
    details !== null;
    details = details.parentElement?.closest("details") ?? null
  ) {
    if (details.open) continue;
    const summary = details.querySelector(":scope > summary");
    if (!summary?.contains(element)) return true;
  }
  return false;
}

/** `clip: rect(…)` or a `clip-path` that leaves (almost) nothing: the "visually hidden" tricks. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = /^rect\(([^)]*)\)$/u.exec(style.clip ?? "");
  if (clip?.[1] !== undefined) {
    const [top = 0, right = 0, bottom = 0, left = 0] = clip[1].split(/[\s,]+/u).map((side) => Number.parseFloat(side));
    if (right - left < MIN_SIDE_PX || bottom - top < MIN_SIDE_PX) return true;
  }
  const clipPath = style.clipPath ?? "";
  if (clipPath === "" || clipPath === "none") return false;
  const inset = /^inset\(\s*([\d.]+)%/u.exec(clipPath);
  if (inset?.[1] !== undefined && Number(inset[1]) >= 50) return true;
  return /^(?:circle|ellipse)\(\s*0(?:px|%)?[\s)]/u.test(clipPath);
}

/**
 * A box of readable size inside the page, and not cut off by an ancestor that hides its overflow. Positions are in
 * page coordinates, so a field further down a long form (below the window, or scrolled away in a scrolling box) is
 * seen; one placed at -10000px, or outside a box that hides its overflow, is not.
 */
function hasVisibleBox(element: Element, view: Window): boolean {
  const box = element.getBoundingClientRect();
  if (box.width < MIN_SIDE_PX || box.height < MIN_SIDE_PX) return false;
  const root = element.ownerDocument.documentElement;
  const pageWidth = Math.max(root.scrollWidth, view.innerWidth);
  const pageHeight = Math.max(root.scrollHeight, view.innerHeight);
  const left = box.left + view.scrollX;
  const top = box.top + view.scrollY;
  if (left + box.width <= 0 || top + box.height <= 0 || left >= pageWidth || top >= pageHeight) return false;
  for (let node = element.parentElement; node !== null && node !== root; node = node.parentElement) {
    const { overflowX, overflowY } = view.getComputedStyle(node);
    const cutsX = CUTS_OVERFLOW.has(overflowX);
    const cutsY = CUTS_OVERFLOW.has(overflowY);
    if (!cutsX && !cutsY) continue;
    const frame = node.getBoundingClientRect();
    const width = Math.min(box.right, frame.right) - Math.max(box.left, frame.left);
    const height = Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top);
    if ((cutsX && width < MIN_SIDE_PX) || (cutsY && height < MIN_SIDE_PX)) return false;
  }
  return true;
}
