import { type Exporter, iso } from "../ending/export-types.ts";
import { maintenanceRepo } from "./repo.ts";

export const maintenanceExporter: Exporter = {
  id: "maintenance",
  title: "Monthly conversations",
  async items({ db, spaceId, memberId }) {
    return (await maintenanceRepo(db).reviewsOf(spaceId)).map((row) => ({
      title: "Monthly conversation held",
      at: iso(row.heldAt),
      from: "together" as const,
      visibility: "shared" as const,
      details: [{ label: "Marked by", value: row.memberId === memberId ? "You" : "The other person" }],
    }));
  },
};
