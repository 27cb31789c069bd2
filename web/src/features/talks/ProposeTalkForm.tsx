import { proposeTalkInput } from "@mend/core/talks/contract";
import {
  defaultTalkMinutes,
  type GroundRule,
  groundRuleLabels,
  groundRules,
  maxCustomRuleLength,
  maxCustomRules,
  maxTopicLength,
} from "@mend/core/talks/rules";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { segment } from "../../api/client.ts";
import { CheckboxGroup, firstChoiceId } from "../../ui/ChoiceGroup.tsx";
import { toLocalInput } from "../../ui/DateTimeField.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom, messagesByField } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useProposeTalk } from "./api.ts";
import { startsAtFrom, type WhenChoice, WhenFields } from "./TimeForm.tsx";

const limits = [10, 15, 20, 30, 45, 60, 75, 90] as const;
const ruleChoices = groundRules.map((value) => ({ value, label: groundRuleLabels[value] }));

const ids = {
  topic: "talk-topic",
  startsAt: "propose-when-now",
  limitMinutes: "talk-limit",
  groundRules: firstChoiceId("talk-rules", ruleChoices),
  customRules: "talk-own-rule-0",
};

/** Proposing a talk: what about, when, for how long, and the rules you'd both keep. */
export function ProposeTalkForm({ spaceId, otherName }: { spaceId: string; otherName: string }) {
  const propose = useProposeTalk(spaceId);
  const navigate = useNavigate();
  const [topic, setTopic] = useState("");
  const [when, setWhen] = useState<WhenChoice | null>(null);
  const [at, setAt] = useState(() => toLocalInput(new Date(Date.now() + 86_400_000)));
  const [limit, setLimit] = useState<number>(defaultTalkMinutes);
  const [rules, setRules] = useState<GroundRule[]>([]);
  const [ownRules, setOwnRules] = useState<{ key: number; text: string }[]>([]);
  const [nextKey, setNextKey] = useState(0);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(propose.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (propose.isPending) return;
    const start = startsAtFrom(when, at);
    const own = ownRules.map((rule) => rule.text.trim()).filter((rule) => rule.length > 0);
    const input = {
      topic,
      startsAt: "startsAt" in start ? start.startsAt : null,
      limitMinutes: limit,
      groundRules: rules,
      customRules: own,
    };
    const checked = proposeTalkInput.safeParse(input);
    const fields: Record<string, string> = checked.success ? {} : messagesByField(checked.error.issues);
    if ("problem" in start) fields.startsAt = start.problem;
    if (Object.keys(fields).length > 0 || !checked.success) {
      setProblems({ message: null, fields });
      return;
    }
    setProblems(null);
    propose.mutate(checked.data, {
      onSuccess: (talk) => void navigate(`/spaces/${segment(spaceId)}/talks/${segment(talk.id)}`),
    });
  };

  return (
    <div className="panel">
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={ids.topic}
          label="What would you like to talk about?"
          hint="One topic keeps a hard talk manageable."
          value={topic}
          onChange={setTopic}
          error={errors.fields.topic}
          maxLength={maxTopicLength}
          autoComplete="off"
        />
        <WhenFields
          idPrefix="propose"
          legend="When?"
          otherName={otherName}
          choice={when}
          local={at}
          onChoice={setWhen}
          onLocal={setAt}
          error={errors.fields.startsAt}
        />
        <div className={`field${errors.fields.limitMinutes ? " field--error" : ""}`}>
          <label className="field__label" htmlFor={ids.limitMinutes}>
            Time limit
          </label>
          <div className="field__hint" id="talk-limit-hint">
            A shared timer counts down for both of you. Shorter talks tend to go better.
          </div>
          <select
            id={ids.limitMinutes}
            className="select"
            value={limit}
            aria-describedby="talk-limit-hint"
            onChange={(event) => setLimit(Number(event.target.value))}
          >
            {limits.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </div>
        <CheckboxGroup
          id="talk-rules"
          legend="Ground rules"
          hint={`Choose the ones you'd like to keep. ${otherName} sees them with your proposal.`}
          choices={ruleChoices}
          value={rules}
          onChange={setRules}
          error={errors.fields.groundRules}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Rules of your own (optional)</legend>
          {errors.fields.customRules && (
            <p className="field__error">
              <span className="visually-hidden">Error: </span>
              {errors.fields.customRules}
            </p>
          )}
          {ownRules.map((rule, index) => (
            <div key={rule.key} className="own-rule">
              <TextField
                id={`talk-own-rule-${index}`}
                label={`Your rule ${index + 1}`}
                value={rule.text}
                onChange={(text) =>
                  setOwnRules((all) => all.map((r) => (r.key === rule.key ? { ...r, text } : r)))
                }
                maxLength={maxCustomRuleLength}
                autoComplete="off"
              />
              <button
                type="button"
                className="link-button"
                onClick={() => setOwnRules((all) => all.filter((r) => r.key !== rule.key))}
              >
                Remove rule {index + 1}
              </button>
            </div>
          ))}
          {ownRules.length < maxCustomRules && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setOwnRules((all) => [...all, { key: nextKey, text: "" }]);
                setNextKey((k) => k + 1);
              }}
            >
              Add a rule of your own
            </button>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={propose.isPending}>
            {propose.isPending ? "Sending…" : `Propose the talk to ${otherName}`}
          </button>
        </div>
      </form>
    </div>
  );
}
