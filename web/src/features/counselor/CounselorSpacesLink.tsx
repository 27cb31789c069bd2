import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { counselorDashboardQuery } from "./api.ts";

/** On the list of a person's own spaces: the way to those they counsel, once there are any. */
export function CounselorSpacesLink() {
  const dashboard = useQuery(counselorDashboardQuery);
  const count = dashboard.data?.spaces.length ?? 0;
  if (count === 0) return null;
  return (
    <section className="section" aria-labelledby="counsel-title">
      <h2 id="counsel-title">As a counselor</h2>
      <p>
        <Link to="/counselor">The spaces you counsel</Link>
      </p>
    </section>
  );
}
