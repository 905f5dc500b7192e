// SPDX-License-Identifier: MIT
/** Which command APDUs a fault applies to: one INS, or every command when absent. */
export interface FaultFilter {
  /** INS byte (e.g. `0x2a` for COMPUTE DIGITAL SIGNATURE, `0x20` for VERIFY). */
  readonly ins?: number;
}

/** `dropMidApdu` options. */
export interface DropOptions extends FaultFilter {
  /** Put the card back this many ms after the drop (default: stays removed until `insert()`). */
  readonly reinsertAfterMs?: number;
}

/** `forceStatusWord` options. */
export interface ForceStatusWordOptions extends FaultFilter {
  /** Only for the next matching command (default false: until `clearFaults()`). */
  readonly once?: boolean;
}

/** What to do with one command APDU instead of (or before) letting the card model answer it. */
export type FaultAction =
  | { readonly kind: "answer" }
  | { readonly kind: "drop"; readonly reinsertAfterMs: number | undefined }
  | { readonly kind: "hang" }
  | { readonly kind: "status-word"; readonly sw: number };

const matches = (filter: FaultFilter | undefined, ins: number): boolean =>
  filter !== undefined && (filter.ins === undefined || filter.ins === ins);

/** The armed faults of one emulated card; each `drop` and `hang` fires once, on the first matching command. */
export class CardFaults {
  #drop: DropOptions | undefined;
  #hang: FaultFilter | undefined;
  #forced: (ForceStatusWordOptions & { readonly sw: number }) | undefined;

  armDrop(options: DropOptions = {}): void {
    this.#drop = options;
  }

  armHang(filter: FaultFilter = {}): void {
    this.#hang = filter;
  }

  disarmHang(): void {
    this.#hang = undefined;
  }

  forceStatusWord(sw: number, options: ForceStatusWordOptions = {}): void {
    if (!Number.isInteger(sw) || sw < 0 || sw > 0xffff) throw new RangeError("a status word is two bytes");
    this.#forced = { ...options, sw };
  }

  clear(): void {
    this.#drop = undefined;
    this.#hang = undefined;
    this.#forced = undefined;
  }

  /** Decides the fate of a command with this INS, consuming one-shot faults. */
  actionFor(ins: number): FaultAction {
    if (matches(this.#drop, ins)) {
      const reinsertAfterMs = this.#drop?.reinsertAfterMs;
      this.#drop = undefined;
      return { kind: "drop", reinsertAfterMs };
    }
    if (matches(this.#hang, ins)) {
      this.#hang = undefined;
      return { kind: "hang" };
    }
    const forced = this.#forced;
    if (forced && matches(forced, ins)) {
      if (forced.once) this.#forced = undefined;
      return { kind: "status-word", sw: forced.sw };
    }
    return { kind: "answer" };
  }
}
