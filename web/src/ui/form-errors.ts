import { ApiError } from "../api/client.ts";

export interface FormErrors {
  /** Shown above the form when it adds something the field messages don't already say. */
  message: string | null;
  /** One message per form field, keyed by the field's name. */
  fields: Record<string, string>;
}

export const noErrors: FormErrors = { message: null, fields: {} };

/**
 * Turns a failed submission into messages for the form. Field keys from the server can be nested
 * ("breachKinds.0"); they are folded into the top-level field they belong to.
 */
export function formErrorsFrom(error: unknown): FormErrors {
  if (!error) return noErrors;
  if (!(error instanceof ApiError)) {
    return { message: "Something went wrong. Please try again.", fields: {} };
  }
  const fields: Record<string, string> = {};
  for (const [key, text] of Object.entries(error.fields)) {
    const field = key.split(".")[0] ?? key;
    fields[field] ??= text;
  }
  const repeatsAField = Object.values(fields).includes(error.message);
  return { message: repeatsAField ? null : error.message, fields };
}
