import { TalkPage, TalksPage } from "../pages/talk-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

test.describe("a guided talk", () => {
  test("a talk proposed for now starts on a yes; a pause reaches the other screen at once, and a dropped connection catches up", async ({
    page,
    openDevice,
  }) => {
    const { alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const topic = "How we talk about money";
    const alexTalks = new TalksPage(alexPage);
    await alexTalks.goto(spaceUrl);
    const alexTalk = await alexTalks.proposeNow(topic, "Sam", ["We stay with one topic."]);
    await expect(alexPage.getByText(/Waiting for Sam to say yes\./)).toBeVisible();

    const samTalks = new TalksPage(samPage);
    await samTalks.goto(spaceUrl);
    await samTalks.talk(topic).click();
    const samTalk = new TalkPage(samPage);
    await expect(samTalk.title(topic)).toBeVisible();
    await expect(samPage.getByText("We stay with one topic.")).toBeVisible();
    await samPage.getByRole("button", { name: "Yes, let's talk now" }).click();

    // Both see the shared timer and the Pause button; Alex's screen starts without a reload.
    await expect(samTalk.timer).toBeVisible();
    await expect(samTalk.pauseButton).toBeVisible();
    await expect(alexTalk.timer).toBeVisible({ timeout: 2000 });
    await expect(alexTalk.pauseButton).toBeVisible();

    // Sam takes a break; Alex sees it within a second or two, with the return time.
    await samTalk.pause();
    await expect(samTalk.breakHeading).toBeVisible();
    await expect(alexTalk.breakHeading).toBeVisible({ timeout: 2000 });
    await expect(
      alexTalk.breakRegion.getByText("I'm flooded and I need a break. I'm not walking away: I'll be back."),
    ).toBeVisible();
    await expect(alexTalk.pauseButton).toBeHidden();
    await expect(alexPage.getByText(/^Paused with/)).toBeVisible();

    // Sam's connection drops; Alex ends the talk meanwhile; back online, Sam's page catches up by itself.
    await samPage.context().setOffline(true);
    await alexTalk.end("Stop here for now");
    await expect(alexPage.getByText(/^This talk stopped early/)).toBeVisible();
    await expect(samTalk.breakHeading).toBeVisible();
    await samPage.context().setOffline(false);
    await expect(samPage.getByText(/^This talk stopped early/)).toBeVisible({ timeout: 10_000 });
    await expect(samPage.getByRole("heading", { name: "Your private reflection" })).toBeVisible();
  });
});
