import { AppreciationsPage } from "../pages/appreciations-page.ts";
import { LadderPage } from "../pages/ladder-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

test.describe("closeness", () => {
  test("an appreciation one person writes appears on the other's home page, with no read receipt", async ({
    page,
    openDevice,
  }) => {
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Friend", whoBrokeTrust: "I did", whatHappened: ["A confidence broken"] },
      secondView: "Alex did",
    });
    const text = "Thank you for walking the dog when I was too tired on Tuesday.";
    const alex = await new AppreciationsPage(page).goto(spaceUrl);
    await alex.send("Sam", text);
    await expect(alex.sent).toContainText(text);
    await expect(alex.sent).toContainText("Mend never shows whether or when these were read.");
    await expect(alex.main).not.toContainText(/\b(seen|read on|delivered)\b/i);

    await second.page.reload();
    const card = second.page.getByRole("region", { name: "Appreciations from Alex" });
    await expect(card).toContainText(text);
  });

  test("the ladder shows only mutual yeses, hints at nothing else, and forgets a withdrawn yes", async ({
    page,
    openDevice,
  }) => {
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: {
        relationship: "Partner",
        whoBrokeTrust: "Both of us",
        whatHappened: ["Neglect or lack of support"],
      },
      secondView: "Both of us",
    });
    const alex = await new LadderPage(page).goto(spaceUrl);
    const sam = await new LadderPage(second.page).goto(spaceUrl);
    await expect(alex.together).toContainText("Nothing to show yet.");

    // Both say yes to holding hands: it shows for both.
    await alex.answer("Holding hands", "Yes, I'd like this");
    await sam.answer("Holding hands", "Yes, I'd like this");
    await expect(sam.togetherItems()).toHaveText([/Holding hands/]);
    await page.reload();
    await expect(alex.togetherItems()).toHaveText([/Holding hands/]);

    // Alex says yes to a hug; Alex's screen is the same before and after Sam says no to it.
    await alex.answer("A hug", "Yes, I'd like this");
    await page.reload();
    await expect(alex.step("A hug").getByLabel("Yes, I'd like this")).toBeChecked();
    const alexBefore = await alex.main.innerText();
    await sam.answer("A hug", "Not for me");
    await second.page.reload();
    await expect(sam.togetherItems()).toHaveText([/Holding hands/]);
    await expect(sam.together).not.toContainText("A hug");
    await page.reload();
    await expect(alex.step("A hug").getByLabel("Yes, I'd like this")).toBeChecked();
    expect(await alex.main.innerText()).toBe(alexBefore);
    await expect(alex.together).not.toContainText("A hug");

    // Sam changes the yes on holding hands: it disappears for both, with nothing said about why.
    await sam.answer("Holding hands", "Maybe later");
    await expect(sam.together).toContainText("Nothing to show yet.");
    await page.reload();
    await expect(alex.together).toContainText("Nothing to show yet.");
    await expect(alex.step("Holding hands").getByLabel("Yes, I'd like this")).toBeChecked();
  });
});
