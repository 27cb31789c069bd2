import type { Locator, Page } from "@playwright/test";
import { AppShell } from "./app-shell.ts";

export interface Terms {
  what: string;
  need: string;
  consequence?: string;
  /** As labelled: "How we talk", "Openness", "Time and plans", "Other people", "Something else". */
  topic: string;
  /** As labelled: "Me", the other person's name, or "Both of us". */
  appliesTo: string;
}

/** The list of agreements and boundaries, with the form to propose one. */
export class AgreementsPage extends AppShell {
  readonly title: Locator;
  readonly agreements: Locator;
  readonly controlWarning: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Agreements and boundaries");
    this.agreements = page.getByRole("region", { name: "Agreements" });
    this.controlWarning = page.getByRole("heading", { name: "This wording may read as control" });
  }

  async goto(spaceUrl: string): Promise<this> {
    await this.page.goto(`${spaceUrl}/agreements`);
    await this.title.waitFor();
    return this;
  }

  async startProposal(): Promise<void> {
    await this.main.getByRole("button", { name: "Propose an agreement" }).click();
  }

  async fillTerms(terms: Terms): Promise<void> {
    await fillTerms(this.main, terms);
  }

  async propose(otherName: string, terms: Terms): Promise<AgreementPage> {
    await this.startProposal();
    await this.fillTerms(terms);
    await this.main.getByRole("button", { name: `Send to ${otherName}` }).click();
    const agreement = new AgreementPage(this.page);
    await agreement.title.waitFor();
    return agreement;
  }

  async open(what: string): Promise<AgreementPage> {
    await this.agreements.getByRole("link", { name: what }).first().click();
    const agreement = new AgreementPage(this.page);
    await agreement.title.waitFor();
    return agreement;
  }
}

export async function fillTerms(scope: Locator, terms: Terms): Promise<void> {
  await scope.getByLabel("What you agree", { exact: true }).fill(terms.what);
  await scope.getByLabel("The need behind it", { exact: true }).fill(terms.need);
  if (terms.consequence) {
    await scope.getByLabel("What happens if it's broken (optional)").fill(terms.consequence);
  }
  await scope
    .getByRole("group", { name: "What it's about" })
    .getByLabel(terms.topic, { exact: true })
    .check();
  await scope
    .getByRole("group", { name: "Who it asks something of" })
    .getByLabel(terms.appliesTo, { exact: true })
    .check();
}

/** One agreement: its state, terms, the answer buttons, every version and the history. */
export class AgreementPage extends AppShell {
  readonly title: Locator;
  readonly versions: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    super(page);
    this.title = this.heading("Agreement");
    this.versions = page.getByRole("region", { name: "Every version" });
    this.history = page.getByRole("region", { name: "What happened, step by step" });
  }

  /** The agreement's state as its label reads ("In place", "Changes suggested"…). */
  state(label: string): Locator {
    return this.main.getByText(label, { exact: true }).first();
  }

  async suggestChanges(otherName: string, what: string): Promise<void> {
    await this.main.getByRole("button", { name: "Suggest changes" }).click();
    await this.main.getByLabel("What you agree", { exact: true }).fill(what);
    await this.main.getByRole("button", { name: `Send to ${otherName}` }).click();
    await this.page.getByText(`Sent. ${otherName} can see your changes now.`).waitFor();
  }

  async accept(): Promise<void> {
    await this.main.getByRole("button", { name: "Accept", exact: true }).click();
    await this.page.getByRole("status").getByText("Accepted.").waitFor();
  }
}
