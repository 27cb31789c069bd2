import type { Locator, Page } from "@playwright/test";
import type { Person } from "../support/people.ts";
import { AppShell } from "./app-shell.ts";

export class SignupPage extends AppShell {
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly codesTitle: Locator;

  constructor(page: Page) {
    super(page);
    this.name = page.getByLabel("What should we call you?");
    this.email = page.getByLabel("Email address");
    this.password = page.getByLabel("Choose a password");
    this.submit = page.getByRole("button", { name: "Create my account" });
    this.errorSummary = page.getByRole("alert").filter({ hasText: "Please check the details below" });
    this.codesTitle = this.heading("Keep these recovery codes");
  }

  async goto(): Promise<this> {
    await this.page.goto("/signup");
    return this;
  }

  async fill(person: Partial<Person>): Promise<void> {
    if (person.name !== undefined) await this.name.fill(person.name);
    if (person.email !== undefined) await this.email.fill(person.email);
    if (person.password !== undefined) await this.password.fill(person.password);
  }

  /** Signs up; once the account is made, keeps the recovery codes shown and goes on. Resolves to the codes. */
  async signUp(person: Person): Promise<string[]> {
    await this.fill(person);
    await this.submit.click();
    await this.codesTitle.or(this.errorSummary).waitFor();
    if (!(await this.codesTitle.isVisible())) return [];
    return this.keepRecoveryCodes();
  }

  async keepRecoveryCodes(): Promise<string[]> {
    const codes = await this.main
      .getByRole("list", { name: "Your recovery codes" })
      .getByRole("listitem")
      .allInnerTexts();
    await this.page.getByLabel("I've saved my recovery codes").check();
    await this.page.getByRole("button", { name: "Continue" }).click();
    return codes.map((code) => code.trim());
  }
}
