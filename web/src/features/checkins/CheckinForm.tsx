import {
  type CheckinKind,
  checkinKinds,
  checkinText,
  maxRating,
  minRating,
  type SafetyFeeling,
  type ShareableSection,
  safetyFeelings,
  trustSignLabels,
  trustSigns,
} from "@mend/core/checkins/fields";
import { maxNeedLength, maxNoteLength } from "@mend/core/checkins/schema";
import { trustElements, trustElementText } from "@mend/core/trust/elements";
import { type FormEvent, type ReactNode, useState } from "react";
import { CheckboxGroup, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { DraftNote, OpenVaultInPlace } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { useVaultState } from "../vault/VaultGate.tsx";
import { vaultKeyOf } from "../vault/vault-keys.ts";
import { type CheckinDraft, draftProblems, emptyDraft, sectionsOf } from "./draft.ts";
import { EmotionPicker } from "./EmotionPicker.tsx";
import { firstScaleId, RatingScale } from "./RatingScale.tsx";
import { ShareSwitch } from "./ShareSwitch.tsx";
import { SharingSummary } from "./SharingSummary.tsx";

const prefix = "checkin";

const fieldIds: Record<string, string> = {
  kind: `${prefix}-kind-daily`,
  trustNow: firstScaleId(`${prefix}-trustNow`, minRating),
  ...Object.fromEntries(
    trustElements.map((element) => [element, firstScaleId(`${prefix}-${element}`, minRating)]),
  ),
  elements: firstScaleId(`${prefix}-honesty`, minRating),
  emotions: `${prefix}-emotions-anger`,
  signs: `${prefix}-signs-${trustSigns[0]}`,
  need: `${prefix}-need`,
  privateNote: `${prefix}-privateNote`,
  safety: `${prefix}-feelSafe-yes`,
  sharing: `${prefix}-share-trustNow`,
};

interface Props {
  accountId: string;
  spaceId: string;
  initialKind: CheckinKind;
  otherName: string;
  pending: boolean;
  serverError: unknown;
  /** `saved` is called once the check-in has gone through, so its words are no longer kept as a draft. */
  onSubmit: (draft: CheckinDraft, saved: () => void) => void;
}

/** One part of the check-in: its question, and below it the switch that decides who sees it. */
function Part({ children, share }: { children: ReactNode; share?: ReactNode }) {
  return (
    <div className="checkin-part">
      {children}
      {share}
    </div>
  );
}

export function CheckinForm({
  accountId,
  spaceId,
  initialKind,
  otherName,
  pending,
  serverError,
  onSubmit,
}: Props) {
  const [draft, setDraft] = useState<CheckinDraft>(() => emptyDraft(initialKind));
  // The note is sealed in this tab before it is sent, so it can be written only while the vault is open.
  const vaultOpen = useVaultState(accountId) === "open" && vaultKeyOf(accountId) !== null;
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);
  const errors = localErrors ?? formErrorsFrom(serverError);
  const update = (change: Partial<CheckinDraft>) => setDraft((current) => ({ ...current, ...change }));
  const words = useDraft({
    spaceId,
    formKey: "checkin:new",
    value: { need: draft.need, privateNote: draft.privateNote },
    restore: (fields) => update({ need: fields.need ?? "", privateNote: fields.privateNote ?? "" }),
  });

  const shareSwitch = (section: ShareableSection) => (
    <ShareSwitch
      idPrefix={prefix}
      section={section}
      otherName={otherName}
      checked={draft.sharing[section]}
      onChange={(checked) => setDraft((d) => ({ ...d, sharing: { ...d.sharing, [section]: checked } }))}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const problems = draftProblems(draft);
    if (Object.keys(problems.fields).length > 0) {
      setLocalErrors(problems);
      return;
    }
    setLocalErrors(null);
    onSubmit(draft, words.clear);
  };

  return (
    <>
      <ErrorSummary
        errors={localErrors ?? undefined}
        error={serverError}
        fieldIds={fieldIds}
        title="A few answers still need a look"
      />
      <form className="form checkin-form" onSubmit={submit} noValidate>
        <RadioGroup
          id={`${prefix}-kind`}
          legend="Which check-in?"
          choices={checkinKinds.map((kind) => ({
            value: kind,
            label: checkinText[kind].title,
            hint: checkinText[kind].duration,
          }))}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          error={errors.fields.kind}
        />

        <Part share={shareSwitch("trustNow")}>
          <RatingScale
            id={`${prefix}-trustNow`}
            legend={checkinText.trustNow.question}
            min={minRating}
            max={maxRating}
            lowLabel={checkinText.trustNow.low}
            highLabel={checkinText.trustNow.high}
            value={draft.trustNow}
            onChange={(trustNow) => update({ trustNow })}
            error={errors.fields.trustNow}
          />
        </Part>

        {draft.kind === "weekly" && (
          <Part share={shareSwitch("elements")}>
            <fieldset className={`fieldset${errors.fields.elements ? " field--error" : ""}`}>
              <legend className="fieldset__legend">The five parts of trust</legend>
              <p className="field__hint">{checkinText.elements.intro}</p>
              {errors.fields.elements && (
                <p className="field__error">
                  <span className="visually-hidden">Error: </span>
                  {errors.fields.elements}
                </p>
              )}
              {trustElements.map((element) => (
                <RatingScale
                  key={element}
                  id={`${prefix}-${element}`}
                  legend={trustElementText[element].label}
                  hint={trustElementText[element].meaning}
                  min={minRating}
                  max={maxRating}
                  lowLabel="Not at all"
                  highLabel="Fully"
                  value={draft.elements[element]}
                  onChange={(rating) =>
                    setDraft((d) => ({ ...d, elements: { ...d.elements, [element]: rating } }))
                  }
                  error={errors.fields[element]}
                />
              ))}
            </fieldset>
          </Part>
        )}

        <Part share={shareSwitch("emotions")}>
          <EmotionPicker
            id={`${prefix}-emotions`}
            value={draft.emotions}
            onChange={(emotions) => update({ emotions })}
            error={errors.fields.emotions}
          />
        </Part>

        <Part share={shareSwitch("signs")}>
          <CheckboxGroup
            id={`${prefix}-signs`}
            legend={checkinText.signs.question}
            choices={trustSigns.map((sign) => ({ value: sign, label: trustSignLabels[sign] }))}
            value={draft.signs}
            onChange={(signs) => update({ signs })}
            error={errors.fields.signs}
          />
        </Part>

        <Part share={shareSwitch("need")}>
          <TextField
            id={`${prefix}-need`}
            label={checkinText.need.question}
            hint={`${checkinText.need.hint} You can leave it empty.`}
            value={draft.need}
            onChange={(need) => update({ need })}
            maxLength={maxNeedLength}
            autoCapitalize="sentences"
            error={errors.fields.need}
          />
        </Part>

        <Part share={<p className="share__effect share__effect--always">Always private.</p>}>
          {vaultOpen ? (
            <TextArea
              id={`${prefix}-privateNote`}
              rows={4}
              label={checkinText.privateNote.question}
              hint={`${checkinText.privateNote.hint} It is kept in your vault.`}
              value={draft.privateNote}
              onChange={(privateNote) => update({ privateNote })}
              maxLength={maxNoteLength}
              error={errors.fields.privateNote}
            />
          ) : (
            <p className="field__hint" id={`${prefix}-privateNote`}>
              {checkinText.privateNote.question}:{" "}
              <OpenVaultInPlace
                accountId={accountId}
                why="so a note can't be written here yet, and no draft of this check-in is kept."
              />
            </p>
          )}
          {/* While the vault is locked, the line above already says that no draft is kept. */}
          {vaultOpen && <DraftNote draft={words} />}
        </Part>

        <SafetyQuestions draft={draft} update={update} error={errors.fields.safety} />

        <SharingSummary otherName={otherName} sharing={draft.sharing} sections={sectionsOf(draft.kind)} />

        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {pending ? "Saving…" : "Save my check-in"}
        </button>
      </form>
    </>
  );
}

