// SPDX-License-Identifier: MIT
/**
 * The win-x64 host executable signing through winscard.dll under Wine. Wine's own winscard.dll is a stub, so the test
 * puts in its own (test/windows-pcsc/winscard-bridge.c, built with mingw-w64, declared by mingw's winscard.h): each
 * SCard* call of the host crosses the Windows ABI as a real Windows program makes it, and is then made on the real
 * pcscd with the emulated card. The host is installed per user and started by a browser stand-in inside Wine, the way
 * Chrome starts it on Windows (cmd.exe, the origin, `--parent-window=<handle>`).
 *
 * The same operations through the linux-x64 executable give the APDU counts to compare with.
 */
import { createHash, verify, X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryKey } from "../../host/install/browser-targets";
import { buildExecutable } from "../../release/src/executable/build-executable";
import { pinnedFile } from "../../release/src/executable/npm-tarball";
import { NODE_BINARIES } from "../../release/src/executable/pinned-packages";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import {
  AuthenticateResultSchema,
  CardInfoResultSchema,
  HostReplySchema,
  PinStatusResultSchema,
  SignResultSchema,
  StatusResultSchema,
  type HostReply,
} from "../../shared/protocol/native";
import { HOST_NAME } from "../../shared/version";
import { waitForCardPresence } from "../stack/pcsc-readers";
import { useCardStack } from "../support/use-card-stack";
import { buildWinscardDll, installWinscardDll, WINSCARD_OVERRIDE } from "../windows-pcsc/build-winscard-dll";
import { ControlServer } from "../windows-pcsc/control-server";
import { WinscardBridge } from "../windows-pcsc/winscard-bridge";
import { ROOT } from "./packaging-support";
import { buildHost, hostConfigDir, resultOf, startHost } from "./support-host";
import { runStandInAsync, bundleStandIn } from "./windows-browser/run-stand-in";
import { WinePrefix, wineAvailable } from "./wine-prefix";

const stack = useCardStack();
const work = mkdtempSync(join(tmpdir(), "dips-winscard-test-"));
let bridge: WinscardBridge;
let control: ControlServer;
let prefix: WinePrefix;
let nodeExe = "";
let standIn = "";

/** DER DigestInfo of SHA-256(message) (docs/ref/jpki-card.md §6.2), base64. */
const digestInfo = (message: string): string =>
  Buffer.concat([
    Buffer.from("3031300d060960864801650304020105000420", "hex"),
    createHash("sha256").update(message).digest(),
  ]).toString("base64");

const MESSAGES = ["application data 1", "申請データ 2"];
const AUTH_MESSAGE = "challenge from the site";

/** The card operations of one registration, in the order the site asks for them. */
const operations = (reader: string) =>
  [
    { id: "w-status", command: "status", reader },
    { id: "w-pin-status", command: "pin-status", pin: "auth", reader },
    { id: "w-sign", command: "sign", reader, pin: "abc123", digests: MESSAGES.map(digestInfo) },
    { id: "w-auth", command: "authenticate", reader, pin: "1234", digest: digestInfo(AUTH_MESSAGE) },
    { id: "w-info", command: "card-info", reader, pin: "5678" },
  ] as const;

