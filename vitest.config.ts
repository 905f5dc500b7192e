import { defineConfig } from "vitest/config";

/**
 * Three projects: unit tests sit next to their code; integration tests drive the real host through a real pcscd
 * and the card emulator; e2e tests add real browsers. The last two share one pcscd, so their files run one by one.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "shared/**/*.test.ts",
            "host/**/*.test.ts",
            "extension/**/*.test.ts",
            "test/emulator/**/*.test.ts",
            "test/pki/**/*.test.ts",
            "test/stack/**/*.test.ts",
            "test/site/**/*.test.ts",
            "test/prefill-corpus/**/*.test.ts",
            "test/drivers/**/*.test.ts",
            "scripts/**/*.test.ts",
            "release/**/*.test.ts",
          ],
          environment: "node",
          // RSA key generation for the test PKI takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
