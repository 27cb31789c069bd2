import { ReadinessPage } from "../pages/readiness-page.ts";
import { SpaceHomePage } from "../pages/space-home-page.ts";
import { placesHolding } from "../support/canary.ts";
import { expect, test } from "../support/fixtures.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { startPair } from "../support/pair.ts";
import { newPerson } from "../support/people.ts";

/** What the readiness questions are called in the answers: none of them may ever leave the browser. */
const answerKeys = ["willingness", "respect_affection", "shared_goals", "physical_harm", "put_downs"];

test.describe("the private readiness check", () => {
  test("a person who reports fear is shown the safety page, and the other person's screens do not change", async ({
    page,
    openDevice,
  }) => {
    const { alex, sam, samPage, spaceUrl } = await startPair(page, openDevice);
    const alexHome = new SpaceHomePage(page);

    // Both start with the private check as their next step.
    await expect(page.getByText("Start with the private readiness check.")).toBeVisible();
    // Sam came in by the invitation link, a page load that forgot the vault's key: the check asks for it.
    await samPage.getByRole("link", { name: "Take the private check" }).click();
    const samCheck = new ReadinessPage(samPage);
    await expect(samCheck.title).toBeVisible();
    await openVault(samPage, sam);
    await samCheck.answer();
    await expect(samCheck.resultTitle).toBeVisible();
    await expect(samPage.getByText("Only you can see this.")).toBeVisible();

    // A page load forgets the vault's key; the check, sealed in the vault, asks for the password first.
    await page.reload();
    await page.getByRole("link", { name: "Take the private check" }).click();
    await openVault(page, alex);
    const alexCheck = new ReadinessPage(page);
    await alexCheck.answer();
    await expect(alexCheck.resultTitle).toBeVisible();

    // What Alex sees once both have taken the check: the steps wait for Alex's own answers, opened here…
    await page.goto(spaceUrl);
    await expect(alexHome.title("Sam")).toBeVisible();
    await openVault(page, alex);
    await expect(page.getByRole("heading", { name: "Where you both are" })).toBeVisible();
    await expect(alexHome.checkinCardText).toBeVisible();
    // Every card that loads on its own has arrived, so the two readings compare like with like.
    await expect(page.getByRole("heading", { name: "Appreciations from Sam" })).toBeVisible();
    const alexHomeBefore = await alexHome.main.innerText();
    await page.goto(`${spaceUrl}/journey`);
    await expect(page.getByRole("heading", { name: "The repair journey", level: 1 })).toBeVisible();
    await openVault(page, alex);
    await expect(page.getByRole("list").first()).toBeVisible();
    const alexJourneyBefore = await alexHome.main.innerText();

    // …Sam takes it again and reports being afraid: the result is worked out in Sam's browser.
    await samPage.goto(`${spaceUrl}/readiness`);
    await openVault(samPage, sam);
    await samPage.getByRole("button", { name: "Take the check again" }).click();
    await samCheck.answer({
      "Do you ever feel afraid of the other person?": "Yes",
    });
    await expect(samCheck.safetyCallout).toBeVisible();
    await samPage.getByRole("link", { name: "Open the safety page" }).click();
    await expect(samPage.getByRole("heading", { name: "Your safety comes first", level: 1 })).toBeVisible();
    await expect(samPage.getByRole("heading", { name: "Places to get help" })).toBeVisible();
    await expect(samPage.getByText(/In immediate danger, call/)).toBeVisible();

    // Sam's own home now leads to safety and shows no repair journey, once Sam's answers are opened.
    await samPage.goto(spaceUrl);
    await expect(samPage.getByRole("heading", { name: "Where you both are" })).toHaveCount(0);
    await openVault(samPage, sam);
    await expect(samPage.getByRole("link", { name: "Open the safety page" })).toBeVisible();
    await expect(samPage.getByRole("heading", { name: "Where you both are" })).toHaveCount(0);

    // Alex's screens are exactly as they were.
    await page.goto(spaceUrl);
    await openVault(page, alex);
    await expect(page.getByRole("heading", { name: "Where you both are" })).toBeVisible();
    await expect(alexHome.checkinCardText).toBeVisible();
    // Every card that loads on its own has arrived, so the two readings compare like with like.
    await expect(page.getByRole("heading", { name: "Appreciations from Sam" })).toBeVisible();
    expect(await alexHome.main.innerText()).toBe(alexHomeBefore);
    await page.goto(`${spaceUrl}/journey`);
    await expect(page.getByRole("heading", { name: "The repair journey", level: 1 })).toBeVisible();
    await openVault(page, alex);
    await expect(page.getByRole("list").first()).toBeVisible();
    expect(await alexHome.main.innerText()).toBe(alexJourneyBefore);
  });

  test("the safety page with help lines is reachable without signing in", async ({ page }) => {
    await page.goto("/safety");
    await expect(page.getByRole("heading", { name: "Your safety comes first", level: 1 })).toBeVisible();
    await page.getByLabel("Where are you?").selectOption("GB");
    await expect(page.getByText("0808 2000 247")).toBeVisible();
    await expect(page.getByText(/In immediate danger, call 999/)).toBeVisible();
  });

  test("on the safety path, nothing on the person's own screens nudges them to involve the other person", async ({
    page,
  }) => {
    const robin = newPerson("Robin");
    await signUp(page, robin);
    const home = await startSpace(page, {
      relationship: "Partner",
      otherName: "Kit",
      whoBrokeTrust: "Kit did",
      whatHappened: ["Lying or deceit"],
    });
    const spaceUrl = page.url();
    // A link made before the check stays open; the person can still cancel it.
    await home.makeInviteLink();

    await page.goto(`${spaceUrl}/readiness`);
    await openVault(page, robin);
    await new ReadinessPage(page).answer({ "Do you ever feel afraid of the other person?": "Yes" });
    await expect(new ReadinessPage(page).safetyCallout).toBeVisible();

    // With the vault locked by the page load, nothing about the other person shows while the answers
    // that decide it are still sealed.
    await page.goto(spaceUrl);
    await expect(home.title("Kit")).toBeVisible();
    await expect(page.getByRole("main").getByLabel("Password", { exact: true })).toBeVisible();
    await expect(home.makeLinkButton).toHaveCount(0);
    await expect(page.getByText(/invitation link below/)).toHaveCount(0);
    await openVault(page, robin);
    await expect(page.getByText(/^Your safety comes first\./)).toBeVisible();
    await expect(home.main.getByRole("link", { name: "Open the safety page" })).toBeVisible();
    // No invitation to make, nothing about what Kit is up to, no tools for doing things with Kit.
    await expect(page.getByRole("heading", { name: "Invite Kit" })).toHaveCount(0);
    await expect(home.makeLinkButton).toHaveCount(0);
    await expect(home.cancelLinkButton).toBeVisible();
    await expect(page.getByText(/invitation link below/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^(Up to|Nothing waiting on) Kit/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Facing it together" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "With Kit", exact: true })).toHaveCount(0);
    // What is just for them is still there.
    await expect(page.getByRole("heading", { name: "For yourself, privately" })).toBeVisible();
    await expect(home.checkinCardText).toBeVisible();

    // Cancelling the open link leaves nothing that asks them to make another.
    await home.cancelLinkButton.click();
    await expect(page.getByText("The link is cancelled. Nobody can use it now.")).toBeVisible();
    await expect(home.makeLinkButton).toHaveCount(0);

    await page.goto(`${spaceUrl}/journey`);
    await expect(home.heading("The repair journey")).toBeVisible();
    await openVault(page, robin);
    await expect(home.main.getByRole("link", { name: "Open the safety page" })).toBeVisible();
    // No map of steps to take together: the phases are not offered as things to do now.
    await expect(home.main.locator('a[href*="/phases/"]')).toHaveCount(0);
  });

  test("the answers are sealed in the browser: no request carries them, and they are nowhere on the server's side", async ({
    page,
  }) => {
    const kim = newPerson("Kim");
    await signUp(page, kim);
    await startSpace(page, {
      relationship: "Partner",
      otherName: "Lou",
      whoBrokeTrust: "Lou did",
      whatHappened: ["Lying or deceit"],
    });
    const spaceUrl = page.url();
    const bodies: string[] = [];
    page.on("request", (request) => {
      const body = request.postData();
      if (body) bodies.push(body);
    });

    await page.goto(`${spaceUrl}/readiness`);
    await openVault(page, kim);
    const sent = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/readiness"));
    const check = new ReadinessPage(page);
    await check.answer({ "Do you ever feel afraid of the other person?": "Yes" });
    await expect(check.safetyCallout).toBeVisible();
    const { id, sealed = "", ...rest } = (await sent).postDataJSON() as Record<string, string>;
    expect(rest).toEqual({});
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sealed).toMatch(/^mv1\./);

    // Read back after a page load: the result is worked out again from the answers opened here.
    await page.reload();
    await openVault(page, kim);
    await expect(check.safetyCallout).toBeVisible();

    // Nothing this browser sent names an answer or the outcome.
    for (const body of bodies) {
      for (const word of [...answerKeys, '"fear"', '"path"', '"safety"']) expect(body).not.toContain(word);
    }
    // The control: the envelope the browser sent is found where the search looks.
    await expect.poll(() => placesHolding(sealed).length).toBeGreaterThan(0);
    // The answers as a browser writes them, and the outcome, are nowhere; nor does the log name any answer
    // (the data folder also holds the demo's checks, written before their people's browsers sealed them).
    expect(placesHolding('"fear":"yes"')).toEqual([]);
    expect(placesHolding('"path":"safety"')).toEqual([]);
    for (const word of answerKeys) {
      expect(placesHolding(word).filter((place) => place.endsWith("server.log"))).toEqual([]);
    }
  });
});
