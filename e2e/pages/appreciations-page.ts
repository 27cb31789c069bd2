import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class AppreciationsPage extends AppShell {
  readonly title: Locator;
  readonly sent: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Appreciations");
    this.sent = page.getByRole("region", { name: "What you've sent" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/appreciations`);
    return this;
  }

  async send(otherName: string, text: string): Promise<void> {
    await this.main.getByLabel(`Your appreciation for ${otherName}`).fill(text);
    await this.main.getByRole("button", { name: `Send to ${otherName}` }).click();
    await this.page.getByText(`Sent. It will be on ${otherName}'s home page.`).waitFor();
  }
}
