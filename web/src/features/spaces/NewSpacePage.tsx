import {
  type BreachKind,
  breachKindLabels,
  breachKinds,
  type RelationshipKind,
  relationshipKinds,
  relationshipLabels,
} from "@mend/core/spaces/contract";
import type { BreachView } from "@mend/core/spaces/roles";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { CheckboxGroup, firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { SafetyPageLink } from "../safety/SafetyPageLink.tsx";
import { useCreateSpace } from "./api.ts";
import { BreachViewChoices } from "./BreachViewChoices.tsx";

const relationshipChoices = relationshipKinds.map((kind) => ({
  value: kind,
  label: relationshipLabels[kind],
}));
const breachChoices = breachKinds.map((kind) => ({ value: kind, label: breachKindLabels[kind] }));

const fieldIds = {
  relationship: firstChoiceId("relationship", relationshipChoices),
  otherName: "otherName",
  view: "view-me",
  breachKinds: firstChoiceId("breachKinds", breachChoices),
};

export function NewSpacePage() {
  useDocumentTitle("Start a repair space");
  const navigate = useNavigate();
  const create = useCreateSpace();
  const [relationship, setRelationship] = useState<RelationshipKind | null>(null);
  const [otherName, setOtherName] = useState("");
  const [view, setView] = useState<BreachView | null>(null);
  const [kinds, setKinds] = useState<BreachKind[]>([]);
  const errors = formErrorsFrom(create.error);
  const name = otherName.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { relationship, view, breachKinds: kinds, otherName },
      { onSuccess: (space) => navigate(`/spaces/${space.id}`, { replace: true }) },
    );
  };

  return (
    <div className="page page--narrow">
      <h1>Start a repair space</h1>
      <p className="lead">
        A space is where you and one other person work on rebuilding trust. A few questions set it up. You can
        use it on your own for as long as you like, and invite the other person when you're ready.
      </p>
      <ErrorSummary error={create.error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          id="relationship"
          legend="Who is the other person to you?"
          choices={relationshipChoices}
          value={relationship}
          onChange={setRelationship}
          error={errors.fields.relationship}
        />
        <TextField
          id={fieldIds.otherName}
          label="Their first name"
          hint="Or what you usually call them. It appears on their invitation; once they join, they choose the name shown here."
          value={otherName}
          onChange={setOtherName}
          error={errors.fields.otherName}
          autoComplete="off"
          autoCapitalize="words"
          maxLength={60}
        />
        <BreachViewChoices
          id="view"
          otherName={name}
          value={view}
          onChange={setView}
          error={errors.fields.view}
          hint="There's no wrong answer, and you don't have to be sure. If the two of you see it differently, Mend makes room for both views."
        />
        <CheckboxGroup
          id="breachKinds"
          legend="What happened?"
          hint={`Choose all that fit. If ${name || "the other person"} joins, they'll see these too.`}
          choices={breachChoices}
          value={kinds}
          onChange={setKinds}
          error={errors.fields.breachKinds}
        />
        <aside className="callout callout--care" aria-labelledby="safety-note">
          <h2 id="safety-note" className="callout__title">
            If you don't feel safe
          </h2>
          <p>
            Rebuilding trust only works when both of you are safe. If the other person hurts, threatens or
            controls you, your safety comes first: talking to someone you trust, or to a support service, can
            help you decide what to do next. <SafetyPageLink>Help lines and ways to stay safe</SafetyPageLink>{" "}
            are there whenever you need them.
          </p>
        </aside>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? "Setting up your space…" : "Start the space"}
          </button>
          <Link to="/" className="button button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
