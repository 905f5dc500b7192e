// SPDX-License-Identifier: MIT
/**
 * Fields split over several boxes, as Japanese government forms lay them out: 姓 / 名, セイ / メイ, the postal code as
 * 3 + 4 digits, the birth date as year / month / day selects. One caption for the row (a group labelled by it), and
 * each box with an accessible name of its own.
 */
import { html, type Html } from "./html";

/** One box of a split field. */
export interface SplitPart {
  readonly id: string;
  readonly name: string;
  /** Text shown before the box (「姓」「〒」), or "" for none. */
  readonly before: string;
  /** Text shown after the box (「年」), or "" for none. */
  readonly after?: string;
  /** The box's accessible name, when the text before it is not one (「郵便番号（上3桁）」). */
  readonly ariaLabel?: string;
  readonly value: string;
  readonly size?: number;
  readonly maxlength?: number;
  readonly inputmode?: "numeric";
  /** A select's options (value → text) instead of a text box. */
  readonly options?: readonly (readonly [string, string])[];
}

function box(part: SplitPart, required: boolean): Html {
  const label = part.ariaLabel ? html`aria-label="${part.ariaLabel}"` : html``;
  // Text before a box that has an accessible name of its own (「〒」「-」) is decoration, not its label.
  const before =
    part.before === ""
      ? html``
      : part.ariaLabel
        ? html`<span>${part.before}</span>`
        : html`<label for="${part.id}">${part.before}</label>`;
  const after = part.after ? html`<span>${part.after}</span>` : html``;
  if (part.options) {
    const options = part.options.map(
      ([value, text]) => html`<option value="${value}" ${value === part.value ? html` selected` : ""}>${text}</option>`,
    );
    return html`${before}<select id="${part.id}" name="${part.name}" ${label}${required ? html` required` : ""}>
        <option value="">--</option>
        ${options}</select
      >${after}`;
  }
  return html`${before}<input
      type="text"
      id="${part.id}"
      name="${part.name}"
      value="${part.value}"
      ${label}${part.size ? html` size="${String(part.size)}"` : ""}${part.maxlength ? html` maxlength="${String(part.maxlength)}"` : ""}${part.inputmode ? html` inputmode="${part.inputmode}"` : ""}${required ? html` required` : ""}
    />${after}`;
}

/** A row of boxes under one caption. */
export function splitField(
  options: { id: string; label: string; required?: boolean; parts: readonly SplitPart[] },
  requiredText: string,
): Html {
  const mark = options.required ? html`<span class="req">${requiredText}</span>` : html``;
  return html`<div class="field" role="group" aria-labelledby="${options.id}-label">
    <span id="${options.id}-label">${options.label}${mark}</span>
    <div class="parts">${options.parts.map((part) => box(part, options.required ?? false))}</div>
  </div>`;
}

const numbers = (from: number, to: number): [string, string][] =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => {
    const n = from <= to ? from + i : from - i;
    return [String(n).padStart(2, "0"), String(n)];
  });

/** Year (this year back to 1900), month and day selects, with 年/月/日 after them in Japanese. */
export function dateParts(
  prefix: { id: string; name: string },
  values: { year: string; month: string; day: string },
  labels: { year: string; month: string; day: string },
  units: boolean,
  thisYear: number,
): SplitPart[] {
  const part = (key: "year" | "month" | "day", options: [string, string][], unit: string): SplitPart => ({
    id: `${prefix.id}-${key}`,
    name: `${prefix.name}${key[0]!.toUpperCase()}${key.slice(1)}`,
    before: "",
    after: units ? unit : "",
    ariaLabel: labels[key],
    value: values[key],
    options,
  });
  return [
    part("year", numbers(thisYear, 1900), "年"),
    part("month", numbers(1, 12), "月"),
    part("day", numbers(1, 31), "日"),
  ];
}
