import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class ForgotPasswordPage extends AppShell {
  readonly title: Locator;
  /** "Use a recovery code" */
  readonly withCode: Locator;
  /** "Email me a reset link", there when this Mend sends email. */
  readonly byEmail: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Forgot your password?");
    this.withCode = this.main.getByRole("region", { name: "Use a recovery code" });
    this.byEmail = this.main.getByRole("region", { name: "Email me a reset link" });
  }

  async recover(details: { email: string; recoveryCode: string; newPassword: string }): Promise<void> {
    await this.withCode.getByRole("textbox", { name: "Email address" }).fill(details.email);
    await this.withCode.getByRole("textbox", { name: "Recovery code" }).fill(details.recoveryCode);
    await this.withCode.getByLabel("Choose a new password").fill(details.newPassword);
    await this.withCode.getByRole("button", { name: "Set my new password" }).click();
  }

  async emailMeAResetLink(email: string): Promise<void> {
    await this.byEmail.getByRole("textbox", { name: "Email address" }).fill(email);
    await this.byEmail.getByRole("button", { name: "Email me a reset link" }).click();
  }
}
