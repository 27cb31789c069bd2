import { newCanary, placesHolding } from "../support/canary.ts";
import { expect, test } from "../support/fixtures.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.use({ viewport: { width: 375, height: 740 } });

test.describe("the path for one person alone", () => {
  test("a hurt person alone walks their own path to a recorded decision", async ({ page }, testInfo) => {
    const shot = (name: string) =>
      page.screenshot({ path: testInfo.outputPath(`solo-${name}.png`), fullPage: true });
    test.slow();
    const dana = newPerson("Dana");
    // What Dana writes on her path is sealed in her browser: each of these must be nowhere on the server.
    const canary = {
      timeline: newCanary("timeline"),
      supporter: newCanary("supporter"),
      answer: newCanary("self-trust"),
      wants: newCanary("decision-wants"),
    };
    await signUp(page, dana);
    await startSpace(page, {
      relationship: "Partner",
      otherName: "Lee",
      whoBrokeTrust: "Lee did",
      whatHappened: ["Lying or deceit"],
    });

    await page.getByRole("link", { name: "Your own path" }).click();
    await expect(page.getByRole("heading", { name: "Your own path", level: 1 })).toBeVisible();
    const steps = page.getByRole("navigation", { name: "The steps" });
    await expect(steps.getByRole("listitem")).toHaveCount(4);
    await expect(steps).toContainText("Make sense of what happened");
    await expect(steps.getByRole("listitem").first()).toContainText("Not started");

    // A timeline entry needs a when: the error says so and nothing is added.
    await page.getByLabel("What happened", { exact: true }).fill(canary.timeline);
    await page.getByRole("radio", { name: "I still need to know" }).check();
    await page.getByRole("button", { name: "Add to my timeline" }).click();
    await expect(page.getByText("Give a date, or say roughly when it was.").first()).toBeVisible();
    await page.getByLabel("Or roughly when").fill("Last spring");
    await page.getByRole("button", { name: "Add to my timeline" }).click();
    const timeline = page.locator("#step-timeline");
    await expect(timeline.getByText(canary.timeline)).toBeVisible();
    await expect(timeline.getByText("Last spring")).toBeVisible();
    await expect(steps.getByRole("listitem").first()).toContainText("Done");

    await page.getByLabel("Who", { exact: true }).fill("Sam");
    await page.getByLabel("How to reach them").fill(canary.supporter);
    await page.getByRole("button", { name: "Add to my list" }).click();
    await expect(page.locator("#step-support").getByText(canary.supporter)).toBeVisible();
    await expect(page.locator("#step-support").getByRole("link", { name: /help lines/ })).toBeVisible();

    const selfTrust = page.locator("#step-self_trust");
    const prompts = selfTrust.getByRole("textbox");
    await expect(prompts).toHaveCount(5);
    for (let index = 0; index < 5; index += 1) {
      await prompts.nth(index).fill(index === 0 ? canary.answer : `What I noticed, answer ${index + 1}`);
      await selfTrust
        .getByRole("button", { name: /Keep this answer/ })
        .first()
        .click();
      await expect(selfTrust.getByText(`${index + 1} of 5 answered`)).toBeVisible();
    }
    await expect(steps.getByRole("listitem").nth(2)).toContainText("Done");
    await shot("path");
    await timeline.screenshot({ path: testInfo.outputPath("solo-timeline.png") });
    await selfTrust.screenshot({ path: testInfo.outputPath("solo-self-trust.png") });

    await page.getByRole("link", { name: "Open the deciding tool" }).click();
    await expect(page.getByRole("heading", { name: "Deciding what you want", level: 1 })).toBeVisible();
    await expect(page.getByRole("radio", { name: /More distance/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Record my decision" }).click();
    await expect(page.getByText("Choose one of the paths.").first()).toBeVisible();
    await page.getByLabel("What do you want?").fill(canary.wants);
    const sharedFear = newCanary("decision-fears");
    await page.getByLabel("What do you fear?").fill(sharedFear);
    await page.getByLabel("What would have to change?").fill("Honesty without being asked");
    await page.getByRole("radio", { name: /Separate/ }).check();
    await page.getByLabel("For how long").fill("2");
    await page.getByRole("radio", { name: "Weeks" }).check();
    await page.getByLabel("When will you look at this again?").fill("2027-01-04");
    await page.getByRole("button", { name: "Record my decision" }).click();
    await expect(page.getByText("Your decision is recorded, privately.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Where you stand: Separate" })).toBeVisible();
    await expect(page.getByRole("link", { name: "ending well" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your decisions so far" })).toBeVisible();
    await shot("deciding");
    await page.locator("main").screenshot({ path: testInfo.outputPath("solo-deciding-main.png") });

    // Sharing a part sends its words in the clear, for the other person to read: the control that shows
    // the search finds a write. Every word kept to herself is nowhere on the server's side.
    // The box shows what the server keeps, so it is ticked once the part is shared.
    const shareFear = page.getByRole("listitem").filter({ hasText: canary.wants }).getByRole("checkbox", {
      name: "What I fear",
    });
    await shareFear.click();
    await expect(shareFear).toBeChecked();
    await expect.poll(() => placesHolding(sharedFear).length).toBeGreaterThan(0);
    for (const [field, text] of Object.entries(canary)) {
      expect(placesHolding(text), field).toEqual([]);
    }
    const decidingUrl = page.url();

    await page.goto(page.url().replace(/deciding$/, "journey"));
    const summary = page.getByRole("region", { name: "Your path while you're on your own" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("listitem").filter({ hasText: "Done" })).toHaveCount(4);
    await shot("journey");

    // The same pages in the dark theme, as a phone set to dark shows them.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expect(summary).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("solo-journey-dark.png") });
    await summary.getByRole("link", { name: "Carry on with your path" }).click();
    await expect(page.getByRole("heading", { name: "Your own path", level: 1 })).toBeVisible();
    // After a page load the vault is locked: the steps show, and the words wait for the password.
    await expect(steps.getByRole("listitem")).toHaveCount(4);
    await expect(page.getByRole("main")).not.toContainText(canary.timeline);
    await openVault(page, dana);
    await expect(timeline.getByText(canary.timeline)).toBeVisible();
    await expect(page.locator("#step-support").getByText(canary.supporter)).toBeVisible();
    await expect(selfTrust.getByRole("textbox").first()).toHaveValue(canary.answer);
    await page.locator("#step-timeline").scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("solo-path-dark.png") });

    await page.goto(decidingUrl);
    await expect(page.getByRole("main")).not.toContainText(canary.wants);
    await openVault(page, dana);
    await expect(page.getByRole("heading", { name: "Where you stand: Separate" })).toBeVisible();
    await expect(page.getByRole("main").getByText(canary.wants)).toBeVisible();
  });
});
