import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** Promises, their occurrences, things shared unasked and the calendar address. */
export class PromisesPage extends AppShell {
  readonly title: Locator;
  readonly waitingForYou: Locator;
  readonly calendar: Locator;
  readonly calendarAddress: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Promises");
    this.waitingForYou = page.getByRole("region", { name: "Waiting for you" });
    this.calendar = page.getByRole("region", { name: "In your calendar" });
    this.calendarAddress = page.getByRole("textbox", { name: "Your calendar address" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/promises`);
    await this.title.waitFor();
    return this;
  }

  /** A one-off promise due at a local date and time ("YYYY-MM-DDTHH:MM"). */
  async makeOneOff(text: string, at: string): Promise<void> {
    await this.main.getByRole("button", { name: "Make a promise" }).click();
    await this.main.getByLabel("Your promise").fill(text);
    await this.main.getByRole("group", { name: "When it falls due" }).getByLabel("Once").check();
    await this.main.getByLabel("Date and time").fill(at);
    await this.main.getByRole("button", { name: "Make this promise" }).click();
    await this.page.getByText("Promise made.").waitFor();
  }

  async markKept(text: string): Promise<void> {
    await this.waitingForYou.getByRole("button", { name: `I kept it: ${text}` }).click();
    await this.page.getByText(/^Marked as kept\./).waitFor();
  }

  async markMissed(text: string): Promise<void> {
    await this.waitingForYou.getByRole("button", { name: `I missed it: ${text}` }).click();
    await this.page.getByText(/^Marked as missed\./).waitFor();
  }

  async confirm(text: string): Promise<void> {
    await this.waitingForYou.getByRole("button", { name: `Yes, I saw that: ${text}` }).click();
    await this.page.getByText(/^Thank you\./).waitFor();
  }

  /** Makes the secret calendar address and returns it, as shown the one time. */
  async makeCalendarAddress(): Promise<string> {
    await this.calendar.getByRole("button", { name: "Make a calendar address" }).click();
    await this.calendarAddress.waitFor();
    return this.calendarAddress.inputValue();
  }

  async switchOffCalendar(): Promise<void> {
    await this.calendar.getByRole("button", { name: "Switch it off" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Switch off your calendar address?" });
    await dialog.getByRole("button", { name: "Switch it off" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}

/** Promises kept, missed and disputed, week by week, as a chart or a table. */
export class ConsistencyPage extends AppShell {
  readonly title: Locator;
  readonly figure: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Consistency");
    this.figure = page.getByRole("figure");
    this.table = page.getByRole("table");
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/consistency`);
    await this.title.waitFor();
    return this;
  }

  async showAsTable(): Promise<void> {
    await this.figure.getByRole("button", { name: /^Show as table/ }).click();
  }

  /** The table row for one person's week, by their name as shown ("You" or theirs). */
  rowsFor(who: string): Locator {
    return this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: who, exact: true }) });
  }
}
