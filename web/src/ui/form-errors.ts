import { findUnstorableText, unstorableTextMessage } from "@mend/core/storable-text";
import { VaultError } from "@mend/core/vault/errors";
import { ApiError } from "../api/client.ts";
import { VaultClosedError } from "../features/vault/items.ts";

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
  // The vault's own words: it is locked in this tab, or an envelope would not open.
  if (error instanceof VaultClosedError || error instanceof VaultError)
    return { message: error.message, fields: {} };
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

/** A problem a contract's schema found; zod's issue, described by its shape so the web needn't import zod. */
interface InputIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** The first problem with each top-level field, in the words the server would use. */
export function messagesByField(issues: ReadonlyArray<InputIssue>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string") fields[field] ??= issue.message;
  }
  return fields;
}

interface InputSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<InputIssue> } };
}

/**
 * Checks a form's input with the contract the server uses, and for text the server can't keep, so
 * its messages appear at once and match.
 */
export function checkInput<T>(
  schema: InputSchema<T>,
  value: unknown,
): { input: T } | { problems: FormErrors } {
  const unstorable = findUnstorableText(value);
  if (unstorable) {
    const field = typeof unstorable[0] === "string" ? unstorable[0] : undefined;
    return {
      problems: field
        ? { message: null, fields: { [field]: unstorableTextMessage } }
        : { message: unstorableTextMessage, fields: {} },
    };
  }
  const result = schema.safeParse(value);
  if (result.success) return { input: result.data };
  return { problems: { message: null, fields: messagesByField(result.error.issues) } };
}

/**
 * Like `checkInput`, but throws the problems as the server would answer them (a 400 with one message
 * per field). For forms whose words never reach the server as typed, such as a password turned into
 * keys in the browser: its rules must be checked here, since the server only sees what is derived.
 */
export function parseOrRefuse<T>(schema: InputSchema<T>, value: unknown): T {
  const checked = checkInput(schema, value);
  if ("input" in checked) return checked.input;
  const { fields, message } = checked.problems;
  throw new ApiError(
    400,
    "validation_failed",
    message ?? Object.values(fields)[0] ?? "Check the form.",
    fields,
  );
}
