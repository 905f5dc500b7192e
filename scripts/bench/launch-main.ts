// SPDX-License-Identifier: MIT
/**
 * Entry of a separate bundle (build/bench/e2e/launch-driver.mjs, three levels deep like test/e2e/support/, whose
 * paths to dist/ are relative to their own folder): `node launch-driver.mjs <reader> <runs>` prints the runs as JSON.
 * The emulated card stays in the main bench process.
 */
import { measureLaunchToReply } from "./launch-latency";

const [readerName, runs] = process.argv.slice(2);
if (readerName === undefined) throw new Error("usage: launch-driver.mjs <reader> <runs>");
process.stdout.write(`${JSON.stringify(await measureLaunchToReply(readerName, Number(runs ?? 5)))}\n`);
process.exit(0);
