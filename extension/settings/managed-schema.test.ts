// SPDX-License-Identifier: MIT
/**
 * The Chrome `storage.managed_schema` (manifests/managed-schema.json) must declare exactly the keys the extension
 * parses: Chromium drops policy values its schema does not declare, so a key missing there never arrives.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AddressSchema,
  CorporateOwnerSchema,
  IndividualOwnerSchema,
  UaSchema,
  UserPersonSchema,
} from "../profiles/model/profiles";
import { MANAGED_POLICY_SHAPE } from "./managed-policy";

interface JsonSchema {
  type?: string;
  id?: string;
  $ref?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema;
}

const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../manifests/managed-schema.json"), "utf8"),
) as JsonSchema;
const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../release/platform/policies/managed-values.example.json"), "utf8"),
) as unknown;

const keysOf = (node: JsonSchema | undefined) => Object.keys(node?.properties ?? {}).sort();
const props = (node: JsonSchema | undefined, key: string) => node?.properties?.[key];

/** Chrome's schema types (no null, no "any", no anyOf). */
const CHROME_TYPES = new Set(["boolean", "integer", "number", "string", "array", "object"]);

function collectIds(node: JsonSchema, ids: Map<string, JsonSchema>): void {
  if (node.id !== undefined) ids.set(node.id, node);
  for (const child of [...Object.values(node.properties ?? {}), node.items, node.additionalProperties])
    if (child !== undefined) collectIds(child, ids);
}

/** A small validator for the subset Chrome's policy schema uses; returns the paths that do not conform. */
function violations(value: unknown, node: JsonSchema, ids: Map<string, JsonSchema>, path = "$"): string[] {
  const target = node.$ref === undefined ? node : ids.get(node.$ref);
  if (target === undefined) return [`${path}: unknown $ref ${node.$ref}`];
  const type = Array.isArray(value) ? "array" : typeof value;
  if (target.type === "integer" ? !Number.isInteger(value) : target.type !== type)
    return [`${path}: not ${target.type}`];
  if (target.enum !== undefined && !target.enum.includes(value)) return [`${path}: not in enum`];
  if (Array.isArray(value) && target.items)
    return value.flatMap((item, i) => violations(item, target.items!, ids, `${path}[${i}]`));
  if (type !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const childSchema = target.properties?.[key] ?? target.additionalProperties;
    return childSchema === undefined
      ? [`${path}.${key}: not declared`]
      : violations(child, childSchema, ids, `${path}.${key}`);
  });
}

describe("manifests/managed-schema.json", () => {
  const ids = new Map<string, JsonSchema>();
  collectIds(schema, ids);

  it("declares exactly the policy keys the extension reads", () => {
    expect(keysOf(schema)).toEqual(Object.keys(MANAGED_POLICY_SHAPE).sort());
  });

  it("declares every field of pushed owners (both kinds), their user, address, and UAs", () => {
    const profiles = props(schema, "profiles");
    const owner = props(profiles, "owners")?.items;
    const ownerFields = new Set([
      ...Object.keys(IndividualOwnerSchema.shape),
      ...Object.keys(CorporateOwnerSchema.shape),
    ]);
    expect(keysOf(owner)).toEqual([...ownerFields].sort());
    expect(keysOf(ids.get("Address"))).toEqual(Object.keys(AddressSchema.shape).sort());
    expect(keysOf(props(props(owner, "user"), "person"))).toEqual(Object.keys(UserPersonSchema.shape).sort());
    const ua = props(profiles, "uas")?.items;
    expect(keysOf(ua)).toEqual(Object.keys(UaSchema.shape).sort());
    expect(keysOf(props(ua, "remoteId"))).toEqual(Object.keys(UaSchema.shape.remoteId.shape).sort());
  });

  it("uses only types Chrome's policy schema knows", () => {
    const bad: string[] = [];
    const walk = (node: JsonSchema, path: string): void => {
      if (node.$ref === undefined && !CHROME_TYPES.has(node.type ?? "")) bad.push(path);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${key}`);
      if (node.items) walk(node.items, `${path}[]`);
      if (node.additionalProperties) walk(node.additionalProperties, `${path}{}`);
    };
    walk(schema, "$");
    expect(bad).toEqual([]);
  });

  it("accepts the documented example policy without dropping anything", () => {
    expect(violations(example, schema, ids)).toEqual([]);
  });

  it("would drop an undeclared key (the validator is not vacuous)", () => {
    expect(violations({ exportDisabled: "yes", surprise: 1 }, schema, ids)).toEqual([
      "$.exportDisabled: not boolean",
      "$.surprise: not declared",
    ]);
  });
});
