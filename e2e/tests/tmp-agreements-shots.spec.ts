import { AgreementsPage } from "../pages/agreements-page.ts";
import { ConsistencyPage, PromisesPage } from "../pages/promises-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

function minutesFromNow(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

test("screens", async ({ page, openDevice }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  const { second, spaceUrl } = await joinedPair(page, openDevice, {
    names: ["Alex", "Sam"],
    space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
    secondView: "Alex did",
  });
  for (const p of [page, second.page]) {
    p.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
  }
  const shoot = async (p: typeof page, name: string) => {
    for (const width of [375, 1280]) {
      await p.setViewportSize({ width, height: 800 });
      await p.waitForTimeout(300);
      await p.screenshot({ path: `/tmp/agr-shots/${name}-${width}.png`, fullPage: true });
    }
  };
  const list = await new AgreementsPage(page).goto(spaceUrl);
  await list.startProposal();
  await list.main.getByLabel("What you agree", { exact: true }).fill("You will share your location with me at all times and not see your friends");
  await expect(list.controlWarning).toBeVisible();
  await shoot(page, "01-control-warning");
  await list.page.reload();
  const agreement = await list.propose("Sam", {
    what: "We each say when plans change, at least an hour before.",
    need: "Not being left wondering.",
    consequence: "We talk about it that evening.",
    topic: "Time and plans",
    appliesTo: "Both of us",
  });
  await agreement.main.getByRole("link", { name: "Back to agreements" }).click();
  await page.getByRole("button", { name: "State a boundary" }).click();
  await page.getByLabel("Your boundary").fill("I'll leave the room if voices get raised, and come back when we're calmer.");
  await page.getByLabel("Why it matters (optional)").fill("Shouting takes me straight back to that night.");
  await page.getByRole("button", { name: "Save this boundary" }).click();
  await page.getByText("Saved.").waitFor();
  const sam = await new AgreementsPage(second.page).goto(spaceUrl);
  await shoot(second.page, "02-agreements-sam");
  const samAgreement = await sam.open("We each say when plans change, at least an hour before.");
  await shoot(second.page, "03-agreement-pending-sam");
  await samAgreement.accept();
  await second.page.getByRole("button", { name: "Say it was broken" }).click();
  await second.page.getByLabel("Alex broke it").check();
  await second.page.getByLabel("What happened", { exact: true }).fill("On Tuesday plans changed and I heard at the last minute.");
  await second.page.getByRole("button", { name: "Save", exact: true }).click();
  await second.page.getByText(/Saved\. Alex can agree/).waitFor();
  await shoot(second.page, "04-agreement-active-sam");

  const promises = await new PromisesPage(page).goto(spaceUrl);
  await promises.makeOneOff("Message you when I leave work.", minutesFromNow(10));
  await promises.makeOneOff("Tell you my plans for the weekend.", minutesFromNow(11));
  await page.getByRole("button", { name: "Make a promise" }).click();
  await page.getByLabel("Your promise").fill("Put my phone away when we eat together.");
  await page.getByRole("group", { name: "When it falls due" }).getByLabel("On chosen days of the week").check();
  await page.getByLabel("Monday").check();
  await page.getByLabel("Thursday").check();
  await shoot(page, "05-promise-form");
  await page.getByRole("button", { name: "Make this promise" }).click();
  await page.getByText("Promise made.").waitFor();
  await promises.markKept("Message you when I leave work.");
  await promises.markMissed("Tell you my plans for the weekend.");
  await page.getByLabel("What you shared").fill("I told Sam my plans for Saturday before they asked.");
  await page.getByRole("button", { name: "Note it" }).click();
  await page.getByText(/^Noted\./).waitFor();
  await promises.makeCalendarAddress();
  await shoot(page, "06-promises-alex");
  const samPromises = await new PromisesPage(second.page).goto(spaceUrl);
  await shoot(second.page, "07-promises-sam");
  await samPromises.confirm("Message you when I leave work.");
  const consistency = await new ConsistencyPage(second.page).goto(spaceUrl);
  await expect(consistency.figure.locator("svg").first()).toBeVisible();
  await shoot(second.page, "08-consistency");
  await consistency.showAsTable();
  await shoot(second.page, "09-consistency-table");
  await second.page.goto(spaceUrl);
  await second.page.getByRole("heading", { name: "Keeping your word" }).scrollIntoViewIfNeeded();
  await second.page.getByRole("region", { name: "Keeping your word" }).screenshot({ path: "/tmp/agr-shots/10-home-card.png" });
  const alexList = await new AgreementsPage(page).goto(spaceUrl);
  await shoot(page, "11-agreements-alex");
  console.log("CONSOLE:", JSON.stringify(errors));
  expect(await alexList.scrollsSideways()).toBe(false);
});
