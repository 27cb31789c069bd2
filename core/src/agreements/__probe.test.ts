import { it } from "vitest";
import { occurrencesBetween } from "./schedule.ts";
it("probe", () => {
  const o = occurrencesBetween({ kind: "weekly", time: "18:00", days: ["mon","thu"], startsOn: "2026-03-25" }, "Europe/London", new Date("2026-03-20T00:00Z"), new Date("2026-04-10T00:00Z"));
  console.log(o.map(x => x.key + " " + x.dueAt.toISOString()));
  const d = occurrencesBetween({ kind: "daily", time: "01:30", startsOn: "2026-03-27", endsOn: "2026-03-30" }, "Europe/London", new Date("2026-03-20T00:00Z"), new Date("2026-04-10T00:00Z"));
  console.log(d.map(x => x.key + " " + x.dueAt.toISOString()));
});
