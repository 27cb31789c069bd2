import { AppShell } from "../pages/app-shell.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

test.use({ viewport: { width: 375, height: 740 } });

const pages: [path: string, heading: string][] = [
  ["forgiveness", "Your forgiveness path"],
  ["letters", "Unsent letters"],
  ["letters/new", "A new letter"],
  ["letting-go", "Letting-go practices"],
  ["reflections", "Reflections for yourself"],
  ["appreciations", "Appreciations"],
  ["time-together", "Time together"],
  ["closeness", "Closeness, one step at a time"],
  ["keeping-it-up", "Keeping it up"],
  ["ending", "Ending the repair"],
];

test("every healing page fits a phone screen without scrolling sideways", async ({ page, openDevice }) => {
  const { second, spaceUrl } = await joinedPair(page, openDevice, {
    names: ["Bartholomew-Maximilian", "Sam"],
    space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
    secondView: "Bartholomew-Maximilian did",
  });
  const shell = new AppShell(second.page);
  for (const [path, heading] of pages) {
    await second.page.goto(`${spaceUrl}/${path}`);
    await expect(shell.heading(heading)).toBeVisible();
    expect(await shell.scrollsSideways(), `${path} scrolls sideways`).toBe(false);
  }
});
