#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run build:exe [-- target…]`: the host as single executables (release/src/executable/main.ts) in
// dist/executables/; default target: this machine's.
import { runBundled } from "./run-bundled.mjs";

await runBundled("release/src/executable/main.ts", "build-executables");
