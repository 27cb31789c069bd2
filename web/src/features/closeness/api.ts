import type {
  AppreciationInput,
  AppreciationsView,
  AppreciationView,
  LadderAnswerInput,
  LadderView,
  PlanChangeInput,
  PlanInput,
  PlansView,
  PlanView,
} from "@mend/core/closeness/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

/** The device's offset from UTC in minutes, so today's prompt turns over at the person's own midnight. */
const utcOffsetMinutes = () => -new Date().getTimezoneOffset();

export const appreciationsKey = (spaceId: string) => ["spaces", spaceId, "appreciations"] as const;
export const plansKey = (spaceId: string) => ["spaces", spaceId, "time-together"] as const;
export const ladderKey = (spaceId: string) => ["spaces", spaceId, "closeness-ladder"] as const;

export const appreciationsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: appreciationsKey(spaceId),
    queryFn: () =>
      api.get<AppreciationsView>(`${base(spaceId)}/appreciations?utcOffsetMinutes=${utcOffsetMinutes()}`),
  });

export const plansQuery = (spaceId: string) =>
  queryOptions({
    queryKey: plansKey(spaceId),
    queryFn: () => api.get<PlansView>(`${base(spaceId)}/time-together`),
    select: (data) => data.plans,
  });

export const ladderQuery = (spaceId: string) =>
  queryOptions({
    queryKey: ladderKey(spaceId),
    queryFn: () => api.get<LadderView>(`${base(spaceId)}/closeness/ladder`),
  });

export function useSendAppreciation(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AppreciationInput) =>
      api.post<AppreciationView>(`${base(spaceId)}/appreciations`, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: appreciationsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}

/** Every change to a plan answers with the plan as it now stands; the list is read again around it. */
function usePlanMutation<I>(spaceId: string, send: (input: I) => Promise<PlanView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: plansKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}

export const useMakePlan = (spaceId: string) =>
  usePlanMutation(spaceId, (input: PlanInput) => api.post<PlanView>(`${base(spaceId)}/time-together`, input));

export const useChangePlan = (spaceId: string) =>
  usePlanMutation(spaceId, ({ id, change }: { id: string; change: PlanChangeInput }) =>
    api.put<PlanView>(`${base(spaceId)}/time-together/${segment(id)}`, change),
  );

export const useMarkPlanDone = (spaceId: string) =>
  usePlanMutation(spaceId, (id: string) =>
    api.post<PlanView>(`${base(spaceId)}/time-together/${segment(id)}/done`),
  );

export const useSetPlanAside = (spaceId: string) =>
  usePlanMutation(spaceId, (id: string) =>
    api.post<PlanView>(`${base(spaceId)}/time-together/${segment(id)}/set-aside`),
  );

export const useReflectOnPlan = (spaceId: string) =>
  usePlanMutation(spaceId, ({ id, text }: { id: string; text: string }) =>
    api.post<PlanView>(`${base(spaceId)}/time-together/${segment(id)}/reflection`, { text }),
  );

export function useAnswerLadderStep(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, answer }: { stepId: string; answer: LadderAnswerInput["answer"] }) =>
      api.put<LadderView>(`${base(spaceId)}/closeness/ladder/${segment(stepId)}`, { answer }),
    onSuccess: (view) => {
      client.setQueryData(ladderQuery(spaceId).queryKey, view);
      return client.invalidateQueries({ queryKey: journeyKey(spaceId) });
    },
  });
}
