import { RemindersPage } from "../pages/reminders-page.ts";
import { SignupPage } from "../pages/signup-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { newPerson } from "../support/people.ts";

test.use({ viewport: { width: 375, height: 740 }, timezoneId: "Asia/Tokyo" });

test("reminder settings on a phone: reached, chosen and saved by keyboard, and kept after a reload", async ({
  page,
}) => {
  const signup = await new SignupPage(page).goto();
  await signup.signUp(newPerson("Robin"));
  await page.goto("/account");
  const settings = page.getByRole("link", { name: "Reminder settings" });
  await settings.focus();
  await page.keyboard.press("Enter");

  const reminders = new RemindersPage(page);
  await expect(reminders.title).toBeVisible();
  expect(await reminders.scrollsSideways()).toBe(false);
  // Everything starts off (email too, though this Mend can send it); the time zone comes from the browser.
  const checkin = reminders.kind("It's time for my check-in");
  const shared = reminders.kind("Something was shared with me");
  await expect(checkin).not.toBeChecked();
  await expect(shared).not.toBeChecked();
  await expect(reminders.detail("Discreet")).toBeChecked();
  await expect(reminders.timeZone).toHaveValue("Asia/Tokyo");
  await expect(reminders.main.getByRole("checkbox", { name: "By email" })).not.toBeChecked();
  // Browser tests run without the service worker: the page says this device can't be reached.
  await expect(reminders.thisDevice).toContainText("This browser can't receive notifications");

  await checkin.focus();
  await page.keyboard.press("Space");
  await shared.focus();
  await page.keyboard.press("Space");
  await reminders.detail("Discreet").focus();
  await page.keyboard.press("ArrowDown");
  await expect(reminders.detail("A little more")).toBeChecked();
  const from = reminders.main.getByLabel("From", { exact: true });
  await from.fill("21:30");
  await reminders.save.focus();
  await page.keyboard.press("Enter");
  await expect(reminders.saved).toBeVisible();

  await page.reload();
  await expect(reminders.title).toBeVisible();
  await expect(checkin).toBeChecked();
  await expect(shared).toBeChecked();
  await expect(reminders.kind("One of my promises is due")).not.toBeChecked();
  await expect(reminders.detail("A little more")).toBeChecked();
  await expect(from).toHaveValue("21:30");
  await expect(reminders.main.getByLabel("Until", { exact: true })).toHaveValue("08:00");
  await expect(reminders.timeZone).toHaveValue("Asia/Tokyo");
});
