import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";

/**
 * A link to the help lines and safety ideas. The page is open to anyone, signed in or not; inside a space
 * it goes to that space's copy, which links back to the space.
 */
export function SafetyPageLink({ children }: { children: ReactNode }) {
  const { spaceId } = useParams();
  return <Link to={spaceId ? `/spaces/${segment(spaceId)}/safety` : "/safety"}>{children}</Link>;
}
