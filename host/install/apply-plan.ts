// SPDX-License-Identifier: MIT
import { chmod, copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { execFile } from "node:child_process";
import type { InstallStep } from "./install-plan";
import { systemProgram } from "./system-program";

/** Runs a program and resolves with its exit status (injected so tests can capture `reg.exe` calls). */
export type CommandRunner = (program: string, args: readonly string[]) => Promise<number>;

/** The real runner: execFile, no shell. */
export const runCommand: CommandRunner = (program, args) =>
  new Promise((resolve) => {
    execFile(program, [...args], { windowsHide: true }, (error) => {
      const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
      resolve(code);
    });
  });

/**
 * Carries out the steps. Files are written with their mode; registry values through `reg.exe` (HKCU needs no
 * elevation, HKLM does), started by its absolute path (system-program.ts). A missing file or key on uninstall is not
 * an error. Returns one line per step done.
 */
export async function applyPlan(
  steps: readonly InstallStep[],
  run: CommandRunner = runCommand,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const reg = systemProgram("reg.exe", env);
  const done: string[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case "write":
        await mkdir(dirname(step.path), { recursive: true });
        await writeFile(step.path, step.content, { mode: step.mode });
        done.push(`wrote ${step.path}`);
        break;
      case "copy": {
        // Copied beside and renamed over: a host running from the old file keeps it; nobody sees a partial file.
        await mkdir(dirname(step.path), { recursive: true });
        const partial = `${step.path}.${process.pid}.partial`;
        await copyFile(step.from, partial);
        await chmod(partial, step.mode);
        await rename(partial, step.path);
        done.push(`copied ${step.from} to ${step.path}`);
        break;
      }
      case "remove":
        await rm(step.path, { force: true });
        done.push(`removed ${step.path}`);
        break;
      case "registry-set": {
        const status = await run(reg, ["add", step.key, "/ve", "/t", "REG_SZ", "/d", step.manifestPath, "/f"]);
        if (status !== 0) throw new Error(`reg add ${step.key} failed (exit ${status})`);
        done.push(`set ${step.key}`);
        break;
      }
      case "registry-delete":
        await run(reg, ["delete", step.key, "/f"]);
        done.push(`deleted ${step.key}`);
        break;
    }
  }
  return done;
}
