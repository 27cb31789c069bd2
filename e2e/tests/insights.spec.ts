import type { Page } from "@playwright/test";
import { InsightsPage } from "../pages/insights-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { demoPeople } from "../support/people.ts";

/** Collects what the browser reports about Content-Security-Policy violations. */
function watchForPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openDemoInsights(
  page: Page,
  person: (typeof demoPeople)[keyof typeof demoPeople],
  other: string,
) {
  await new LoginPage(page).goto();
  await new LoginPage(page).logIn(person);
  await new SpacesPage(page).space(other).click();
  const home = new SpaceHomePage(page);
  await expect(home.title(other)).toBeVisible();
  await home.checkinCard.getByRole("link", { name: "See your progress" }).click();
  const insights = new InsightsPage(page);
  await expect(insights.title).toBeVisible();
  await insights.waitUntilLoaded();
  return insights;
}

test.describe("progress from the demo history", () => {
  test("every chart is drawn, has a summary, and can be read as a table", async ({ page }) => {
    const violations = watchForPolicyViolations(page);
    const insights = await openDemoInsights(page, demoPeople.sam, "Alex");

    // The two views of trust sit side by side under their own names.
    await expect(insights.trustView("How it feels to you")).toBeVisible();
    await expect(insights.trustView("What the record shows")).toBeVisible();

    await expect(insights.charts.first()).toBeVisible();
    const count = await insights.charts.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index += 1) {
      const chart = insights.charts.nth(index);
      // The caption is the chart's one-sentence summary, and names the figure for screen readers.
      await expect(chart).toHaveAccessibleName(/\w+ .*\w+\./);
      await expect(chart.locator("svg").first()).toBeVisible();
      await chart.getByRole("button", { name: /^Show as table/ }).click();
      const table = chart.getByRole("table");
      await expect(table).toBeVisible();
      expect(await table.getByRole("row").count()).toBeGreaterThan(1);
      await expect(chart.locator("svg")).toHaveCount(0);
      await chart.getByRole("button", { name: /^Show as chart/ }).click();
      await expect(chart.locator("svg").first()).toBeVisible();
    }

    // What the two wrote to each other in talks and answers is weighed against about 5 to 1.
    const conversation = insights.main.getByRole("figure", {
      name: /^Helpful and hard moments in what you shared: /,
    });
    await expect(conversation).toHaveAccessibleName(/helpful moments .* for each hard one/);

    // The question Sam asked last night is still open, and counted the same way for both.
    await expect(insights.main.getByRole("region", { name: "Open questions" })).toContainText(
      "1 question still open.",
    );

    // Feelings by week are a real table, with a summary of their own.
    const feelings = insights.feelingsTable(/^Your feelings/);
    await expect(feelings.getByRole("rowheader", { name: "Worry" })).toBeVisible();
    const feelingsFigure = insights.main
      .getByRole("figure")
      .filter({ has: page.getByRole("table", { name: /^Your feelings/ }) });
    await expect(feelingsFigure).toHaveAccessibleName(/\w+\./);
    await expect(insights.main.getByRole("heading", { name: "Small victories" })).toBeVisible();

    expect(violations).toEqual([]);
  });

  test("on a phone the progress page fits the screen", async ({ openDevice }) => {
    const phone = await openDevice({ viewport: { width: 375, height: 740 } });
    const violations = watchForPolicyViolations(phone);
    const insights = await openDemoInsights(phone, demoPeople.alex, "Sam");
    await expect(insights.charts.first().locator("svg").first()).toBeVisible();
    await expect(insights.main.getByRole("region", { name: "Open questions" })).toContainText(
      "1 question still open, 1 waiting on you.",
    );
    expect(await insights.scrollsSideways()).toBe(false);
    expect(violations).toEqual([]);
  });

  test("the trust explanation lists the person's own events, on a phone", async ({ openDevice }) => {
    const phone = await openDevice({ viewport: { width: 375, height: 740 } });
    const insights = await openDemoInsights(phone, demoPeople.alex, "Sam");
    await insights.main.getByRole("link", { name: /^How the record is read/ }).click();
    await expect(insights.heading("How the record is read")).toBeVisible();
    // The model's own numbers, in words.
    await expect(
      insights.main.getByRole("region", { name: "Recent events count more than old ones" }),
    ).toContainText("after about a month it counts half as much");
    await expect(insights.main.getByText("three times as much as a kept one")).toBeVisible();
    await expect(
      insights.main.getByRole("listitem").filter({ hasText: "a question answered" }).first(),
    ).toBeVisible();
    // Alex's own history: the promises Sam confirmed, newest first, each with what it counts for.
    const own = insights.main.getByRole("region", { name: "What the record of your actions is built from" });
    const kept = own.getByRole("listitem").filter({ hasText: /^A promise kept/ });
    await expect(kept.first()).toContainText("for honesty and reliability");
    await expect(own.getByRole("listitem").first()).toContainText(/\. (Counts|Has all but faded)/);
    await expect(
      insights.main.getByRole("region", { name: "What the record of Sam's actions is built from" }),
    ).toBeVisible();
    await insights.main.getByText("Show the formula").click();
    await expect(insights.main.getByText(/halves every 30 days/)).toBeVisible();
    expect(await insights.scrollsSideways()).toBe(false);
    await phone.screenshot({ path: test.info().outputPath("how-trust-is-read-375.png"), fullPage: true });
  });
});
