/**
 * The Web Push services of the common browsers: Chrome, Edge and most others (Firebase Cloud
 * Messaging), Firefox (Mozilla's autopush), Edge on Windows (Windows Push Notification Services),
 * and Safari (Apple). A device's subscription must name one of these (or one the operator adds with
 * MEND_PUSH_SERVICES), so a signed-in browser cannot make the server send requests to any address it
 * likes. A pattern `*.example.org` covers every host below example.org, not example.org itself.
 */
export const knownPushServices = [
  "fcm.googleapis.com",
  "updates.push.services.mozilla.com",
  "*.notify.windows.com",
  "web.push.apple.com",
  "*.push.apple.com",
] as const;

/** A host name or `*.` and a domain: what MEND_PUSH_SERVICES may list. */
export const pushServicePattern = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** True when `endpoint` is an https address on one of the `services` (host names or `*.` patterns). */
export function isKnownPushService(endpoint: string, services: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return services.some((service) =>
    service.startsWith("*.") ? host.endsWith(service.slice(1)) : host === service,
  );
}
