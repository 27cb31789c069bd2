import type { Locator, Page } from "@playwright/test";
import type { Person } from "../support/people.ts";
import { AppShell } from "./app-shell.ts";

export class LoginPage extends AppShell {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly title: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByLabel("Email address");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Log in" });
    this.title = this.heading("Log in");
  }

  async goto(): Promise<this> {
    await this.page.goto("/login");
    return this;
  }

  async logIn(person: Pick<Person, "email" | "password">): Promise<void> {
    await this.email.fill(person.email);
    await this.password.fill(person.password);
    await this.submit.click();
  }
}
