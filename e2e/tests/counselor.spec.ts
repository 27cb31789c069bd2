import { CounselorPages, MemberCounselorPage } from "../pages/counselor-page.ts";
import { StatementPage } from "../pages/statement-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { signUp } from "../support/journeys.ts";
import { startPair } from "../support/pair.ts";
import { newPerson } from "../support/people.ts";

test.describe("a counselor both people choose", () => {
  test("both say yes, the counselor reads a shared apology and writes a note both see, and loses access the moment one of them ends it", async ({
    page,
    openDevice,
  }, testInfo) => {
    // Three people, two of them signing up and one starting a space, on a machine that also runs the server.
    test.slow();
    const { alex, alexPage, samPage, spaceUrl } = await startPair(page, openDevice);
    const apology = "I lied to you about where I was on Friday evenings.";
    const alexAck = new StatementPage(alexPage);
    await alexAck.goto(spaceUrl, "acknowledgment", alex.password);
    await alexAck.write({
      "What I did": apology,
      "What it did to you": "You stopped feeling safe at home.",
      "My responsibility": "It was my choice, and mine alone to answer for.",
    });
    await alexAck.share();

    // Alex invites; the link is the only way in, and nothing is shown to the counselor yet.
    const alexCounselor = new MemberCounselorPage(alexPage);
    await alexCounselor.goto(spaceUrl);
    const link = await alexCounselor.makeLink();
    const counselorPage = await openDevice();
    await signUp(counselorPage, newPerson("Jordan"));
    const counselor = new CounselorPages(counselorPage);
    await counselor.accept(link);
    await expect(
      counselorPage.getByRole("heading", { name: "Waiting for both people to agree" }),
    ).toBeVisible();
    await expect(counselorPage.getByText(apology)).toHaveCount(0);

    // Sam finds a neutral request on the space's home and says yes; one yes shows nothing yet.
    await samPage.goto(spaceUrl);
    const card = samPage.getByRole("region", { name: "A counselor" });
    await expect(card.getByText("Jordan asked to read what the two of you share")).toBeVisible();
    await card.getByRole("link", { name: "See the details" }).click();
    const samCounselor = new MemberCounselorPage(samPage);
    await samCounselor.sayYes("Jordan");
    await expect(
      samPage.getByText("You said yes. Their access starts only once both of you have."),
    ).toBeVisible();
    await counselorPage.reload();
    await expect(
      counselorPage.getByRole("heading", { name: "Waiting for both people to agree" }),
    ).toBeVisible();

    // Alex says yes too, from the keyboard: now the counselor reads the shared apology.
    await alexCounselor.goto(spaceUrl);
    await alexPage.getByRole("button", { name: "Yes, Jordan may read what we share" }).focus();
    await alexPage.keyboard.press("Enter");
    await expect(alexPage.getByRole("heading", { name: "Jordan is your counselor" })).toBeVisible();
    await counselorPage.reload();
    await counselorPage.getByRole("link", { name: /Alex and Sam|Sam and Alex/ }).click();
    await expect(counselorPage.getByText(apology)).toBeVisible();
    const note = "Before Thursday, each of you write down one evening that felt safe.";
    await counselor.writeNote(note);

    for (const member of [alexCounselor, samCounselor]) {
      await member.goto(spaceUrl);
      await expect(member.notes.getByText(note)).toBeVisible();
      await expect(member.page.getByText(/^The counselor looked on/)).toBeVisible();
    }

    // Screens on a phone, in both themes, before access ends.
    for (const colorScheme of ["light", "dark"] as const) {
      for (const [who, screen] of [
        ["member", samPage],
        ["counselor", counselorPage],
      ] as const) {
        await screen.emulateMedia({ colorScheme });
        await screen.setViewportSize({ width: 375, height: 740 });
        expect(await new CounselorPages(screen).scrollsSideways(), who).toBe(false);
        await screen.screenshot({
          path: testInfo.outputPath(`${who}-375-${colorScheme}.png`),
          fullPage: true,
        });
      }
    }
    await counselorPage.setViewportSize({ width: 1280, height: 800 });
    await counselorPage.screenshot({
      path: testInfo.outputPath("counselor-desktop-dark.png"),
      fullPage: true,
    });

    // Sam ends access alone; the counselor's open page loses it without a reload.
    await samCounselor.endAccess();
    await expect(
      counselorPage.getByRole("heading", { name: "You no longer have access to this space" }),
    ).toBeVisible();
    await expect(counselorPage.getByText(apology)).toHaveCount(0);
    await alexCounselor.goto(spaceUrl);
    await expect(alexPage.getByText(/The counselor's access ended on/)).toBeVisible();
    await expect(alexCounselor.notes.getByText(note)).toBeVisible();
  });
});
