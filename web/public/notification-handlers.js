/*
 * Loaded into Mend's service worker (importScripts, see build/service-worker.ts): shows a reminder
 * that arrives by push, and opens Mend when it is clicked. A reminder carries only a title and a
 * neutral line chosen on the server; without them it still says no more than that something waits.
 */
self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  const title = typeof message.title === "string" ? message.title : "Mend";
  const body = typeof message.body === "string" ? message.body : "Something is waiting for you";
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      // One reminder on the screen at a time: a newer one replaces it.
      tag: "mend-reminder",
      icon: "/icons/icon-192.png",
      data: { url: "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      return open ? open.focus() : self.clients.openWindow("/");
    }),
  );
});
