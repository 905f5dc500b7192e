// SPDX-License-Identifier: MIT
/**
 * Data at rest (docs/security.md): the browser killed (SIGKILL to its whole process group) while the options page saves
 * profile sets in a loop, at random moments, in Chromium and Firefox, with one persistent browser profile. The loop
 * imports numbered "generations" of a 300-UA set through the options page's import control, so every save runs the
 * real ProfileStore. After each kill the browser is started again on the same profile, the stored value is read
 * through the extension and parsed by ProfileStore with the real schemas (unlocked with the passphrase when sealed):
 * it must be one complete generation (every record of the same generation, nothing missing): the one whose save the
 * loop announced last (in a test-only key, written before each save) or the one before it, never older than a save
 * the page saw finish, with the lock state the page shows matching the stored value. Kills 1–6 hit plain saves,
 * kill 7 hits turning the lock on, kills 8–12 hit sealed saves.
 */
import type { Page } from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ProfileStore } from "../../extension/profiles/profile-store";
import { memoryArea } from "../../extension/vault/storage-area";
import { ProfileSetSchema, type ProfileSet } from "../../extension/profiles/model/profiles";
import { SAMPLE_PROFILE_SET } from "../../extension/profiles/model/profiles-sample";
import { killBrowser, waitUntil } from "./hardening-support";
import { readStorage } from "./pages/extension-storage";
import { openExtensionPageRetrying } from "./pages/open-extension-page";
import { createBrowserHome, type BrowserHome } from "./support/browser-home";
import {
  BROWSER_KINDS,
  launchExtensionBrowser,
  optionsPageSettled,
  type BrowserKind,
  type ExtensionBrowser,
} from "./support/extension-browser";

const PLAIN_KILLS = 6;
const SEALED_KILLS = 5;
const UA_COUNT = 300;
const PASSPHRASE = "kill during save";
const OPTIONS_PAGE = "pages/options/index.html";
const GENERATION_MARK = "__GENERATION__";
/** A test-only `storage.local` key: the generation whose save starts next, written (and awaited) before it. */
const STARTED_KEY = "killTestStartedGeneration";
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const randomDelay = (maxMs: number): number => Math.floor(Math.random() * maxMs);

/** Generation `n`: the sample owners and 300 UAs, every record labelled with `n`. */
function generation(n: number | typeof GENERATION_MARK): ProfileSet {
  const label = `世代 ${n}`;
  const [first, second] = SAMPLE_PROFILE_SET.uas;
  if (first === undefined || second === undefined) throw new Error("the sample has two UAs");
  const uas = Array.from({ length: UA_COUNT }, (_, index) => ({
    ...(index % 2 === 0 ? first : second),
    id: `ua-${index}`,
    label,
    serialNumber: `SN-KILL-${index}`,
  }));
  return { ...SAMPLE_PROFILE_SET, owners: SAMPLE_PROFILE_SET.owners.map((owner) => ({ ...owner, label })), uas };
}

const LoopStateSchema = z.object({ started: z.number().int(), done: z.number().int(), running: z.boolean() });
type LoopState = z.infer<typeof LoopStateSchema>;

/** Starts importing generations `from + 1`, `from + 2`, … in the options page, one after another, until stopped. */
async function startSaveLoop(options: Page, from: number): Promise<void> {
  const template = JSON.stringify(generation(GENERATION_MARK));
  await options.evaluate(
    (text, mark, start, startedKey) => {
      const global = globalThis as unknown as Record<"browser" | "chrome", typeof chrome | undefined>;
      const storage = (global.browser ?? global.chrome)?.storage.local;
      if (storage === undefined) throw new Error("not an extension page");
      const state = { started: start, done: start, running: true, stop: false };
      Object.assign(window, { saveLoop: state });
      const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2));
      void (async () => {
        for (let n = start + 1; !state.stop; n++) {
          const input = document.getElementById("profiles-import-file");
          if (!(input instanceof HTMLInputElement)) throw new Error("no import control");
          const transfer = new DataTransfer();
          transfer.items.add(new File([text.replaceAll(mark, String(n))], `generation-${n}.json`));
          input.files = transfer.files;
          await storage.set({ [startedKey]: n });
          state.started = n;
          input.dispatchEvent(new Event("change"));
          // The section is drawn again once the save resolved: a new control and the "imported" notice.
          while (
            document.getElementById("profiles-import-file") === input ||
            !document.getElementById("profiles-import-done")
          )
            await turn();
          state.done = n;
        }
        state.running = false;
      })();
    },
    template,
    GENERATION_MARK,
    from,
    STARTED_KEY,
  );
}

async function loopState(options: Page): Promise<LoopState> {
  return LoopStateSchema.parse(await options.evaluate(() => (window as unknown as { saveLoop: unknown }).saveLoop));
}

async function stopSaveLoop(options: Page): Promise<number> {
  await options.evaluate(() => Object.assign((window as unknown as { saveLoop: object }).saveLoop, { stop: true }));
  await waitUntil(async () => !(await loopState(options)).running, 30_000, "the save loop stops");
  return (await loopState(options)).done;
}

interface Stored {
  readonly generation: number;
  /** The last generation the loop had announced (STARTED_KEY) before the kill. */
  readonly announced: number;
  readonly locked: boolean;
  readonly options: Page;
}

