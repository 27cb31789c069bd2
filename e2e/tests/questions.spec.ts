import { QuestionPage, QuestionsPage } from "../pages/questions-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

test.describe("the hard questions", () => {
  test("a question written privately is sent, answered, followed up with 'I need more', and answered again", async ({
    page,
    openDevice,
  }) => {
    const { sam, alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const question = "When did it start?";

    // Sam writes it privately first, sealed in the vault.
    const samList = new QuestionsPage(samPage);
    await samList.goto(spaceUrl);
    await samList.openVault(sam.password);
    await samList.write(question, "The facts");
    await samList.keepAsDraft();
    const alexList = new QuestionsPage(alexPage);
    await alexList.goto(spaceUrl);
    await expect(
      alexList.waitingForYou.getByRole("heading", { name: "Nothing is waiting for you" }),
    ).toBeVisible();

    // Sent from the draft, it reaches Alex's open page without a reload.
    await samList.openDraft(question);
    await samList.send("Alex");
    await expect(alexList.waitingForYou.getByRole("link", { name: question })).toBeVisible();
    await alexList.question(question).click();
    const alexQuestion = new QuestionPage(alexPage);
    await expect(alexPage.getByText("Sam asked for: The facts.")).toBeVisible();
    await alexQuestion.sendAnswer("In March last year.");

    await samList.question(question).click();
    const samQuestion = new QuestionPage(samPage);
    await expect(samQuestion.thread.getByText("In March last year.")).toBeVisible();
    await samQuestion.review("I need more", "How did it start?");
    await expect(samPage.getByText("Your follow-up is with Alex.")).toBeVisible();

    // Alex's open question page shows the follow-up and asks for an answer again.
    await expect(alexQuestion.thread.getByText("How did it start?")).toBeVisible();
    await alexQuestion.sendAnswer("We met at a work conference, and I kept in touch afterwards.");

    await expect(
      samQuestion.thread.getByText("We met at a work conference, and I kept in touch afterwards."),
    ).toBeVisible();
    await expect(samQuestion.thread.getByText("In March last year.")).toBeVisible();
    await samQuestion.review("That answers it");
    await expect(samPage.getByText("Marked as answered.")).toBeVisible();
    await expect(alexPage.getByText("Sam said this answered the question.")).toBeVisible();
  });
});
