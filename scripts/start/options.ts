// SPDX-License-Identifier: MIT
/** Command-line options of `npm start`. */
import { parseArgs } from "node:util";

export interface StartOptions {
  readonly browser: "chromium" | "firefox";
  /** "emulator": the test card behind pcscd (PINs typed by the script); "reader": a real card, PINs typed by you. */
  readonly card: "emulator" | "reader";
  /** The emulated card's holder differs from the saved profile, so step ③ happens. */
  readonly mismatch: boolean;
  /** Create the owner profile from the card (card-info PIN, confirm, save) before the walk, instead of importing it. */
  readonly fromCard: boolean;
  readonly headless: boolean;
  readonly lang: "ja" | "en";
  readonly build: boolean;
  /** PEM/DER files of the JPKI CA certificates the practice site trusts with `--card reader`. */
  readonly ca: readonly string[];
  /** Keep the browser and the site running after the flow (until Ctrl+C). */
  readonly keepOpen: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm start -- [options]
  --browser chromium|firefox   browser to drive (default chromium)
  --card emulator|reader       the emulated test card (default) or a real card on a real reader
  --mismatch                   the card's name/address differ from the profile, so step ③ happens
  --from-card                  create the owner profile from the card first (no step ③ even with --mismatch)
  --headless / --headful       default: headful when DISPLAY is set, otherwise headless
  --lang ja|en                 site language (default ja)
  --ca FILE                    (with --card reader) a JPKI CA certificate the practice site trusts; repeat for both CAs
  --no-build                   skip npm run build
  --keep-open                  leave the browser and the site running after the flow (Ctrl+C to stop)`;

export function parseStartOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      browser: { type: "string", default: "chromium" },
      card: { type: "string", default: "emulator" },
      mismatch: { type: "boolean", default: false },
      "from-card": { type: "boolean", default: false },
      headless: { type: "boolean" },
      headful: { type: "boolean" },
      lang: { type: "string", default: "ja" },
      ca: { type: "string", multiple: true, default: [] },
      "no-build": { type: "boolean", default: false },
      "keep-open": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T => {
    if (allowed.includes(value as T)) return value as T;
    throw new Error(`--${name} must be one of ${allowed.join(", ")} (got ${value ?? "nothing"})`);
  };
  const display = env.DISPLAY !== undefined && env.DISPLAY !== "";
  return {
    browser: oneOf("browser", values.browser, ["chromium", "firefox"] as const),
    card: oneOf("card", values.card, ["emulator", "reader"] as const),
    mismatch: values.mismatch,
    fromCard: values["from-card"],
    headless: values.headless ?? (values.headful === undefined ? !display : !values.headful),
    lang: oneOf("lang", values.lang, ["ja", "en"] as const),
    build: !values["no-build"],
    ca: values.ca,
    keepOpen: values["keep-open"],
    help: values.help,
  };
}
