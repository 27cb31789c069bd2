import type {
  AmendAnswerInput,
  AmendConfirmationInput,
  AmendsView,
  AmendView,
  CounterAmendInput,
  ProposeAmendInput,
} from "@mend/core/amends/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

export const amendsKey = (spaceId: string) => ["spaces", spaceId, "amends"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/amends`;

export const amendsQuery = (spaceId: string) =>
  queryOptions({ queryKey: amendsKey(spaceId), queryFn: () => api.get<AmendsView>(base(spaceId)) });

/** Every change to an amend moves the list, and a confirmation moves the journey too. */
function useAmendMutation<I>(spaceId: string, send: (input: I) => Promise<AmendView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: amendsKey(spaceId) });
      void client.invalidateQueries({ queryKey: journeyKey(spaceId) });
    },
  });
}

export const useProposeAmend = (spaceId: string) =>
  useAmendMutation(spaceId, (input: ProposeAmendInput) => api.post<AmendView>(base(spaceId), input));

export const useCounterAmend = (spaceId: string) =>
  useAmendMutation(spaceId, ({ id, ...input }: CounterAmendInput & { id: string }) =>
    api.post<AmendView>(`${base(spaceId)}/${segment(id)}/counter`, input),
  );

export const useAnswerAmend = (spaceId: string) =>
  useAmendMutation(spaceId, ({ id, ...input }: AmendAnswerInput & { id: string }) =>
    api.post<AmendView>(`${base(spaceId)}/${segment(id)}/answer`, input),
  );

export const useConfirmAmend = (spaceId: string) =>
  useAmendMutation(spaceId, ({ id, ...input }: AmendConfirmationInput & { id: string }) =>
    api.post<AmendView>(`${base(spaceId)}/${segment(id)}/confirmation`, input),
  );
