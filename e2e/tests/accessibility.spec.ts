import AxeBuilder from "@axe-core/playwright";
import { phaseIds } from "@mend/core/method/types";
import type { Page } from "@playwright/test";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { demoPeople } from "../support/people.ts";

// The list of problems says where each one is; a trace of fifty pages would only be too big to write.
test.use({ trace: "off" });

const widths = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } } as const;

const signedOutPages = [
  "/",
  "/login",
  "/signup",
  "/forgot-password",
  "/reset#not-a-real-link",
  "/safety",
  "/join/no-such-invitation",
];

/** Every signed-in route of the router, in the demo space that has two months of history. */
function spacePages(spaceId: string, ids: Record<"letter" | "question" | "talk" | "agreement", string>) {
  const space = `/spaces/${spaceId}`;
  return [
    "/",
    "/account",
    "/account/reminders",
    "/journal",
    "/spaces/new",
    space,
    `${space}/journey`,
    ...phaseIds.map((phase) => `${space}/phases/${phase}`),
    `${space}/readiness`,
    `${space}/deciding`,
    `${space}/own-path`,
    `${space}/safety`,
    `${space}/checkin`,
    `${space}/insights`,
    `${space}/insights/how-trust-is-read`,
    `${space}/help`,
    `${space}/forgiveness`,
    `${space}/letters`,
    `${space}/letters/new`,
    `${space}/letters/${ids.letter}`,
    `${space}/letting-go`,
    `${space}/reflections`,
    `${space}/appreciations`,
    `${space}/time-together`,
    `${space}/closeness`,
    `${space}/keeping-it-up`,
    `${space}/ending`,
    `${space}/acknowledgment`,
    `${space}/impact-statement`,
    `${space}/questions`,
    `${space}/questions/${ids.question}`,
    `${space}/triggers`,
    `${space}/reassurance`,
    `${space}/talks`,
    `${space}/talks/${ids.talk}`,
    `${space}/agreements`,
    `${space}/agreements/${ids.agreement}`,
    `${space}/promises`,
    `${space}/consistency`,
    `${space}/amends`,
    `${space}/record`,
    "/no-such-page",
  ];
}

/** The first id in one list of a route's answer ({ letters: [{ id }] } and the like). */
async function firstId(page: Page, path: string, list: string): Promise<string | undefined> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const body = (await response.json()) as Record<string, { id: string }[] | undefined>;
  return body[list]?.[0]?.id;
}

/** Something the demo lacks for this person, made through the API as the page would. */
async function make(page: Page, path: string, body: unknown): Promise<string> {
  const response = await page.request.post(path, {
    data: body,
    headers: { "x-mend-csrf": "1", origin: new URL(page.url()).origin },
  });
  expect(response.status(), path).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function must(id: Promise<string | undefined>, what: string): Promise<string> {
  const found = await id;
  if (!found) throw new Error(`The demo has no ${what}`);
  return found;
}

/** Waits until the page has drawn its data: a heading, and nothing still loading. */
async function settle(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(page.locator(".state--loading")).toHaveCount(0);
}

/**
 * Serious and critical violations on the page as it is now, each with where it is. Includes the rule
 * that an accessible name must contain the visible text, which axe leaves off by default.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  // axe no longer checks for repeated ids, yet a repeated id sends a label to the wrong field.
  const repeatedIds = await page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll("[id]"), (element) => element.id);
    return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  });
  return [
    ...results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} (${violation.help})`),
      ),
    ...repeatedIds.map((id) => `repeated id: ${id}`),
  ];
}

/**
 * Opens every page in turn, signed out and then signed in as Sam in the demo space, and checks each once
 * it has drawn its data. Returns the demo space's id.
 */
async function visitEveryPage(page: Page, check: (path: string) => Promise<void>): Promise<string> {
  const visit = async (path: string) => {
    await page.goto(path);
    await settle(page);
    await check(path);
  };
  for (const path of signedOutPages) await visit(path);

  await new LoginPage(page).goto();
  await new LoginPage(page).logIn(demoPeople.sam);
  await new SpacesPage(page).space("Alex").click();
  await expect(page).toHaveURL(/\/spaces\/[^/]+$/);
  const spaceId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const api = `/api/spaces/${spaceId}`;
  // Letters are private and the demo writes none for Sam: one to look at, which only Sam can see.
  const ids = {
    letter:
      (await firstId(page, `${api}/letters`, "letters")) ??
      // Visited after a page load, with the vault locked, so the page asks for the password and never
      // opens this envelope.
      (await make(page, `${api}/letters`, {
        id: crypto.randomUUID(),
        sealed: "mv1.c2VhbGVkLWluLWEtYnJvd3Nlci1mb3ItdGhlLWFjY2Vzc2liaWxpdHktY2hlY2s",
      })),
    question: await must(firstId(page, `${api}/questions`, "questions"), "question"),
    talk: await must(firstId(page, `${api}/talks`, "talks"), "talk"),
    agreement: await must(firstId(page, `${api}/agreements`, "agreements"), "agreement"),
  };
  for (const path of spacePages(spaceId, ids)) await visit(path);
  return spaceId;
}

/** Contrast problems on the page as it is now: the rules that depend on colour alone. */
async function contrastViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withRules(["color-contrast", "link-in-text-block"])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} (${violation.help})`),
  );
}

/**
 * The same page in the dark theme, switched in place as a device's setting would switch it: only colours
 * change between the themes, so only the colour rules run again.
 */
async function darkContrastViolations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const violations = await contrastViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  return violations;
}

for (const [name, viewport] of Object.entries(widths)) {
  test.describe(`at ${name} width`, () => {
    // One browser context visits every page in turn.
    test.use({ viewport, colorScheme: "light" });

    const alsoDark = name === "phone";
    test(`every page has no serious accessibility problem at ${name} width${alsoDark ? ", and keeps enough contrast in the dark theme" : ""}`, async ({
      page,
    }) => {
      // About fifty pages, each drawn and analysed: minutes on a busy two-core machine.
      test.setTimeout(900_000);
      const found: Record<string, string[]> = {};
      const spaceId = await visitEveryPage(page, async (path) => {
        const violations = await seriousViolations(page);
        // The dark theme once, at the width people use most: a second visit of every page would double it.
        if (alsoDark) violations.push(...(await darkContrastViolations(page)).map((v) => `dark theme: ${v}`));
        if (violations.length > 0) found[path] = violations;
      });

      // The agreement form's "every" number has its own label, not the radio button's beside it.
      await page.goto(`/spaces/${spaceId}/agreements`);
      await settle(page);
      await page.getByRole("button", { name: "Propose an agreement" }).click();
      await page.getByRole("radio", { name: "Every few weeks or months" }).check();
      await expect(page.getByRole("spinbutton", { name: "Every", exact: true })).toBeVisible();

      expect(found).toEqual({});
    });
  });
}
