import { phaseIds } from "@mend/core/method/index";
import { romanceOnlyWordsIn } from "@mend/core/spaces/relationship-words";
import type { Page } from "@playwright/test";
import type { SpaceAnswers } from "../pages/new-space-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { newPerson, type Person } from "../support/people.ts";

/** The pages whose words could assume a couple: guidance, closeness, deciding, keeping it up, help. */
const pages = [
  "",
  "/journey",
  ...phaseIds.map((phase) => `/phases/${phase}`),
  "/deciding",
  "/closeness",
  "/time-together",
  "/appreciations",
  "/keeping-it-up",
  "/forgiveness",
  "/questions",
  "/agreements",
  "/talks",
  "/insights",
  "/insights/how-trust-is-read",
  "/help",
];

/**
 * The words of a page once everything on it has loaded, with every disclosure opened; with `person`, the
 * vault opened first, for a page whose words wait for it (the deciding page's paths are in its form).
 */
async function visibleText(page: Page, path: string, person?: Person): Promise<string> {
  await page.goto(path);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
  if (person) await openVault(page, person);
  await expect(main.locator(".state--loading")).toHaveCount(0);
  // What a person reads on opening each disclosure (the help guide keeps its points in them) counts too.
  await main.evaluate((element) => {
    for (const disclosure of Array.from(element.querySelectorAll("details"))) disclosure.open = true;
  });
  return main.innerText();
}

// On a phone, where a misfit word is hardest to miss.
test.use({ viewport: { width: 375, height: 740 } });

for (const relationship of ["Friend", "Family member"] as const satisfies SpaceAnswers["relationship"][]) {
  test(`a space with a ${relationship.toLowerCase()} reads without romance`, async ({ page }) => {
    test.slow();
    const rowan = newPerson("Rowan");
    await signUp(page, rowan);
    await startSpace(page, {
      relationship,
      otherName: "Ash",
      whoBrokeTrust: "Ash did",
      whatHappened: ["Lying or deceit"],
    });
    const space = new URL(page.url()).pathname;
    const misfits: Record<string, string[]> = {};
    for (const path of pages) {
      const words = romanceOnlyWordsIn(
        await visibleText(page, `${space}${path}`, path === "/deciding" ? rowan : undefined),
      );
      if (words.length > 0) misfits[path || "/"] = words;
    }
    expect(misfits).toEqual({});
    // The closeness ladder is the one for family and friends.
    await visibleText(page, `${space}/closeness`);
    await expect(page.getByRole("main")).toContainText("Being in touch regularly");
    await page.screenshot({ path: test.info().outputPath("closeness-375.png"), fullPage: true });
    await visibleText(page, `${space}/help`);
    await page.screenshot({ path: test.info().outputPath("help-375.png"), fullPage: true });
  });
}
