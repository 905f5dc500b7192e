// SPDX-License-Identifier: MIT
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID } from "../../shared/extension-ids";
import { verifyCrx3, writeCrx3 } from "./crx3";
import { writeZip } from "./zip-writer";

const TEST_KEY = readFileSync(resolve(import.meta.dirname, "../../manifests/keys/test-extension-key.pem"), "utf8");
const zip = writeZip([{ path: "manifest.json", data: Buffer.from('{"manifest_version":3}') }], 1_767_225_600);

describe("CRX3", () => {
  it("signs a ZIP so that it verifies, carries the ZIP unchanged and has the id of the test key", () => {
    const crx = writeCrx3(zip, TEST_KEY);
    expect(crx.subarray(0, 4).toString("ascii")).toBe("Cr24");
    expect(crx.readUInt32LE(4)).toBe(3);
    const verified = verifyCrx3(crx);
    expect(verified.extensionId).toBe(CHROME_EXTENSION_ID);
    expect(verified.zip.equals(zip)).toBe(true);
  });

  it("is deterministic for the same key and ZIP", () => {
    expect(writeCrx3(zip, TEST_KEY).equals(writeCrx3(zip, TEST_KEY))).toBe(true);
  });

  it("takes the id from whichever key signs (a release key gives another id)", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const verified = verifyCrx3(writeCrx3(zip, privateKey.export({ type: "pkcs8", format: "pem" }).toString()));
    expect(verified.extensionId).toMatch(/^[a-p]{32}$/);
    expect(verified.extensionId).not.toBe(CHROME_EXTENSION_ID);
  });

  it("refuses a CRX whose ZIP was changed after signing", () => {
    const crx = writeCrx3(zip, TEST_KEY);
    crx.writeUInt8(crx.readUInt8(crx.length - 30) ^ 0xff, crx.length - 30);
    expect(() => verifyCrx3(crx)).toThrow(/signature/);
  });

  it("refuses a file that is not CRX3", () => {
    expect(() => verifyCrx3(zip)).toThrow(/not a CRX3/);
  });
});
