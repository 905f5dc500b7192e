// SPDX-License-Identifier: MIT
/**
 * SIGUSR1 opens no inspector in the executable (release/src/executable/sea-blob.ts passes `--disable-sigusr1`).
 * Plain Node answers SIGUSR1 with "Debugger listening on ws://127.0.0.1:9229/…", a port through which any local
 * process of the user could run code in the host that handles PINs.
 */
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatusResultSchema } from "../../shared/protocol/native";
import { PRODUCT_VERSION } from "../../shared/version";
import { buildHost, hostConfigDir, resultOf, startHost, type HostProcess } from "./support-host";

/** The TCP ports a process listens on, as `ss` reports them. */
function listeningPorts(pid: number): string[] {
  const lines = execFileSync("ss", ["-Hltnp"], { encoding: "utf8" }).split("\n");
  return lines.filter((line) => line.includes(`pid=${pid},`)).map((line) => line.split(/\s+/)[3] ?? "");
}

describe("the executable and SIGUSR1", () => {
  let host: HostProcess;
  let stderr = "";

  beforeAll(() => {
    buildHost();
    host = startHost(hostConfigDir());
    host.child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  }, 180_000);
  afterAll(async () => {
    await host.close();
  });

  it("opens no debugger port, says nothing about a debugger, and the host still answers", async () => {
    const before = StatusResultSchema.parse(resultOf(await host.request({ id: "usr1-1", command: "status" })));
    expect(before.hostVersion).toBe(PRODUCT_VERSION);
    const pid = host.child.pid ?? 0;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, "SIGUSR1");
    // Node opens the inspector within milliseconds of the signal; a second gives it every chance.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(listeningPorts(pid)).toEqual([]);
    expect(stderr).not.toMatch(/Debugger listening/);
    const after = StatusResultSchema.parse(resultOf(await host.request({ id: "usr1-2", command: "status" })));
    expect(after.hostVersion).toBe(PRODUCT_VERSION);
  });
});
