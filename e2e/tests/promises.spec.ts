import { ConsistencyPage, PromisesPage } from "../pages/promises-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

/** A local date and time a few minutes ahead, as a datetime-local field takes it (same zone as the browser). */
function minutesFromNow(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

test.describe("promises", () => {
  test("a promise kept and confirmed and one missed both show in the consistency chart and table, once due", async ({
    page,
    openDevice,
  }) => {
    // Marks made early count only once the promise falls due, so this test waits a minute or two for it.
    test.setTimeout(240_000);
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Broken promises"] },
      secondView: "Alex did",
    });
    const kept = "Message you when I leave work.";
    const missed = "Tell you my plans for the weekend.";

    const alex = await new PromisesPage(page).goto(spaceUrl);
    const due = minutesFromNow(2);
    await alex.makeOneOff(kept, due);
    await alex.makeOneOff(missed, due);
    await alex.markKept(kept);
    await alex.markMissed(missed);

    // Sam is not the one rebuilding trust: the page explains who makes promises instead of offering the form.
    const sam = await new PromisesPage(second.page).goto(spaceUrl);
    await expect(sam.main.getByRole("heading", { name: "Who makes promises" })).toBeVisible();
    await expect(sam.main.getByRole("button", { name: "Make a promise" })).toHaveCount(0);
    await sam.confirm(kept);
    await expect(sam.main).toContainText("Kept and confirmed");

    // Before the promises fall due, nothing has "come due" yet, however early they were marked.
    let consistency = await new ConsistencyPage(second.page).goto(spaceUrl);
    await expect(second.page.getByRole("main")).not.toContainText(/1 of 2/);
    const dueAt = new Date(due).getTime();
    await second.page.waitForTimeout(Math.max(0, dueAt - Date.now() + 1_000));

    consistency = await new ConsistencyPage(second.page).goto(spaceUrl);
    await expect(consistency.figure).toContainText(/1 of 2|kept/i);
    await expect(consistency.figure.locator("svg").first()).toBeVisible();
    await consistency.showAsTable();
    const thisWeek = consistency.rowsFor("Alex").last();
    // Week, who, kept, confirmed, seen differently, missed.
    await expect(thisWeek.getByRole("cell")).toHaveText(["Alex", "1", "1", "0", "1", "0", "0", "0"]);
  });

  test("the calendar address serves an iCalendar file until it is switched off", async ({
    page,
    openDevice,
  }) => {
    const { spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Friend", whoBrokeTrust: "I did", whatHappened: ["Broken promises"] },
      secondView: "Alex did",
    });
    const promises = await new PromisesPage(page).goto(spaceUrl);
    await promises.makeOneOff("Call you on Sunday afternoon.", minutesFromNow(120));
    const address = await promises.makeCalendarAddress();

    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    await promises.switchOffCalendar();
    await expect(promises.calendarAddress).toBeHidden();
    expect((await page.request.get(address)).status()).toBe(404);
  });
});
