// SPDX-License-Identifier: MIT
/** The page script's configuration, embedded by the server as JSON in `#flow-config` and parsed here. */
import { z } from "zod";
import type { FlowTexts } from "../i18n/flow-texts";

const FieldNamesSchema = z.object({ name: z.string(), address: z.string(), birthDate: z.string() }).strict();

const FlowTextsSchema: z.ZodType<FlowTexts> = z
  .object({
    applyConfirm: z.string(),
    emailWaiting: z.string(),
    identitySteps: z.array(z.string()),
    precautionsTitle: z.string(),
    precautions: z.array(z.string()),
    chooseMethod: z.string(),
    readerPath: z.string(),
    smartphonePath: z.string(),
    readerUnavailable: z.string(),
    smartphoneLead: z.string(),
    sessionCode: z.string(),
    signTitle: z.string(),
    signLead: z.string(),
    resignTitle: z.string(),
    resignLead: z.array(z.string()),
    replacedFields: z.string(),
    resignReady: z.string(),
    authTitle: z.string(),
    authLead: z.string(),
    doNotClose: z.string(),
    working: z.string(),
    ok: z.string(),
    cancel: z.string(),
    retry: z.string(),
    appFailed: z.string(),
    discarded: z.string(),
    fieldNames: FieldNamesSchema,
  })
  .strict();

export const FlowConfigSchema = z
  .object({ lang: z.enum(["ja", "en"]), texts: FlowTextsSchema, refusals: z.record(z.string(), z.string()) })
  .strict();
export type FlowConfig = z.infer<typeof FlowConfigSchema>;

export function readFlowConfig(): FlowConfig {
  const element = document.getElementById("flow-config");
  return FlowConfigSchema.parse(JSON.parse(element?.textContent ?? "null"));
}
