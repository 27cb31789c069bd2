import { AgreementPage, AgreementsPage } from "../pages/agreements-page.ts";
import { expect, test } from "../support/fixtures.ts";
import { joinedPair } from "../support/joined-pair.ts";

test.describe("agreements", () => {
  test("a proposal answered with changes and then accepted is in place for both, with every version, on screens left open", async ({
    page,
    openDevice,
  }) => {
    const { second, spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: { relationship: "Partner", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] },
      secondView: "Alex did",
    });
    const first = "We each say when plans change, before the time we said.";
    const countered = "We each say when plans change, at least an hour before.";

    const alexList = await new AgreementsPage(page).goto(spaceUrl);
    const alex = await alexList.propose("Sam", {
      what: first,
      need: "Not being left wondering where the other is.",
      consequence: "We talk about it that evening, calmly.",
      topic: "Time and plans",
      appliesTo: "Both of us",
    });
    await expect(alex.state("Proposed")).toBeVisible();

    const samList = await new AgreementsPage(second.page).goto(spaceUrl);
    const sam = await samList.open(first);
    await sam.suggestChanges("Alex", countered);
    await expect(sam.state("Changes suggested")).toBeVisible();

    // Alex's page, open all along, shows Sam's changes without a reload.
    await expect(alex.main.getByRole("region", { name: "What was proposed" })).toContainText(countered, {
      timeout: 2000,
    });
    await alex.accept();
    await expect(alex.state("In place")).toBeVisible();
    await expect(alex.versions.getByRole("listitem")).toHaveCount(2);
    await expect(alex.versions).toContainText(first);
    await expect(alex.versions.getByRole("heading", { name: "Version 2 (in force)" })).toBeVisible();
    await expect(alex.history).toContainText("Sam suggested changes");
    await expect(alex.history).toContainText("You accepted, so it came into force");

    const samView = new AgreementPage(second.page);
    await expect(samView.state("In place")).toBeVisible({ timeout: 2000 });
    await expect(samView.main.getByRole("region", { name: "What you agreed" })).toContainText(countered);
    await expect(samView.versions.getByRole("listitem")).toHaveCount(2);
    await expect(samView.history).toContainText("Alex accepted, so it came into force");
  });

  test("wording that controls the other person is flagged while it is being drafted", async ({
    page,
    openDevice,
  }) => {
    const { spaceUrl } = await joinedPair(page, openDevice, {
      names: ["Alex", "Sam"],
      space: {
        relationship: "Partner",
        whoBrokeTrust: "Sam did",
        whatHappened: ["Infidelity (physical or emotional)"],
      },
      secondView: "I did",
    });
    const agreements = await new AgreementsPage(page).goto(spaceUrl);
    await agreements.startProposal();
    await agreements.main
      .getByLabel("What you agree", { exact: true })
      .fill("You will share your location with me at all times and not see your friends");
    await expect(agreements.controlWarning).toBeVisible();
    await expect(agreements.main).toContainText("A boundary says what you need");

    // Rewritten as a need of one's own, the warning goes away.
    await agreements.main
      .getByLabel("What you agree", { exact: true })
      .fill("We tell each other our plans for the evening before we go out");
    await expect(agreements.controlWarning).toBeHidden();
  });
});
