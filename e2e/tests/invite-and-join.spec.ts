import { JoinPage } from "../pages/join-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { baseURL } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("inviting the other person", () => {
  test("one person invites, the other signs up through the link and joins, and both see each other", async ({
    page,
    openDevice,
  }) => {
    const alex = newPerson("Alex");
    const sam = newPerson("Sam");

    await signUp(page, alex);
    const alexHome = await startSpace(page, {
      relationship: "Partner",
      otherName: "Sam",
      whoBrokeTrust: "I did",
      whatHappened: ["Lying or deceit", "Broken promises"],
    });
    const link = await alexHome.makeInviteLink();
    expect(link).toMatch(new RegExp(`^${baseURL}/join/[^/]+$`));
    await expect(page.getByText("This is the only time we can show you this link.")).toBeVisible();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Sam opens the link signed out, creates an account, and is brought back to the invitation.
    const samPage = await openDevice();
    await samPage.goto(link);
    const join = new JoinPage(samPage);
    await expect(join.signedOutTitle).toBeVisible();
    await join.createAccount.click();
    await expect(samPage).toHaveURL(/\/signup$/);
    await new SignupPage(samPage).signUp(sam);
    await expect(join.invitedBy(alex.name)).toBeVisible();
    await expect(samPage).toHaveURL(link);
    // The secret in the link travels only in the address, never into the browser's storage.
    const token = link.split("/join/")[1] ?? "";
    const stored = await samPage.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain(token);
    await join.join("Alex did");

    const samHome = new SpaceHomePage(samPage);
    await expect(samHome.title(alex.name)).toBeVisible();
    await expect(samPage.getByText(`You've joined. Welcome, ${sam.name}.`)).toBeVisible();
    await expect(samHome.person(sam.name)).toContainText("Was hurt");
    await expect(samHome.person(alex.name)).toContainText("Rebuilding trust they broke");
    await expect(samHome.soloNote).toBeHidden();

    await page.reload();
    await expect(alexHome.title(sam.name)).toBeVisible();
    await expect(alexHome.person(alex.name)).toContainText("Rebuilding trust they broke");
    await expect(alexHome.person(sam.name)).toContainText("Was hurt");
    await expect(alexHome.soloNote).toBeHidden();
    await expect(alexHome.makeLinkButton).toBeHidden();
    await expect(page.getByText("You see what happened differently")).toBeHidden();
  });

  test("when their views differ, both are told gently and both get both roles", async ({
    page,
    openDevice,
  }) => {
    const alex = newPerson("Alex");
    const robin = newPerson("Robin");
    await signUp(page, alex);
    const alexHome = await startSpace(page, {
      relationship: "Friend",
      otherName: "Robin",
      whoBrokeTrust: "Robin did",
      whatHappened: ["A confidence broken"],
    });
    const link = await alexHome.makeInviteLink();

    // Robin already has an account: opening the link signed out, logging in leads back to it.
    const robinPage = await openDevice();
    const robinSpaces = await signUp(robinPage, robin);
    await robinSpaces.logOut();
    await robinPage.goto(link);
    const join = new JoinPage(robinPage);
    await join.logIn.click();
    await new LoginPage(robinPage).logIn(robin);
    await expect(join.invitedBy(alex.name)).toBeVisible();
    await join.join("Alex did");

    const robinHome = new SpaceHomePage(robinPage);
    await expect(robinPage.getByRole("heading", { name: "You see what happened differently" })).toBeVisible();
    await expect(robinHome.person(robin.name)).toContainText("Both hurt and rebuilding");
    await expect(robinHome.person(alex.name)).toContainText("Both hurt and rebuilding");

    await page.reload();
    await expect(page.getByRole("heading", { name: "You see what happened differently" })).toBeVisible();
  });

  test("a link that has been used, cancelled or opened by its maker says plainly what to do", async ({
    page,
    openDevice,
  }) => {
    const alex = newPerson("Alex");
    await signUp(page, alex);
    const alexHome = await startSpace(page, {
      relationship: "Family member",
      otherName: "Jo",
      whoBrokeTrust: "Both of us",
      whatHappened: ["Neglect or lack of support"],
    });
    const firstLink = await alexHome.makeInviteLink();

    // The maker opening their own link is told it is for the other person.
    await page.goto(firstLink);
    await expect(page.getByRole("heading", { name: "This link is for someone else" })).toBeVisible();
    await expect(page.getByText(/This link is for the other person/)).toBeVisible();

    // A new link cancels the old one.
    await page.goBack();
    await expect(alexHome.title("Jo")).toBeVisible();
    await expect(alexHome.inviteLink).toBeHidden();
    const secondLink = await alexHome.makeInviteLink();
    expect(secondLink).not.toBe(firstLink);

    const jo = await openDevice();
    await signUp(jo, newPerson("Jo"));
    await jo.goto(firstLink);
    await expect(jo.getByRole("heading", { name: "This invitation can't be used" })).toBeVisible();
    await expect(jo.getByText("ask the person who invited you to make a fresh link")).toBeVisible();

    await jo.goto(secondLink);
    await new JoinPage(jo).join("Both of us");
    await expect(new SpaceHomePage(jo).title(alex.name)).toBeVisible();

    // Once used, the link cannot let anyone else in.
    const stranger = await openDevice();
    await signUp(stranger, newPerson("Kim"));
    await stranger.goto(secondLink);
    await expect(stranger.getByRole("heading", { name: "This invitation can't be used" })).toBeVisible();
    await expect(stranger.getByText(/already been used/)).toBeVisible();
  });
});
