import type { CheckinAuthorViewJson } from "@mend/core/checkins/contract";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import type { NavigationState } from "../accounts/navigation-state.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { useAccountId } from "../vault/VaultGate.tsx";
import { dueCheckinsQuery, myCheckinsQuery, useSubmitCheckin } from "./api.ts";
import { CheckinForm } from "./CheckinForm.tsx";
import { CheckinRhythm } from "./CheckinRhythm.tsx";
import { deviceUtcOffset } from "./calendar.ts";
import { showableSections, toBody } from "./draft.ts";
import { MyCheckins } from "./MyCheckins.tsx";
import { sectionNames } from "./ShareSwitch.tsx";
import { listInWords } from "./SharingSummary.tsx";
import { TheirCheckins } from "./TheirCheckins.tsx";

const safetyNotice =
  "Your check-in is saved. Your private answers suggest things may not feel safe right now, so we've brought you here. These people can help, today or whenever you're ready. Your answers stay private, and nobody is told you came to this page.";

export function CheckinPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Check in");
  const navigate = useNavigate();
  const space = useQuery(spaceQuery(spaceId));
  const due = useQuery(dueCheckinsQuery(spaceId));
  const mine = useQuery(myCheckinsQuery(spaceId));
  const accountId = useAccountId();
  const submit = useSubmitCheckin(accountId, spaceId);
  const [saved, setSaved] = useState<CheckinAuthorViewJson | null>(null);

  if (space.isPending || due.isPending || mine.isPending)
    return <LoadingState label="Getting your check-in ready…" />;
  if (space.isError) {
    return <ErrorState error={space.error} onRetry={() => void space.refetch()} />;
  }
  const name = otherPersonName(space.data);
  const base = `/spaces/${segment(spaceId)}`;
  // A first check-in is the short one; after that, the weekly one is offered when it is open.
  const firstTime = !mine.data || mine.data.length === 0;
  const initialKind = due.data?.weekly && !firstTime ? "weekly" : "daily";

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Check in</h1>
      <p className="lead">
        A few quiet moments to notice how things are. You choose what {name} sees; everything else stays with
        you.
      </p>

      {saved ? (
        <Saved checkin={saved} otherName={name} spaceId={spaceId} onAgain={() => setSaved(null)} />
      ) : (
        <CheckinForm
          accountId={accountId}
          spaceId={spaceId}
          initialKind={initialKind}
          otherName={name}
          pending={submit.isPending}
          serverError={submit.error}
          onSubmit={(draft, kept) =>
            submit.mutate(
              { body: toBody(draft, deviceUtcOffset()), privateNote: draft.privateNote },
              {
                onSuccess: (checkin) => {
                  kept();
                  if (checkin.safetyFollowUp) {
                    const state: NavigationState = { notice: safetyNotice };
                    void navigate(`${base}/safety`, { state });
                    return;
                  }
                  setSaved(checkin);
                  window.scrollTo({ top: 0 });
                },
              },
            )
          }
        />
      )}

      <TheirCheckins spaceId={spaceId} otherName={name} joined={space.data.other !== null} />
      <MyCheckins accountId={accountId} spaceId={spaceId} otherName={name} />
      <CheckinRhythm spaceId={spaceId} otherName={name} />
    </div>
  );
}

function Saved({
  checkin,
  otherName,
  spaceId,
  onAgain,
}: {
  checkin: CheckinAuthorViewJson;
  otherName: string;
  spaceId: string;
  onAgain: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const shared = showableSections(checkin)
    .filter((section) => checkin.sharing[section])
    .map((section) => sectionNames[section]);
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <section
      className="callout callout--welcome checkin-saved"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="saved-title"
    >
      <h2 id="saved-title" className="callout__title">
        Thank you. Your check-in is saved.
      </h2>
      <p>
        {shared.length > 0
          ? `${otherName} can now see ${listInWords(shared)}. The rest stays with you.`
          : `It stays with you: ${otherName} won't see it.`}
      </p>
      <p>
        Noticing how things are, on easy days and hard ones, is part of the work. That's enough for today.
      </p>
      <div className="button-row">
        <Link className="button button--primary" to={`${base}/insights`}>
          See your progress
        </Link>
        <Link className="button button--secondary" to={base}>
          Back to your space
        </Link>
        <button type="button" className="link-button" onClick={onAgain}>
          Start another check-in
        </button>
      </div>
    </section>
  );
}
