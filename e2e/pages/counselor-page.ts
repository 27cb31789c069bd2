import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** A member's counselor page: invite, say yes, end access, the notes and the days the counselor looked. */
export class MemberCounselorPage extends AppShell {
  readonly status: Locator;
  readonly notes: Locator;

  constructor(page: Page) {
    super(page);
    this.status = page.getByRole("region", { name: /counselor|No counselor/ }).first();
    this.notes = page.getByRole("region", { name: "Notes from the counselor" });
  }

  async goto(spaceUrl: string): Promise<void> {
    await this.page.goto(`${spaceUrl}/counselor`);
    await expect(this.heading("A counselor")).toBeVisible();
  }

  /** Makes a link for a counselor and answers it, as copied from the page. */
  async makeLink(): Promise<string> {
    await this.page.getByRole("button", { name: "Make a link for a counselor" }).click();
    const link = this.page.getByRole("textbox", { name: "Link for the counselor" });
    await expect(link).toBeVisible();
    return link.inputValue();
  }

  async sayYes(counselorName: string): Promise<void> {
    await this.page.getByRole("button", { name: `Yes, ${counselorName} may read what we share` }).click();
  }

  /** Ends the counselor's access through its confirmation. */
  async endAccess(): Promise<void> {
    await this.page.getByRole("button", { name: "End the counselor's access" }).click();
    const dialog = this.page.getByRole("dialog", { name: "End the counselor's access?" });
    await dialog.getByRole("button", { name: "End access now" }).click();
    await expect(this.page.getByRole("heading", { name: "No counselor" })).toBeVisible();
  }
}

/** The counselor's side: the dashboard and one space, read-only, with notes to both. */
export class CounselorPages extends AppShell {
  async accept(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole("button", { name: "Accept and wait for both" }).click();
    await expect(this.heading("Spaces you counsel")).toBeVisible();
  }

  async writeNote(text: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "A note to both" }).fill(text);
    await this.page.getByRole("button", { name: "Send the note to both" }).click();
    await expect(this.page.getByText("Your note is with both of them.")).toBeVisible();
  }
}
