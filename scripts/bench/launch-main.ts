// SPDX-License-Identifier: MIT
/**
 * Entry of a separate bundle (build/bench/e2e/launch-driver.mjs, three levels deep like test/e2e/support/, whose
 * paths to dist/ are relative to their own folder): `node launch-driver.mjs <reader> <runs> [cold-chromium|cold-firefox]`
 * prints the runs as JSON: warm launches in Chromium, or first requests after a stopped background (launch-cold.ts).
 * The emulated card stays in the main bench process.
 */
import { measureColdLaunch } from "./launch-cold";
import { measureLaunchToReply } from "./launch-latency";

const [readerName, runs, part] = process.argv.slice(2);
if (readerName === undefined) throw new Error("usage: launch-driver.mjs <reader> <runs> [cold-chromium|cold-firefox]");
const count = Number(runs ?? 5);
const measured =
  part === "cold-chromium" || part === "cold-firefox"
    ? await measureColdLaunch(part === "cold-chromium" ? "chromium" : "firefox", readerName, count)
    : await measureLaunchToReply(readerName, count);
process.stdout.write(`${JSON.stringify(measured)}\n`);
process.exit(0);
