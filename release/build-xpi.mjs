#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run build:xpi`: the Firefox extension as an XPI in dist/xpi/ (release/src/store/build-xpi-main.ts).
import { runBundled } from "./run-bundled.mjs";

await runBundled("release/src/store/build-xpi-main.ts", "build-xpi");
