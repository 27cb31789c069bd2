import { CheckinPage } from "../pages/checkin-page.ts";
import { InsightsPage } from "../pages/insights-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

test.describe("check-ins", () => {
  test("the other person sees only the shared parts of a check-in, and a safety concern reaches only its author", async ({
    page,
    openDevice,
  }) => {
    const { sam, samPage, spaceUrl } = await startPair(page, openDevice);
    const samHome = new SpaceHomePage(samPage);
    const spaceId = new URL(spaceUrl).pathname.split("/")[2] ?? "";
    const canary = `canary-${Date.now().toString(36)}-kept-to-myself`;

    // Sam starts from the gentle reminder on the home page.
    await expect(samHome.checkinCardText).toContainText("first check-in");
    await samHome.checkinCard.getByRole("link", { name: "Check in" }).click();
    const samCheckin = new CheckinPage(samPage);
    await expect(samCheckin.title).toBeVisible();
    await samCheckin.group("Which check-in?").getByLabel("Weekly check-in").check();
    // Everything is private until Sam switches it on, as the home page promised.
    await expect(samCheckin.shareSwitch("your trust rating")).not.toBeChecked();
    await expect(samCheckin.shareSwitch("your ratings of the five parts of trust")).not.toBeChecked();
    await expect(samCheckin.shareSwitch("what you need from them")).not.toBeChecked();
    // The note for oneself is sealed in Sam's vault, which this tab opens first.
    await samCheckin.openVault(sam.password);

    await samCheckin.submit({
      kind: "Weekly check-in",
      trustNow: 3,
      elements: { Honesty: 2, Reliability: 4, Respect: 6, Loyalty: 5, Empathy: 7 },
      feelings: { Sadness: 4, Hope: 2 },
      signs: ["I kept asking them questions to be sure"],
      need: "A message at lunch, even a short one",
      note: `Only for me: ${canary}`,
      share: { "your trust rating": true, "your feelings": true, "what you need from them": true },
    });
    await expect(samCheckin.saved).toBeVisible();
    await expect(
      samPage.getByText("Alex can now see your trust rating, your feelings and what you need from them."),
    ).toBeVisible();
    await expect(samCheckin.myCheckin()).toContainText(canary);

    // Alex sees exactly the shared parts.
    await page.goto(`${spaceUrl}/checkin`);
    const alexCheckin = new CheckinPage(page);
    const shared = alexCheckin.theirs.getByRole("article");
    await expect(shared).toHaveCount(1);
    await expect(shared).toContainText("3 out of 10");
    await expect(shared).toContainText("Sadness (4 of 5), Hope (2 of 5)");
    await expect(shared).toContainText("A message at lunch, even a short one");
    for (const unshared of ["Parts of trust", "Honesty", "Signs Sam noticed", "I kept asking them"]) {
      await expect(shared).not.toContainText(unshared);
    }
    await expect(alexCheckin.main).not.toContainText(canary);

    await page.goto(`${spaceUrl}/insights`);
    const insights = new InsightsPage(page);
    await expect(insights.title).toBeVisible();
    await expect(insights.trustView("How it feels to Sam").getByRole("figure")).toBeVisible();
    await expect(insights.feelingsTable(/^Sam's feelings/)).toContainText("Sadness");
    await expect(insights.main).not.toContainText(canary);

    // Nothing unshared reaches Alex's browser at all, not only Alex's screen.
    const theirs = (await (await page.request.get(`/api/spaces/${spaceId}/checkins/theirs`)).json()) as {
      checkins: Record<string, unknown>[];
    };
    expect(Object.keys(theirs.checkins[0] ?? {}).sort()).toEqual(
      ["audience", "authorId", "emotions", "id", "kind", "need", "submittedAt", "trustNow"].sort(),
    );
    for (const path of ["checkins/theirs", "insights", "help"]) {
      const body = await (await page.request.get(`/api/spaces/${spaceId}/${path}`)).text();
      expect(body).not.toContain(canary);
    }

    // Sam takes the trust rating back; Alex's view follows.
    await samPage.reload();
    const entry = samCheckin.myCheckin();
    await entry.getByRole("button", { name: "Change what Alex sees" }).click();
    await entry.getByRole("switch", { name: /: your trust rating$/ }).uncheck();
    await entry.getByRole("button", { name: "Save" }).click();
    await expect(
      entry.getByText("Saved. Alex can see your feelings and what you need from them."),
    ).toBeVisible();

    await page.goto(`${spaceUrl}/checkin`);
    await expect(shared).toContainText("Sadness (4 of 5)");
    await expect(shared).not.toContainText("out of 10");
    await expect(alexCheckin.mine.getByRole("heading", { name: "No check-ins yet" })).toBeVisible();
    const alexCheckinBefore = await alexCheckin.main.innerText();
    await page.goto(`${spaceUrl}/insights`);
    await insights.waitUntilLoaded();
    await expect(insights.trustView("How it feels to Sam")).toContainText("hasn't shared a trust rating");
    const alexInsightsBefore = await insights.main.innerText();

    // A private "no" to feeling safe takes Sam, and only Sam, to the safety page.
    await samPage.goto(`${spaceUrl}/checkin`);
    await samCheckin.submit({ kind: "Daily check-in", trustNow: 1, feelSafe: "No" });
    await expect(samPage.getByRole("heading", { name: "Your safety comes first", level: 1 })).toBeVisible();
    await expect(samPage.getByRole("status").filter({ hasText: "Your check-in is saved." })).toBeVisible();
    await expect(samPage.getByText(/In immediate danger, call/)).toBeVisible();

    await page.goto(`${spaceUrl}/checkin`);
    await expect(shared).toHaveCount(1);
    await expect(alexCheckin.mine.getByRole("heading", { name: "No check-ins yet" })).toBeVisible();
    expect(await alexCheckin.main.innerText()).toBe(alexCheckinBefore);
    await page.goto(`${spaceUrl}/insights`);
    await insights.waitUntilLoaded();
    await expect(insights.trustView("How it feels to Sam")).toContainText("hasn't shared a trust rating");
    expect(await insights.main.innerText()).toBe(alexInsightsBefore);
  });

  test("each person chooses their own check-in rhythm, by keyboard on a phone, and the other sees nothing of it", async ({
    page,
    openDevice,
  }) => {
    const { samPage, spaceUrl } = await startPair(page, openDevice);
    await samPage.setViewportSize({ width: 375, height: 740 });
    await samPage.goto(`${spaceUrl}/checkin`);
    const rhythm = samPage.getByRole("group", { name: "Your rhythm" });
    await expect(rhythm.getByLabel("As I go")).toBeChecked();

    // Arrow keys move through the choices: As I go → Every day → Once a week.
    await rhythm.getByLabel("As I go").focus();
    await samPage.keyboard.press("ArrowDown");
    await samPage.keyboard.press("ArrowDown");
    await expect(rhythm.getByLabel("Once a week")).toBeChecked();
    await samPage.keyboard.press("Tab");
    const weekday = samPage.getByLabel("Day of the week");
    await expect(weekday).toBeFocused();
    for (let i = 0; i < 3; i += 1) await samPage.keyboard.press("ArrowDown");
    await expect(weekday).toHaveValue("3");
    await samPage.keyboard.press("Tab");
    await expect(samPage.getByRole("button", { name: "Save rhythm" })).toBeFocused();
    await samPage.keyboard.press("Enter");
    await expect(samPage.getByText("Your check-in rhythm is saved.")).toBeVisible();
    const scrollWidth = await samPage.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    const section = samPage.getByRole("region", { name: "How often you check in" });
    await section.screenshot({ path: test.info().outputPath("checkin-rhythm-375-light.png") });
    await samPage.emulateMedia({ colorScheme: "dark" });
    await samPage.reload();
    await expect(section.getByLabel("Once a week")).toBeChecked();
    await section.screenshot({ path: test.info().outputPath("checkin-rhythm-375-dark.png") });

    await expect(samPage.getByLabel("Day of the week")).toHaveValue("3");

    // Alex's own rhythm is untouched, and nothing of Sam's shows anywhere Alex looks.
    await page.goto(`${spaceUrl}/checkin`);
    await expect(page.getByRole("group", { name: "Your rhythm" }).getByLabel("As I go")).toBeChecked();
    await expect(page.getByLabel("Day of the week")).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("Wednesday");
  });
});
