import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export type LadderChoice = "Yes, I'd like this" | "Maybe later" | "Not for me";

export class LadderPage extends AppShell {
  readonly title: Locator;
  readonly together: Locator;
  readonly answers: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Closeness, one step at a time");
    this.together = page.getByRole("region", { name: "Together" });
    this.answers = page.getByRole("region", { name: "Your answers" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/closeness`);
    await this.answers.getByRole("group").first().waitFor();
    return this;
  }

  step(title: string): Locator {
    return this.answers.getByRole("group", { name: title, exact: true });
  }

  /** Answers one step and waits until the server has it. */
  async answer(title: string, choice: LadderChoice): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) => response.request().method() === "PUT" && response.url().includes("/closeness/ladder/"),
    );
    await this.step(title).getByLabel(choice, { exact: true }).check();
    await saved;
  }

  /** The titles listed under "Together". */
  togetherItems(): Locator {
    return this.together.getByRole("listitem");
  }
}
