import { describe, expect, it } from "vitest";
import shipped from "../../data/safety-resources.json" with { type: "json" };
import {
  defaultCountry,
  parseSafetyResources,
  parseSafetyResourcesJson,
  resourcesFor,
  type SafetyResources,
} from "./resources.ts";

function load(): SafetyResources {
  const parsed = parseSafetyResources(shipped);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.resources;
}

describe("the shipped safety resources", () => {
  it("pass validation", () => {
    expect(parseSafetyResources(shipped)).toMatchObject({ ok: true });
  });

  it("keep the facts of the checked list exactly", () => {
    const r = load();
    expect(r.checkedOn).toBe("2026-11-21");
    expect(r.countries.map((c) => [c.code, c.emergency])).toEqual([
      ["US", "911"],
      ["GB", "999"],
      ["AU", "000"],
    ]);
    const facts = r.countries.flatMap((c) =>
      c.services.map(({ name, phone, text, tty, web, hours }) => ({ name, phone, text, tty, web, hours })),
    );
    expect(facts).toEqual([
      {
        name: "National Domestic Violence Hotline",
        phone: "1-800-799-7233",
        text: "START to 88788",
        tty: "1-800-787-3224",
        web: "https://www.thehotline.org",
        hours: "24/7",
      },
      {
        name: "National Domestic Abuse Helpline (Refuge)",
        phone: "0808 2000 247",
        text: undefined,
        tty: undefined,
        web: "https://www.nationaldahelpline.org.uk",
        hours: "24/7",
      },
      {
        name: "Men's Advice Line",
        phone: "0808 801 0327",
        text: undefined,
        tty: undefined,
        web: "https://mensadviceline.org.uk",
        hours: undefined,
      },
      {
        name: "1800RESPECT",
        phone: "1800 737 732",
        text: undefined,
        tty: undefined,
        web: "https://www.1800respect.org.au",
        hours: "24/7",
      },
    ]);
  });
});

describe("parseSafetyResources", () => {
  const valid = () => structuredCopy(load());
  const country = (changes: object) => ({ ...valid(), countries: [{ ...valid().countries[0], ...changes }] });

  it.each([
    ["a lower-case country code", country({ code: "us" })],
    ["an empty emergency number", country({ emergency: " " })],
    ["a web address that isn't https", country({ services: [{ name: "X", web: "http://example.org" }] })],
    ["a service with no way to reach it", country({ services: [{ name: "X", hours: "24/7" }] })],
    ["a misspelled field", country({ services: [{ name: "X", phnoe: "123" }] })],
    ["a country listed twice", { ...valid(), countries: [...valid().countries, valid().countries[0]] }],
    ["a missing fallback", { about: "x", countries: [] }],
    ["a date that isn't a date", { ...valid(), checkedOn: "last spring" }],
  ])("rejects %s, saying where", (_name, input) => {
    const result = parseSafetyResources(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it("points to the field at fault", () => {
    const result = parseSafetyResources(country({ code: "usa" }));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^countries\.0\.code: /)] });
  });

  it("reports text that isn't JSON instead of throwing", () => {
    const result = parseSafetyResourcesJson("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^Not valid JSON/);
    expect(parseSafetyResourcesJson(JSON.stringify(shipped)).ok).toBe(true);
  });
});

describe("resourcesFor", () => {
  it("finds a country whatever the case of its code", () => {
    const local = resourcesFor(load(), "gb");
    expect(local.country).toBe("GB");
    expect(local.emergency).toBe("999");
    expect(local.services).toHaveLength(2);
  });

  it("falls back to the local emergency number for an unlisted or unknown country", () => {
    for (const code of ["FR", undefined, ""]) {
      const local = resourcesFor(load(), code);
      expect(local.country).toBeUndefined();
      expect(local.emergency).toBe("your local emergency number");
      expect(local.services).toEqual([]);
      expect(local.note).toMatch(/danger/);
    }
  });
});

describe("defaultCountry", () => {
  it.each([
    [["en-GB"], "GB"],
    [["en-US", "en"], "US"],
    [["en-AU", "en-GB", "en"], "AU"],
    [["en-gb"], "GB"],
  ])("takes the country of the browser's language %j when the file lists it", (languages, expected) => {
    expect(defaultCountry(load(), languages)).toBe(expected);
  });

  it("reads the country wherever it sits in the tag", () => {
    const withTaiwan = {
      ...load(),
      countries: [...load().countries, { code: "TW", emergency: "110", services: [] }],
    };
    expect(defaultCountry(withTaiwan, ["zh-Hant-TW"])).toBe("TW");
    const withCanada = {
      ...load(),
      countries: [...load().countries, { code: "CA", emergency: "911", services: [] }],
    };
    expect(defaultCountry(withCanada, ["fr-CA", "fr"])).toBe("CA");
  });

  it.each([
    ["a country the file doesn't list", ["fr-CA"]],
    ["a language with no country", ["fr"]],
    ["a most preferred language with no country, even if a later one has one", ["en", "en-GB"]],
    ["a world region rather than a country", ["es-419"]],
    ["a tag that isn't a language", ["not a language"]],
    ["no languages at all", []],
  ])("chooses nothing for %s, so the person is asked", (_name, languages) => {
    expect(defaultCountry(load(), languages)).toBeUndefined();
  });
});

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
