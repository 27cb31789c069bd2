import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export interface SpaceAnswers {
  relationship: "Partner" | "Family member" | "Friend" | "Someone else";
  otherName: string;
  /** As labelled on the page: "I did", "<name> did", "Both of us", "It's complicated". */
  whoBrokeTrust: string;
  whatHappened: string[];
}

export class NewSpacePage extends AppShell {
  readonly title: Locator;
  readonly submit: Locator;
  readonly otherName: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Start a repair space");
    this.submit = page.getByRole("button", { name: "Start the space" });
    this.otherName = page.getByLabel("Their first name");
  }

  group(legend: string): Locator {
    return this.page.getByRole("group", { name: legend });
  }

  async goto(): Promise<this> {
    await this.page.goto("/spaces/new");
    return this;
  }

  async create(answers: SpaceAnswers): Promise<void> {
    await this.group("Who is the other person to you?")
      .getByLabel(answers.relationship, { exact: true })
      .check();
    await this.otherName.fill(answers.otherName);
    await this.group("Who broke trust, as you see it?")
      .getByLabel(answers.whoBrokeTrust, { exact: true })
      .check();
    const happened = this.group("What happened?");
    for (const kind of answers.whatHappened) await happened.getByLabel(kind, { exact: true }).check();
    await this.submit.click();
  }
}
