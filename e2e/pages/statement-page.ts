import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The acknowledgment page and the impact statement page: your draft, the versions, the responses. */
export class StatementPage extends AppShell {
  readonly shareButton: Locator;
  readonly shareDialog: Locator;
  readonly coach: Locator;
  readonly saveStatus: Locator;

  constructor(page: Page) {
    super(page);
    this.shareButton = page.getByRole("button", { name: "Share this version" }).first();
    this.shareDialog = page.getByRole("dialog", { name: /^Share version \d+ with / });
    this.coach = page.getByRole("complementary", { name: "Language coach" });
    this.saveStatus = page.getByText(/^Saved( at .*)?\.$/);
  }

  /**
   * A page load forgets the vault key, and your own draft is sealed with it: a writer gives their
   * password to open the vault before the editor shows.
   */
  async goto(
    spaceUrl: string,
    which: "acknowledgment" | "impact-statement",
    opensVaultWith?: string,
  ): Promise<void> {
    await this.page.goto(`${spaceUrl}/${which}`);
    if (opensVaultWith !== undefined) await this.openVault(opensVaultWith);
  }

  async openVault(password: string): Promise<void> {
    const form = this.page.locator("form", {
      has: this.page.getByRole("button", { name: "Open the vault" }),
    });
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Open the vault" }).click();
    // Deriving the key from the password takes a while by design (Argon2id), longer on a busy machine.
    await expect(this.shareButton).toBeVisible({ timeout: 60_000 });
  }

  /** A part of the statement, by its title (optional parts carry a note after the title). */
  part(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.page.getByRole("textbox", { name: new RegExp(`^${escaped}`) });
  }

  async write(parts: Record<string, string>): Promise<void> {
    for (const [title, text] of Object.entries(parts)) await this.part(title).fill(text);
  }

  /** Shares what is written, through the confirmation, and waits until it is shared. */
  async share(): Promise<void> {
    await this.shareButton.click();
    await this.shareDialog.getByRole("button", { name: "Share this version" }).click();
    await expect(this.page.getByText(/^Version \d+ is shared\./)).toBeVisible();
  }

  /** As the reader of an acknowledgment: say how the latest version reached you. */
  async respond(
    response: "I feel heard" | "Partly: here is what is missing" | "Not yet",
    note?: string,
  ): Promise<void> {
    await this.page
      .getByRole("group", { name: "Your response" })
      .getByLabel(response, { exact: true })
      .check();
    if (note !== undefined)
      await this.page
        .getByRole("textbox", { name: /What is still missing|Anything you'd like to add/ })
        .fill(note);
    await this.page.getByRole("button", { name: "Send my response" }).click();
    await expect(this.page.getByText(/can see your response now/)).toBeVisible();
  }
}
