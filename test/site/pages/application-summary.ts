// SPDX-License-Identifier: MIT
/** The owner / UA / user blocks of the seed's confirmation page, for given application data. */
import { FORM_LABELS } from "../i18n/form-labels";
import type { Language } from "../i18n/language";
import type { ApplicationData } from "../model/application-data";
import { html, type Html } from "./html";

const dash = (value: string) => (value === "" ? "-" : value);

function list(rows: readonly (readonly [string, string, string])[]): Html {
  return html`<dl class="summary">
    ${rows.map(
      ([id, label, value]) =>
        html`<dt>${label}</dt>
          <dd id="${id}">${dash(value)}</dd>`,
    )}
  </dl>`;
}

export function applicationSummary(
  lang: Language,
  data: ApplicationData,
  links?: { owner: Html; ua: Html; user: Html },
): Html {
  const l = FORM_LABELS[lang];
  const owner = data.owner;
  const ownerBlock = html`<section class="block" id="summary-owner">
    <h2>${l.ownerSection}</h2>
    ${list([
      ["summary-owner-name", l.name, owner.name],
      ["summary-owner-reading", l.reading, owner.reading],
      ["summary-owner-address", l.address, owner.address],
      ["summary-owner-birth-date", l.birthDate, owner.birthDate.replaceAll("-", "/")],
      ["summary-owner-phone", l.phone, owner.phone],
      ["summary-owner-email", l.email, owner.email],
    ])}${links?.owner ?? ""}
  </section>`;
  const uaBlocks = data.uas.map((ua, i) => {
    const p = `summary-ua-${i + 1}`;
    return html`<section class="block ua-summary" id="${p}">
      <h2>${l.uaSection} ${i + 1}</h2>
      <h3>${l.uaInformation}</h3>
      ${list([
        [`${p}-manufacturing-type`, l.manufacturingType, l.manufacturingTypes[ua.manufacturingType]],
        [`${p}-manufacturer`, l.manufacturer, ua.manufacturer],
        [`${p}-model`, l.model, ua.model],
        [`${p}-category`, l.category, l.categories[ua.category]],
        [`${p}-serial-number`, l.serialNumber, ua.serialNumber],
        [`${p}-remote-id-type`, l.remoteIdType, l.remoteIdTypes[ua.remoteIdType]],
        [`${p}-remote-id-manufacturer`, l.remoteIdManufacturer, ua.remoteIdManufacturer],
        [`${p}-remote-id-model`, l.remoteIdModel, ua.remoteIdModel],
        [`${p}-remote-id-serial-number`, l.remoteIdSerialNumber, ua.remoteIdSerialNumber],
        [`${p}-alteration`, l.alteration, l.alterations[ua.alteration]],
      ])}${links?.ua ?? ""}
    </section>`;
  });
  const user = data.user;
  const userRows: (readonly [string, string, string])[] = [
    ["summary-user-same", l.sameAsOwner, user.sameAsOwner ? l.userSameOptions.same : l.userSameOptions.different],
  ];
  if (!user.sameAsOwner) {
    userRows.push(["summary-user-name", l.userName, user.name], ["summary-user-address", l.userAddress, user.address]);
  }
  const userBlock = html`<section class="block" id="summary-user">
    <h2>${l.userSection}</h2>
    ${list(userRows)}${links?.user ?? ""}
  </section>`;
  return html`${ownerBlock}${uaBlocks}${userBlock}`;
}
