import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The list of questions, and the form for asking one. */
export class QuestionsPage extends AppShell {
  readonly questionText: Locator;
  readonly waitingForYou: Locator;

  constructor(page: Page) {
    super(page);
    this.questionText = page.getByRole("textbox", { name: "Your question" });
    this.waitingForYou = page.getByRole("region", { name: "Waiting for you" });
  }

  async goto(spaceUrl: string): Promise<void> {
    await this.page.goto(`${spaceUrl}/questions`);
    await expect(this.heading("Questions and answers")).toBeVisible();
  }

  async write(text: string, detail: "The facts" | "More detail"): Promise<void> {
    await this.questionText.fill(text);
    await this.page.getByRole("group", { name: "How much detail do you want?" }).getByLabel(detail).check();
  }

  /** Drafts are sealed with the vault key, which a page load forgets: the page opens the vault in place. */
  async openVault(password: string): Promise<void> {
    await this.page.getByRole("button", { name: "Open the vault" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Open your vault" });
    await dialog.getByLabel("Password").fill(password);
    await dialog.getByRole("button", { name: "Open the vault" }).click();
    // Deriving the key from the password takes a while by design (Argon2id), longer on a busy machine.
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  async keepAsDraft(): Promise<void> {
    await this.page.getByRole("button", { name: "Keep as a private draft" }).click();
    await expect(this.page.getByText("Kept as a private draft. Only you can see it.")).toBeVisible();
  }

  /** Opens a private draft in the form above, to change or send it. */
  async openDraft(text: string): Promise<void> {
    await this.page.getByRole("button", { name: `Edit or send: ${text}` }).click();
    await expect(this.questionText).toHaveValue(text);
  }

  async send(otherName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Send to ${otherName}` }).click();
    await expect(this.page.getByText(`Sent. ${otherName} can see your question now.`)).toBeVisible();
  }

  question(text: string): Locator {
    return this.main.getByRole("link", { name: text });
  }
}

/** One question with its thread, and whatever the viewer may do with it now. */
export class QuestionPage extends AppShell {
  readonly thread: Locator;
  readonly answer: Locator;
  readonly reviewChoices: Locator;

  constructor(page: Page) {
    super(page);
    this.thread = page.getByRole("region", { name: "What has happened so far" });
    this.answer = page.getByRole("textbox", { name: "Your answer" });
    this.reviewChoices = page.getByRole("group", { name: "Did this answer your question?" });
  }

  async sendAnswer(text: string): Promise<void> {
    await this.answer.fill(text);
    await this.page.getByRole("button", { name: "Send my answer" }).click();
    await expect(this.page.getByText(/can read your answer now\.$/)).toBeVisible();
  }

  async review(
    verdict: "That answers it" | "I need more" | "I'm not ready to hear more for now",
    followUp?: string,
  ) {
    await this.reviewChoices.getByLabel(verdict).check();
    if (followUp !== undefined) {
      await this.page.getByRole("textbox", { name: "What do you still need to know?" }).fill(followUp);
    }
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
  }
}
