// SPDX-License-Identifier: MIT
/**
 * A pre-check waiting to be shown: written by the background after a signature, read by the pre-check window.
 * Kept in session storage (never on disk) and removed once the window is done with it.
 */
import { z } from "zod";
import { Basic4Schema } from "../../shared/basic4";
import { ProfileIdSchema } from "../profiles/model/profiles";
import type { KeyValueArea } from "../vault/storage-area";

export const PendingPrecheckSchema = z
  .object({ tabId: z.number().int(), origin: z.string(), ownerId: ProfileIdSchema, holder: Basic4Schema })
  .strict();
export type PendingPrecheck = z.infer<typeof PendingPrecheckSchema>;

const keyOf = (id: string) => `precheck:${id}`;

export async function savePendingPrecheck(session: KeyValueArea, id: string, pending: PendingPrecheck): Promise<void> {
  await session.set({ [keyOf(id)]: pending });
}

export async function loadPendingPrecheck(session: KeyValueArea, id: string): Promise<PendingPrecheck | undefined> {
  const parsed = PendingPrecheckSchema.safeParse((await session.get(keyOf(id)))[keyOf(id)]);
  return parsed.success ? parsed.data : undefined;
}

export function dropPendingPrecheck(session: KeyValueArea, id: string): Promise<void> {
  return session.remove(keyOf(id));
}
