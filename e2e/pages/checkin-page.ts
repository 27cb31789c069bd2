import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The parts of a check-in that can be shared, as their switches name them after "Share with <name>: ". */
export type SharePart =
  | "your trust rating"
  | "your ratings of the five parts of trust"
  | "your feelings"
  | "the signs you noticed"
  | "what you need from them";

export interface CheckinAnswers {
  kind: "Daily check-in" | "Weekly check-in";
  trustNow: number;
  /** Weekly only: element label ("Honesty") → rating. */
  elements?: Record<string, number>;
  /** Feeling label → strength from 1 to 5. */
  feelings?: Record<string, number>;
  signs?: string[];
  need?: string;
  note?: string;
  /** "Yes", "I'm not sure" or "No"; left unanswered when absent. */
  feelSafe?: string;
  /** Each part's switch is set as given; parts not named keep their defaults. */
  share?: Partial<Record<SharePart, boolean>>;
}

export class CheckinPage extends AppShell {
  readonly title: Locator;
  readonly form: Locator;
  readonly saved: Locator;
  readonly theirs: Locator;
  readonly mine: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Check in");
    this.form = this.main.locator("form");
    this.saved = page.getByRole("heading", { name: "Thank you. Your check-in is saved." });
    this.theirs = page.getByRole("region", { name: /shared with you$/ });
    this.mine = page.getByRole("region", { name: "Your check-ins" });
  }

  group(legend: string | RegExp): Locator {
    return this.form.getByRole("group", { name: legend });
  }

  /** Picks a number on a 0–10 or 1–5 scale (the end numbers also carry their words). */
  async rate(scale: Locator, value: number): Promise<void> {
    await scale.getByRole("radio", { name: new RegExp(`^${value}(,|$)`) }).check();
  }

  shareSwitch(part: SharePart): Locator {
    return this.form.getByRole("switch", { name: new RegExp(`: ${part}$`) });
  }

  /**
   * The private note is sealed in the vault, so after a page load its field waits for the vault: the
   * form opens it in place, in a dialog, so that nothing already chosen is lost.
   */
  async openVault(password: string): Promise<void> {
    await this.main.getByRole("button", { name: "Open the vault" }).first().click();
    const dialog = this.page.getByRole("dialog", { name: "Open your vault" });
    await dialog.getByLabel("Password", { exact: true }).fill(password);
    await dialog.getByRole("button", { name: "Open the vault" }).click();
    // Deriving the key from the password takes a while by design (Argon2id), longer on a busy machine.
    await expect(dialog).toBeHidden({ timeout: 60_000 });
  }

  async fill(answers: CheckinAnswers): Promise<void> {
    await this.group("Which check-in?").getByLabel(answers.kind).check();
    await this.rate(this.group(/^Right now, how much do you trust/), answers.trustNow);
    for (const [element, rating] of Object.entries(answers.elements ?? {})) {
      await this.rate(this.group("The five parts of trust").getByRole("group", { name: element }), rating);
    }
    for (const [feeling, strength] of Object.entries(answers.feelings ?? {})) {
      await this.form.getByRole("checkbox", { name: feeling, exact: true }).check();
      await this.rate(this.form.getByRole("group", { name: `How strong? (${feeling})` }), strength);
    }
    for (const sign of answers.signs ?? []) {
      await this.form.getByRole("checkbox", { name: sign }).check();
    }
    if (answers.need !== undefined)
      await this.form.getByLabel("One thing I need from you").fill(answers.need);
    if (answers.note !== undefined) await this.form.getByLabel("A note for yourself").fill(answers.note);
    if (answers.feelSafe !== undefined) {
      await this.group(/^Do you feel safe/)
        .getByLabel(answers.feelSafe, { exact: true })
        .check();
    }
    for (const [part, on] of Object.entries(answers.share ?? {}) as [SharePart, boolean][]) {
      await this.shareSwitch(part).setChecked(on);
    }
  }

  async submit(answers: CheckinAnswers): Promise<void> {
    await this.fill(answers);
    await this.form.getByRole("button", { name: "Save my check-in" }).click();
  }

  /** One of your own check-ins in the history, newest first. */
  myCheckin(index = 0): Locator {
    return this.mine.getByRole("article").nth(index);
  }
}
