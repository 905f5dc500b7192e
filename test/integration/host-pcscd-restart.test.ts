// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { restartPcscd } from "../stack/pcscd-process";
import { otherLivePortHolders } from "../stack/reader-ports";
import { useCardStack } from "../support/use-card-stack";
import { buildHost, hostConfigDir, startHost, type HostProcess } from "./support-host";

const DIGEST = Buffer.concat([
  Buffer.from("3031300d060960864801650304020105000420", "hex"),
  createHash("sha256").update("data").digest(),
]).toString("base64");

const stack = useCardStack();
let host: HostProcess;

beforeAll(() => {
  buildHost();
  host = startHost(hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } }));
});
afterAll(async () => {
  await host?.close();
});

describe("pcscd restarted between two requests", () => {
  it("the same host process re-establishes its PC/SC context and signs again", async (context) => {
    // Restarting the shared pcscd would pull every reader from under other runs: only when nobody else holds one.
    if (otherLivePortHolders().length > 0) context.skip();
    const sign = (id: string) =>
      host.request({ id, command: "sign", reader: stack.readerName, pin: "ABC123", digests: [DIGEST] });
    expect(await sign("before")).toMatchObject({ ok: true });
    await restartPcscd();
    await waitForCardPresence(stack.readerName, true, 15_000);
    expect(await sign("after")).toMatchObject({ ok: true });
  });
});
