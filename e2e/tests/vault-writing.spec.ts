import { CheckinPage } from "../pages/checkin-page.ts";
import { ForgivenessPage } from "../pages/forgiveness-page.ts";
import { LettersPage } from "../pages/letters-page.ts";
import { TalksPage } from "../pages/talk-page.ts";
import { newCanary, placesHolding } from "../support/canary.ts";
import { expect, test } from "../support/fixtures.ts";
import { openVault, signUp, startSpace } from "../support/journeys.ts";
import { startPair } from "../support/pair.ts";
import { newPerson } from "../support/people.ts";

test.describe("private writing is kept in the vault", () => {
  test("what is written in the browser is nowhere on the server's side, and reads back with the password", async ({
    page,
  }) => {
    test.slow();
    const robin = newPerson("Robin");
    await signUp(page, robin);
    await startSpace(page, {
      relationship: "Family member",
      otherName: "Jo",
      whoBrokeTrust: "Jo did",
      whatHappened: ["Broken promises"],
    });
    const spaceUrl = page.url();
    const canary = {
      letterTitle: newCanary("letter-title"),
      letter: newCanary("letter"),
      reflection: newCanary("reflection"),
      triggerNote: newCanary("trigger-note"),
      checkinNote: newCanary("checkin-note"),
    };
    const main = page.getByRole("main");

    // An unsent letter: its title and words.
    const letters = await new LettersPage(page).goto(spaceUrl);
    await openVault(page, robin);
    await letters.write(canary.letterTitle, canary.letter);
    const letterUrl = page.url();

    // A private reflection for oneself.
    await page.goto(`${spaceUrl}/reflections`);
    await openVault(page, robin);
    await main.getByLabel("What you want to write").fill(canary.reflection);
    await main.getByRole("button", { name: "Keep this privately" }).click();
    await expect(main.getByRole("article").filter({ hasText: canary.reflection })).toBeVisible();

    // The note of a hard moment; what brought it back and how strong stay in the clear.
    await page.goto(`${spaceUrl}/triggers`);
    await openVault(page, robin);
    await main.getByRole("radio", { name: "A place" }).check();
    await main.getByRole("radio", { name: "3 It hurt" }).check();
    await main.getByLabel(/Anything you want to remember/).fill(canary.triggerNote);
    await main.getByRole("button", { name: "Log it" }).click();
    await expect(main.getByRole("listitem").filter({ hasText: canary.triggerNote })).toBeVisible();

    // The private note of a check-in; the ratings stay in the clear, for sharing and the charts.
    const checkin = new CheckinPage(page);
    await page.goto(`${spaceUrl}/checkin`);
    await checkin.openVault(robin.password);
    await checkin.submit({ kind: "Daily check-in", trustNow: 6, note: canary.checkinNote });
    await expect(checkin.saved).toBeVisible();
    await expect(checkin.myCheckin()).toContainText(canary.checkinNote);

    // The control: a step of forgiveness, which is kept in the clear, is found where the search looks.
    const shared = newCanary("shared-step");
    const forgiveness = await new ForgivenessPage(page).goto(spaceUrl);
    await forgiveness.openStep("Name what hurt");
    await forgiveness.writeReflection(shared);
    await expect(forgiveness.myReflection(shared)).toBeVisible();
    await expect.poll(() => placesHolding(shared).length).toBeGreaterThan(0);

    for (const [field, text] of Object.entries(canary)) {
      expect(placesHolding(text), field).toEqual([]);
    }

    // After a page load the vault is locked; with the password, everything reads back.
    await letters.goto(spaceUrl);
    await expect(letters.letters).not.toContainText(canary.letterTitle);
    await openVault(page, robin);
    await expect(letters.letters.getByRole("link", { name: canary.letterTitle })).toBeVisible();
    await page.goto(letterUrl);
    await openVault(page, robin);
    await expect(letters.letterTitle).toHaveValue(canary.letterTitle);
    await expect(letters.body).toHaveValue(canary.letter);
    await page.goto(`${spaceUrl}/reflections`);
    await expect(main).not.toContainText(canary.reflection);
    await openVault(page, robin);
    await expect(main.getByRole("article").filter({ hasText: canary.reflection })).toBeVisible();
    await page.goto(`${spaceUrl}/triggers`);
    await expect(main).not.toContainText(canary.triggerNote);
    await openVault(page, robin);
    await expect(main.getByRole("listitem").filter({ hasText: canary.triggerNote })).toBeVisible();
    await page.goto(`${spaceUrl}/checkin`);
    await expect(checkin.myCheckin()).toContainText("6 out of 10");
    await expect(main).not.toContainText(canary.checkinNote);
    await checkin.openVault(robin.password);
    await expect(checkin.myCheckin()).toContainText(canary.checkinNote);
  });

  test("a reflection after a talk is nowhere on the server's side, and reads back with the password", async ({
    page,
    openDevice,
  }) => {
    test.slow();
    const { alex, alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    await alexPage.route("**/api/spaces/*/drafts/**", (route) =>
      route.request().method() === "GET" ? route.continue() : route.fulfill({ status: 204 }),
    );
    // The control: a talk's topic is shared with the other person and kept in the clear.
    const topic = newCanary("talk-topic");
    const reflection = newCanary("talk-reflection");
    const alexTalks = new TalksPage(alexPage);
    await alexTalks.goto(spaceUrl);
    const alexTalk = await alexTalks.proposeNow(topic, "Sam");
    const talkUrl = alexPage.url();
    const samTalks = new TalksPage(samPage);
    await samTalks.goto(spaceUrl);
    await samTalks.talk(topic).click();
    await samPage.getByRole("button", { name: "Yes, let's talk now" }).click();
    await expect(alexTalk.pauseButton).toBeVisible();
    await alexTalk.end("Yes, we got through it");

    const main = alexPage.getByRole("main");
    await openVault(alexPage, alex);
    await main.getByLabel("Your reflection").fill(reflection);
    await main.getByRole("button", { name: "Save my reflection" }).click();
    await expect(main.getByText("Saved, for you alone.")).toBeVisible();
    await expect.poll(() => placesHolding(topic).length).toBeGreaterThan(0);
    expect(placesHolding(reflection)).toEqual([]);

    await alexPage.goto(talkUrl);
    await expect(main.getByLabel("Your reflection")).toHaveCount(0);
    await openVault(alexPage, alex);
    await expect(main.getByLabel("Your reflection")).toHaveValue(reflection);
  });
});
