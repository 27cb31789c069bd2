import { Link } from "react-router";
import { segment } from "../../api/client.ts";

const places = [
  { id: "agreements", path: "agreements", label: "Agreements and boundaries" },
  { id: "promises", path: "promises", label: "Promises" },
  { id: "consistency", path: "consistency", label: "Consistency" },
] as const;

/** The three places about keeping your word, side by side. */
export function FeatureNav({
  spaceId,
  current,
}: {
  spaceId: string;
  current: (typeof places)[number]["id"];
}) {
  return (
    <nav className="feature-nav" aria-label="Keeping your word">
      <ul className="feature-nav__list">
        {places.map((place) => (
          <li key={place.id}>
            <Link
              to={`/spaces/${segment(spaceId)}/${place.path}`}
              className="feature-nav__link"
              aria-current={place.id === current ? "page" : undefined}
            >
              {place.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
