import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The one faithful record: filters, and the entries day by day. */
export class RecordPage extends AppShell {
  readonly entries: Locator;

  constructor(page: Page) {
    super(page);
    this.entries = page.locator(".record-entry");
  }

  async goto(spaceUrl: string, query = ""): Promise<void> {
    await this.page.goto(`${spaceUrl}/record${query}`);
    await expect(this.heading("The record")).toBeVisible();
    await expect(this.page.locator(".state--loading")).toHaveCount(0);
  }

  /** Every entry as its reader sees it, in order. */
  async entryTexts(): Promise<string[]> {
    return (await this.entries.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  }
}
