import type { CheckinCadenceInput, CheckinCadenceView } from "@mend/core/checkins/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { type Choice, RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { cadenceQuery, useSaveCadence } from "./api.ts";

type Rhythm = CheckinCadenceView["rhythm"];

const rhythmChoices: ReadonlyArray<Choice<Rhythm>> = [
  {
    value: "auto",
    label: "As I go",
    hint: "Every day while you check in daily; once a week if you stop.",
  },
  { value: "daily", label: "Every day", hint: "In the evening, if you haven't checked in that day." },
  { value: "weekly", label: "Once a week", hint: "On the day you choose below." },
  { value: "off", label: "No set rhythm", hint: "No check-in reminders, and none in your calendar." },
];

/** Day names as the calendar counts them: 0 is Sunday. */
const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * How often the viewer means to check in: it sets when their check-in reminder comes and what their
 * calendar feed repeats. It is theirs alone; the other person never learns it.
 */
export function CheckinRhythm({ spaceId, otherName }: { spaceId: string; otherName: string }) {
  const cadence = useQuery(cadenceQuery(spaceId));
  return (
    <section className="section" aria-labelledby="checkin-rhythm-title">
      <h2 id="checkin-rhythm-title">How often you check in</h2>
      {cadence.isPending ? (
        <LoadingState label="Getting your rhythm…" />
      ) : cadence.isError ? (
        <ErrorState error={cadence.error} onRetry={() => void cadence.refetch()} />
      ) : (
        <RhythmForm spaceId={spaceId} otherName={otherName} saved={cadence.data} />
      )}
    </section>
  );
}

function RhythmForm({
  spaceId,
  otherName,
  saved,
}: {
  spaceId: string;
  otherName: string;
  saved: CheckinCadenceView;
}) {
  const save = useSaveCadence(spaceId);
  const [rhythm, setRhythm] = useState<Rhythm>(saved.rhythm);
  const [weekday, setWeekday] = useState(saved.rhythm === "weekly" ? saved.weekday : 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const timeZone = browserTimeZone();
    const body: CheckinCadenceInput =
      rhythm === "weekly"
        ? { rhythm, weekday, timeZone }
        : rhythm === "daily"
          ? { rhythm, timeZone }
          : { rhythm };
    save.mutate(body);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Check-in rhythm">
      <ErrorSummary
        error={save.error}
        fieldIds={{ rhythm: "checkin-rhythm--auto", weekday: "checkin-rhythm-weekday" }}
      />
      <RadioGroup
        id="checkin-rhythm"
        legend="Your rhythm"
        hint={
          <>
            Only you see this; {otherName} isn't told. It sets when{" "}
            <Link to="/account/reminders">your check-in reminder</Link> comes (if you turned it on) and what
            your calendar feed shows.
          </>
        }
        choices={rhythmChoices}
        value={rhythm}
        onChange={(value) => {
          setRhythm(value);
          save.reset();
        }}
      />
      {rhythm === "weekly" && (
        <div className="field">
          <label className="field__label" htmlFor="checkin-rhythm-weekday">
            Day of the week
          </label>
          <select
            id="checkin-rhythm-weekday"
            className="select"
            value={weekday}
            onChange={(event) => {
              setWeekday(Number(event.target.value));
              save.reset();
            }}
          >
            {weekdays.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {save.isSuccess && <Notice>Your check-in rhythm is saved.</Notice>}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save rhythm"}
        </button>
      </div>
    </form>
  );
}
