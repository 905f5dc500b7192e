// SPDX-License-Identifier: MIT
/**
 * Which owner was last used to prefill each tab, kept in session storage (gone when the browser closes), so the
 * basic-4 pre-check after a signature knows what the page was given.
 */
import { z } from "zod";
import { ProfileIdSchema } from "../profiles/model/profiles";
import type { KeyValueArea } from "../vault/storage-area";

export const LAST_PREFILL_KEY = "lastPrefill";

const LastPrefillSchema = z.record(
  z.string().regex(/^\d+$/),
  z.object({ ownerId: ProfileIdSchema, origin: z.string() }).strict(),
);
export type LastPrefill = z.infer<typeof LastPrefillSchema>[string];

async function readAll(session: KeyValueArea): Promise<z.infer<typeof LastPrefillSchema>> {
  const parsed = LastPrefillSchema.safeParse((await session.get(LAST_PREFILL_KEY))[LAST_PREFILL_KEY]);
  return parsed.success ? parsed.data : {};
}

export async function recordLastPrefill(session: KeyValueArea, tabId: number, entry: LastPrefill): Promise<void> {
  await session.set({ [LAST_PREFILL_KEY]: { ...(await readAll(session)), [String(tabId)]: entry } });
}

export async function lastPrefill(session: KeyValueArea, tabId: number): Promise<LastPrefill | undefined> {
  return (await readAll(session))[String(tabId)];
}
