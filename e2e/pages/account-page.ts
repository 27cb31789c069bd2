import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class AccountPage extends AppShell {
  readonly title: Locator;
  readonly confirmDialog: Locator;
  readonly sessions: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Your account");
    this.confirmDialog = page.getByRole("dialog", { name: "Log out of every device?" });
    this.sessions = this.main.locator("section", {
      has: page.getByRole("heading", { name: "Where you're logged in" }),
    });
    this.history = this.main.getByRole("table");
  }

  async goto(): Promise<this> {
    await this.page.goto("/account");
    return this;
  }

  async logOutEverywhere(): Promise<void> {
    await this.main.getByRole("button", { name: "Log out of every device" }).click();
    await this.confirmDialog.getByRole("button", { name: "Log out everywhere" }).click();
  }

  async changePassword(current: string, next: string): Promise<void> {
    const form = this.main.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Your current password").fill(current);
    await form.getByLabel("Your new password").fill(next);
    await form.getByRole("button", { name: "Change password" }).click();
  }
}
