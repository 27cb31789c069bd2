import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class ForgotPasswordPage extends AppShell {
  readonly title: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Forgot your password?");
  }

  async recover(details: { email: string; recoveryCode: string; newPassword: string }): Promise<void> {
    await this.main.getByRole("textbox", { name: "Email address" }).fill(details.email);
    await this.main.getByRole("textbox", { name: "Recovery code" }).fill(details.recoveryCode);
    await this.main.getByLabel("Choose a new password").fill(details.newPassword);
    await this.main.getByRole("button", { name: "Set my new password" }).click();
  }
}
