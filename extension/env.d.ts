// SPDX-License-Identifier: MIT
/// <reference types="@crxjs/vite-plugin/client" />

/** True only in the e2e tests' test-clock build (extension/vite-plugins/build-variant.ts); false in releases. */
declare const __DIPS_TEST_CLOCK__: boolean;