function SafetyQuestions({
  draft,
  update,
  error,
}: {
  draft: CheckinDraft;
  update: (change: Partial<CheckinDraft>) => void;
  error: string | undefined;
}) {
  const answered = draft.feelSafe !== null || draft.pressured !== null;
  return (
    <section className="checkin-part checkin-part--private" aria-labelledby="checkin-safety-title">
      <h2 id="checkin-safety-title" className="checkin-part__title">
        Your safety <span className="muted">(you can skip this)</span>
      </h2>
      <p className="field__hint">{checkinText.safety.intro}</p>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <RadioGroup<SafetyFeeling>
        id={`${prefix}-feelSafe`}
        legend={checkinText.safety.feelSafe}
        choices={safetyFeelings.map((feeling) => ({
          value: feeling,
          label: checkinText.safety.feelSafeOptions[feeling],
        }))}
        value={draft.feelSafe}
        onChange={(feelSafe) => update({ feelSafe })}
      />
      <RadioGroup<"yes" | "no">
        id={`${prefix}-pressured`}
        legend={checkinText.safety.pressured}
        choices={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        value={draft.pressured}
        onChange={(pressured) => update({ pressured })}
      />
      {answered && (
        <button
          type="button"
          className="link-button"
          onClick={() => update({ feelSafe: null, pressured: null })}
        >
          Clear my answers to these two questions
        </button>
      )}
    </section>
  );
}