beforeAll(async () => {
  if (!wineAvailable()) throw new Error("Wine is missing: apt-get install wine64");
  buildHost();
  const exe = buildExecutable("win-x64", { rootDir: ROOT, outDir: join(work, "exe"), reuseUnchanged: true });
  const dll = buildWinscardDll(work);
  nodeExe = pinnedFile(NODE_BINARIES["win-x64"], join(ROOT, "build/cache/npm"));
  standIn = await bundleStandIn(work);
  bridge = await WinscardBridge.start();
  control = await ControlServer.start();
  prefix = WinePrefix.create({
    env: { DIPS_TEST_WINSCARD_PORT: String(bridge.port) },
    dllOverrides: [WINSCARD_OVERRIDE],
  });
  installWinscardDll(prefix.dir, dll);
  prefix.expectRun([exe, "install", "--user", "--browser", "chrome"]);
}, 300_000);
afterAll(async () => {
  prefix?.destroy();
  await bridge?.close();
  await control?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `steps` in one host process started as Chrome starts it; returns the replies, parsed. */
async function asChrome(steps: readonly object[], chromeArgs?: readonly string[]): Promise<HostReply[]> {
  const result = await runStandInAsync(prefix, nodeExe, standIn, {
    registryKey: registryKey("chrome", "user", HOST_NAME),
    hostName: HOST_NAME,
    caller: { kind: "chromium", origin: `chrome-extension://${CHROME_EXTENSION_ID}/` },
    chromeArgs,
    requests: steps,
    controlPort: control.port,
    timeoutMs: 90_000,
  });
  const replies = result.replies.map((entry) => HostReplySchema.parse(entry.reply));
  expect(replies.length, result.stderr).toBe(steps.filter((step) => !("$control" in step)).length);
  expect(result.exitCode).toBe(0);
  return replies;
}

/** The result of a reply that must be a success. */
const answer = (reply: HostReply | undefined): unknown => {
  if (reply === undefined) throw new Error("no reply");
  return resultOf(reply);
};

const errorCode = (reply: HostReply | undefined): string | undefined =>
  reply !== undefined && !reply.ok ? reply.error.code : undefined;

describe("the win-x64 host through winscard.dll under Wine", () => {
  /** APDUs the card received for each operation, when the windows host ran them. */
  let windowsApdus: number[] = [];

  it("signs (mode 02, two digests), authenticates (mode 01) and reads card info (mode 04) through winscard; every signature verifies", async () => {
    const marks: number[] = [];
    control.on("mark", () => marks.push(stack.card.model.apduLog.length));
    const steps = operations(stack.readerName).flatMap((request) => [{ $control: "mark" }, request]);
    const transmitsBefore = bridge.calls.get("transmit") ?? 0;
    const [status, pinStatus, sign, auth, info] = await asChrome([...steps, { $control: "mark" }]);
    windowsApdus = marks.slice(1).map((mark, index) => mark - (marks[index] ?? 0));

    const parsedStatus = StatusResultSchema.parse(answer(status));
    expect(parsedStatus.pcscRunning).toBe(true);
    expect(parsedStatus.card?.reader).toBe(stack.readerName);
    expect(PinStatusResultSchema.parse(answer(pinStatus)).blocked).toBe(false);

    const signed = SignResultSchema.parse(answer(sign));
    const signingKey = new X509Certificate(Buffer.from(signed.certificate, "base64")).publicKey;
    expect(Buffer.from(signed.certificate, "base64").equals(Buffer.from(stack.pki.sign.der))).toBe(true);
    expect(signed.signature).toHaveLength(2);
    signed.signature.forEach((signature, index) =>
      expect(verify("sha256", Buffer.from(MESSAGES[index] ?? ""), signingKey, Buffer.from(signature, "base64"))).toBe(
        true,
      ),
    );

    const authenticated = AuthenticateResultSchema.parse(answer(auth));
    const authKey = new X509Certificate(Buffer.from(authenticated.certificate, "base64")).publicKey;
    expect(verify("sha256", Buffer.from(AUTH_MESSAGE), authKey, Buffer.from(authenticated.signature, "base64"))).toBe(
      true,
    );

    const card = CardInfoResultSchema.parse(answer(info));
    expect(card.name.length).toBeGreaterThan(0);

    // Every APDU went through the test winscard.dll: the bridge forwarded as many as the card received.
    expect((bridge.calls.get("transmit") ?? 0) - transmitsBefore).toBe(windowsApdus.reduce((a, b) => a + b, 0));
    expect(windowsApdus.slice(2).every((count) => count > 0)).toBe(true);
  }, 180_000);

  it("sends the card as many APDUs per operation through winscard as the linux-x64 host through pcsc-lite", async () => {
    expect(windowsApdus).toHaveLength(5);
    const host = startHost(hostConfigDir({ timeouts: { connectMs: 5000, apduMs: 5000 } }));
    const linuxApdus: number[] = [];
    try {
      for (const request of operations(stack.readerName)) {
        const before = stack.card.model.apduLog.length;
        expect((await host.request(request)).ok).toBe(true);
        linuxApdus.push(stack.card.model.apduLog.length - before);
      }
    } finally {
      await host.close();
    }
    expect(windowsApdus).toEqual(linuxApdus);
  }, 60_000);

  it("winscard: card removed mid-signature → CARD_REMOVED; after reinsertion the next request succeeds", async () => {
    const sign = { command: "sign", reader: stack.readerName, pin: "abc123", digests: [digestInfo("data")] };
    control.on("drop-mid-sign", () => stack.card.dropMidApdu({ ins: 0x2a }));
    control.on("reinsert", async () => {
      await waitForCardPresence(stack.readerName, false, 10_000);
      await stack.card.insert();
      await waitForCardPresence(stack.readerName, true, 10_000);
    });
    const [removed, again] = await asChrome([
      { $control: "drop-mid-sign" },
      { id: "w-removed", ...sign },
      { $control: "reinsert" },
      { id: "w-again", ...sign },
    ]);
    expect(errorCode(removed)).toBe("CARD_REMOVED");
    expect(again?.ok, JSON.stringify(again)).toBe(true);
  }, 120_000);

  it("winscard: ignores --parent-window and any other argument Chrome adds after the origin; exits by SCardCancel", async () => {
    const cancelsBefore = bridge.calls.get("cancel") ?? 0;
    const [status] = await asChrome(
      [{ id: "w-args", command: "status", reader: stack.readerName }],
      ["--parent-window=1835302", "--enable-features=SomethingNew", "extra"],
    );
    expect(StatusResultSchema.parse(answer(status)).pcscRunning).toBe(true);
    // The pipe closed, the host exited (asChrome checks exit code 0): its reader monitor's SCardGetStatusChangeA,
    // blocked on one thread, was ended by SCardCancel from another, through the DLL.
    expect(bridge.calls.get("cancel") ?? 0).toBeGreaterThan(cancelsBefore);
  }, 120_000);
});

describe("the Windows Smart Card service's life cycle, acted out by winscard", () => {
  beforeAll(() => {
    bridge.actOutService = true;
    control.on("attach", () => bridge.attachReader(stack.readerName));
    control.on("detach", () => bridge.detachReader(stack.readerName));
  });
  afterAll(() => {
    bridge.actOutService = false;
  });

  it("winscard: not started when the host starts → PCSC_UNAVAILABLE; a reader arrives → served, no host restart; stopped → PCSC_UNAVAILABLE, then recovered", async () => {
    const status = { command: "status", reader: stack.readerName };
    const pinStatus = { command: "pin-status", pin: "auth", reader: stack.readerName };
    const refusedBefore = bridge.refused;
    const replies = await asChrome([
      { id: "s-1", ...status },
      { id: "s-2", ...pinStatus },
      { $control: "attach" },
      { id: "s-3", ...pinStatus },
      { $control: "detach" },
      { id: "s-4", ...pinStatus },
      { id: "s-5", ...status },
      { $control: "attach" },
      { id: "s-6", ...pinStatus },
    ]);
    const [notStarted, refused, served, stopped, stoppedStatus, recovered] = replies;
    const notStartedStatus = StatusResultSchema.parse(answer(notStarted));
    expect(notStartedStatus).toMatchObject({ pcscRunning: false, problem: { code: "PCSC_UNAVAILABLE" } });
    expect(errorCode(refused)).toBe("PCSC_UNAVAILABLE");
    expect(served?.ok, JSON.stringify(served)).toBe(true);
    expect(errorCode(stopped)).toBe("PCSC_UNAVAILABLE");
    expect(StatusResultSchema.parse(answer(stoppedStatus))).toMatchObject({ pcscRunning: false });
    expect(recovered?.ok, JSON.stringify(recovered)).toBe(true);
    // The service answered as Windows does: SCARD_E_NO_SERVICE before, SCARD_E_SERVICE_STOPPED to live contexts.
    expect(bridge.refused.noService).toBeGreaterThan(refusedBefore.noService);
    expect(bridge.refused.serviceStopped).toBeGreaterThan(refusedBefore.serviceStopped);
  }, 180_000);
});
