import { JoinPage } from "../pages/join-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("solo mode and leaving", () => {
  test("a space with one person is a proper place to be, and the link can be cancelled", async ({
    page,
    openDevice,
  }) => {
    await signUp(page, newPerson("Dana"));
    const home = await startSpace(page, {
      relationship: "Friend",
      otherName: "Lee",
      whoBrokeTrust: "It's complicated",
      whatHappened: ["Disrespect", "Something else"],
    });
    await expect(home.soloNote).toBeVisible();
    await expect(page.getByText("You can use Mend by yourself until Lee joins")).toBeVisible();
    await expect(home.person("Lee")).toContainText("Hasn't joined yet");
    await expect(page.getByRole("heading", { name: "Nothing waiting on Lee" })).toBeVisible();

    const link = await home.makeInviteLink();
    await expect(page.getByText(/It works once, until/)).toBeVisible();
    await home.cancelLinkButton.click();
    await expect(page.getByText("The link is cancelled. Nobody can use it now.")).toBeVisible();
    await expect(home.inviteLink).toBeHidden();
    await expect(home.makeLinkButton).toBeVisible();

    const lee = await openDevice();
    await signUp(lee, newPerson("Lee"));
    await lee.goto(link);
    await expect(lee.getByRole("heading", { name: "This invitation can't be used" })).toBeVisible();

    // Coming back later, the open link's details are shown but never the link itself.
    await home.makeInviteLink();
    await page.reload();
    await expect(page.getByText(/You made an invitation link on/)).toBeVisible();
    await expect(home.inviteLink).toBeHidden();
    await expect(home.makeLinkButton).toHaveText("Make a new link");
  });

  test("leaving asks first, explains what happens, and takes the space off your list", async ({ page }) => {
    await signUp(page, newPerson("Dana"));
    const home = await startSpace(page, {
      relationship: "Someone else",
      otherName: "Max",
      whoBrokeTrust: "Max did",
      whatHappened: ["Withholding information"],
    });

    await home.openLeaveDialog();
    await expect(home.leaveDialog).toBeVisible();
    await expect(home.leaveDialog).toContainText("You'll lose access to this space");
    await expect(home.leaveDialog).toContainText("Nobody has to agree to this.");
    await expect(home.leaveDialog.getByRole("button", { name: "Stay" })).toBeFocused();
    await home.leaveDialog.getByRole("button", { name: "Stay" }).click();
    await expect(home.leaveDialog).toBeHidden();
    await expect(home.title("Max")).toBeVisible();

    await home.leave();
    const spaces = new SpacesPage(page);
    await expect(spaces.title).toBeVisible();
    await expect(page.getByText("You've left the space with Max.")).toBeVisible();
    await expect(spaces.space("Max")).toHaveCount(0);
    await expect(spaces.startFirst).toBeVisible();
  });

  test("when the other person leaves, the one who stays is told gently and can invite again", async ({
    page,
    openDevice,
  }) => {
    const dana = newPerson("Dana");
    const max = newPerson("Max");
    await signUp(page, dana);
    const danaHome = await startSpace(page, {
      relationship: "Partner",
      otherName: "Max",
      whoBrokeTrust: "Max did",
      whatHappened: ["Infidelity (physical or emotional)"],
    });
    const link = await danaHome.makeInviteLink();

    const maxPage = await openDevice();
    await signUp(maxPage, max);
    await maxPage.goto(link);
    await new JoinPage(maxPage).join("I did");
    const maxHome = new SpaceHomePage(maxPage);
    await expect(maxHome.title(dana.name)).toBeVisible();

    await maxHome.openLeaveDialog();
    await expect(maxHome.leaveDialog).toContainText(`${dana.name} keeps the space`);
    await maxHome.leaveDialog.getByRole("button", { name: "Leave this space" }).click();
    await expect(new SpacesPage(maxPage).title).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { name: "Max has left this space" })).toBeVisible();
    await expect(danaHome.person("Max")).toContainText("Has left the space");
    await expect(danaHome.makeLinkButton).toBeVisible();
    await expect(danaHome.soloNote).toBeHidden();
  });
});
