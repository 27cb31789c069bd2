import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { otherPersonName } from "../spaces/api.ts";
import { appreciationsQuery } from "./api.ts";

const shown = 3;

function linkText(more: boolean, writeTo: string | null): string {
  if (more) return writeTo ? `See them all, or write one for ${writeTo}` : "See them all";
  return writeTo ? `Write one for ${writeTo}` : "Open appreciations";
}

/** The space home's small card: the latest appreciations received. Nothing about what was read. */
export function AppreciationsCard({ space }: { space: SpaceView }) {
  const appreciations = useQuery(appreciationsQuery(space.id));
  const received = appreciations.data?.received ?? [];
  const name = otherPersonName(space);
  // Before anyone has joined there is nothing to receive and nobody to write to.
  if (!appreciations.isSuccess || (space.other === null && received.length === 0)) return null;

  return (
    <section className="section" aria-labelledby="appreciations-card-title">
      <div className="panel heal-card">
        <h2 id="appreciations-card-title">Appreciations from {name}</h2>
        {received.length === 0 ? (
          <p className="muted">Nothing here yet. Anything {name} writes for you will appear here.</p>
        ) : (
          <ul className="heal-list">
            {received.slice(0, shown).map((item) => (
              <li key={item.id} className="heal-note">
                <p className="heal-note__text">{item.text}</p>
                <p className="heal-note__date">{formatDate(item.createdAt)}</p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/spaces/${segment(space.id)}/appreciations`}>
            {linkText(received.length > shown, space.other ? name : null)}
          </Link>
        </p>
      </div>
    </section>
  );
}
