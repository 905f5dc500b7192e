// SPDX-License-Identifier: MIT
/**
 * A throwaway Windows under Wine (Debian `wine64`) for the Windows package tests: a fresh WINEPREFIX of its own
 * (never ~/.wine), Windows 10 as the reported version (Node refuses to start on what Wine reports by default, and a
 * browser would not set NODE_SKIP_PLATFORM_CHECK), Wine's own messages off. Windows programs under Wine cannot
 * write to a Unix pipe (docs/ref/portable-host.md), so their output goes to files.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, relative, win32 } from "node:path";

/** Debian's wine64 installs its loader here and no `wine64` command in PATH (that comes with the `wine` package). */
const WINE_LOADER = ["/usr/lib/wine/wine64", "/usr/bin/wine64", "/usr/bin/wine"].find((path) => existsSync(path));

export const wineAvailable = (): boolean => WINE_LOADER !== undefined;

export interface WineRun {
  readonly status: number | null;
  readonly output: string;
}

/** What a prefix's programs get besides Wine's defaults. */
export interface WinePrefixOptions {
  /** More environment variables for every program run in the prefix. */
  readonly env?: NodeJS.ProcessEnv;
  /** More DLL overrides (`name=n`: native first), added to the default list. */
  readonly dllOverrides?: readonly string[];
}

export class WinePrefix {
  readonly dir = mkdtempSync(join(tmpdir(), "dips-wine-"));
  private readonly env: NodeJS.ProcessEnv;

  private constructor(options: WinePrefixOptions = {}) {
    this.env = {
      ...process.env,
      ...options.env,
      WINEPREFIX: this.dir,
      WINEDEBUG: "-all",
      WINEDLLOVERRIDES: ["mscoree,mshtml=", ...(options.dllOverrides ?? [])].join(";"),
    };
  }

  /** Creates the prefix and reports Windows 10 (about 10 s on a fresh prefix). */
  static create(options?: WinePrefixOptions): WinePrefix {
    const prefix = new WinePrefix(options);
    prefix.expectRun(["wineboot", "--init"]);
    prefix.expectRun(["winecfg", "/v", "win10"]);
    return prefix;
  }

  /** Runs a Windows program (or a Wine builtin: msiexec, reg) and waits for it; its output is read from a file. */
  run(args: readonly string[], timeoutMs = 120_000): WineRun {
    if (WINE_LOADER === undefined) throw new Error("Wine is not installed (Debian package wine64)");
    const log = join(this.dir, "run-output.txt");
    const fd = openSync(log, "w");
    try {
      const result = spawnSync(WINE_LOADER, args, { env: this.env, timeout: timeoutMs, stdio: ["ignore", fd, fd] });
      return { status: result.status, output: readFileSync(log, "utf8") };
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Like run, but without blocking this process: a test that serves the Windows program (a bridge, a card
   * emulator in this process) must keep its event loop turning meanwhile.
   */
  runAsync(args: readonly string[], timeoutMs = 120_000): Promise<WineRun> {
    if (WINE_LOADER === undefined) throw new Error("Wine is not installed (Debian package wine64)");
    const log = join(mkdtempSync(join(this.dir, "run-")), "output.txt");
    const fd = openSync(log, "w");
    const child = spawn(WINE_LOADER, args, { env: this.env, stdio: ["ignore", fd, fd] });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    return new Promise((resolve) => {
      child.on("exit", (status) => {
        clearTimeout(timer);
        closeSync(fd);
        resolve({ status, output: readFileSync(log, "utf8") });
      });
    });
  }

  expectRun(args: readonly string[], timeoutMs?: number): string {
    const result = this.run(args, timeoutMs);
    if (result.status !== 0) throw new Error(`wine ${args.join(" ")} exited ${result.status}: ${result.output}`);
    return result.output;
  }

  /** The default value of a registry key, or undefined when the key does not exist. */
  registryDefault(key: string): string | undefined {
    const result = this.run(["reg", "query", key, "/ve"]);
    if (result.status !== 0) return undefined;
    return /\(Default\)\s+REG_SZ\s+(.*)$/m.exec(result.output)?.[1]?.trim();
  }

  /** Whether a registry key exists. */
  registryKeyExists(key: string): boolean {
    return this.run(["reg", "query", key]).status === 0;
  }

  /** Every file on the prefix's C: drive, relative to it, sorted. */
  driveFiles(): string[] {
    const drive = join(this.dir, "drive_c");
    return readdirSync(drive, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(drive, join(entry.parentPath, entry.name)))
      .sort();
  }

  /** The registry under `root` (HKCU, HKLM) as `reg export` writes it (.reg text). */
  exportRegistry(root: "HKCU" | "HKLM"): string {
    const file = join(this.dir, `export-${root}.reg`);
    this.expectRun(["reg", "export", root, WinePrefix.windowsPath(file), "/y"]);
    const bytes = readFileSync(file);
    rmSync(file);
    // reg export writes UTF-16LE with a byte order mark.
    return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString("utf16le") : bytes.toString("utf8");
  }

  /** The Unix path of a path on the prefix's C: drive (`C:\Program Files\…`). */
  unixPath(windowsPath: string): string {
    const match = /^[Cc]:\\(.*)$/.exec(windowsPath);
    if (match === null) throw new Error(`not a C: path: ${windowsPath}`);
    return posix.join(this.dir, "drive_c", ...(match[1] ?? "").split("\\"));
  }

  /** The Windows path of a Unix file (Wine maps the Unix root to Z:). */
  static windowsPath(unixPath: string): string {
    return win32.join("Z:\\", ...unixPath.split("/").filter(Boolean));
  }

  /** Stops the prefix's wineserver and deletes the prefix. */
  destroy(): void {
    if (WINE_LOADER !== undefined) spawnSync(join(WINE_LOADER, "../wineserver"), ["-k"], { env: this.env });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
