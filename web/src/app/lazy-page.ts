import type { ComponentType } from "react";

/**
 * A page's code could not be fetched. After Mend is updated, the old page's files are gone from the
 * server, so the page open in the browser must be reloaded to get the new ones.
 */
export class PageCodeMissingError extends Error {
  constructor(cause: unknown) {
    super("This page's code could not be fetched.", { cause });
    this.name = "PageCodeMissingError";
  }
}

/**
 * A route's page, fetched the first time it is visited: each page brings only its own code (and the
 * charts or the wording coach where it uses them), so the first page shows sooner.
 */
export function page<Name extends string>(load: () => Promise<{ [Key in Name]: ComponentType }>, name: Name) {
  return async () => {
    const module = await load().catch((cause: unknown) => {
      throw new PageCodeMissingError(cause);
    });
    return { Component: module[name] };
  };
}

// What browsers say when a module cannot be fetched (Chromium, Firefox, Safari): a chart or the coach
// loaded inside a page fails this way too.
const missingModuleMessages = [
  "Failed to fetch dynamically imported module",
  "error loading dynamically imported module",
  "Importing a module script failed",
];

export const isPageCodeMissing = (error: unknown): boolean =>
  error instanceof PageCodeMissingError ||
  (error instanceof Error && missingModuleMessages.some((message) => error.message.includes(message)));
