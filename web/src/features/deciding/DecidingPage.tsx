import type { DecidingView } from "@mend/core/deciding/contract";
import {
  type DecisionPath,
  decisionPartLabels,
  decisionParts,
  endsTheRelationship,
  pathText,
  type TimeFrameUnit,
} from "@mend/core/deciding/index";
import { blockerWords, decidingPage } from "@mend/core/readiness/index";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useOwnReadinessResult } from "../readiness/safety-path.ts";
import { GuidanceSections } from "../safety/GuidanceSections.tsx";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import {
  decidingQuery,
  type OpenedDecision,
  openedDecisionsQuery,
  useDeleteDecision,
  useRecordDecision,
  useShareDecisionPart,
} from "./api.ts";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const dayOf = (date: string) => formatDate(`${date}T12:00:00Z`);

export function DecidingPage() {
  const { spaceId = "" } = useParams();
  const deciding = useQuery(decidingQuery(spaceId));
  const accountId = useAccountId();
  useDocumentTitle(decidingPage.title);
  const base = `/spaces/${segment(spaceId)}`;
  const view = deciding.data;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>{decidingPage.title}</h1>
      <p className="lead">
        {decidingPage.intro} Everything on this page is private to you unless you share a part of it.
      </p>
      {deciding.isPending && <LoadingState label="Loading…" />}
      {deciding.isError && <ErrorState error={deciding.error} onRetry={() => void deciding.refetch()} />}
      {view && (
        <>
          <Readiness view={view} spaceId={spaceId} base={base} />
          {/* Decisions are sealed in this tab, so recording and reading them wait for the vault. */}
          <VaultGate accountId={accountId} what="Each decision you record">
            <OwnDecisions accountId={accountId} spaceId={spaceId} view={view} base={base} />
          </VaultGate>
          {view.sharedWithYou.length > 0 && (
            <section className="section" aria-labelledby="shared-title">
              <h2 id="shared-title">What the other person shared with you</h2>
              <ul className="solo-list">
                {view.sharedWithYou.map((part) => (
                  <li key={`${part.decisionId}-${part.part}`} className="solo-list__item">
                    <p className="solo-list__meta">
                      <strong>{decisionPartLabels[part.part]}</strong>
                      <span className="muted"> · shared {formatDate(part.sharedAt)}</span>
                    </p>
                    <p className="solo-list__text">{part.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <GuidanceSections page={decidingPage} />
    </div>
  );
}

/** What the person's own check found, worked out in this tab from their answers in the vault. */
function Readiness({ view, spaceId, base }: { view: DecidingView; spaceId: string; base: string }) {
  const accountId = useAccountId();
  const result = useOwnReadinessResult(spaceId);
  if (!view.readiness) {
    return (
      <p>
        The <Link to={`${base}/readiness`}>private readiness check</Link> can show what stands in the way of
        repair; what it finds will appear here.
      </p>
    );
  }
  if (!result) {
    return (
      <VaultGate accountId={accountId} what="What your readiness check found">
        <LoadingState label="Opening your check…" />
      </VaultGate>
    );
  }
  if (result.path === "safety") {
    return (
      <div className="callout callout--care">
        <h2 className="callout__title">Your safety comes first</h2>
        <p>
          Your check suggested you may not be safe. Nothing here asks you to stay. The{" "}
          <Link to={`${base}/safety`}>safety page</Link> has help lines and ways to plan.
        </p>
      </div>
    );
  }
  return (
    <section className="section" aria-labelledby="blockers-title">
      <h2 id="blockers-title">From your readiness check</h2>
      {result.blockers.length === 0 ? (
        <p>Your check on {formatDate(view.readiness.takenAt)} found nothing that blocks repair for now.</p>
      ) : (
        <>
          <p>Your check on {formatDate(view.readiness.takenAt)} found what stands in the way of repair:</p>
          <ul>
            {result.blockers.map((blocker) => (
              <li key={blocker}>{capitalised(blockerWords[blocker])}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Only rendered while the vault is open: your decisions, opened in this tab, and the form for the next. */
function OwnDecisions({
  accountId,
  spaceId,
  view,
  base,
}: {
  accountId: string;
  spaceId: string;
  view: DecidingView;
  base: string;
}) {
  const opened = useQuery(openedDecisionsQuery(accountId, spaceId));
  if (opened.isPending) return <LoadingState label="Opening your decisions…" />;
  if (opened.isError) return <ErrorState error={opened.error} onRetry={() => void opened.refetch()} />;
  const decisions = opened.data;
  return (
    <>
      {decisions[0] && <Latest decision={decisions[0]} view={view} base={base} />}
      <section className="section" aria-labelledby="decide-title">
        <h2 id="decide-title">{decisions.length > 0 ? "Decide again" : "Record where you stand"}</h2>
        <DecisionForm accountId={accountId} spaceId={spaceId} view={view} />
      </section>
      {decisions.length > 0 && (
        <section className="section" aria-labelledby="history-title">
          <h2 id="history-title">Your decisions so far</h2>
          <p className="muted">Newest first. Share a part only if you want the other person to read it.</p>
          <ul className="solo-list">
            {decisions.map((decision) => (
              <DecisionItem key={decision.id} spaceId={spaceId} decision={decision} view={view} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Latest({ decision, view, base }: { decision: OpenedDecision; view: DecidingView; base: string }) {
  const due = decision.revisitOn <= new Date().toISOString().slice(0, 10);
  return (
    <div className="callout callout--info">
      <h2 className="callout__title">Where you stand: {pathText(decision.path, view.relationship).label}</h2>
      <p>
        Decided {formatDate(decision.decidedAt)}, for {decision.timeFrame.amount} {decision.timeFrame.unit}.{" "}
        {due ? "It is time to look at it again." : `You'll look at it again on ${dayOf(decision.revisitOn)}.`}
      </p>
      {endsTheRelationship(decision.path) && (
        <p>
          When you are ready, <Link to={`${base}/ending`}>ending well</Link> shows how to close this space and
          keep your own record.
        </p>
      )}
    </div>
  );
}

function DecisionForm({
  accountId,
  spaceId,
  view,
}: {
  accountId: string;
  spaceId: string;
  view: DecidingView;
}) {
  const record = useRecordDecision(accountId, spaceId, view.paths);
  const [path, setPath] = useState<DecisionPath | null>(null);
  const [amount, setAmount] = useState("3");
  const [unit, setUnit] = useState<TimeFrameUnit>("months");
  const [revisitOn, setRevisitOn] = useState("");
  const [wants, setWants] = useState("");
  const [fears, setFears] = useState("");
  const [mustChange, setMustChange] = useState("");
  const [kept, setKept] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("deciding", "new"),
    value: { wants, fears, mustChange },
    restore: (fields) => {
      setWants(fields.wants ?? "");
      setFears(fields.fears ?? "");
      setMustChange(fields.mustChange ?? "");
    },
  });
  const errors = formErrorsFrom(record.error);
  const ids = {
    path: `decision-path-${view.paths[0]}`,
    "timeFrame.amount": "decision-amount",
    revisitOn: "decision-revisit",
    wants: "decision-wants",
    fears: "decision-fears",
    mustChange: "decision-must-change",
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setKept(false);
    record.mutate(
      {
        ...(path ? { path } : {}),
        timeFrame: { amount: Number(amount), unit },
        revisitOn,
        wants,
        fears,
        mustChange,
      },
      {
        onSuccess: () => {
          draft.clear();
          setKept(true);
          setPath(null);
          setRevisitOn("");
          setWants("");
          setFears("");
          setMustChange("");
        },
      },
    );
  };

  return (
    <>
      {kept && <Notice>Your decision is recorded, privately.</Notice>}
      <ErrorSummary error={record.error} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          id={ids.wants}
          label="What do you want?"
          value={wants}
          onChange={setWants}
          error={errors.fields.wants}
          maxLength={4000}
          rows={3}
        />
        <TextArea
          id={ids.fears}
          label="What do you fear?"
          value={fears}
          onChange={setFears}
          error={errors.fields.fears}
          maxLength={4000}
          rows={3}
        />
        <TextArea
          id={ids.mustChange}
          label="What would have to change?"
          value={mustChange}
          onChange={setMustChange}
          error={errors.fields.mustChange}
          maxLength={4000}
          rows={3}
        />
        <RadioGroup
          id="decision-path"
          legend="Which way, for now?"
          choices={view.paths.map((value) => ({
            value,
            label: pathText(value, view.relationship).label,
            hint: pathText(value, view.relationship).about,
          }))}
          value={path}
          onChange={setPath}
          error={errors.fields.path}
        />
        <div className="solo-time-frame">
          <InputField
            id={ids["timeFrame.amount"]}
            label="For how long"
            type="number"
            min={1}
            max={24}
            inputClassName="input input--number"
            value={amount}
            onChange={setAmount}
            error={errors.fields["timeFrame.amount"]}
          />
          <RadioGroup
            id="decision-unit"
            legend="Weeks or months"
            choices={[
              { value: "weeks", label: "Weeks" },
              { value: "months", label: "Months" },
            ]}
            value={unit}
            onChange={setUnit}
          />
        </div>
        <InputField
          id={ids.revisitOn}
          label="When will you look at this again?"
          type="date"
          inputClassName="input heal-date"
          value={revisitOn}
          onChange={setRevisitOn}
          error={errors.fields.revisitOn}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
            {record.isPending ? "Recording…" : "Record my decision"}
          </button>
        </div>
      </form>
    </>
  );
}

function DecisionItem({
  spaceId,
  decision,
  view,
}: {
  spaceId: string;
  decision: OpenedDecision;
  view: DecidingView;
}) {
  const share = useShareDecisionPart(spaceId, view.relationship);
  const remove = useDeleteDecision(spaceId);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="solo-list__item">
      <p className="solo-list__meta">
        <strong>{pathText(decision.path, view.relationship).label}</strong>
        <span className="muted">
          {" "}
          · {formatDate(decision.decidedAt)} · look again {dayOf(decision.revisitOn)}
        </span>
      </p>
      <dl className="solo-decision">
        <dt>What I want</dt>
        <dd>{decision.wants}</dd>
        <dt>What I fear</dt>
        <dd>{decision.fears}</dd>
        <dt>What would have to change</dt>
        <dd>{decision.mustChange}</dd>
      </dl>
      <fieldset className="solo-share">
        <legend>Shared with the other person</legend>
        {decisionParts.map((part) => (
          <label key={part} className="choice">
            <input
              type="checkbox"
              checked={decision.sharedParts.includes(part)}
              disabled={share.isPending}
              onChange={(event) => share.mutate({ decision, part, shared: event.target.checked })}
            />
            <span>{decisionPartLabels[part]}</span>
          </label>
        ))}
        <p className="muted">Unticking takes it back; they aren't told either way.</p>
      </fieldset>
      {share.error && (
        <p className="field__error">
          {isApiError(share.error) ? share.error.message : "That didn't save. Try again."}
        </p>
      )}
      <button
        type="button"
        className="button button--danger-outline button--small"
        onClick={() => setConfirming(true)}
      >
        Delete<span className="visually-hidden"> this decision</span>
      </button>
      <ConfirmDialog
        open={confirming}
        title="Delete this decision?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={
          remove.error
            ? isApiError(remove.error)
              ? remove.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={() => remove.mutate(decision.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>It will be gone from your history for good, along with any part you shared.</p>
      </ConfirmDialog>
    </li>
  );
}
