import fs from "node:fs";
import { AccountPage } from "../pages/account-page.ts";
import { JournalPage } from "../pages/journal-page.ts";
import { newCanary, placesHolding } from "../support/canary.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp, startSpace } from "../support/journeys.ts";
import { newPerson } from "../support/people.ts";

test.describe("the private journal", () => {
  test("is written, searched and shown on the calendar in the browser, and kept where only its author can read it", async ({
    page,
  }) => {
    const pat = newPerson("Pat");
    await signUp(page, pat);
    const journal = await new JournalPage(page).open();
    await expect(journal.title).toBeVisible();
    await expect(journal.main).toContainText("Nothing written yet");

    const canary = newCanary("journal");
    await journal.write({
      mood: "Tender",
      tags: "Walks, evenings",
      text: `A long walk.\nI kept thinking of ${canary}.`,
    });
    await journal.write({ mood: "Hopeful", text: "We laughed at dinner." });
    await expect(journal.entries).toHaveCount(2);
    await expect(journal.entries.filter({ hasText: canary })).toContainText("walks");

    await journal.search(canary);
    await expect(journal.main.getByRole("status").filter({ hasText: "1 entry matches" })).toBeVisible();
    await expect(journal.entries).toHaveCount(1);
    await expect(journal.entries).toContainText(canary);
    await journal.search("");

    // Both entries are about today (the form's own default), so today's day on the calendar holds two.
    const today = journal.calendar.getByRole("button", { name: /, today: 2 entries$/ });
    await expect(today).toBeVisible();
    await today.click();
    await expect(journal.entries).toHaveCount(2);
    await today.press("ArrowRight");
    await expect(
      journal.calendar.getByRole("button", { name: /no entries$/ }).and(page.locator(":focus")),
    ).toBeVisible();

    // The server, its data folder and its log hold the journal sealed only; the account's email, kept in
    // the clear, is found there, so the search does see what was written.
    expect(placesHolding(canary)).toEqual([]);
    expect(placesHolding(pat.email).length).toBeGreaterThan(0);

    // A reload forgets the vault's key: the journal asks for the password, then reads back.
    await page.reload();
    await expect(journal.main).toContainText(
      "Your journal is kept in your vault, which is locked in this tab.",
    );
    await expect(journal.main).not.toContainText(canary);
    await journal.openVault(pat.password);
    await expect(journal.entries.filter({ hasText: canary })).toContainText(`I kept thinking of ${canary}.`);

    // The person's own downloads hold it, opened in this browser: the journal's file, and a space's data file.
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      journal.main.getByRole("button", { name: "Download as text (Markdown)" }).click(),
    ]);
    expect(fs.readFileSync(await markdown.path(), "utf8")).toContain(`I kept thinking of ${canary}.`);
    await journal.nav.getByRole("link", { name: "Your spaces" }).click();
    await startSpace(page, {
      relationship: "Friend",
      otherName: "Kit",
      whoBrokeTrust: "I did",
      whatHappened: ["Broken promises"],
    });
    await journal.main.getByRole("link", { name: "Ending the repair" }).click();
    const [dataFile] = await Promise.all([
      page.waitForEvent("download"),
      journal.main.getByRole("button", { name: "Download as a data file (JSON)" }).click(),
    ]);
    const document = JSON.parse(fs.readFileSync(await dataFile.path(), "utf8"));
    expect(document.journal.entries.map((entry: { text: string }) => entry.text)).toContain(
      `A long walk.\nI kept thinking of ${canary}.`,
    );
    expect(document.sections.length).toBeGreaterThan(0);

    // Locking the vault from the account page closes the journal again.
    const account = new AccountPage(page);
    await account.nav.getByRole("link", { name: "Account" }).click();
    await account.main.getByRole("button", { name: "Lock the vault now" }).click();
    await journal.open();
    await expect(journal.main).toContainText("Enter your password to open it.");
    await expect(journal.main).not.toContainText(canary);
  });
});
