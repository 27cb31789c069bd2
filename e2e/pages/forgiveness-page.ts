import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class ForgivenessPage extends AppShell {
  readonly pathTitle: Locator;
  readonly otherSideTitle: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    super(page);
    this.pathTitle = this.heading("Your forgiveness path");
    this.otherSideTitle = this.heading("Forgiveness");
    this.saveButton = this.main.getByRole("button", { name: "Save my reflection" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/forgiveness`);
    return this;
  }

  /** Opens one of the five steps by its title ("Name what hurt"). */
  async openStep(title: string): Promise<void> {
    await this.main.getByRole("link", { name: title, exact: true }).click();
    await this.page.getByRole("heading", { level: 2, name: title, exact: true }).waitFor();
  }

  async writeReflection(
    text: string,
    options: { shareWith?: string; resentment?: number } = {},
  ): Promise<void> {
    await this.main.getByLabel("Your reflection", { exact: true }).fill(text);
    if (options.resentment !== undefined) {
      await this.main
        .getByRole("group", { name: /How much resentment/ })
        .getByRole("radio", { name: new RegExp(`^${options.resentment}(,|$)`) })
        .check();
    }
    if (options.shareWith) {
      await this.main
        .getByRole("checkbox", { name: `Share this reflection with ${options.shareWith}` })
        .check();
    }
    await this.saveButton.click();
  }

  /** One of your own reflections, found by its words. */
  myReflection(text: string): Locator {
    return this.main.getByRole("article").filter({ hasText: text });
  }

  shareSwitch(reflection: Locator, otherName: string): Locator {
    return reflection.getByRole("switch", { name: `Share with ${otherName}` });
  }

  /** The reflections the other person shared with you. */
  sharedWithYou(otherName: string): Locator {
    return this.page.getByRole("region", { name: `What ${otherName} has shared with you` });
  }
}
