import type { SpaceView } from "@mend/core/spaces/contract";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { otherPersonName } from "../spaces/api.ts";

interface Place {
  path: string;
  label: string;
  about: string;
}

/** The space home's links to the tools for facing what happened together, worded for your role. */
export function RepairTools({ space }: { space: SpaceView }) {
  const base = `/spaces/${segment(space.id)}`;
  const name = otherPersonName(space);
  const role = space.you.role;
  const statements: Place[] =
    role === "broke_trust"
      ? [
          {
            path: "acknowledgment",
            label: "Your acknowledgment and apology",
            about: "Name what you did, in your own time",
          },
          {
            path: "impact-statement",
            label: `How it affected ${name}`,
            about: `What ${name} chooses to share`,
          },
        ]
      : role === "hurt"
        ? [
            {
              path: "impact-statement",
              label: "How it affected you",
              about: "Your side, shared when you're ready",
            },
            {
              path: "acknowledgment",
              label: `${name}'s acknowledgment`,
              about: "Read it, and say how it reached you",
            },
          ]
        : [
            {
              path: "acknowledgment",
              label: "Acknowledgment and apology",
              about: "What each of you did, named plainly",
            },
            {
              path: "impact-statement",
              label: "How it affected each of you",
              about: "Both sides, shared when ready",
            },
          ];
  const places: Place[] = [
    ...statements,
    {
      path: "questions",
      label: "Questions and answers",
      about:
        role === "broke_trust"
          ? `Answer what ${name} needs to understand`
          : "Ask what you need to understand",
    },
    { path: "talks", label: "Talks", about: "A topic, a timer, ground rules and a Pause button" },
    {
      path: "triggers",
      label: "Hard moments",
      about: role === "broke_trust" ? `What ${name} chooses to share` : "Note what brings the pain back",
    },
    {
      path: "reassurance",
      label: "Reassurance",
      about: role === "broke_trust" ? `When ${name} asks for it` : `Ask ${name} when you're struggling`,
    },
  ];

  return (
    <nav className="section" aria-labelledby="repair-tools-title">
      <h2 id="repair-tools-title">Facing it together</h2>
      <ul className="tool-links">
        {places.map((place) => (
          <li key={place.path} className="tool-links__item">
            <Link to={`${base}/${place.path}`} className="tool-links__link">
              {place.label}
            </Link>
            <span className="tool-links__about">{place.about}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
