import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class EndingPage extends AppShell {
  readonly title: Locator;
  readonly endedTitle: Locator;
  readonly confirmDialog: Locator;
  readonly downloadJson: Locator;
  readonly downloadPdf: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Ending the repair");
    this.endedTitle = this.heading("This repair has ended");
    this.confirmDialog = page.getByRole("dialog", { name: "End the repair?" });
    // A link while the vault is locked in the tab; a button that opens the vault's words into the file while it is open.
    this.downloadJson = page
      .getByRole("link", { name: "Download as a data file (JSON)" })
      .or(page.getByRole("button", { name: "Download as a data file (JSON)" }));
    this.downloadPdf = page.getByRole("link", { name: "Download as a document (PDF)" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/ending`);
    return this;
  }

  async end(): Promise<void> {
    await this.main.getByRole("button", { name: "End the repair" }).click();
    await this.confirmDialog.getByRole("button", { name: "End the repair" }).click();
  }
}
