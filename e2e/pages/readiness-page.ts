import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The private readiness check. Answers default to the first offer of each question: all calm. */
export class ReadinessPage extends AppShell {
  readonly title: Locator;
  readonly resultTitle: Locator;
  readonly safetyCallout: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("A private check before you start");
    this.resultTitle = page.getByRole("heading", { name: "What your answers suggest" });
    this.safetyCallout = page.getByRole("heading", { name: "Your safety comes first" });
  }

  question(text: string | RegExp): Locator {
    return this.main.getByRole("group", { name: text });
  }

  /** Answers every question, with the given exceptions (question text → answer label). */
  async answer(exceptions: Record<string, string> = {}): Promise<void> {
    await this.title.waitFor();
    await this.page.getByRole("button", { name: "See my result" }).waitFor();
    const groups = this.main.getByRole("group");
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      const group = groups.nth(index);
      const legend = (await group.locator("legend").innerText()).replace(/^\d+\.\s*/, "");
      const chosen = exceptions[legend];
      if (chosen) {
        await group.getByLabel(chosen, { exact: true }).check();
      } else if ((await group.getByRole("checkbox").count()) > 0) {
        await group.getByLabel("None of these", { exact: true }).check();
      } else {
        await group.getByRole("radio").first().check();
      }
    }
    await this.page.getByRole("button", { name: "See my result" }).click();
  }
}
