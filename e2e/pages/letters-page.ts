import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class LettersPage extends AppShell {
  readonly title: Locator;
  readonly letters: Locator;
  readonly body: Locator;
  readonly letterTitle: Locator;
  readonly destroyDialog: Locator;
  readonly letGoTitle: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Unsent letters");
    this.letters = page.getByRole("region", { name: "Your letters" });
    this.body = page.getByLabel("Your letter", { exact: true });
    this.letterTitle = page.getByLabel("A title, if you like");
    this.destroyDialog = page.getByRole("dialog", { name: "Let this letter go?" });
    this.letGoTitle = this.heading("Let go");
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/letters`);
    return this;
  }

  async write(title: string, body: string): Promise<void> {
    await this.main.getByRole("link", { name: "Write a new letter" }).click();
    await this.letterTitle.fill(title);
    await this.body.fill(body);
    await this.main.getByRole("button", { name: "Keep this letter" }).click();
    await this.page.getByText("Kept safe, for your eyes only.").waitFor();
  }

  async letGo(): Promise<void> {
    await this.main.getByRole("button", { name: "Let this letter go" }).click();
    await this.destroyDialog.getByRole("button", { name: "Let it go" }).click();
  }
}
