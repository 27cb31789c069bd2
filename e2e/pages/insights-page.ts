import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class InsightsPage extends AppShell {
  readonly title: Locator;
  /** Every chart: a figure with its summary as caption and a button to show it as a table. */
  readonly charts: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Your progress");
    this.charts = this.main
      .getByRole("figure")
      .filter({ has: page.getByRole("button", { name: /^Show as (table|chart)/ }) });
  }

  /** One of the trust views ("How it feels to you", "What the record shows"…). */
  trustView(title: string): Locator {
    return this.main.getByRole("article", { name: title, exact: true });
  }

  /** Waits for the parts that load on their own: the trust views and the help suggestions. */
  async waitUntilLoaded(): Promise<void> {
    await this.trustView("How it feels to you").waitFor();
    await this.main
      .getByRole("region", { name: "When to get help" })
      .getByText(/^Nothing here points|^What could help/)
      .first()
      .waitFor();
  }

  feelingsTable(title: string | RegExp): Locator {
    return this.main.getByRole("table", { name: title });
  }
}
