/**
 * Text the database cannot keep: the NUL character, and half of a UTF-16 pair (a lone surrogate),
 * which has no UTF-8 form. Both arrive by pasting from odd sources or from a script, never by typing,
 * so the person is asked to type the text again. The server checks every request with this before
 * its contract, and the web checks every form with it, so no field can be added that skips it.
 */
export const unstorableTextMessage =
  "This text has a hidden or broken character that can't be saved. Type it again, or paste it as plain text.";

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string) => !text.includes("\u0000") && !loneSurrogate.test(text);

/** Where the first unstorable text is (object keys count too), or undefined when all of it can be kept. */
export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === "string") return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return path;
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
