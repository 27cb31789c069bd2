import type { ConsistencyView } from "@mend/core/agreements/consistency-contract";
import type {
  AgreementDetailView,
  AgreementListView,
  AgreementReviewsView,
  AgreementTermsInput,
  BoundaryInput,
  BoundaryListView,
  BoundaryView,
  ControlCheckView,
  RenewAgreementInput,
  ReportBreachInput,
  RespondToBreachInput,
} from "@mend/core/agreements/contract";
import type {
  CalendarFeedView,
  CreatedCalendarFeedView,
  MakePromiseInput,
  MarkOccurrenceInput,
  OccurrenceListView,
  OccurrenceView,
  PromiseListView,
  PromiseView,
  RespondInput,
  TransparencyActView,
  TransparencyListView,
} from "@mend/core/agreements/promise-contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { insightsKey } from "../insights/api.ts";
import { journeyKey } from "../journey/api.ts";

/** Agreements, boundaries, promises and the consistency summary move together, so they share one key. */
export const agreementsKey = (spaceId: string) => ["spaces", spaceId, "agreements"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

/** The device's named time zone: "every day at 18:00" and the weeks of the summary are cut where the person lives. */
export const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const agreementListQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "list"] as const,
    queryFn: () => api.get<AgreementListView>(`${base(spaceId)}/agreements`),
  });

export const agreementQuery = (spaceId: string, agreementId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "one", agreementId] as const,
    queryFn: () => api.get<AgreementDetailView>(`${base(spaceId)}/agreements/${segment(agreementId)}`),
  });

export const agreementReviewsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "reviews"] as const,
    queryFn: () => api.get<AgreementReviewsView>(`${base(spaceId)}/agreements/reviews`),
  });

export const boundariesQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "boundaries"] as const,
    queryFn: () => api.get<BoundaryListView>(`${base(spaceId)}/boundaries`),
  });

export const consistencyQuery = (spaceId: string, weeks: number) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "consistency", weeks] as const,
    queryFn: () =>
      api.get<ConsistencyView>(
        `${base(spaceId)}/consistency?weeks=${weeks}&timeZone=${encodeURIComponent(deviceTimeZone())}`,
      ),
  });

export const promisesQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "promises"] as const,
    queryFn: () => api.get<PromiseListView>(`${base(spaceId)}/promises`),
  });

/** The server's default range: a week back to two weeks ahead. */
export const occurrencesQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "occurrences"] as const,
    queryFn: () => api.get<OccurrenceListView>(`${base(spaceId)}/promises/occurrences`),
  });

export const transparencyQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "transparency"] as const,
    queryFn: () => api.get<TransparencyListView>(`${base(spaceId)}/transparency`),
  });

export const calendarFeedQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...agreementsKey(spaceId), "calendar-feed"] as const,
    queryFn: () => api.get<CalendarFeedView>(`${base(spaceId)}/calendar-feed`),
  });

/** Checks draft wording for control; nothing is stored. */
export const checkControl = (spaceId: string, texts: string[]) =>
  api.post<ControlCheckView>(`${base(spaceId)}/agreements/control-check`, { texts });

/** Every change here can move the journey and the trust record, so those are read again too. */
function useAgreementsMutation<I, R>(spaceId: string, send: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: agreementsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
        client.invalidateQueries({ queryKey: insightsKey(spaceId) }),
      ]),
  });
}

export const useProposeAgreement = (spaceId: string) =>
  useAgreementsMutation(spaceId, (input: AgreementTermsInput) =>
    api.post<AgreementDetailView>(`${base(spaceId)}/agreements`, input),
  );

/** The steps that move an agreement along; each answers with the agreement as it now stands. */
export type AgreementStep =
  | { step: "counter"; body: AgreementTermsInput & { pendingId: string } }
  | { step: "accept" | "decline" | "cancel"; body: { pendingId: string; note?: string } }
  | { step: "revise"; body: AgreementTermsInput }
  | { step: "renew"; body: RenewAgreementInput }
  | { step: "retire" | "withdraw"; body: { note?: string } }
  | { step: "breaches"; body: ReportBreachInput };

