import { type AgreementDetailView, type BreachView, reportBreachInput } from "@mend/core/agreements/contract";
import { type FormEvent, useState } from "react";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useAgreementStep, useRespondToBreach } from "./api.ts";
import { FormButtons } from "./FormButtons.tsx";
import { who } from "./words.ts";

interface Props {
  spaceId: string;
  agreement: AgreementDetailView;
  name: string;
  onDone: (message: string) => void;
}

/** Times the agreement was broken: owned up to, or reported and answered with the other side of it. */
export function Breaches({ spaceId, agreement, name, onDone }: Props) {
  const [reporting, setReporting] = useState(false);
  const reports = agreement.breachReports;
  if (reports.length === 0 && !agreement.can.reportBreach) return null;
  return (
    <section className="section" aria-labelledby="breaches-title">
      <h2 id="breaches-title">When it was broken</h2>
      {reports.length === 0 ? (
        <p className="muted">Nothing reported.</p>
      ) : (
        <ul className="breach-list">
          {reports.map((breach) => (
            <BreachItem
              key={breach.id}
              spaceId={spaceId}
              agreementId={agreement.id}
              breach={breach}
              name={name}
              onDone={onDone}
            />
          ))}
        </ul>
      )}
      {agreement.can.reportBreach &&
        (reporting ? (
          <div className="panel">
            <ReportForm
              spaceId={spaceId}
              agreementId={agreement.id}
              name={name}
              onDone={(message) => {
                setReporting(false);
                onDone(message);
              }}
              onCancel={() => setReporting(false)}
            />
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setReporting(true)}>
            Say it was broken
          </button>
        ))}
    </section>
  );
}

function BreachItem({
  spaceId,
  agreementId,
  breach,
  name,
  onDone,
}: {
  spaceId: string;
  agreementId: string;
  breach: BreachView;
  name: string;
  onDone: (message: string) => void;
}) {
  const heading = breach.selfReported
    ? `${who(breach.breachedBy, name)} said so ${breach.breachedBy === "you" ? "yourself" : "themselves"}`
    : `${who(breach.reportedBy, name)} reported it`;
  return (
    <li className={`breach${breach.selfReported ? " breach--owned" : ""}`}>
      <h3 className="breach__title">{heading}</h3>
      <p className="written">{breach.account}</p>
      <p className="breach__meta">
        {breach.happenedAt && <>Happened {formatDateTime(breach.happenedAt)} · </>}
        Told {formatDateTime(breach.reportedAt)}
      </p>
      {breach.selfReported && (
        <p className="breach__honest">Saying so without being asked is part of rebuilding trust.</p>
      )}
      {breach.response && (
        <div className="breach__response">
          <p>
            <strong>
              {who(breach.response.by, name)}{" "}
              {breach.response.response === "agreed" ? "agreed it happened" : "sees it differently"}
            </strong>
            {breach.response.account && <>: {breach.response.account}</>}
          </p>
          <p className="breach__meta">{formatDateTime(breach.response.at)}</p>
        </div>
      )}
      {breach.can.respond && (
        <RespondForm
          spaceId={spaceId}
          agreementId={agreementId}
          breachId={breach.id}
          name={name}
          onDone={onDone}
        />
      )}
    </li>
  );
}

function ReportForm({
  spaceId,
  agreementId,
  name,
  onDone,
  onCancel,
}: {
  spaceId: string;
  agreementId: string;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const report = useAgreementStep(spaceId, agreementId);
  const [by, setBy] = useState<"me" | "them" | null>(null);
  const [account, setAccount] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("agreement", agreementId, "breach"),
    value: { account },
    restore: (fields) => setAccount(fields.account ?? ""),
  });

  const errors = problems ?? formErrorsFrom(report.error);
  const choices = [
    {
      value: "me" as const,
      label: "I broke it",
      hint: "Owning up before anyone asks is honesty, and it counts.",
    },
    { value: "them" as const, label: `${name} broke it`, hint: `${name} can agree, or give their side.` },
  ];
  const ids = { by: "breach-by-me", account: "breach-account" };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    const checked = checkInput(reportBreachInput, { by: by ?? undefined, account });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    report.mutate(
      { step: "breaches", body: checked.input },
      {
        onSuccess: () => {
          draft.clear();
          onDone(
            checked.input.by === "me"
              ? "Thank you for saying so. That honesty is on record."
              : `Saved. ${name} can agree or give their side.`,
          );
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" noValidate onSubmit={submit}>
        <RadioGroup
          id="breach-by"
          legend="Who broke it?"
          choices={choices}
          value={by}
          onChange={setBy}
          error={errors.fields.by}
        />
        <TextArea
          id={ids.account}
          label="What happened"
          hint="Plain facts help more than blame."
          value={account}
          onChange={setAccount}
          error={errors.fields.account}
          maxLength={2000}
          rows={3}
        />
        <DraftNote draft={draft} />
        <FormButtons
          submitLabel="Save"
          pending={report.isPending}
          onCancel={() => {
            draft.discard();
            onCancel();
          }}
        />
      </form>
    </>
  );
}

function RespondForm({
  spaceId,
  agreementId,
  breachId,
  name,
  onDone,
}: {
  spaceId: string;
  agreementId: string;
  breachId: string;
  name: string;
  onDone: (message: string) => void;
}) {
  const respond = useRespondToBreach(spaceId, agreementId);
  const [response, setResponse] = useState<"agree" | "dispute" | null>(null);
  const [account, setAccount] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("breach", breachId, "response"),
    value: { account },
    restore: (fields) => setAccount(fields.account ?? ""),
  });

  const errors = formErrorsFrom(respond.error);
  const prefix = `breach-${breachId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (respond.isPending) return;
    if (!response) {
      setProblem("Say whether you agree it happened, or see it differently.");
      return;
    }
    setProblem(null);
    respond.mutate(
      { breachId, body: { response, ...(account.trim() ? { account: account.trim() } : {}) } },
      {
        onSuccess: () => {
          draft.clear();
          onDone(`Saved. ${name} can see your side.`);
        },
      },
    );
  };

  return (
    <form className="form breach__respond" noValidate onSubmit={submit}>
      {errors.message && (
        <p className="form-error" role="alert">
          {errors.message}
        </p>
      )}
      <RadioGroup
        id={`${prefix}-response`}
        legend="Your side of it"
        choices={[
          { value: "agree", label: "Yes, that happened" },
          { value: "dispute", label: "I see it differently" },
        ]}
        value={response}
        onChange={setResponse}
        error={problem ?? errors.fields.response}
      />
      <TextArea
        id={`${prefix}-account`}
        label="In your words (optional)"
        value={account}
        onChange={setAccount}
        error={errors.fields.account}
        maxLength={2000}
        rows={2}
      />
      <DraftNote draft={draft} />
      <button type="submit" className="button button--primary button--small" disabled={respond.isPending}>
        {respond.isPending ? "Saving…" : "Send"}
      </button>
    </form>
  );
}
