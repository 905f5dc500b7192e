// SPDX-License-Identifier: MIT
// @vitest-environment happy-dom
// The register's page reader on list and status layouts written for this test (none copied from the practice site):
// the headings, markup and date forms differ from page to page, as they may on the real DIPS-REG.
import { beforeEach, describe, expect, it } from "vitest";
import { readRegistrations } from "./registration-reader";

const show = (body: string) => {
  document.body.innerHTML = body;
};

const FIRST = { mark: "JU1A2B3C4D5E", manufacturer: "見本航空", model: "MH-4", serialNumber: "MH4-000123" };
const SECOND = { mark: "JU9Z8Y7X6W5V", manufacturer: "DJI", model: "Mini 3", serialNumber: "1581F5FJ" };

describe("reading registrations by meaning", () => {
  beforeEach(() => show(""));

  it("1. a table with thead/tbody, 製造者名 / 型式名 / 登録年月日 / 有効期間満了日, dates in 年月日", () => {
    show(`<h2>登録済み無人航空機</h2>
      <table class="list">
        <thead><tr><th>No.</th><th>登録記号</th><th>製造者名</th><th>型式名</th><th>製造番号</th>
          <th>登録年月日</th><th>有効期間満了日</th><th>操作</th></tr></thead>
        <tbody>
          <tr><td>1</td><td><a href="#">JU1A2B3C4D5E</a></td><td>見本航空</td><td>MH-4</td><td>MH4-000123</td>
            <td>2024年3月1日</td><td>2027年02月28日</td><td><button>有効期間の更新</button></td></tr>
          <tr><td>2</td><td>JU9Z8Y7X6W5V</td><td>DJI</td><td>Mini 3</td><td>1581F5FJ</td>
            <td>2024年12月5日</td><td>2027年12月4日</td><td><button>有効期間の更新</button></td></tr>
        </tbody>
      </table>`);
    expect(readRegistrations(document)).toEqual([
      { ...FIRST, registrationDate: "2024-03-01", expiryDate: "2027-02-28" },
      { ...SECOND, registrationDate: "2024-12-05", expiryDate: "2027-12-04" },
    ]);
  });

  it("2. dl cards: メーカー / 機種 / シリアル番号, 令和 dates and full-width digits, a 有効期間 range", () => {
    show(`<section class="cards">
      <article class="card"><h3>機体 1</h3>
        <dl><dt>登録記号：</dt><dd>ＪＵ１Ａ２Ｂ３Ｃ４Ｄ５Ｅ</dd><dt>メーカー</dt><dd>見本航空</dd>
          <dt>機種</dt><dd>MH-4</dd><dt>シリアル番号</dt><dd>MH4-000123</dd>
          <dt>有効期間</dt><dd>令和６年３月１日～令和９年２月２８日</dd></dl></article>
      <article class="card"><h3>機体 2</h3>
        <dl><dt>登録記号：</dt><dd>JU9Z8Y7X6W5V</dd><dt>メーカー</dt><dd>DJI</dd>
          <dt>機種</dt><dd>Mini 3</dd><dt>シリアル番号</dt><dd>1581F5FJ</dd>
          <dt>有効期間</dt><dd>令和6年12月5日～令和9年12月4日</dd></dl></article>
    </section>`);
    expect(readRegistrations(document)).toEqual([
      { ...FIRST, registrationDate: "2024-03-01", expiryDate: "2027-02-28" },
      { ...SECOND, registrationDate: "2024-12-05", expiryDate: "2027-12-04" },
    ]);
  });

  it("3. a grid of divs with header and body groups, English headings, slash dates", () => {
    show(`<div role="table" class="grid">
      <div role="rowgroup"><div role="row" class="head">
        <div role="columnheader">Registration Mark</div><div role="columnheader">Maker</div>
        <div role="columnheader">Model name</div><div role="columnheader">Serial No.</div>
        <div role="columnheader">Date of registration</div><div role="columnheader">Valid until</div></div></div>
      <div role="rowgroup">
        <div role="row"><div>JU1A2B3C4D5E</div><div>見本航空</div><div>MH-4</div><div>MH4-000123</div>
          <div>2024/03/01</div><div>2027/02/28</div></div>
        <div role="row"><div>JU9Z8Y7X6W5V</div><div>DJI</div><div>Mini 3</div><div>1581F5FJ</div>
          <div>2024/12/05</div><div>2027/12/04</div></div>
      </div></div>`);
    expect(readRegistrations(document)).toEqual([
      { ...FIRST, registrationDate: "2024-03-01", expiryDate: "2027-02-28" },
      { ...SECOND, registrationDate: "2024-12-05", expiryDate: "2027-12-04" },
    ]);
  });

  it("4. a flat CSS grid: headings then cells, all children of one container", () => {
    const cells = (values: string[]) => values.map((value) => `<div class="cell">${value}</div>`).join("");
    show(`<div class="uas" style="display:grid;grid-template-columns:repeat(7,1fr)">
      ${cells(["状態", "型式", "製造者", "製造番号", "登録記号", "登録日", "有効期限"])}
      ${cells(["登録済", "MH-4", "見本航空", "MH4-000123", "JU1A2B3C4D5E", "2024-03-01", "2027-02-28"])}
      ${cells(["登録済", "Mini 3", "DJI", "1581F5FJ", "JU9Z8Y7X6W5V", "2024-12-05", "2027-12-04"])}
    </div>`);
    expect(readRegistrations(document)).toEqual([
      { ...FIRST, registrationDate: "2024-03-01", expiryDate: "2027-02-28" },
      { ...SECOND, registrationDate: "2024-12-05", expiryDate: "2027-12-04" },
    ]);
  });

  it("5. a status detail page: one key-value table per application, with its application number", () => {
    const detail = (rows: [string, string][]) =>
      `<table class="detail">${rows.map(([key, value]) => `<tr><th><span>${key}</span></th><td>${value}</td></tr>`).join("")}</table>`;
    show(`<div class="application"><h3>申請内容</h3>
        ${detail([
          ["受付番号", "R06-0001234"],
          ["申請状況", "登録完了"],
          ["登録記号", "JU1A2B3C4D5E"],
          ["製造者", "見本航空"],
          ["型式", "MH-4"],
          ["製造番号", "MH4-000123"],
          ["登録年月日", "2024.3.1"],
          ["有効期限", "2027.2.28"],
        ])}</div>
      <div class="application"><h3>申請内容</h3>
        ${detail([
          ["受付番号", "R06-0009999"],
          ["申請状況", "手数料納付待ち"],
          ["登録記号", "（手数料の納付後に付与されます）"],
          ["製造者", "DJI"],
          ["型式", "Mini 3"],
          ["製造番号", "1581F5FJ"],
        ])}</div>`);
    expect(readRegistrations(document)).toEqual([
      { ...FIRST, applicationId: "R06-0001234", registrationDate: "2024-03-01", expiryDate: "2027-02-28" },
    ]);
  });

  it("6. an English table with a row-header mark and a remote ID column that is not the UA's serial", () => {
    show(`<table><caption>Registered unmanned aircraft</caption>
      <tr><th>Registration symbol</th><th>Manufacturer</th><th>Model</th><th>Remote ID serial number</th>
        <th>Serial number</th><th>Expiration date</th></tr>
      <tr><th scope="row">JU9Z8Y7X6W5V</th><td>DJI</td><td>Mini 3</td><td>RID-77</td><td>1581F5FJ</td>
        <td>2027/12/04</td></tr></table>`);
    expect(readRegistrations(document)).toEqual([{ ...SECOND, expiryDate: "2027-12-04" }]);
  });

  it("finds nothing where a mark has no UA beside it, or the page is no list", () => {
    show(`<p>登録記号 JU1A2B3C4D5E</p>
      <table><tr><th>登録記号</th></tr><tr><td>JU1A2B3C4D5E</td></tr></table>
      <dl><dt>登録記号</dt><dd>JU9Z8Y7X6W5V</dd><dt>メーカー</dt><dd>DJI</dd></dl>
      <table><tr><th>製造者</th><th>型式</th><th>製造番号</th></tr><tr><td>DJI</td><td>Mini 3</td><td>1</td></tr></table>`);
    expect(readRegistrations(document)).toEqual([]);
  });

  it("keeps each mark once and stops at the limit", () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `<tr><td>JU00000000${String(i % 10).padStart(2, "0")}</td><td>M</td><td>X</td><td>S${i}</td></tr>`,
    );
    show(`<table><tr><th>登録記号</th><th>製造者</th><th>型式</th><th>製造番号</th></tr>${rows.join("")}</table>`);
    expect(readRegistrations(document).map((entry) => entry.mark)).toHaveLength(10);
    expect(readRegistrations(document, 3)).toHaveLength(3);
  });
});
