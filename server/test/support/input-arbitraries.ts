import fc from "fast-check";
import { z } from "zod";

/**
 * Request inputs generated from a route's own contract (through its JSON Schema), mixed with values
 * meant to break things: NUL, lone surrogates, year 0 and other out-of-range dates, numbers past any
 * integer column and past what a double holds. Free text carries `planted`, so a test can prove that
 * nothing anyone wrote ever reaches the log.
 */
export const planted = "plantedsecret";

/** JSON cannot spell 1e400; the generated body holds this marker and `toJsonText` writes the number. */
export const tooLargeForADouble = "__too_large_for_a_double__";

const hostileTexts = [
  "\u0000",
  `${planted}\u0000`,
  `\u0000${planted}`,
  `${planted}\uD800`,
  `\uDFFF${planted}`,
  "\uDBFF\u0000\uDC00",
  `${planted} \uD83D`,
  `${planted}${"é".repeat(3000)}`,
];

const hostileDates = [
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "0000-12-31T23:59:59.999+14:00",
  "0000-01-01T00:00",
  "0001-01-01T00:00:00+14:00",
  "1999-12-31T23:59:59Z",
  "2201-01-01T00:00:00Z",
  "9999-12-31T23:59:59-14:00",
  "9999-12-31",
  "2026-02-30",
  "2026-05-04",
  "2026-05-04T18:00",
  "2026-05-04T09:00:00Z",
  "18:00",
  "Europe/London",
];

const hostileNumbers: unknown[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  0.5,
  -0,
  tooLargeForADouble,
];

/** Path segments as sent, already percent-encoded: NUL, an encoded lone surrogate, bad escapes. */
export const hostileSegments = [
  "%00",
  "x%00y",
  "%ED%A0%80",
  "%C0%80",
  "%ZZ",
  "0",
  "-1",
  "99999999999999999999",
];

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

export const toJsonSchema = (schema: unknown): JsonSchema =>
  z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;

const withHostile = <T>(valid: fc.Arbitrary<T>, hostile: readonly unknown[]) =>
  fc.oneof(
    { weight: 3, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: fc.constantFrom(...hostile) },
  );

function freeText(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fit = (text: string) => text.padEnd(min, "a").slice(0, max);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 30 }).map((tail) => fit(`${planted} ${tail}`)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }).map((tail) => fit(planted + tail)) },
    { weight: 3, arbitrary: fc.constantFrom(...hostileTexts, ...hostileDates) },
  );
}

function patterned(pattern: string): fc.Arbitrary<unknown> | undefined {
  try {
    const arbitrary = fc.stringMatching(new RegExp(pattern));
    fc.sample(arbitrary, 1);
    return arbitrary;
  } catch {
    return undefined;
  }
}

function stringArbitrary(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (schema.enum) return withHostile(fc.constantFrom(...schema.enum), hostileTexts);
  if (schema.const !== undefined) return withHostile(fc.constant(schema.const), hostileTexts);
  switch (schema.format) {
    case "email":
      return withHostile(
        fc.emailAddress().map((address) => `${planted}.${address}`),
        [`${planted}\u0000@example.org`, `${planted}\uD800@example.org`],
      );
    case "uuid":
      return withHostile(ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid(), hostileTexts);
    case "date-time":
    case "date":
    case "time": {
      const near = fc
        .date({
          min: new Date("2025-01-01T00:00:00Z"),
          max: new Date("2027-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((date) => (schema.format === "date" ? date.toISOString().slice(0, 10) : date.toISOString()));
      return withHostile(near, hostileDates);
    }
  }
  const fromPattern = schema.pattern ? patterned(schema.pattern) : undefined;
  return fromPattern ? withHostile(fromPattern, [...hostileTexts, ...hostileDates]) : freeText(schema);
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1000) + 1;
  const max = schema.maximum ?? (schema.exclusiveMaximum ?? 1000) - 1;
  const valid =
    schema.type === "integer"
      ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
      : fc.double({ min, max, noNaN: true });
  return withHostile(valid, hostileNumbers);
}

function objectArbitrary(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, arbitraryFor(property, ids)]),
  );
  const known = fc.record(model, { requiredKeys: schema.required ?? [] });
  const extra = schema.additionalProperties;
  if (typeof extra !== "object") return known;
  const more = fc.dictionary(fc.string({ maxLength: 12 }), arbitraryFor(extra, ids), { maxKeys: 3 });
  return fc.tuple(known, more).map(([fixed, added]) => ({ ...added, ...fixed }));
}

/** An arbitrary for one JSON Schema node: mostly what the contract accepts, often what it must refuse. */
export function arbitraryFor(schema: JsonSchema, ids: readonly string[] = []): fc.Arbitrary<unknown> {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, ids)));
  if (schema.allOf?.[0]) return arbitraryFor(schema.allOf[0], ids);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFor({ ...schema, type }, ids)));
  }
  if (schema.enum || schema.const !== undefined) return stringArbitrary(schema, ids);
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema, ids);
    case "integer":
    case "number":
      return numberArbitrary(schema);
    case "boolean":
      return withHostile(fc.boolean(), ["true", null]);
    case "null":
      return fc.constant(null);
    case "array": {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((item) => arbitraryFor(item, ids)));
      const item = schema.items ? arbitraryFor(schema.items, ids) : freeText({});
      const minLength = schema.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case "object":
      return objectArbitrary(schema, ids);
    default:
      return fc.oneof(freeText({}), fc.integer(), fc.constant(null));
  }
}

/** A body as JSON text, with the marker for a number beyond a double written as one. */
export const toJsonText = (value: unknown) =>
  JSON.stringify(value).replaceAll(JSON.stringify(tooLargeForADouble), "1e400");

/** A query string value as sent: percent-encoded when it can be, raw hostile escapes otherwise. */
export function queryValueArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const encoded = arbitraryFor(schema).map((value) => {
    const text = value === tooLargeForADouble ? "1e400" : String(value);
    try {
      return encodeURIComponent(text);
    } catch {
      return "%ED%A0%80"; // a lone surrogate has no UTF-8 form; send the bytes a careless client would
    }
  });
  return fc.oneof(
    { weight: 4, arbitrary: encoded },
    { weight: 1, arbitrary: fc.constantFrom(...hostileSegments, "Infinity", "NaN", "1e400") },
  );
}
