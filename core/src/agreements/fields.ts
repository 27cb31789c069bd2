import { z } from "zod";
import { canonicalTimeZone, parseLocalDate, parseLocalTime, parseWallTime } from "./local-time.ts";

/** Who a record is about, from the reader's side: member ids never leave the server. */
export const people = ["you", "other", "former_member"] as const;
export type Person = (typeof people)[number];

/**
 * Free text a person writes. Blank after trimming counts as not given, so a form can send an empty
 * optional field without the request failing.
 */
export function requiredText(field: string, max: number) {
  return z
    .string({ error: `${field} must be text.` })
    .trim()
    .min(1, { error: `${field} can't be empty.` })
    .max(max, { error: `Keep ${field.toLowerCase()} under ${max} characters.` });
}

export function optionalText(field: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: `${field} must be text.` })
      .trim()
      .max(max, { error: `Keep ${field.toLowerCase()} under ${max} characters.` })
      .optional(),
  );
}

export const timeZoneField = z
  .string({ error: "Give your time zone, for example Europe/London." })
  .transform((value, context) => {
    const zone = canonicalTimeZone(value.trim());
    if (zone === undefined) {
      context.addIssue({
        code: "custom",
        message: "That time zone isn't one we know. Use a name like Europe/London or America/New_York.",
      });
      return z.NEVER;
    }
    return zone;
  });

export const localDateField = z
  .string({ error: "Give a date as YYYY-MM-DD." })
  .refine((value) => parseLocalDate(value) !== undefined, { error: "Give a real date as YYYY-MM-DD." });

export const localTimeField = z
  .string({ error: "Give a time as HH:MM, for example 18:00." })
  .refine((value) => parseLocalTime(value) !== undefined, {
    error: "Give a time as HH:MM, for example 18:00.",
  });

export const wallTimeField = z
  .string({ error: "Give a date and time as YYYY-MM-DDTHH:MM." })
  .refine((value) => parseWallTime(value) !== undefined, {
    error: "Give a real date and time as YYYY-MM-DDTHH:MM, for example 2026-05-10T18:00.",
  });

export const noteField = optionalText("The note", 1000);

export const idField = z.string().min(1).max(100);
