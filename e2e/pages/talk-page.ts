import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

/** The list of talks and the form for proposing one. */
export class TalksPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto(spaceUrl: string): Promise<void> {
    await this.page.goto(`${spaceUrl}/talks`);
    await expect(this.heading("Talks")).toBeVisible();
  }

  /** Proposes a talk to start as soon as the other person says yes, and waits for its page. */
  async proposeNow(topic: string, otherName: string, rules: string[] = []): Promise<TalkPage> {
    await this.page.getByRole("textbox", { name: "What would you like to talk about?" }).fill(topic);
    await this.page.getByRole("group", { name: "When?" }).getByLabel("Now", { exact: true }).check();
    const ruleGroup = this.page.getByRole("group", { name: "Ground rules" });
    for (const rule of rules) await ruleGroup.getByLabel(rule).check();
    await this.page.getByRole("button", { name: `Propose the talk to ${otherName}` }).click();
    const talk = new TalkPage(this.page);
    await expect(talk.title(topic)).toBeVisible();
    return talk;
  }

  talk(topic: string): Locator {
    return this.main.getByRole("link", { name: topic });
  }
}

/** One talk: before, during (timer, Pause, turns, breaks) and after. */
export class TalkPage extends AppShell {
  readonly pauseButton: Locator;
  readonly pauseDialog: Locator;
  readonly timer: Locator;
  readonly breakHeading: Locator;
  readonly breakRegion: Locator;
  readonly endDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.pauseButton = page.getByRole("button", { name: "Pause", exact: true });
    this.pauseDialog = page.getByRole("dialog", { name: "Take a break" });
    this.timer = page.getByRole("timer");
    this.breakHeading = page.getByRole("heading", { name: /^On a break until / });
    this.breakRegion = page.getByRole("region", { name: /^On a break until / });
    this.endDialog = page.getByRole("dialog", { name: "End the talk?" });
  }

  title(topic: string): Locator {
    return this.heading(`Talk: ${topic}`);
  }

  async pause(backIn = "20 minutes"): Promise<void> {
    await this.pauseButton.click();
    await this.pauseDialog.getByLabel("Back in").selectOption({ label: backIn });
    await this.pauseDialog.getByRole("button", { name: "Pause now" }).click();
    await expect(this.pauseDialog).toBeHidden();
  }

  async end(how: "Yes, we got through it" | "Stop here for now"): Promise<void> {
    await this.page.getByRole("button", { name: "End the talk" }).click();
    await this.endDialog.getByRole("button", { name: how }).click();
  }
}
