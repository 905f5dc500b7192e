// SPDX-License-Identifier: MIT
import { CompanionError, toCompanionError } from "../../shared/errors/companion-error";
import type { HostResult, HostStatus, StatusRequest } from "../../shared/protocol/native";
import { PRODUCT_VERSION } from "../../shared/version";
import { HOST_PROTOCOL_VERSION } from "../protocol-version";
import { withCardSession, type CardSession } from "../card/card-session";
import { CardInfoAp } from "../card/jpki/card-info-ap";
import { certificateOf } from "../card/jpki/card-facts-reads";
import { JpkiAp } from "../card/jpki/jpki-ap";
import { validityOf } from "../pki/certificate-checks";
import { sessionOptions, type HostContext } from "./host-context";

type ReaderEntry = HostStatus["readers"][number];
type CardEntry = NonNullable<HostStatus["card"]>;

/**
 * Diagnostics that never spend a PIN try (only empty VERIFYs). When a reader is pinned (request or config), only
 * that reader is probed, so other applications' cards are not disturbed; the others are listed with
 * `cardPresent: false, jpki: false` (not probed).
 */
export async function status(request: StatusRequest, context: HostContext): Promise<HostResult<"status">> {
  const base = {
    hostVersion: PRODUCT_VERSION,
    protocolVersion: HOST_PROTOCOL_VERSION,
    pcscRunning: false,
    readers: [],
    card: null,
  };
  let names: string[];
  try {
    names = await context.cards.readerNames();
  } catch (error) {
    return { ...base, problem: toCompanionError(error).toWire() };
  }
  const { reader: pinned, extendedLength, cache } = sessionOptions(context, request);
  const readers: ReaderEntry[] = names.map((name) => ({ name, cardPresent: false, jpki: false, chosen: false }));
  const failures: CompanionError[] = [];
  let card: CardEntry | null = null;
  if (names.length === 0 || (pinned !== undefined && !names.includes(pinned))) {
    failures.push(new CompanionError("READER_NOT_FOUND"));
  }
  for (const entry of readers.filter((item) => pinned === undefined || item.name === pinned)) {
    try {
      card = await withCardSession(context.cards, { reader: entry.name, extendedLength, cache }, async (session) => {
        entry.cardPresent = true;
        const jpki = new JpkiAp(session.channel, session.readOptions);
        entry.jpki = await jpki.select();
        if (!entry.jpki) throw new CompanionError("NOT_JPKI_CARD");
        return card ?? describeCard(session, jpki, context.now());
      });
      entry.chosen = card.reader === entry.name;
    } catch (error) {
      failures.push(toCompanionError(error));
    }
  }
  const problem = card === null ? (failures[0] ?? new CompanionError("NO_CARD")) : undefined;
  return { ...base, pcscRunning: true, readers, card, problem: problem?.toWire() ?? null };
}

async function describeCard(session: CardSession, jpki: JpkiAp, now: Date): Promise<CardEntry> {
  const token = await jpki.tokenLabel();
  let authCertificate: CardEntry["authCertificate"] = null;
  try {
    authCertificate = validityOf(await certificateOf(jpki, session.facts, "auth"), now);
  } catch (error) {
    if (!(error instanceof CompanionError && error.code === "CERT_MISSING")) throw error;
  }
  const auth = await jpki.pinStatus("auth");
  const sign = await jpki.pinStatus("sign");
  const cardInfo = new CardInfoAp(session.channel, session.readOptions);
  await cardInfo.select();
  return {
    reader: session.reader,
    token,
    authCertificate,
    pins: { auth, sign, "card-info": await cardInfo.pinStatus() },
  };
}
