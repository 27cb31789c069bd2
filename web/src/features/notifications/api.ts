import type {
  EmailResetLinkInput,
  NotificationPreferencesInput,
  NotificationPreferencesView,
  PushPublicKeyView,
  PushSubscriptionInput,
} from "@mend/core/notifications/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";

export const preferencesQuery = queryOptions({
  queryKey: ["notification-preferences"] as const,
  queryFn: () => api.get<NotificationPreferencesView>("/api/account/notifications"),
});

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) =>
      api.put<NotificationPreferencesView>("/api/account/notifications", input),
    onSuccess: (saved) => client.setQueryData(preferencesQuery.queryKey, saved),
  });
}

export const pushPublicKey = () => api.get<PushPublicKeyView>("/api/account/notifications/push-key");

export const addDevice = (subscription: PushSubscriptionInput) =>
  api.post<void>("/api/account/notifications/devices", subscription);

export const removeDevice = (endpoint: string) =>
  api.post<void>("/api/account/notifications/devices/remove", { endpoint });

export function useEmailResetLink() {
  return useMutation({
    mutationFn: (input: EmailResetLinkInput) => api.post<void>("/api/auth/reset-link", input),
  });
}
