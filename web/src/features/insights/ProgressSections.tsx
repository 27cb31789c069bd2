import type { InsightsView } from "@mend/core/insights/contract";
import { lazy, Suspense } from "react";
import { EmptyState, LoadingState } from "../../ui/States.tsx";
import { dayInFull } from "./format.ts";

// The charting library is the largest script on the page; the words around the chart need not wait for it.
const ConversationChart = lazy(() =>
  import("./ConversationChart.tsx").then((m) => ({ default: m.ConversationChart })),
);

export function Improvements({ improvements }: { improvements: InsightsView["improvements"] }) {
  return (
    <section className="section" aria-labelledby="improved-title">
      <h2 id="improved-title">What improved this month</h2>
      {improvements.items.length > 0 ? (
        <ul className="good-news">
          {improvements.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      ) : (
        <p>{improvements.summary}</p>
      )}
    </section>
  );
}

export function Milestones({
  milestones,
  otherName,
}: {
  milestones: InsightsView["milestones"];
  otherName: string;
}) {
  const whose = { you: "Yours", them: `${otherName}'s`, both: "Both of you" } as const;
  return (
    <section className="section" aria-labelledby="victories-title">
      <h2 id="victories-title">Small victories</h2>
      {milestones.items.length === 0 ? (
        <EmptyState title="None yet">
          <p>{milestones.summary}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">{milestones.summary}</p>
          <ol className="victories">
            {[...milestones.items].reverse().map((item) => (
              <li key={`${item.id}-${item.whose}-${item.achievedAt}`} className="victory">
                <h3 className="victory__title">{item.title}</h3>
                <p className="victory__meta">
                  {whose[item.whose]} · {dayInFull(item.achievedAt)}
                </p>
                <p className="victory__note">{item.note}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function Consistency({
  consistency,
  otherName,
}: {
  consistency: InsightsView["consistency"];
  otherName: string;
}) {
  const groups = [
    { about: "them", title: `What ${otherName} has done` },
    { about: "you", title: "What you have done" },
  ] as const;
  return (
    <section className="section" aria-labelledby="steady-title">
      <h2 id="steady-title">Steady actions</h2>
      <p className="muted">{consistency.summary}</p>
      {/* Until something can be counted, the summary says it all; six "not yet" cards would only repeat it. */}
      {consistency.items.some((item) => item.available) && (
        <div className="two-up">
          {groups.map((group) => {
            const items = consistency.items.filter((item) => item.about === group.about);
            if (items.length === 0) return null;
            return (
              <div key={group.about} className="panel panel--flat">
                <h3>{group.title}</h3>
                <ul className="measures">
                  {items.map((item) => (
                    <li key={item.measure} className={`measure${item.available ? "" : " measure--waiting"}`}>
                      <p className="measure__title">{item.title}</p>
                      {item.available && (
                        <p className="measure__count">
                          {item.of === undefined ? item.count : `${item.count} of ${item.of}`}
                          <span className="measure__window"> in the last {item.windowDays} days</span>
                        </p>
                      )}
                      <p className="measure__summary">
                        {!item.available && <span className="tag tag--quiet">Not yet</span>} {item.summary}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

export function Talks({ talks }: { talks: InsightsView["talks"] }) {
  const rows = [
    { key: "held", label: "Talks held" },
    { key: "completed", label: "Carried through to the end" },
    { key: "endedEarly", label: "Ended early" },
    { key: "pauses", label: "Breaks taken (a healthy thing)" },
  ] as const;
  return (
    <section className="section" aria-labelledby="talks-title">
      <h2 id="talks-title">Talks</h2>
      {!talks.available || talks.total.held === 0 ? (
        <EmptyState title="Not enough yet">
          <p>{talks.summary}</p>
        </EmptyState>
      ) : (
        <>
          <p>{talks.summary}</p>
          <table className="data-table">
            <caption className="visually-hidden">Talks, in all and recently</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">What</span>
                </th>
                <th scope="col">In all</th>
                <th scope="col">Last {talks.recentDays} days</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{talks.total[row.key]}</td>
                  <td>{talks.recent[row.key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function ConversationHealth({ conversation }: { conversation: InsightsView["conversation"] }) {
  return (
    <section className="section" aria-labelledby="conversation-title">
      <h2 id="conversation-title">How your conversations are going</h2>
      {!conversation.available || conversation.weeks.length === 0 ? (
        <div className="state state--empty">
          <p>{conversation.summary}</p>
        </div>
      ) : (
        <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
          <ConversationChart conversation={conversation} />
        </Suspense>
      )}
    </section>
  );
}
