// SPDX-License-Identifier: MIT
/**
 * CRX3, the signed package Chromium installs from an update server or by policy. Layout (Chromium
 * `components/crx_file/crx3.proto`): "Cr24", version 3 (uint32 LE), header length (uint32 LE), a CrxFileHeader
 * protobuf, then the ZIP. The header holds one RSA proof {public key (SPKI DER), PKCS#1 v1.5 SHA-256 signature} in
 * field 2 and, in field 10000, SignedData {crx_id (field 1) = first 16 bytes of SHA-256(SPKI)}. The signature
 * covers "CRX3 SignedData\x00" ‖ uint32 LE length of SignedData ‖ SignedData ‖ the ZIP.
 */
import { createHash, createPublicKey, createSign, createVerify, type KeyObject } from "node:crypto";
import { extensionIdFromKey } from "../../extension/manifest.config";

const MAGIC = Buffer.from("Cr24", "ascii");
const SIGNATURE_CONTEXT = Buffer.from("CRX3 SignedData\x00", "binary");

/** Protobuf base-128 varint. */
function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2). */
function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

/** The 16-byte CRX id; as a Chromium extension id it is written in hex with 0–f mapped to a–p. */
export function crxIdBytes(publicKeyDer: Buffer): Buffer {
  return createHash("sha256").update(publicKeyDer).digest().subarray(0, 16);
}

/** The Chromium extension id of a key: derived where the manifest's `key` is made, so both always agree. */
export function extensionIdFromPublicKey(publicKeyDer: Buffer): string {
  return extensionIdFromKey(publicKeyDer.toString("base64"));
}

function signedPayload(signedData: Buffer, zip: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  return Buffer.concat([SIGNATURE_CONTEXT, length, signedData, zip]);
}

/** Signs `zip` with an RSA private key (PEM) into a CRX3. RSA PKCS#1 v1.5 is deterministic: same input, same bytes. */
export function writeCrx3(zip: Buffer, privateKeyPem: string): Buffer {
  const publicKeyDer = createPublicKey(privateKeyPem).export({ type: "spki", format: "der" });
  const signedData = bytesField(1, crxIdBytes(publicKeyDer));
  const signature = createSign("sha256").update(signedPayload(signedData, zip)).sign(privateKeyPem);
  const proof = Buffer.concat([bytesField(1, publicKeyDer), bytesField(2, signature)]);
  const header = Buffer.concat([bytesField(2, proof), bytesField(10000, signedData)]);
  const fixed = Buffer.alloc(12);
  MAGIC.copy(fixed, 0);
  fixed.writeUInt32LE(3, 4);
  fixed.writeUInt32LE(header.length, 8);
  return Buffer.concat([fixed, header, zip]);
}

/** Reads a protobuf message of length-delimited fields only (all a CRX3 header uses). */
function readFields(message: Buffer): { field: number; value: Buffer }[] {
  const fields: { field: number; value: Buffer }[] = [];
  let at = 0;
  const readVarint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = message[at++];
      if (byte === undefined) throw new Error("truncated varint");
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  };
  while (at < message.length) {
    const key = readVarint();
    if ((key & 7) !== 2) throw new Error(`unexpected wire type ${key & 7}`);
    const length = readVarint();
    fields.push({ field: Math.floor(key / 8), value: message.subarray(at, at + length) });
    at += length;
  }
  return fields;
}

export interface VerifiedCrx {
  readonly extensionId: string;
  readonly zip: Buffer;
}

/** Checks a CRX3 as Chromium does (magic, version, crx_id matches the key, signature) and returns its id and ZIP. */
export function verifyCrx3(crx: Buffer): VerifiedCrx {
  if (!crx.subarray(0, 4).equals(MAGIC) || crx.readUInt32LE(4) !== 3) throw new Error("not a CRX3 file");
  const headerLength = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLength);
  const zip = crx.subarray(12 + headerLength);
  const fields = readFields(header);
  const signedData = fields.find((f) => f.field === 10000)?.value;
  const proof = fields.find((f) => f.field === 2)?.value;
  if (signedData === undefined || proof === undefined) throw new Error("CRX3 header lacks an RSA proof or signed data");
  const proofFields = readFields(proof);
  const publicKeyDer = proofFields.find((f) => f.field === 1)?.value;
  const signature = proofFields.find((f) => f.field === 2)?.value;
  if (publicKeyDer === undefined || signature === undefined) throw new Error("incomplete RSA proof");
  const crxId = readFields(signedData).find((f) => f.field === 1)?.value;
  if (!crxId?.equals(crxIdBytes(publicKeyDer))) throw new Error("crx_id does not match the key");
  const key: KeyObject = createPublicKey({ key: publicKeyDer, format: "der", type: "spki" });
  if (!createVerify("sha256").update(signedPayload(signedData, zip)).verify(key, signature))
    throw new Error("CRX3 signature does not verify");
  return { extensionId: extensionIdFromPublicKey(publicKeyDer), zip };
}