/** Opens the options page and reads the stored set through the extension, parsed by the real ProfileStore. */
async function readStored(target: ExtensionBrowser): Promise<Stored> {
  const options = await openExtensionPageRetrying(target, OPTIONS_PAGE);
  const stateElement = await options.waitForSelector("#profiles-lock-state[data-state]", { timeout: 20_000 });
  await optionsPageSettled(options);
  const pageState = await stateElement?.evaluate((element) => (element as HTMLElement).dataset.state);
  const dump = z.record(z.string(), z.unknown()).parse(JSON.parse(await readStorage(options, "local")));
  const store = new ProfileStore(memoryArea(dump), memoryArea());
  const locked = (await store.lockState()) === "locked";
  expect(pageState).toBe(locked ? "locked" : "plain");
  if (locked) await store.unlock(PASSPHRASE);
  const set = await store.load();
  const label = set.owners[0]?.label ?? "";
  const n = Number(/^世代 (\d+)$/u.exec(label)?.[1] ?? Number.NaN);
  expect(Number.isInteger(n), `stored label ${label}`).toBe(true);
  expect(set).toEqual(ProfileSetSchema.parse(generation(n)));
  return { generation: n, announced: z.number().int().parse(dump[STARTED_KEY]), locked, options };
}

/** In the options page: unlocks (when locked), or turns the lock on; waits for the "unlocked" state. */
async function unlockOrSetPassphrase(options: Page, locked: boolean): Promise<void> {
  await options.type("#profiles-passphrase", PASSPHRASE);
  await options.click(locked ? "#profiles-unlock" : "#profiles-set-passphrase");
  await options.waitForSelector('#profiles-lock-state[data-state="unlocked"]', { timeout: 60_000 });
}

describe.each(BROWSER_KINDS)("browser killed during profile saves in %s", (kind: BrowserKind) => {
  let home: BrowserHome;
  let target: ExtensionBrowser | undefined;
  const figures: string[] = [];

  const relaunch = async (): Promise<Stored> => {
    target = await launchExtensionBrowser(kind, { home, withoutHost: true });
    return readStored(target);
  };
  /** Kills the browser at a random moment of the running loop; returns the loop's state read just before. */
  const killMidLoop = async (options: Page, maxDelayMs: number): Promise<LoopState> => {
    await sleep(300 + randomDelay(maxDelayMs));
    const before = await loopState(options);
    if (target === undefined) throw new Error("no browser");
    await killBrowser(target);
    return before;
  };

  afterAll(async () => {
    await target?.close();
    home?.remove();
    console.info(`${kind}: ${figures.join("; ")}`);
  });

  it(
    `${PLAIN_KILLS + 1 + SEALED_KILLS} kills: always one complete generation, the last finished or the next`,
    async () => {
      home = createBrowserHome({ withoutHost: true });
      target = await launchExtensionBrowser(kind, { home, withoutHost: true });
      let options = await openExtensionPageRetrying(target, OPTIONS_PAGE);
      await options.waitForSelector("#profiles-import-file");
      await optionsPageSettled(options);
      await startSaveLoop(options, -1);
      await waitUntil(async () => (await loopState(options)).done >= 0, 30_000, "generation 0 is saved");
      let last = await stopSaveLoop(options);
      let writeLost = 0;
      for (let kill = 1; kill <= PLAIN_KILLS + 1 + SEALED_KILLS; kill++) {
        const phase = kill <= PLAIN_KILLS ? "plain" : kill === PLAIN_KILLS + 1 ? "lock-on" : "sealed";
        const startedAt = Date.now();
        let before: Pick<LoopState, "done">;
        if (phase === "lock-on") {
          // Deriving the key (PBKDF2, 600,000 rounds) takes most of a second: kill before, during or after the write.
          await options.type("#profiles-passphrase", PASSPHRASE);
          await options.click("#profiles-set-passphrase");
          await sleep(randomDelay(1_500));
          await killBrowser(target);
          before = { done: last };
        } else {
          await options.waitForSelector("#profiles-import-file");
          await startSaveLoop(options, last);
          before = await killMidLoop(options, 1_500);
        }
        const stored = await relaunch();
        // Saves run one after another, each announced first: the stored set is the last announced (its write got
        // through) or the one before (it did not), and never older than a save the page saw finish.
        expect([stored.announced - 1, stored.announced], `kill ${kill}`).toContain(stored.generation);
        expect(stored.generation, `kill ${kill}`).toBeGreaterThanOrEqual(before.done);
        if (phase === "lock-on") expect(stored.generation).toBe(last);
        else expect(stored.locked, `kill ${kill}`).toBe(phase === "sealed");
        if (phase !== "lock-on") writeLost += stored.generation < stored.announced ? 1 : 0;
        figures.push(
          `kill ${kill} (${phase}): announced ${stored.announced}, stored ${stored.generation}` +
            `${stored.locked ? " sealed" : ""}, ${Date.now() - startedAt} ms`,
        );
        last = stored.generation;
        options = stored.options;
        if (phase !== "plain") await unlockOrSetPassphrase(options, stored.locked);
      }
      figures.push(`${writeLost} of ${PLAIN_KILLS + SEALED_KILLS} loop kills came before the announced write`);
    },
    15 * 60_000,
  );
});
