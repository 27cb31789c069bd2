import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export interface JournalEntryAnswers {
  mood: string;
  text: string;
  tags?: string;
}

export class JournalPage extends AppShell {
  readonly title: Locator;
  readonly entries: Locator;
  readonly calendar: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Your journal");
    this.entries = this.main.locator(".journal-list > li");
    this.calendar = this.main.getByRole("table");
  }

  /** From any page, through the app: a full page load would forget the vault's key. */
  async open(): Promise<this> {
    await this.nav.getByRole("link", { name: "Journal" }).click();
    return this;
  }

  async write(entry: JournalEntryAnswers): Promise<void> {
    const form = this.main.locator("section", {
      has: this.page.getByRole("heading", { name: "Write an entry" }),
    });
    await form.getByRole("radio", { name: entry.mood }).check();
    if (entry.tags) await form.getByLabel("Tags (optional)").fill(entry.tags);
    await form.getByLabel("What's on your mind").fill(entry.text);
    await form.getByRole("button", { name: "Keep this entry" }).click();
    await form.getByText("is kept in your journal").waitFor();
  }

  async search(words: string): Promise<void> {
    await this.main.getByLabel("Search words").fill(words);
  }

  async openVault(password: string): Promise<void> {
    await this.main.getByLabel("Password").fill(password);
    await this.main.getByRole("button", { name: "Open the vault" }).click();
  }
}
