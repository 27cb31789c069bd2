import { ForgotPasswordPage } from "../pages/forgot-password-page.ts";
import { JoinPage } from "../pages/join-page.ts";
import { LoginPage } from "../pages/login-page.ts";
import { RemindersPage } from "../pages/reminders-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { baseURL } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { linkIn, mailTo, theOnlyMailTo } from "../support/mailbox.ts";
import { newPerson } from "../support/people.ts";

// The test server sends its email to a mail server of the tests' own (see support/global-setup.ts).
test.describe("when this Mend sends email", () => {
  test("a forgotten password: the reset link arrives by email, opens the reset page, and the new password works", async ({
    page,
    openDevice,
  }) => {
    test.slow();
    const pat = newPerson("Pat");
    const stranger = newPerson("Nobody");
    const spaces = await signUp(page, pat);
    await spaces.logOut();

    const login = await new LoginPage(page).goto();
    await login.main.getByRole("link", { name: "Forgot your password?" }).click();
    const forgot = new ForgotPasswordPage(page);
    await expect(forgot.title).toBeVisible();
    await expect(forgot.main).toContainText("Mend can email you a link to choose a new password");

    // The answer gives nothing away: it reads the same for an address with no account.
    const answer = forgot.byEmail.getByText(
      "If this email belongs to an account here, a link is on its way.",
    );
    await forgot.emailMeAResetLink(stranger.email);
    await expect(answer).toBeVisible();
    const answerForStranger = await answer.textContent();
    await forgot.byEmail.getByRole("textbox", { name: "Email address" }).fill(pat.email);
    await expect(answer).toBeHidden();
    await forgot.byEmail.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(answer).toBeVisible();
    expect(await answer.textContent()).toBe(answerForStranger);

    const mail = await theOnlyMailTo(pat.email);
    expect(mail.subject).toBe("Mend: a link to choose a new password");
    expect(mail.text).toContain("It works once, for one hour");
    // The stranger's request came first; by the time Pat's email is here, none went to the stranger.
    expect(mailTo(stranger.email)).toEqual([]);

    const link = linkIn(mail, `${baseURL}/reset#`);
    const other = await openDevice();
    await other.goto(link);
    await expect(other.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await other.getByLabel("Your new password").fill("a lighthouse after rain");
    await other.getByRole("button", { name: "Set my new password" }).click();
    const otherLogin = new LoginPage(other);
    await expect(other.getByText("Your new password is set")).toBeVisible();
    await otherLogin.logIn({ email: pat.email, password: "a lighthouse after rain" });
    await expect(new SpacesPage(other).title).toBeVisible();
  });

  test("an invitation sent by email lets the other person sign up through its link and join", async ({
    page,
    openDevice,
  }) => {
    test.slow();
    const alex = newPerson("Alex");
    const sam = newPerson("Sam");
    await signUp(page, alex);
    const alexHome = await startSpace(page, {
      relationship: "Partner",
      otherName: "Sam",
      whoBrokeTrust: "I did",
      whatHappened: ["Broken promises"],
    });

    const panel = page.getByRole("region", { name: "Invite Sam" });
    await expect(panel.getByText("The email doesn't say who sent it")).toBeVisible();
    await panel.getByRole("textbox", { name: "Email address" }).fill(sam.email);
    await panel.getByRole("button", { name: "Send this link by email" }).click();
    await expect(panel.getByText("The link is on its way to that address.")).toBeVisible();

    const mail = await theOnlyMailTo(sam.email);
    expect(mail.subject).toBe("An invitation to Mend");
    // Nothing in it says who sent it.
    expect(mail.text).not.toContain(alex.name);
    expect(mail.text).not.toContain(alex.email);
    const link = linkIn(mail, `${baseURL}/join/`);

    const samPage = await openDevice();
    await samPage.goto(link);
    const join = new JoinPage(samPage);
    await expect(join.signedOutTitle).toBeVisible();
    await join.createAccount.click();
    await new SignupPage(samPage).signUp(sam);
    await expect(join.invitedBy(alex.name)).toBeVisible();
    await join.join("Alex did");
    const samHome = new SpaceHomePage(samPage);
    await expect(samHome.title(alex.name)).toBeVisible();
    await expect(samPage.getByText(`You've joined. Welcome, ${sam.name}.`)).toBeVisible();

    await page.reload();
    await expect(alexHome.title(sam.name)).toBeVisible();
  });

  test("reminder settings offer email, and turning it on is saved by keyboard", async ({ page }) => {
    await signUp(page, newPerson("Robin"));
    await page.goto("/account/reminders");
    const reminders = new RemindersPage(page);
    await expect(reminders.title).toBeVisible();
    const byEmail = reminders.main.getByRole("checkbox", { name: "By email" });
    await expect(byEmail).not.toBeChecked();
    await expect(reminders.main).toContainText("The subject is always “Mend: something is waiting for you”");

    await byEmail.focus();
    await page.keyboard.press("Space");
    await expect(byEmail).toBeChecked();
    await reminders.save.focus();
    await page.keyboard.press("Enter");
    await expect(reminders.saved).toBeVisible();

    await page.reload();
    await expect(reminders.title).toBeVisible();
    await expect(byEmail).toBeChecked();
  });
});
