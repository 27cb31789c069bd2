import { addDevice, pushPublicKey, removeDevice } from "./api.ts";

/** Where this browser stands on push reminders. */
export type DeviceState = "unsupported" | "blocked" | "off" | "on";

const supported = () =>
  typeof window !== "undefined" &&
  "serviceWorker" in navigator &&
  "PushManager" in window &&
  "Notification" in window;

/** The service worker Mend registered, if it is running; never waits for one that is not coming. */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!supported()) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}

export async function deviceState(): Promise<DeviceState> {
  const worker = await registration();
  if (!worker) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return (await worker.pushManager.getSubscription()) ? "on" : "off";
}

/** The server's key arrives as base64url; the browser wants its bytes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const text = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/** Asks the browser's permission, subscribes through the service worker and tells the server. */
export async function turnOnThisDevice(): Promise<DeviceState> {
  const worker = await registration();
  if (!worker) return "unsupported";
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return permission === "denied" ? "blocked" : "off";
  const { publicKey } = await pushPublicKey();
  const subscription =
    (await worker.pushManager.getSubscription()) ??
    (await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new Error("The browser gave no address to send to.");
  await addDevice({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
  return "on";
}

export async function turnOffThisDevice(): Promise<DeviceState> {
  const worker = await registration();
  const subscription = await worker?.pushManager.getSubscription();
  if (subscription) {
    await removeDevice(subscription.endpoint);
    await subscription.unsubscribe();
  }
  return worker ? "off" : "unsupported";
}
