import { type BrowserContext, test as base, type Page } from "@playwright/test";
import { baseURL, elsewhereUrl, quickExitUrl } from "./env.ts";

const neutralPage = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>Sunny spells, light winds.</p></body></html>`;

/** There is no internet in the test machine: the outside pages quick exit and Back lead to are answered here. */
export async function answerOutsidePages(context: BrowserContext): Promise<void> {
  await context.route(`${quickExitUrl}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: neutralPage("Weather forecast") }),
  );
  await context.route(`${elsewhereUrl}**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: neutralPage("Somewhere else") }),
  );
}

interface Fixtures {
  /** Opens a page in a new browser context: a second person, or the same person on another device. */
  openDevice: (options?: { viewport?: { width: number; height: number } }) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  context: async ({ context }, use) => {
    await answerOutsidePages(context);
    await use(context);
  },
  openDevice: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext({ baseURL, serviceWorkers: "block", ...options });
      await answerOutsidePages(context);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";
