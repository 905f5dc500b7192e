// SPDX-License-Identifier: MIT
import { spawn } from "node:child_process";
import { join } from "node:path";
import { HostReplySchema, type HostReply, type HostRequestInput } from "../../shared/protocol/native";

/** A spawned host bundle spoken to over native messaging; `request` resolves with the reply of that id. */
export interface BenchHost {
  request(message: HostRequestInput): Promise<HostReply>;
  close(): Promise<void>;
}

const frame = (message: unknown): Buffer => {
  const json = Buffer.from(JSON.stringify(message));
  const header = Buffer.alloc(4);
  header.writeUInt32LE(json.length, 0);
  return Buffer.concat([header, json]);
};

/** Starts dist/host/dips-companion-host.cjs with its own config folder. */
export function spawnHost(root: string, configDir: string): BenchHost {
  const child = spawn(
    process.execPath,
    [join(root, "dist/host/dips-companion-host.cjs"), "chrome-extension://bench/"],
    {
      env: { ...process.env, DIPS_COMPANION_CONFIG_DIR: configDir },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const waiting = new Map<string | null, (reply: HostReply) => void>();
  let pending = Buffer.alloc(0);
  child.stdout.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32LE(0)) {
      const length = pending.readUInt32LE(0);
      const reply = HostReplySchema.parse(JSON.parse(pending.subarray(4, 4 + length).toString("utf8")));
      pending = pending.subarray(4 + length);
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    request: (message) =>
      new Promise((resolve) => {
        waiting.set(message.id, resolve);
        child.stdin.write(frame(message));
      }),
    close: () => {
      child.stdin.end();
      return exited;
    },
  };
}
