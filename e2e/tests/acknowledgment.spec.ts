import { StatementPage } from "../pages/statement-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

test.describe("acknowledgment and apology", () => {
  test("a shared acknowledgment is partly heard, revised, then heard, and the Acknowledge phase is done for both", async ({
    page,
    openDevice,
  }) => {
    const { alex, alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const alexAck = new StatementPage(alexPage);
    await alexAck.goto(spaceUrl, "acknowledgment", alex.password);
    await expect(alexAck.heading("My acknowledgment and apology")).toBeVisible();
    await expect(alexPage.getByText("Only you can see this draft.")).toBeVisible();

    const whatIDid = "I lied to you about where I was on Friday evenings, for four months.";
    await alexAck.write({
      "What I did": whatIDid,
      "What it did to you": "You stopped feeling safe at home, and you doubted your own memory.",
      "My responsibility": "It was my choice, and mine alone to answer for.",
    });
    // The draft saves itself; Sam sees nothing of it.
    await expect(alexAck.saveStatus).toBeVisible();
    const samAck = new StatementPage(samPage);
    await samAck.goto(spaceUrl, "acknowledgment");
    await expect(samAck.heading("Alex's acknowledgment")).toBeVisible();
    await expect(
      samPage.getByRole("heading", { name: "Alex hasn't shared anything here yet" }),
    ).toBeVisible();

    await alexAck.share();

    // Sam's open page shows the new version without reloading, and answers it.
    await expect(samPage.getByText(whatIDid)).toBeVisible();
    const missing = "You haven't said what you told me to cover it.";
    await samAck.respond("Partly: here is what is missing", missing);

    // Alex sees the response, and the next draft starts from the version already shared.
    await expect(
      alexPage.getByRole("heading", { name: "Sam said version 1 partly reached them" }),
    ).toBeVisible();
    await expect(alexPage.getByText(missing).first()).toBeVisible();
    await expect(alexAck.part("What I did")).toHaveValue(whatIDid);
    await alexAck.part("What I did").fill(`${whatIDid} I told you I was at the gym.`);
    await alexAck.share();
    await expect(alexPage.getByText("Version 2 is shared. Sam can read it now.")).toBeVisible();

    // Both versions stay visible to Sam, who is asked about the new one.
    await expect(samPage.getByRole("heading", { name: "How did version 2 reach you?" })).toBeVisible();
    await expect(samPage.getByText("Version 1", { exact: false }).first()).toBeVisible();
    await samAck.respond("I feel heard");
    await expect(alexPage.getByRole("heading", { name: "Sam said version 2 reached them" })).toBeVisible();

    for (const person of [alexPage, samPage]) {
      await person.goto(spaceUrl);
      const map = person.getByRole("region", { name: "Where you both are" });
      const acknowledge = map.getByRole("listitem").filter({ hasText: "Name what happened" });
      await expect(acknowledge).toContainText("Done for now");
    }
  });

  test("the language coach marks the words that take an apology back, and never blocks sharing", async ({
    page,
    openDevice,
  }) => {
    const { alex, alexPage, spaceUrl } = await startPair(page, openDevice);
    const ack = new StatementPage(alexPage);
    await ack.goto(spaceUrl, "acknowledgment", alex.password);
    const draft = "I'm sorry if you were hurt, but you overreacted";
    await ack.part("What I did").fill(draft);

    await expect(ack.coach.getByText("Conditional apology", { exact: true })).toBeVisible();
    await expect(ack.coach.getByText("“Sorry, but…”", { exact: true })).toBeVisible();
    await expect(ack.coach.getByText("Invalidation", { exact: true })).toBeVisible();
    const highlight = ack.coach.getByText("you overreacted", { exact: true });
    await expect(highlight).toBeVisible();
    expect(await highlight.evaluate((element) => element.tagName)).toBe("MARK");

    // "Show these words" selects exactly the marked words in the draft.
    await ack.coach
      .getByRole("listitem")
      .filter({ hasText: "Invalidation" })
      .getByRole("button", { name: "Show these words in my draft" })
      .click();
    await expect(ack.part("What I did")).toBeFocused();
    const selected = await ack
      .part("What I did")
      .evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));
    expect(selected).toBe("you overreacted");

    // The required parts are still needed, but nothing the coach says stops the share.
    await ack.part("What it did to you").fill("You felt you couldn't believe me.");
    await ack.part("My responsibility").fill("It was my choice.");
    await ack.share();
  });

  test("the coach offers a rewrite that keeps the apology, taken only when asked, from the keyboard", async ({
    page,
    openDevice,
  }) => {
    const { alex, alexPage, spaceUrl } = await startPair(page, openDevice);
    const ack = new StatementPage(alexPage);
    await ack.goto(spaceUrl, "acknowledgment", alex.password);
    const draft = "I'm sorry I lied, but you were snooping through my phone.";
    await ack.part("What I did").fill(draft);

    const finding = ack.coach.getByRole("listitem").filter({ hasText: "Shifting blame" });
    await expect(finding.getByText("I'm sorry I lied.", { exact: true })).toBeVisible();
    // Offered, not applied: the draft is as written until the person chooses.
    await expect(ack.part("What I did")).toHaveValue(draft);

    const use = finding.getByRole("button", { name: "Use this wording" });
    await use.focus();
    await alexPage.keyboard.press("Enter");
    await expect(ack.part("What I did")).toHaveValue("I'm sorry I lied.");
    await expect(ack.part("What I did")).toBeFocused();
    await expect(ack.coach.getByText("Shifting blame", { exact: true })).toHaveCount(0);
  });
});
