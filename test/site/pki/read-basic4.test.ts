// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { buildTestPki } from "../../pki";
import { inspectCertificate } from "./inspect-certificate";

describe("basic 4 facts from the signing certificate", () => {
  it("reads name, address, birth date and sex from the subjectAltName otherNames", async () => {
    const pki = await buildTestPki({
      holder: { name: "試験　太郎", address: "北海道札幌市見本区１－１", birthDate: "1975-12-31", sex: "1" },
    });
    const signing = inspectCertificate(Buffer.from(pki.sign.der).toString("base64").replace(/=+$/, ""));
    expect(signing.basic4).toEqual({
      name: "試験　太郎",
      address: "北海道札幌市見本区１－１",
      birthDate: "1975-12-31",
      sex: "1",
    });
    expect(signing.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(inspectCertificate(Buffer.from(pki.auth.der).toString("base64")).basic4).toBeNull();
  });
});
