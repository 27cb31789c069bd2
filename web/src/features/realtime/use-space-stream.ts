import type { SubjectType } from "@mend/core/realtime/contract";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { statementsKey } from "../acknowledgment/api.ts";
import { agreementsKey } from "../agreements/api.ts";
import { amendsKey } from "../amends/api.ts";
import { appreciationsKey, plansKey } from "../closeness/api.ts";
import { insightsKey } from "../insights/api.ts";
import { journeyKey } from "../journey/api.ts";
import { questionsKey } from "../questions/api.ts";
import { recordKey } from "../record/api.ts";
import { talksKey } from "../talks/api.ts";
import { reassuranceKey } from "../triggers/api.ts";
import { subscribeToSpace } from "./stream.ts";

const subjectKeys: Record<SubjectType, (spaceId: string) => readonly string[]> = {
  statement: statementsKey,
  question: questionsKey,
  reassurance: reassuranceKey,
  talk: talksKey,
  // Boundaries, promises and transparency live under the agreements key, with the consistency summary.
  agreement: agreementsKey,
  boundary: agreementsKey,
  promise: agreementsKey,
  transparency: agreementsKey,
  appreciation: appreciationsKey,
  time_together: plansKey,
  amend: amendsKey,
};

/** Reads a subject again, and what it moves: the journey and the trust record. */
function refresh(client: QueryClient, spaceId: string, subjects: readonly SubjectType[]): void {
  // Several subjects share a key; each key is read again once.
  for (const key of new Set(subjects.map((subject) => subjectKeys[subject]))) {
    void client.invalidateQueries({ queryKey: key(spaceId) });
  }
  void client.invalidateQueries({ queryKey: journeyKey(spaceId) });
  // Every streamed kind is something both may know, so any of them can add to the record.
  void client.invalidateQueries({ queryKey: recordKey(spaceId) });
  void client.invalidateQueries({ queryKey: insightsKey(spaceId) });
}

const allSubjects = Object.keys(subjectKeys) as SubjectType[];

/**
 * Keeps this page in step with the other person while it is open: each live event says only what
 * changed, and the page reads it again through the normal endpoints.
 */
export function useSpaceStream(spaceId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!spaceId) return;
    return subscribeToSpace(spaceId, {
      onEvent: (event) => refresh(client, spaceId, [event.subject.type]),
      onOpen: () => refresh(client, spaceId, allSubjects),
    });
  }, [client, spaceId]);
}
