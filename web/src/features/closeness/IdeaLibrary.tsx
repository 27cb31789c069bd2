import {
  type Cost,
  costLabels,
  costLevels,
  type Effort,
  effortLabels,
  effortLevels,
  type IdeaCategory,
  ideaCategories,
  ideaCategoryLabels,
  ideasFor,
  type TimeTogetherIdea,
} from "@mend/core/closeness/ideas";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { useState } from "react";
import { EmptyState } from "../../ui/States.tsx";
import { PlanForm } from "./PlanForm.tsx";

type Filter<T extends string> = T | "any";

function Select<T extends string>(props: {
  id: string;
  label: string;
  value: Filter<T>;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: Filter<T>) => void;
}) {
  return (
    <div className="field heal-filter">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as Filter<T>)}
      >
        <option value="any">Any</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Ideas that suit the relationship, filtered by effort and cost, grouped by kind. */
export function IdeaLibrary({ spaceId, relationship }: { spaceId: string; relationship: RelationshipKind }) {
  const [effort, setEffort] = useState<Filter<Effort>>("any");
  const [cost, setCost] = useState<Filter<Cost>>("any");
  const [kind, setKind] = useState<Filter<IdeaCategory>>("any");
  const [planning, setPlanning] = useState<string | null>(null);
  const [planned, setPlanned] = useState<string | null>(null);
  const ideas = ideasFor(relationship).filter(
    (idea) =>
      (kind === "any" || idea.category === kind) &&
      (effort === "any" || idea.effort === effort) &&
      (cost === "any" || idea.cost === cost),
  );

  return (
    <section className="section" aria-labelledby="ideas-title">
      <h2 id="ideas-title">Ideas to choose from</h2>
      <fieldset className="fieldset heal-filters">
        <legend className="visually-hidden">Filter the ideas</legend>
        <Select
          id="kind"
          label="Kind"
          value={kind}
          options={ideaCategories}
          labels={ideaCategoryLabels}
          onChange={setKind}
        />
        <Select
          id="effort"
          label="Effort"
          value={effort}
          options={effortLevels}
          labels={effortLabels}
          onChange={setEffort}
        />
        <Select
          id="cost"
          label="Cost"
          value={cost}
          options={costLevels}
          labels={costLabels}
          onChange={setCost}
        />
      </fieldset>
      <p className="muted" role="status">
        {ideas.length === 1 ? "1 idea" : `${ideas.length} ideas`}
      </p>
      {ideas.length === 0 && (
        <EmptyState title="No ideas match these choices">
          <p>Try "Any" for one of them, or write your own idea above.</p>
        </EmptyState>
      )}
      {ideaCategories.map((category) => {
        const inCategory = ideas.filter((idea) => idea.category === category);
        if (inCategory.length === 0) return null;
        return (
          <div key={category} className="heal-idea-group">
            <h3>{ideaCategoryLabels[category]}</h3>
            <ul className="heal-ideas">
              {inCategory.map((idea) => (
                <li key={idea.id}>
                  <Idea
                    spaceId={spaceId}
                    idea={idea}
                    open={planning === idea.id}
                    justPlanned={planned === idea.id}
                    onOpen={() => {
                      setPlanned(null);
                      setPlanning(idea.id);
                    }}
                    onCancel={() => setPlanning(null)}
                    onSaved={() => {
                      setPlanning(null);
                      setPlanned(idea.id);
                    }}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Idea(props: {
  spaceId: string;
  idea: TimeTogetherIdea;
  open: boolean;
  justPlanned: boolean;
  onOpen: () => void;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { idea } = props;
  const titleId = `idea-${idea.id}`;
  return (
    <article className="heal-idea" aria-labelledby={titleId}>
      <h4 id={titleId} className="heal-idea__title">
        {idea.title}
      </h4>
      <p className="heal-idea__detail">{idea.detail}</p>
      <p className="heal-idea__tags">
        <span className="tag">{effortLabels[idea.effort]}</span>{" "}
        <span className="tag">{costLabels[idea.cost]}</span>
      </p>
      {props.open ? (
        <PlanForm spaceId={props.spaceId} idea={idea} onSaved={props.onSaved} onCancel={props.onCancel} />
      ) : (
        <>
          {props.justPlanned && (
            <p className="heal-idea__planned" role="status">
              Added to your plans.
            </p>
          )}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={props.onOpen}
            aria-label={`Plan this: ${idea.title}`}
          >
            Plan this
          </button>
        </>
      )}
    </article>
  );
}
