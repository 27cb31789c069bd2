import { breachKindLabels, relationshipLabels, roleLabels, type SpaceView } from "@mend/core/spaces/contract";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "react-router";
import { isApiError } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { noticeFrom } from "../accounts/navigation-state.ts";
import { agreementReviewsQuery } from "../agreements/api.ts";
import { KeepingYourWordCard } from "../agreements/KeepingYourWordCard.tsx";
import { dueCheckinsQuery } from "../checkins/api.ts";
import { CheckinCard } from "../checkins/CheckinCard.tsx";
import { AppreciationsCard } from "../closeness/AppreciationsCard.tsx";
import { appreciationsQuery } from "../closeness/api.ts";
import { CounselorCard } from "../counselor/CounselorCard.tsx";
import { endingQuery } from "../ending/api.ts";
import { EndingNotice } from "../ending/EndingNotice.tsx";
import { InvitationPanel } from "../invitations/InvitationPanel.tsx";
import { journeyQuery } from "../journey/api.ts";
import { SpaceJourneySection } from "../journey/SpaceJourneySection.tsx";
import { openQuestionsQuery } from "../questions/api.ts";
import { OpenQuestionsCard } from "../questions/OpenQuestionsCard.tsx";
import { useOnSafetyPath } from "../readiness/safety-path.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { RepairTools } from "../talks/RepairTools.tsx";
import { reassuranceQuery } from "../triggers/api.ts";
import { ReassuranceCard } from "../triggers/ReassuranceCard.tsx";
import { otherPersonName, spaceQuery } from "./api.ts";
import { HealingLinks } from "./HealingLinks.tsx";
import { LeaveSpace } from "./LeaveSpace.tsx";

/**
 * Whether every card of the home has its first answer (or its error). The cards are fetched together
 * and appear at once under the title: drawn card by card, each arrival pushed the rest down the
 * screen, under a reader's eyes and under a finger about to tap.
 */
function useCardsSettled(spaceId: string): boolean {
  return useQueries({
    queries: [
      journeyQuery(spaceId),
      endingQuery(spaceId),
      dueCheckinsQuery(spaceId),
      reassuranceQuery(spaceId),
      openQuestionsQuery(spaceId),
      appreciationsQuery(spaceId),
      agreementReviewsQuery(spaceId),
    ],
    combine: (results) => results.every((result) => !result.isPending),
  });
}

export function SpaceHomePage() {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const cardsSettled = useCardsSettled(spaceId);
  useSpaceStream(spaceId);
  useDocumentTitle(space.data ? `Your space with ${otherPersonName(space.data)}` : "Your space");

  if (space.isPending) return <LoadingState label="Loading your space…" />;
  if (space.isError) {
    const missing = isApiError(space.error, "not_found");
    return (
      <div className="page page--narrow">
        <h1>{missing ? "We couldn't find this space" : "We couldn't load this space"}</h1>
        <ErrorState
          title={missing ? "It may have closed, or you may have left it" : "Something got in the way"}
          error={space.error}
          onRetry={missing ? undefined : () => void space.refetch()}
        >
          <p>
            <Link to="/">Go to your spaces</Link>
          </p>
        </ErrorState>
      </div>
    );
  }
  return <SpaceHome space={space.data} cardsSettled={cardsSettled} />;
}

function SpaceHome({ space, cardsSettled }: { space: SpaceView; cardsSettled: boolean }) {
  const location = useLocation();
  const notice = noticeFrom(location.state);
  const name = otherPersonName(space);

  return (
    <div className="page">
      <p className="eyebrow">
        {relationshipLabels[space.relationship]} · started {formatDate(space.createdAt)}
      </p>
      <h1>Your space with {name}</h1>
      {notice && <Notice>{notice}</Notice>}
      {cardsSettled ? (
        <SpaceHomeCards space={space} name={name} />
      ) : (
        <LoadingState label="Loading your space…" />
      )}
    </div>
  );
}

function SpaceHomeCards({ space, name }: { space: SpaceView; name: string }) {
  const solo = space.other === null;
  const safetyPath = useOnSafetyPath(space.id);
  // On the safety path nothing here suggests doing anything with the other person: no invitation, no
  // shared tools, nothing about what they are up to. Only what is for the person alone stays.
  const withOther = safetyPath === false;

  return (
    <>
      <EndingNotice spaceId={space.id} />

      {solo && space.otherLeft && (
        <div className="callout callout--care">
          <h2 className="callout__title">{name} has left this space</h2>
          <p>
            That was their choice to make, and it may be hard to take in. The space is still yours: you can
            keep using Mend on your own.
            {withOther && ` If the time feels right, you can invite ${name} again with a new link.`}
          </p>
        </div>
      )}
      {solo && !space.otherLeft && (
        <div className="callout callout--welcome">
          <h2 className="callout__title">You're here on your own for now</h2>
          {withOther ? (
            <p>
              That's a fine way to begin. You can use Mend by yourself until {name} joins, or without them
              joining at all. When you're ready, make an invitation link below and send it to them.
            </p>
          ) : (
            <p>Everything here is for you alone, and nothing you write is shared unless you choose to.</p>
          )}
        </div>
      )}

      {space.viewsDiffer && space.other && withOther && (
        <div className="callout callout--info">
          <h2 className="callout__title">You see what happened differently</h2>
          <p>
            You and {space.other.displayName} gave different answers about who broke trust. That's common, and
            neither answer overrides the other: for now, you each get the steps for both sides. It may help to
            talk it through when it feels safe to.
          </p>
        </div>
      )}

      <section className="section" aria-labelledby="people-title">
        <h2 id="people-title">Who's here</h2>
        <ul className="people">
          <li className="person">
            <h3 className="person__name">
              {space.you.displayName} <span className="person__you">(you)</span>
            </h3>
            <p className="person__role">{roleLabels[space.you.role]}</p>
          </li>
          {space.other ? (
            <li className="person">
              <h3 className="person__name">{space.other.displayName}</h3>
              <p className="person__role">{roleLabels[space.other.role]}</p>
            </li>
          ) : (
            <li className="person person--waiting">
              <h3 className="person__name">{name}</h3>
              <p className="person__role">{space.otherLeft ? "Has left the space" : "Hasn't joined yet"}</p>
            </li>
          )}
        </ul>
      </section>

      {space.can.invite && safetyPath !== undefined && (
        <InvitationPanel space={space} name={name} onSafetyPath={safetyPath} />
      )}

      {withOther && <ReassuranceCard space={space} />}
      <SpaceJourneySection spaceId={space.id} otherName={name} />
      <CheckinCard spaceId={space.id} />
      {withOther && (
        <>
          <OpenQuestionsCard space={space} />
          <AppreciationsCard space={space} />
          <RepairTools space={space} />
          <KeepingYourWordCard space={space} />
        </>
      )}
      <HealingLinks space={space} withOther={withOther} />
      {safetyPath !== undefined && <CounselorCard space={space} withOther={withOther} />}

      <section className="section" aria-labelledby="about-title">
        <h2 id="about-title">What happened</h2>
        <p className="muted">As described when this space was started.</p>
        <ul className="tag-list">
          {space.breachKinds.map((kind) => (
            <li key={kind} className="tag">
              {breachKindLabels[kind]}
            </li>
          ))}
        </ul>
      </section>

      {space.can.leave && <LeaveSpace space={space} />}
    </>
  );
}
