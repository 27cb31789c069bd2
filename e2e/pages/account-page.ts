import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class AccountPage extends AppShell {
  readonly title: Locator;
  readonly confirmDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Your account");
    this.confirmDialog = page.getByRole("dialog", { name: "Log out of every device?" });
  }

  async goto(): Promise<this> {
    await this.page.goto("/account");
    return this;
  }

  async logOutEverywhere(): Promise<void> {
    await this.main.getByRole("button", { name: "Log out of every device" }).click();
    await this.confirmDialog.getByRole("button", { name: "Log out everywhere" }).click();
  }
}
