import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export class SpaceHomePage extends AppShell {
  readonly people: Locator;
  readonly soloNote: Locator;
  readonly inviteLink: Locator;
  readonly makeLinkButton: Locator;
  readonly cancelLinkButton: Locator;
  readonly leaveDialog: Locator;
  /** The check-in card; its line of text appears once it knows whether a check-in is open. */
  readonly checkinCard: Locator;
  readonly checkinCardText: Locator;

  constructor(page: Page) {
    super(page);
    this.people = page.getByRole("region", { name: "Who's here" }).getByRole("listitem");
    this.soloNote = page.getByRole("heading", { name: "You're here on your own for now" });
    this.inviteLink = page.getByRole("textbox", { name: /^Invitation link for/ });
    this.makeLinkButton = page.getByRole("button", { name: /^Make (an invitation|a new) link$/ });
    this.cancelLinkButton = page.getByRole("button", { name: "Cancel this link" });
    this.leaveDialog = page.getByRole("dialog", { name: "Leave this space?" });
    this.checkinCard = page.getByRole("region", { name: "Check in" });
    this.checkinCardText = this.checkinCard.getByRole("paragraph");
  }

  title(otherName: string): Locator {
    return this.heading(`Your space with ${otherName}`);
  }

  /** A person's entry in "Who's here" (your own reads "<name> (you)"). */
  person(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const heading = this.page.getByRole("heading", { name: new RegExp(`^${escaped}(?: \\(you\\))?$`) });
    return this.people.filter({ has: heading });
  }

  /** Makes a single-use link and returns it, as the person would copy it. */
  async makeInviteLink(): Promise<string> {
    await this.makeLinkButton.click();
    await this.inviteLink.waitFor();
    return this.inviteLink.inputValue();
  }

  async openLeaveDialog(): Promise<void> {
    await this.page.getByRole("button", { name: "Leave this space" }).click();
  }

  async leave(): Promise<void> {
    await this.openLeaveDialog();
    await this.leaveDialog.getByRole("button", { name: "Leave this space" }).click();
  }
}
