import type { CreateSpaceInput, SpaceSummaryView, SpaceView } from "@mend/core/spaces/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

export const spacesKey = ["spaces"] as const;

export const spacesQuery = queryOptions({
  queryKey: spacesKey,
  queryFn: () => api.get<{ spaces: SpaceSummaryView[] }>("/api/spaces"),
  select: (data) => data.spaces,
});

export const spaceQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...spacesKey, spaceId] as const,
    queryFn: () => api.get<SpaceView>(`/api/spaces/${segment(spaceId)}`),
  });

/** The fields the form fills in; the two choices stay empty until the person picks one. */
export type SpaceDraft = Omit<CreateSpaceInput, "relationship" | "view"> & {
  relationship: CreateSpaceInput["relationship"] | null;
  view: CreateSpaceInput["view"] | null;
};

export function useCreateSpace() {
  const client = useQueryClient();
  return useMutation({
    // An unanswered choice is left out, so the server names it in its field errors.
    mutationFn: ({ relationship, view, ...rest }: SpaceDraft) =>
      api.post<SpaceView>("/api/spaces", {
        ...rest,
        relationship: relationship ?? undefined,
        view: view ?? undefined,
      }),
    onSuccess: (space) => {
      client.setQueryData(spaceQuery(space.id).queryKey, space);
      return client.invalidateQueries({ queryKey: spacesKey, exact: true });
    },
  });
}

export function useLeaveSpace(spaceId: string) {
  return useMutation({ mutationFn: () => api.post<void>(`/api/spaces/${segment(spaceId)}/leave`) });
}

/** The name to use for the other person: their own once they've joined, otherwise what they were called. */
export const otherPersonName = (space: Pick<SpaceView, "other" | "expectedName">) =>
  space.other?.displayName ?? space.expectedName;
