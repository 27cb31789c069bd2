import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** "/" for a signed-in person: their spaces. */
export class SpacesPage extends AppShell {
  readonly title: Locator;
  readonly startFirst: Locator;
  readonly startAnother: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Your spaces");
    this.startFirst = page.getByRole("link", { name: "Start a repair space" });
    this.startAnother = page.getByRole("link", { name: "Start another space" });
  }

  space(otherName: string): Locator {
    return this.page.getByRole("link", { name: `With ${otherName}` });
  }
}
