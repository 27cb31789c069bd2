import { AppShell } from "../pages/app-shell.ts";
import { JoinPage } from "../pages/join-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

const phone = { width: 375, height: 740 };

test.use({ viewport: phone });

test.describe("on a phone-sized screen", () => {
  test("no page scrolls sideways, from the welcome page to a shared space", async ({ page, openDevice }) => {
    const shell = new AppShell(page);
    await page.goto("/");
    await expect(shell.quickExit).toBeInViewport();
    expect(await shell.scrollsSideways()).toBe(false);

    await page.goto("/signup");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    expect(await shell.scrollsSideways()).toBe(false);

    const ana = newPerson("Ana");
    await signUp(page, ana);
    const home = await startSpace(page, {
      relationship: "Family member",
      otherName: "Bartholomew-Maximilian",
      whoBrokeTrust: "I did",
      whatHappened: ["Broken promises", "Neglect or lack of support"],
    });
    await home.makeInviteLink();
    expect(await shell.scrollsSideways()).toBe(false);

    const other = await openDevice({ viewport: phone });
    await signUp(other, newPerson("Bartholomew-Maximilian"));
    await other.goto(await home.inviteLink.inputValue());
    const join = new JoinPage(other);
    await expect(join.invitedBy(ana.name)).toBeVisible();
    expect(await new AppShell(other).scrollsSideways()).toBe(false);
    await join.join("Both of us");
    await expect(new SpaceHomePage(other).title(ana.name)).toBeVisible();

    await page.reload();
    await expect(home.person("Bartholomew-Maximilian")).toBeVisible();
    expect(await shell.scrollsSideways()).toBe(false);

    // The quick exit button stays on screen while scrolling down a long page.
    await page.getByRole("heading", { name: "Leave this space" }).scrollIntoViewIfNeeded();
    await expect(shell.quickExit).toBeInViewport();
  });
});
