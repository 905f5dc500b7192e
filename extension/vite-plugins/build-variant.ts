// SPDX-License-Identifier: MIT
/**
 * The two builds of the extension: the release build (`dist/<browser>`, what ships), and the test-clock build
 * (`dist/<browser>-testclock`, `DIPS_TEST_CLOCK=1`) for the e2e tests that move the register's "today". The
 * switch is the compile-time constant `__DIPS_TEST_CLOCK__`: false in the release build, where the bundler drops
 * the override's code entirely (scripts/build-extension.mjs checks the output for it).
 */

export const isTestClockBuild = (): boolean => process.env.DIPS_TEST_CLOCK === "1";

/** The output folder's name under dist/ for a browser target. */
export const distFolder = (target: string): string => (isTestClockBuild() ? `${target}-testclock` : target);

/** Vite `define` entries of this build. */
export const buildDefines = (): Record<string, string> => ({ __DIPS_TEST_CLOCK__: String(isTestClockBuild()) });
