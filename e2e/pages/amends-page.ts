import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** Amends: the form to offer or ask for one, and each amend with what can be done next. */
export class AmendsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto(spaceUrl: string): Promise<void> {
    await this.page.goto(`${spaceUrl}/amends`);
    await expect(this.heading("Amends")).toBeVisible();
  }

  /** The card of the amend with these words. */
  amend(what: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByText(what, { exact: true }) });
  }

  async offer(what: string, otherName: string, byDate?: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "What will you do?" }).fill(what);
    if (byDate) await this.page.getByLabel("By when (optional)").fill(byDate);
    await this.page.getByRole("button", { name: `Offer to ${otherName}` }).click();
    await expect(this.page.getByText(`Offered. ${otherName} will see it here and can answer.`)).toBeVisible();
  }
}
