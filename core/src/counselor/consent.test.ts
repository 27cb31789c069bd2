import { describe, expect, it } from "vitest";
import {
  acceptLink,
  accessStartedAt,
  type CounselorPeriod,
  consent,
  counselorMayRead,
  counselorStatus,
  endAccess,
  invite,
} from "./consent.ts";

const members = ["member-a", "member-b"];
const memberAccounts = ["account-a", "account-b"];
const at = (minute: number) => new Date(Date.UTC(2026, 4, 4, 12, minute));

function step(result: ReturnType<typeof invite>): CounselorPeriod {
  if (!result.ok) throw new Error(result.message);
  return result.period;
}

function activePeriod(): CounselorPeriod {
  let period = step(invite(undefined, members));
  period = step(acceptLink(period, "counselor", memberAccounts));
  period = step(consent(period, "member-a", at(1)));
  return step(consent(period, "member-b", at(2)));
}

describe("a counselor's access needs both people", () => {
  it("starts as an open link that shows the counselor nothing", () => {
    const period = step(invite(undefined, members));
    expect(counselorStatus(period, members)).toBe("link_open");
    expect(counselorMayRead(period, "counselor", members)).toBe(false);
  });

  it("waits for both once the counselor has opened the link, and one yes is not enough", () => {
    let period = step(acceptLink(step(invite(undefined, members)), "counselor", memberAccounts));
    expect(counselorStatus(period, members)).toBe("waiting_for_both");
    period = step(consent(period, "member-a", at(1)));
    expect(counselorStatus(period, members)).toBe("waiting_for_both");
    expect(counselorMayRead(period, "counselor", members)).toBe(false);
  });

  it("becomes active with both yeses, from the second", () => {
    const period = activePeriod();
    expect(counselorStatus(period, members)).toBe("active");
    expect(accessStartedAt(period, members)).toEqual(at(2));
    expect(counselorMayRead(period, "counselor", members)).toBe(true);
    expect(counselorMayRead(period, "someone-else", members)).toBe(false);
  });

  it("lets a yes be given only once someone has opened the link", () => {
    const result = consent(step(invite(undefined, members)), "member-a", at(1));
    expect(result).toMatchObject({ ok: false, refused: "no_counselor_yet" });
  });

  it("refuses a member of the space as the counselor, and a second person on a used link", () => {
    const period = step(invite(undefined, members));
    expect(acceptLink(period, "account-a", memberAccounts)).toMatchObject({
      ok: false,
      refused: "is_member",
    });
    const taken = step(acceptLink(period, "counselor", memberAccounts));
    expect(acceptLink(taken, "another", memberAccounts)).toMatchObject({ ok: false, refused: "link_used" });
    expect(step(acceptLink(taken, "counselor", memberAccounts))).toBe(taken);
  });

  it("counts a yes once", () => {
    const period = activePeriod();
    expect(step(consent(period, "member-a", at(9)))).toBe(period);
  });
});

describe("either person ends it alone", () => {
  it.each(["member-a", "member-b"])("ends at once, whoever ends it, and keeps no trace of who", () => {
    const ended = endAccess(activePeriod(), at(5));
    expect(counselorStatus(ended, members)).toBe("ended");
    expect(counselorMayRead(ended, "counselor", members)).toBe(false);
    expect(Object.keys(ended).sort()).toEqual(["consents", "counselorAccountId", "endedAt"]);
  });

  it("stays ended: no yes and no link brings it back", () => {
    const ended = endAccess(activePeriod(), at(5));
    expect(endAccess(ended, at(6)).endedAt).toEqual(at(5));
    expect(consent(ended, "member-a", at(6))).toMatchObject({ ok: false, refused: "ended" });
    expect(acceptLink(ended, "counselor", memberAccounts)).toMatchObject({ ok: false, refused: "ended" });
  });

  it("needs both yeses again after inviting again", () => {
    const ended = endAccess(activePeriod(), at(5));
    let again = step(invite(ended, members));
    again = step(acceptLink(again, "counselor", memberAccounts));
    again = step(consent(again, "member-b", at(7)));
    expect(counselorStatus(again, members)).toBe("waiting_for_both");
    again = step(consent(again, "member-a", at(8)));
    expect(counselorStatus(again, members)).toBe("active");
  });

  it("does not invite a second counselor while one is part of the space", () => {
    expect(invite(activePeriod(), members)).toMatchObject({ ok: false, refused: "already_has_counselor" });
  });
});

describe("a change of people closes access", () => {
  it("is not active for a newcomer who has not said yes", () => {
    const period = activePeriod();
    expect(counselorStatus(period, ["member-a", "newcomer"])).toBe("waiting_for_both");
    expect(counselorStatus(period, ["member-a"])).toBe("waiting_for_both");
    expect(counselorMayRead(period, "counselor", ["member-a", "newcomer"])).toBe(false);
  });
});
