import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class JoinPage extends AppShell {
  readonly signedOutTitle: Locator;
  readonly createAccount: Locator;
  readonly logIn: Locator;
  readonly joinButton: Locator;

  constructor(page: Page) {
    super(page);
    this.signedOutTitle = this.heading("You've been invited to Mend");
    this.createAccount = this.main.getByRole("link", { name: "Create an account" });
    this.logIn = this.main.getByRole("link", { name: "Log in" });
    this.joinButton = page.getByRole("button", { name: "Join the space" });
  }

  invitedBy(inviterName: string): Locator {
    return this.heading(`${inviterName} has invited you to a space on Mend`);
  }

  async join(whoBrokeTrust: string): Promise<void> {
    await this.page
      .getByRole("group", { name: "Who broke trust, as you see it?" })
      .getByLabel(whoBrokeTrust, { exact: true })
      .check();
    await this.joinButton.click();
  }
}