export function useAgreementStep(spaceId: string, agreementId: string) {
  const client = useQueryClient();
  return useAgreementsMutation(spaceId, async (input: AgreementStep) => {
    const agreement = await api.post<AgreementDetailView>(
      `${base(spaceId)}/agreements/${segment(agreementId)}/${input.step}`,
      input.body,
    );
    client.setQueryData(agreementQuery(spaceId, agreementId).queryKey, agreement);
    return agreement;
  });
}

export const useRespondToBreach = (spaceId: string, agreementId: string) =>
  useAgreementsMutation(spaceId, ({ breachId, body }: { breachId: string; body: RespondToBreachInput }) =>
    api.post<AgreementDetailView>(
      `${base(spaceId)}/agreements/${segment(agreementId)}/breaches/${segment(breachId)}/response`,
      body,
    ),
  );

export const useSetBoundary = (spaceId: string) =>
  useAgreementsMutation(spaceId, ({ id, input }: { id: string | null; input: BoundaryInput }) =>
    id === null
      ? api.post<BoundaryView>(`${base(spaceId)}/boundaries`, input)
      : api.post<BoundaryView>(`${base(spaceId)}/boundaries/${segment(id)}/revise`, input),
  );

export const useRetireBoundary = (spaceId: string) =>
  useAgreementsMutation(spaceId, (id: string) =>
    api.post<BoundaryView>(`${base(spaceId)}/boundaries/${segment(id)}/retire`),
  );

export const useAcknowledgeBoundary = (spaceId: string) =>
  useAgreementsMutation(spaceId, ({ id, versionId }: { id: string; versionId: string }) =>
    api.post<BoundaryView>(`${base(spaceId)}/boundaries/${segment(id)}/acknowledge`, { versionId }),
  );

export const useMakePromise = (spaceId: string) =>
  useAgreementsMutation(spaceId, (input: MakePromiseInput) =>
    api.post<PromiseView>(`${base(spaceId)}/promises`, input),
  );

export const useEndPromise = (spaceId: string) =>
  useAgreementsMutation(spaceId, ({ id, note }: { id: string; note?: string }) =>
    api.post<PromiseView>(`${base(spaceId)}/promises/${segment(id)}/end`, note ? { note } : {}),
  );

export const useMarkOccurrence = (spaceId: string) =>
  useAgreementsMutation(spaceId, ({ promiseId, body }: { promiseId: string; body: MarkOccurrenceInput }) =>
    api.post<OccurrenceView>(`${base(spaceId)}/promises/${segment(promiseId)}/marks`, body),
  );

export const useRespondToMark = (spaceId: string) =>
  useAgreementsMutation(
    spaceId,
    ({ promiseId, markId, body }: { promiseId: string; markId: string; body: RespondInput }) =>
      api.post<OccurrenceView>(
        `${base(spaceId)}/promises/${segment(promiseId)}/marks/${segment(markId)}/response`,
        body,
      ),
  );

export const useLogTransparency = (spaceId: string) =>
  useAgreementsMutation(spaceId, (note: string) =>
    api.post<TransparencyActView>(`${base(spaceId)}/transparency`, { note }),
  );

export const useRespondToTransparency = (spaceId: string) =>
  useAgreementsMutation(spaceId, ({ actId, body }: { actId: string; body: RespondInput }) =>
    api.post<TransparencyActView>(`${base(spaceId)}/transparency/${segment(actId)}/response`, body),
  );

export const useCreateCalendarFeed = (spaceId: string) =>
  useAgreementsMutation(spaceId, (discreet: boolean) =>
    api.post<CreatedCalendarFeedView>(`${base(spaceId)}/calendar-feed`, { discreet }),
  );

export const useRevokeCalendarFeed = (spaceId: string) =>
  useAgreementsMutation(spaceId, () => api.post<void>(`${base(spaceId)}/calendar-feed/revoke`));
