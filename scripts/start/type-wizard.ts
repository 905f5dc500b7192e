// SPDX-License-Identifier: MIT
/**
 * Fallback for the wizard when the extension's prefill cannot be used: types the profile into the practice
 * site's fields by their ids, as a user would. `npm start` says when it falls back.
 */
import type { Page } from "puppeteer-core";
import { fullAddress } from "../../shared/profiles-address";
import type { IndividualOwner, Ua } from "../../shared/profiles";

async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (node) => {
    (node as HTMLInputElement).value = "";
  });
  if (value !== "") await page.type(selector, value);
}

export async function typeOwner(page: Page, owner: IndividualOwner): Promise<void> {
  await typeInto(page, "#owner-name", owner.name);
  await typeInto(page, "#owner-reading", owner.reading);
  await typeInto(page, "#owner-address", fullAddress(owner.address));
  await page.$eval("#owner-birth-date", (node, value) => ((node as HTMLInputElement).value = value), owner.birthDate);
  await typeInto(page, "#owner-phone", owner.phone);
  await typeInto(page, "#owner-email", owner.email);
}

export async function typeUa(page: Page, n: number, ua: Ua): Promise<void> {
  const id = (field: string) => `#ua-${n}-${field}`;
  await page.select(id("manufacturing-type"), ua.manufacturingType);
  await typeInto(page, id("manufacturer"), ua.manufacturer);
  await typeInto(page, id("model"), ua.model);
  await page.select(id("category"), ua.category);
  await typeInto(page, id("serial-number"), ua.serialNumber);
  await page.click(id(`remote-id-type-${ua.remoteId.type}`));
  await typeInto(page, id("remote-id-manufacturer"), ua.remoteId.manufacturer);
  await typeInto(page, id("remote-id-model"), ua.remoteId.model);
  await typeInto(page, id("remote-id-serial-number"), ua.remoteId.serialNumber);
  await page.click(id(`alteration-${ua.altered ? "1" : "0"}`));
}

export async function chooseSameUser(page: Page): Promise<void> {
  await page.click("#user-same-same");
}
