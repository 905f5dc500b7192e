// SPDX-License-Identifier: MIT
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ParsedCertificate } from "../../host/pki/certificate";
import { type OpenscTools, pinOpenscToReader } from "../drivers/opensc-tools";
import { STACK_READER_NAMES } from "../stack/stack-layout";
import { useCardStack } from "../support/use-card-stack";

/**
 * Conformance of the card emulator as an independent implementation sees it: Debian's OpenSC (card-jpki.c,
 * pkcs15-jpki.c) through the same pcscd + vpcd, pinned to this run's reader.
 */
const stack = useCardStack();
let opensc: OpenscTools;

beforeAll(() => {
  opensc = pinOpenscToReader(stack.readerName, STACK_READER_NAMES);
});

/** DER DigestInfo of SHA-256(message) (docs/ref/jpki-card.md §6.2). */
const digestInfo = (message: string): Buffer =>
  Buffer.concat([
    Buffer.from("3031300d060960864801650304020105000420", "hex"),
    createHash("sha256").update(message).digest(),
  ]);

/** pkcs15-tool's listing split into one block per object ("X.509 Certificate […]" / "PIN […]" and its fields). */
function objects(listing: string): { title: string; fields: Map<string, string> }[] {
  return listing
    .split(/\n(?=\S)/)
    .filter((block) => /^(X\.509 Certificate|PIN) \[/.test(block))
    .map((block) => {
      const [title = "", ...lines] = block.split("\n");
      const fields = new Map<string, string>();
      for (const line of lines) {
        const match = /^\s+([^:]+?)\s*:\s*(.*)$/.exec(line);
        if (match?.[1] !== undefined && match[2] !== undefined) fields.set(match[1], match[2]);
      }
      return { title, fields };
    });
}

describe("OpenSC sees the emulated card as a My Number Card", () => {
  it("pkcs15-tool lists the four certificates and the two PINs with their tries", async () => {
    const { stdout } = await opensc.run("pkcs15-tool", [
      ...["--reader", stack.readerName, "--list-certificates", "--list-pins"],
    ]);
    const listed = objects(stdout);
    const certificates = listed.filter((object) => object.title.startsWith("X.509"));
    expect(certificates.map((object) => [object.fields.get("ID"), object.fields.get("Path")])).toEqual([
      ["01", "000a"],
      ["02", "0001"],
      ["03", "000b"],
      ["04", "0002"],
    ]);
    // The signing certificate is readable only after the sign password: OpenSC marks it private.
    expect(certificates[1]?.fields.get("Object Flags")).toMatch(/private/);
    expect(certificates[0]?.fields.get("Object Flags")).not.toMatch(/private/);
    const pins = listed.filter((object) => object.title.startsWith("PIN"));
    expect(pins.map((pin) => [pin.fields.get("ID"), pin.fields.get("Length"), pin.fields.get("Tries left")])).toEqual([
      ["01", "min_len:4, max_len:4, stored_len:0", "3"],
      ["02", "min_len:6, max_len:16, stored_len:0", "5"],
    ]);
  });

  it("pkcs15-tool reads the authentication certificate byte for byte", async () => {
    const { der } = await opensc.readCertificate("01");
    expect(der.equals(Buffer.from(stack.pki.auth.der))).toBe(true);
    const certificate = await ParsedCertificate.parse(der);
    expect(certificate.notAfter.getTime()).toBeGreaterThan(Date.now());
  });

  it("pkcs11-tool logs in with the auth PIN and signs; our PKI code verifies the signature", async () => {
    const signed = digestInfo("opensc conformance: auth");
    const { signature } = await opensc.signDigestInfo("auth", "1234", signed);
    expect(signature).toHaveLength(256);
    const certificate = await ParsedCertificate.parse(Buffer.from(stack.pki.auth.der));
    expect(certificate.signs(signed, signature)).toBe(true);
    expect(certificate.signs(digestInfo("something else"), signature)).toBe(false);
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });

  it("pkcs11-tool logs in with the sign password and signs with the signing key", async () => {
    const signed = digestInfo("opensc conformance: sign");
    const { signature } = await opensc.signDigestInfo("sign", "ABC123", signed);
    const certificate = await ParsedCertificate.parse(Buffer.from(stack.pki.sign.der));
    expect(certificate.signs(signed, signature)).toBe(true);
    const authCertificate = await ParsedCertificate.parse(Buffer.from(stack.pki.auth.der));
    expect(authCertificate.signs(signed, signature)).toBe(false);
    expect(stack.card.model.triesLeft("sign")).toBe(5);
  });

  it("a wrong auth PIN fails in OpenSC and costs exactly one try, as on the card", async () => {
    await expect(opensc.signDigestInfo("auth", "9999", digestInfo("x"))).rejects.toThrow(/CKR_PIN_INCORRECT/);
    expect(stack.card.model.triesLeft("auth")).toBe(2);
    await opensc.signDigestInfo("auth", "1234", digestInfo("y"));
    expect(stack.card.model.triesLeft("auth")).toBe(3);
  });
});
