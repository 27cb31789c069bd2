import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The reminder settings, reached from the account page. */
export class RemindersPage extends AppShell {
  readonly title: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly thisDevice: Locator;
  readonly timeZone: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Reminders");
    this.save = this.main.getByRole("button", { name: "Save reminder settings" });
    this.saved = this.main.getByText("Your reminder settings are saved.");
    this.thisDevice = this.main.locator("section", {
      has: page.getByRole("heading", { name: "This device" }),
    });
    this.timeZone = this.main.getByLabel("Your time zone");
  }

  kind(name: string): Locator {
    return this.main.getByRole("checkbox", { name });
  }

  detail(name: "Discreet" | "A little more"): Locator {
    return this.main.getByRole("radio", { name });
  }
}
