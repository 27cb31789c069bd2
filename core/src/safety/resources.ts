import { z } from "zod";

const text = z.string().trim().min(1);

const serviceSchema = z
  .strictObject({
    name: text,
    phone: text.optional(),
    /** How to reach them by text message, e.g. "START to 88788". */
    text: text.optional(),
    tty: text.optional(),
    web: z.url({ protocol: /^https$/, message: "Use a full https:// address." }).optional(),
    hours: text.optional(),
    note: text.optional(),
  })
  .refine((s) => s.phone !== undefined || s.text !== undefined || s.web !== undefined, {
    message: "A service needs at least one way to reach it: phone, text or web.",
  });

const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, upper case, e.g. "GB". */
  code: z.string().regex(/^[A-Z]{2}$/, { message: "Use a two-letter upper-case country code, such as GB." }),
  emergency: text,
  services: z.array(serviceSchema),
});

/**
 * The safety resources file. Operators edit it for the countries they serve, so the schema is strict:
 * a misspelled field is reported rather than silently dropped.
 */
export const safetyResourcesSchema = z.strictObject({
  about: text,
  /** When the numbers were last checked against the services' own pages (YYYY-MM-DD). */
  checkedOn: z.iso.date().optional(),
  fallback: z.strictObject({ emergency: text, note: text }),
  countries: z.array(countrySchema).superRefine((countries, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of countries.entries()) {
      if (seen.has(c.code)) {
        ctx.addIssue({ code: "custom", message: `Country ${c.code} is listed twice.`, path: [i, "code"] });
      }
      seen.add(c.code);
    }
  }),
});

export type SafetyResources = z.infer<typeof safetyResourcesSchema>;
export type SafetyCountry = SafetyResources["countries"][number];
export type SafetyService = SafetyCountry["services"][number];

export type SafetyResourcesParse = { ok: true; resources: SafetyResources } | { ok: false; errors: string[] };

/** Validates already-parsed JSON, with errors an operator can act on ("countries.0.code: …"). */
export function parseSafetyResources(input: unknown): SafetyResourcesParse {
  const result = safetyResourcesSchema.safeParse(input);
  if (result.success) return { ok: true, resources: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    ),
  };
}

/** Validates the text of the file, as the server reads it from its configured path. */
export function parseSafetyResourcesJson(json: string): SafetyResourcesParse {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      errors: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  return parseSafetyResources(data);
}

export interface LocalSafetyResources {
  /** The country found, or undefined when showing the fallback. */
  country?: string;
  emergency: string;
  services: SafetyService[];
  /** Always shown: help lines differ by country, and an unlisted country still has help. */
  note: string;
}

/** What to show someone in a given country; any unknown or missing code gets the fallback. */
export function resourcesFor(resources: SafetyResources, countryCode?: string): LocalSafetyResources {
  const code = countryCode?.trim().toUpperCase();
  const country = resources.countries.find((c) => c.code === code);
  if (!country)
    return { emergency: resources.fallback.emergency, services: [], note: resources.fallback.note };
  return {
    country: country.code,
    emergency: country.emergency,
    services: country.services,
    note: resources.fallback.note,
  };
}

/** The country named by a language tag ("en-GB" → "GB"); none for a tag without one ("fr") or a world region ("es-419"). */
function regionOf(languageTag: string): string | undefined {
  try {
    const region = new Intl.Locale(languageTag).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The country to show help lines for first, from the browser's preferred languages (most preferred first,
 * as in `navigator.languages`). Only the most preferred language counts: a later one says little about
 * where the person is, and a wrong emergency number is worse than being asked. No default when that
 * language names no country, or a country the file doesn't list.
 */
export function defaultCountry(resources: SafetyResources, languages: readonly string[]): string | undefined {
  const [preferred] = languages;
  const region = preferred === undefined ? undefined : regionOf(preferred);
  return resources.countries.some((c) => c.code === region) ? region : undefined;
}
