import type { Locator, Page } from "@playwright/test";
import type { Person } from "../support/people.ts";
import { AppShell } from "./app-shell.ts";

export class SignupPage extends AppShell {
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.name = page.getByLabel("What should we call you?");
    this.email = page.getByLabel("Email address");
    this.password = page.getByLabel("Choose a password");
    this.submit = page.getByRole("button", { name: "Create my account" });
    this.errorSummary = page.getByRole("alert").filter({ hasText: "Please check the details below" });
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

  async signUp(person: Person): Promise<void> {
    await this.fill(person);
    await this.submit.click();
  }
}
