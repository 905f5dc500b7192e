#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run package`: the release files (release/src/main.ts, which describes the options and environment).
import { runBundled } from "./run-bundled.mjs";

await runBundled("release/src/main.ts", "package");
