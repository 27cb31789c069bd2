import fs from "node:fs";
import type { Page } from "@playwright/test";
import { EndingPage } from "../pages/ending-page.ts";
import { LettersPage } from "../pages/letters-page.ts";
import { QuestionsPage } from "../pages/questions-page.ts";
import { StatementPage } from "../pages/statement-page.ts";
import { newCanary, placesHolding } from "../support/canary.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPair } from "../support/pair.ts";

/** Opens the vault from the password form a page shows while it is locked in the tab. */
async function openVaultHere(page: Page, password: string) {
  const field = page.getByLabel("Password", { exact: true });
  await field.fill(password);
  await page.getByRole("button", { name: "Open the vault" }).click();
  // The button reads "Opening…" at once; the form goes only once the key is derived from the password,
  // which takes a while by design (Argon2id), longer on a busy machine.
  await expect(field).toBeHidden({ timeout: 60_000 });
}

test.describe("drafts in the vault", () => {
  test("a statement draft, a draft question and an autosaved draft reach the server only sealed, and read back after a reload", async ({
    page,
    openDevice,
  }) => {
    // Two people, three kinds of draft, and four openings of the vault with Argon2id: a long journey.
    test.slow();
    const { alex, sam, alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const statementCanary = newCanary("statement-draft");
    const questionCanary = newCanary("question-draft");
    const autosaveCanary = newCanary("autosaved-draft");
    const sharedControl = newCanary("sent-question");

    // Alex drafts the acknowledgment: it saves itself, sealed.
    const ack = new StatementPage(alexPage);
    await ack.goto(spaceUrl, "acknowledgment", alex.password);
    await ack.part("What I did").fill(`I lied to you. ${statementCanary}`);
    await expect(ack.saveStatus).toBeVisible();

    // Alex's letter form keeps an autosaved draft, sealed too; its note opens the vault in place.
    await alexPage.goto(`${spaceUrl}/letters/new`);
    const letters = new LettersPage(alexPage);
    await openVaultHere(alexPage, alex.password);
    await letters.body.fill(`Words I will not send. ${autosaveCanary}`);
    await expect(letters.main.getByText(/Draft kept at .+\. Only you can see it\./)).toBeVisible();

    // Sam keeps a question as a draft, and sends another one: that one is shared, so stored in the clear.
    const questions = new QuestionsPage(samPage);
    await questions.goto(spaceUrl);
    await questions.openVault(sam.password);
    await questions.write(`When did it start? ${questionCanary}`, "The facts");
    await questions.keepAsDraft();
    await questions.write(`Who else knew? ${sharedControl}`, "The facts");
    await questions.send("Alex");

    // The search sees what was written in the clear, and finds none of the drafts anywhere.
    await expect.poll(() => placesHolding(sharedControl).length).toBeGreaterThan(0);
    expect(placesHolding(statementCanary)).toEqual([]);
    expect(placesHolding(questionCanary)).toEqual([]);
    expect(placesHolding(autosaveCanary)).toEqual([]);

    // After a reload the vault is locked; opened again with the password, every draft reads back.
    await alexPage.reload();
    await expect(letters.body).toHaveCount(0);
    await openVaultHere(alexPage, alex.password);
    await expect(letters.body).toHaveValue(`Words I will not send. ${autosaveCanary}`);

    await ack.goto(spaceUrl, "acknowledgment", alex.password);
    await expect(ack.part("What I did")).toHaveValue(`I lied to you. ${statementCanary}`);

    await samPage.reload();
    await expect(samPage.getByText("Each of your draft questions is kept in your vault")).toBeVisible();
    await openVaultHere(samPage, sam.password);
    await expect(samPage.getByText(`When did it start? ${questionCanary}`)).toBeVisible();

    // Alex's own data file, made in the browser with the vault open, holds the drafts in words.
    const ending = await new EndingPage(alexPage).goto(spaceUrl);
    await openVaultHere(alexPage, alex.password);
    // With the vault open, the data file is made here, in the browser, rather than fetched as the server wrote it.
    const makeHere = ending.main.getByRole("button", { name: "Download as a data file (JSON)" });
    const [download] = await Promise.all([alexPage.waitForEvent("download"), makeHere.click()]);
    const file = fs.readFileSync(await download.path(), "utf8");
    expect(file).toContain(statementCanary);
    expect(file).toContain(autosaveCanary);
    expect(file).not.toContain(questionCanary);
    expect(file).not.toContain('"sealed"');
  });
});
