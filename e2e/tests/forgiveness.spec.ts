import { ForgivenessPage } from "../pages/forgiveness-page.ts";
import { LettersPage } from "../pages/letters-page.ts";
import { quickExitUrl } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("the forgiveness path", () => {
  test("the hurt person shares one step; the other sees only that, and it goes quietly when taken back", async ({
    page,
    openDevice,
  }) => {
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
      secondView: "Alex did",
    });
    const shared = "It hurt most that I found out from someone else.";
    const kept = "Some days the anger is all I can feel.";

    // Sam, who was hurt, walks the path: one reflection shared, one kept private.
    const sam = await new ForgivenessPage(second.page).goto(spaceUrl);
    await expect(sam.pathTitle).toBeVisible();
    await expect(
      sam.main.getByRole("heading", { name: "Forgiving is not the same as reconciling" }),
    ).toBeVisible();
    await sam.openStep("Name what hurt");
    await sam.writeReflection(shared, { shareWith: "Alex", resentment: 8 });
    await expect(second.page.getByText("Saved, and shared with Alex.")).toBeVisible();
    await expect(sam.shareSwitch(sam.myReflection(shared), "Alex")).toBeChecked();
    await sam.openStep("Let yourself feel it");
    await sam.writeReflection(kept);
    await expect(second.page.getByText("Saved. It's private: only you can see it.")).toBeVisible();
    await expect(sam.shareSwitch(sam.myReflection(kept), "Alex")).not.toBeChecked();
    await expect(sam.main.getByRole("region", { name: "Resentment over time" })).toContainText("8");

    // Alex, who broke trust, has no steps to walk and sees only the shared reflection.
    const alex = await new ForgivenessPage(page).goto(spaceUrl);
    await expect(alex.otherSideTitle).toBeVisible();
    await expect(alex.saveButton).toHaveCount(0);
    await expect(alex.sharedWithYou("Sam")).toContainText("Name what hurt");
    await expect(alex.sharedWithYou("Sam")).toContainText(shared);
    await expect(alex.main).not.toContainText(kept);
    await expect(alex.main).not.toContainText("8 of 10");

    // Sam takes it back: Alex's list simply no longer has it.
    await sam.openStep("Name what hurt");
    await sam.shareSwitch(sam.myReflection(shared), "Alex").uncheck();
    await expect(sam.shareSwitch(sam.myReflection(shared), "Alex")).not.toBeChecked();
    await page.reload();
    await expect(alex.sharedWithYou("Sam")).toContainText("Nothing shared here");
    await expect(alex.main).not.toContainText(shared);
  });
});

test.describe("unsent letters", () => {
  test("a letter is kept, then let go with a confirmation, and is gone after a reload", async ({ page }) => {
    const robin = newPerson("Robin");
    await signUp(page, robin);
    await startSpace(page, {
      relationship: "Family member",
      otherName: "Jo",
      whoBrokeTrust: "Jo did",
      whatHappened: ["Broken promises"],
    });
    const spaceUrl = page.url();
    const letters = await new LettersPage(page).goto(spaceUrl);
    await openVault(page, robin);
    await expect(letters.letters.getByRole("heading", { name: "No letters kept here" })).toBeVisible();

    // Words not yet kept are never dropped without asking.
    await letters.main.getByRole("link", { name: "Write a new letter" }).click();
    await letters.body.fill("Half a thought");
    const leave = page.getByRole("dialog", { name: "Leave without keeping your words?" });
    await letters.main.getByRole("link", { name: "Your unsent letters" }).click();
    await leave.getByRole("button", { name: "Stay and keep writing" }).click();
    await expect(letters.body).toHaveValue("Half a thought");
    await letters.main.getByRole("link", { name: "Your unsent letters" }).click();
    await leave.getByRole("button", { name: "Leave without keeping" }).click();
    await expect(letters.title).toBeVisible();

    await letters.write("To Jo, about that summer", "I waited by the phone every Sunday.");
    const letterUrl = page.url();
    await letters.main.getByRole("button", { name: "Let this letter go" }).click();
    await expect(letters.destroyDialog).toBeVisible();
    // Keeping it is the safe way out.
    await letters.destroyDialog.getByRole("button", { name: "Keep it for now" }).click();
    await expect(letters.destroyDialog).toBeHidden();
    await expect(letters.body).toHaveValue("I waited by the phone every Sunday.");

    await letters.letGo();
    await expect(letters.letGoTitle).toBeVisible();
    await expect(page.getByText("It's gone. Take a breath; that was a real step.")).toBeVisible();

    await page.goto(letterUrl);
    await openVault(page, robin);
    await expect(page.getByRole("heading", { name: "This letter isn't here" })).toBeVisible();
    await letters.goto(spaceUrl);
    await page.reload();
    await openVault(page, robin);
    await expect(letters.letters.getByRole("heading", { name: "No letters kept here" })).toBeVisible();
    await expect(letters.main).not.toContainText("To Jo, about that summer");
  });

  test("quick exit leaves at once, even from a letter with words not yet kept", async ({ page }) => {
    const kit = newPerson("Kit");
    await signUp(page, kit);
    await startSpace(page, {
      relationship: "Friend",
      otherName: "Max",
      whoBrokeTrust: "Max did",
      whatHappened: ["A confidence broken"],
    });
    const letters = await new LettersPage(page).goto(page.url());
    await openVault(page, kit);
    await letters.main.getByRole("link", { name: "Write a new letter" }).click();
    await letters.body.fill("Things I would never say out loud");
    await letters.pressShiftThreeTimes();
    await expect(page).toHaveURL(quickExitUrl);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});
