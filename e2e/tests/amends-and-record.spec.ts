import { AmendsPage } from "../pages/amends-page.ts";
import { RecordPage } from "../pages/record-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

test.describe("amends and the one faithful record", () => {
  test("an amend offered, accepted, made and confirmed shows in the journey and the record, the same for both", async ({
    page,
    openDevice,
  }, testInfo) => {
    const { alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const what = "Tell your sister myself what I hid from her";

    // Alex finds amends from the apology phase of the journey.
    await alexPage.goto(`${spaceUrl}/phases/responsibility`);
    await alexPage.getByRole("link", { name: "Open Amends" }).first().click();
    const alexAmends = new AmendsPage(alexPage);
    await expect(alexAmends.heading("Amends")).toBeVisible();
    // An empty offer is refused in place, and nothing is sent.
    await alexPage.getByRole("button", { name: "Offer to Sam" }).click();
    await expect(alexPage.getByText("Please check the details below")).toBeVisible();
    await expect(alexPage.getByText("Say what the amend is.").first()).toBeVisible();
    await alexAmends.offer(what, "Sam");

    // Sam sees it arrive and accepts.
    const samAmends = new AmendsPage(samPage);
    await samAmends.goto(spaceUrl);
    await samAmends.amend(what).getByRole("button", { name: "Accept" }).click();
    await expect(samAmends.amend(what).getByText("Agreed, not made yet")).toBeVisible();

    // Alex marks it made, with a word about it; Sam's open page shows it without a reload and confirms.
    await expect(alexAmends.amend(what).getByText("Sam accepted it", { exact: false })).toBeVisible();
    await alexAmends.amend(what).getByRole("button", { name: "I've made it" }).click();
    await alexAmends.amend(what).getByRole("textbox").fill("We talked on Sunday.");
    await alexAmends.amend(what).getByRole("button", { name: "Mark it made" }).click();
    await expect(samAmends.amend(what).getByText("Made, waiting to be confirmed")).toBeVisible();
    await samAmends.amend(what).getByRole("button", { name: "Yes, it was made" }).click();
    await expect(samAmends.amend(what).getByText("Made and confirmed")).toBeVisible();

    // The apology phase counts it, for both.
    for (const person of [alexPage, samPage]) {
      await person.goto(`${spaceUrl}/phases/responsibility`);
      await expect(person.getByText("An amend has been made and confirmed.")).toBeVisible();
    }

    // The record holds every step, and both people read the very same entries.
    const alexRecord = new RecordPage(alexPage);
    const samRecord = new RecordPage(samPage);
    await alexRecord.goto(spaceUrl);
    await samRecord.goto(spaceUrl);
    await expect(samRecord.entries.filter({ hasText: `Alex offered an amend` })).toHaveCount(1);
    await expect(
      samRecord.entries.filter({ hasText: `Sam confirmed the amend was made: "${what}"` }),
    ).toHaveCount(1);
    const alexSees = await alexRecord.entryTexts();
    expect(alexSees.length).toBeGreaterThanOrEqual(4);
    expect(await samRecord.entryTexts()).toEqual(alexSees);

    // Filtering by kind, from the keyboard.
    await samPage.getByText("Filter by kind and date").focus();
    await samPage.keyboard.press("Enter");
    await samPage.getByRole("group", { name: "Kinds of entry" }).getByLabel("Kept").check();
    await samPage.getByRole("button", { name: "Show" }).click();
    await expect(samPage).toHaveURL(/kinds=kept/);
    await expect(samRecord.entries).toHaveCount(2);
    await expect(samPage.getByText(`Showing 2 of ${alexSees.length} entries.`)).toBeVisible();

    // On a phone, in both themes, nothing scrolls sideways.
    for (const colorScheme of ["light", "dark"] as const) {
      await samPage.emulateMedia({ colorScheme });
      await samPage.setViewportSize({ width: 375, height: 740 });
      for (const path of ["amends", "record"]) {
        await samPage.goto(`${spaceUrl}/${path}`);
        await expect(samPage.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await samRecord.scrollsSideways(), path).toBe(false);
        await samPage.screenshot({
          path: testInfo.outputPath(`${path}-375-${colorScheme}.png`),
          fullPage: true,
        });
      }
    }
    await alexPage.setViewportSize({ width: 1280, height: 900 });
    await alexPage.emulateMedia({ colorScheme: "dark" });
    await alexRecord.goto(spaceUrl);
    await alexPage.screenshot({ path: testInfo.outputPath("record-desktop-dark.png"), fullPage: true });
    await alexPage.emulateMedia({ colorScheme: "light", media: "print" });
    await expect(alexPage.getByRole("button", { name: "Print the record" })).toBeHidden();
    await alexPage.screenshot({ path: testInfo.outputPath("record-print.png"), fullPage: true });
  });
});
