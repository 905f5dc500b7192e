// SPDX-License-Identifier: MIT
/** Prints each step of the walk and saves a screenshot per step (`NN-name.png`). */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";

export class StepRecorder {
  private count = 0;
  readonly files: string[] = [];

  constructor(
    readonly dir: string | null,
    private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {
    if (dir !== null) mkdirSync(dir, { recursive: true });
  }

  /**
   * Logs `NN description` and screenshots `page` as `NN-name.png`: the full page, or with `modal` the viewport
   * (a modal window is fixed to the viewport).
   */
  async step(name: string, description: string, page: Page, options: { modal?: boolean } = {}): Promise<void> {
    this.count += 1;
    const number = String(this.count).padStart(2, "0");
    this.print(`[${number}] ${description}`);
    if (this.dir === null) return;
    const file = join(this.dir, `${number}-${name}.png`);
    await page.screenshot({ path: file, fullPage: options.modal !== true });
    this.files.push(file);
  }

  note(line: string): void {
    this.print(`     ${line}`);
  }
}
