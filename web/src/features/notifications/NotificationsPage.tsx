import {
  type DetailLevel,
  defaultQuietHours,
  type NotificationPreferencesView,
  notificationPreferencesInput,
} from "@mend/core/notifications/contract";
import type { ReminderKind } from "@mend/core/reminders/kinds";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { configQuery } from "../../app/config.ts";
import { CheckboxGroup, type Choice, firstChoiceId, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { preferencesQuery, useSavePreferences } from "./api.ts";
import { ThisDevice } from "./ThisDevice.tsx";

const kindChoices: ReadonlyArray<{ value: ReminderKind; label: string }> = [
  { value: "promise-due", label: "One of my promises is due" },
  { value: "promise-to-confirm", label: "A kept promise is ready for me to confirm" },
  { value: "checkin-due", label: "It's time for my check-in" },
  { value: "talk-soon", label: "A talk we agreed on starts soon" },
  { value: "agreement-review-due", label: "An agreement is due for review" },
  { value: "shared-with-you", label: "Something was shared with me" },
  { value: "monthly-conversation", label: "It's time for the monthly conversation" },
  { value: "decision-revisit", label: "The date I set to look at my decision again" },
];

const detailChoices: ReadonlyArray<{ value: DetailLevel; label: string; hint: string }> = [
  {
    value: "discreet",
    label: "Discreet",
    hint: "Every reminder says only “Mend: Something is waiting for you”.",
  },
  {
    value: "more",
    label: "A little more",
    hint: "Says what kind of thing is waiting, such as “It's time for your check-in”. Never a name or anything written.",
  },
];

const channelChoices: ReadonlyArray<Choice<"push" | "email">> = [
  { value: "push", label: "As a notification on the devices I turn on below" },
  {
    value: "email",
    label: "By email",
    hint: "One email gathers what is waiting, half an hour after the first reminder. The subject is always “Mend: something is waiting for you”. Each email has a link that stops them.",
  },
];

const fieldIds = {
  kinds: "reminder-kinds",
  quietStart: "quiet-start",
  quietEnd: "quiet-end",
  timeZone: "reminder-time-zone",
  detail: "reminder-detail",
};

/** Where the error summary's links lead, by the field names the contract uses. */
const summaryTargets = {
  kinds: firstChoiceId(fieldIds.kinds, kindChoices),
  quietHours: fieldIds.quietStart,
  timeZone: fieldIds.timeZone,
  detail: firstChoiceId(fieldIds.detail, detailChoices),
};

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every zone the browser knows, with the chosen one kept even if this browser does not list it. */
function timeZones(chosen: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return known.includes(chosen) ? known : [chosen, ...known];
}

/** Which reminders reach this person, where, when not, and how much they say. */
export function NotificationsPage() {
  useDocumentTitle("Reminders");
  const preferences = useQuery(preferencesQuery);
  return (
    <div className="page page--narrow">
      <p className="aside">
        <Link to="/account">Back to your account</Link>
      </p>
      <h1>Reminders</h1>
      <p className="lead">
        Mend can remind you when something is waiting for you. Everything starts switched off: choose only
        what helps you.
      </p>
      <p>
        The other person never learns whether you turned any of this on, and nothing on this page appears in a
        space you share.
      </p>
      {preferences.isPending && <LoadingState label="Loading your reminder settings…" />}
      {preferences.isError && (
        <ErrorState
          title="We couldn't load your reminder settings"
          error={preferences.error}
          onRetry={() => void preferences.refetch()}
        />
      )}
      {preferences.data && <PreferencesForm saved={preferences.data} />}
    </div>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferencesView }) {
  const emailAvailable = useQuery(configQuery).data?.email ?? false;
  const save = useSavePreferences();
  const [kinds, setKinds] = useState<ReminderKind[]>(saved.kinds);
  const [push, setPush] = useState(saved.push);
  const [email, setEmail] = useState(saved.email);
  const [quiet, setQuiet] = useState(saved.quietHours !== null);
  const [quietStart, setQuietStart] = useState(saved.quietHours?.start ?? defaultQuietHours.start);
  const [quietEnd, setQuietEnd] = useState(saved.quietHours?.end ?? defaultQuietHours.end);
  const [timeZone, setTimeZone] = useState(saved.timeZone ?? browserTimeZone());
  const [detail, setDetail] = useState<DetailLevel>(saved.detail);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(save.error);
  const changed = () => save.reset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = checkInput(notificationPreferencesInput, {
      kinds,
      push,
      email: emailAvailable && email,
      quietHours: quiet ? { start: quietStart, end: quietEnd } : null,
      detail,
      timeZone,
    });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    save.mutate(checked.input);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Reminder settings">
      <ErrorSummary error={save.error} errors={problems ?? undefined} fieldIds={summaryTargets} />
      <CheckboxGroup
        id={fieldIds.kinds}
        legend="Remind me when…"
        hint="Reminders are only about your own rhythm, or something the other person chose to share with you."
        choices={kindChoices}
        value={kinds}
        onChange={(next) => {
          setKinds(next);
          changed();
        }}
        error={errors.fields.kinds}
      />

      <CheckboxGroup
        id="reminder-channels"
        legend="How reminders reach you"
        choices={emailAvailable ? channelChoices : channelChoices.filter((c) => c.value !== "email")}
        value={[...(push ? ["push" as const] : []), ...(email ? ["email" as const] : [])]}
        onChange={(next) => {
          setPush(next.includes("push"));
          setEmail(next.includes("email"));
          changed();
        }}
      />

      <ThisDevice devices={saved.pushDevices} />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">Quiet hours</legend>
        <div className="field__hint">A reminder due in your quiet hours waits until they end.</div>
        <div className="choices choices--checkbox">
          <div className="choice">
            <input
              className="choice__input"
              type="checkbox"
              id="quiet-on"
              checked={quiet}
              onChange={(event) => {
                setQuiet(event.target.checked);
                changed();
              }}
            />
            <label className="choice__label" htmlFor="quiet-on">
              Keep quiet hours
            </label>
          </div>
        </div>
        {quiet && (
          <div className="quiet-hours">
            <InputField
              id={fieldIds.quietStart}
              label="From"
              type="time"
              inputClassName="input input--time"
              value={quietStart}
              onChange={(value) => {
                setQuietStart(value);
                changed();
              }}
              error={errors.fields.quietHours}
            />
            <InputField
              id={fieldIds.quietEnd}
              label="Until"
              type="time"
              inputClassName="input input--time"
              value={quietEnd}
              onChange={(value) => {
                setQuietEnd(value);
                changed();
              }}
            />
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={fieldIds.timeZone}>
            Your time zone
          </label>
          <div className="field__hint" id={`${fieldIds.timeZone}-hint`}>
            Quiet hours are read in this time zone.
          </div>
          <select
            id={fieldIds.timeZone}
            className="select"
            value={timeZone}
            aria-describedby={`${fieldIds.timeZone}-hint`}
            onChange={(event) => {
              setTimeZone(event.target.value);
              changed();
            }}
          >
            {timeZones(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <RadioGroup
        id={fieldIds.detail}
        legend="What a reminder says"
        hint="Someone may see your screen or inbox. Neither choice names anyone or shows what was written."
        choices={detailChoices}
        value={detail}
        onChange={(value) => {
          setDetail(value);
          changed();
        }}
        error={errors.fields.detail}
      />

      {save.isSuccess && <Notice>Your reminder settings are saved.</Notice>}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save reminder settings"}
        </button>
      </div>
    </form>
  );
}
