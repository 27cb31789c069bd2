import fs from "node:fs";
import { AccountPage } from "../pages/account-page.ts";
import { AppreciationsPage } from "../pages/appreciations-page.ts";
import { EndingPage } from "../pages/ending-page.ts";
import { MaintenancePage } from "../pages/maintenance-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

test.describe("keeping it up and ending well", () => {
  test("keeping it up waits, without pressure, until the earlier parts are done", async ({
    page,
    openDevice,
  }) => {
    const { spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
      secondView: "Alex did",
    });
    const maintenance = await new MaintenancePage(page).goto(spaceUrl);
    await expect(maintenance.title).toBeVisible();
    await expect(maintenance.notYet).toContainText("There's no schedule for getting there.");
    await expect(
      maintenance.main.getByRole("button", { name: "We had our monthly conversation" }),
    ).toHaveCount(0);
  });

  test("one person ends the repair; both see the 30-day notice, and each can download their own copy", async ({
    page,
    openDevice,
  }) => {
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Friend", whoBrokeTrust: "Sam did", whatHappened: ["Disrespect"] },
      secondView: "I did",
    });
    const mine = "You showed up for my birthday even after everything.";
    await (await new AppreciationsPage(page).goto(spaceUrl)).send("Sam", mine);

    const ending = await new EndingPage(page).goto(spaceUrl);
    await expect(ending.title).toBeVisible();
    await expect(ending.main).toContainText("you don't need to give a reason");
    await ending.main.getByRole("button", { name: "End the repair" }).click();
    await expect(ending.confirmDialog).toBeVisible();
    await expect(ending.confirmDialog.getByRole("textbox")).toHaveCount(0);
    await ending.confirmDialog.getByRole("button", { name: "Not now" }).click();
    await expect(ending.title).toBeVisible();
    await ending.end();
    await expect(ending.endedTitle).toBeVisible();
    await expect(ending.main).toContainText("30 days left.");

    // Sam sees the same notice on the space's home page.
    await second.page.reload();
    const samNotice = second.page.getByRole("region", { name: "This repair has ended" });
    await expect(samNotice).toContainText("30 days left.");
    await expect(new SpaceHomePage(second.page).title("Alex")).toBeVisible();

    // Alex's own copy holds what Alex wrote.
    const [json] = await Promise.all([page.waitForEvent("download"), ending.downloadJson.click()]);
    expect(json.suggestedFilename()).toMatch(/^mend-export-\d{4}-\d{2}-\d{2}\.json$/);
    const document: unknown = JSON.parse(fs.readFileSync(await json.path(), "utf8"));
    expect(JSON.stringify(document)).toContain(mine);
    const [pdf] = await Promise.all([page.waitForEvent("download"), ending.downloadPdf.click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // Sam's copy has Alex's appreciation as received, but nothing Alex kept private.
    const samEnding = await new EndingPage(second.page).goto(spaceUrl);
    await expect(samEnding.endedTitle).toBeVisible();
    const [samJson] = await Promise.all([
      second.page.waitForEvent("download"),
      samEnding.downloadJson.click(),
    ]);
    expect(fs.readFileSync(await samJson.path(), "utf8")).toContain(mine);
  });

  test("deleting an account asks for the password again, then a plain yes", async ({ page, openDevice }) => {
    const { second } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: {
        relationship: "Family member",
        whoBrokeTrust: "Both of us",
        whatHappened: ["Broken promises"],
      },
      secondView: "Both of us",
    });
    const account = await new AccountPage(second.page).goto();
    const deleteSection = second.page.getByRole("region", { name: "Delete my account" });
    await deleteSection.getByRole("button", { name: "Delete my account" }).click();
    await expect(
      second.page.getByRole("alert").filter({ hasText: "Enter your password to confirm." }),
    ).toBeVisible();

    await deleteSection.getByLabel("Your password").fill("not the right password");
    await deleteSection.getByRole("button", { name: "Delete my account" }).click();
    const dialog = second.page.getByRole("dialog", { name: "Delete your account for good?" });
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await expect(second.page.getByText("That password isn't right.").first()).toBeVisible();
    await expect(account.title).toBeVisible();

    await deleteSection.getByLabel("Your password").fill(second.person.password);
    await deleteSection.getByRole("button", { name: "Delete my account" }).click();
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await expect(
      second.page.getByText("Your account and everything you wrote have been deleted."),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { name: "Sam has left this space" })).toBeVisible();
  });
});
