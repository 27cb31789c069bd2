import type { SpaceView } from "@mend/core/spaces/contract";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { otherPersonName } from "./api.ts";

interface Place {
  path: string;
  label: string;
  about: string;
}

/**
 * The healing tools of a space, in two small groups: writing for yourself, and time with the other person.
 * The second is left out when `withOther` is false (the safety path, or while that is not yet known).
 */
export function HealingLinks({ space, withOther }: { space: SpaceView; withOther: boolean }) {
  const base = `/spaces/${segment(space.id)}`;
  const name = otherPersonName(space);
  const yourself: Place[] = [
    {
      path: "own-path",
      label: "Your own path",
      about: "Steps for you alone, whatever the other person does",
    },
    { path: "deciding", label: "Deciding", about: "Stay, step away, or take time: your private decision" },
    {
      path: "forgiveness",
      label: space.you.role === "broke_trust" ? "Forgiveness" : "Forgiveness path",
      about:
        space.you.role === "broke_trust"
          ? `Anything ${name} chooses to share from their path`
          : "Five steps, at your own pace",
    },
    { path: "letters", label: "Unsent letters", about: "Say everything; nobody else reads it" },
    { path: "letting-go", label: "Letting-go practices", about: "Short exercises for heavy moments" },
    { path: "reflections", label: "Reflections for yourself", about: "Self-trust, learning, self-kindness" },
  ];
  const together: Place[] = [
    { path: "amends", label: "Amends", about: "Offered or asked for, made and confirmed" },
    { path: "record", label: "The record", about: `What passed between you and ${name}, the same for both` },
    { path: "appreciations", label: "Appreciations", about: `Notice one thing you value about ${name}` },
    { path: "time-together", label: "Time together", about: "Ideas and plans for time on purpose" },
    { path: "closeness", label: "Closeness ladder", about: "Only what you both say yes to" },
    { path: "keeping-it-up", label: "Keeping it up", about: "A weekly check-in and a monthly conversation" },
  ];

  const list = (places: Place[]) => (
    <ul className="heal-places">
      {places.map((place) => (
        <li key={place.path} className="heal-places__item">
          <Link to={`${base}/${place.path}`} className="heal-places__link">
            {place.label}
          </Link>
          <span className="heal-places__about">{place.about}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <nav className="section" aria-labelledby="more-title">
      <h2 id="more-title">More in this space</h2>
      <div className="heal-places-groups">
        <div>
          <h3 className="heal-places__group">For yourself, privately</h3>
          {list(yourself)}
        </div>
        {withOther && (
          <div>
            <h3 className="heal-places__group">With {name}</h3>
            {list(together)}
          </div>
        )}
      </div>
      <p className="heal-places__end">
        <Link to={`${base}/ending`}>Ending the repair</Link>
      </p>
    </nav>
  );
}
