import { useEffect } from "react";
import { api } from "../../api/client.ts";

/**
 * Reading and background refreshes do not keep a session alive (an abandoned tab must still time out),
 * so the person's own typing, clicking and scrolling do: at most one small request every two minutes,
 * well inside the half-hour idle limit.
 */
const keepAliveEveryMs = 2 * 60 * 1000;
const activityEvents = ["keydown", "pointerdown", "input", "wheel", "touchstart"] as const;

export function useActivityKeepAlive(signedIn: boolean) {
  useEffect(() => {
    if (!signedIn) return;
    let lastSent = 0;
    const noticeActivity = () => {
      const now = Date.now();
      if (now - lastSent < keepAliveEveryMs) return;
      lastSent = now;
      // An ended session is dealt with when something is saved; this request never asks for a password.
      api.post("/api/auth/activity", undefined, { renew: false }).catch(() => undefined);
    };
    for (const name of activityEvents)
      document.addEventListener(name, noticeActivity, { capture: true, passive: true });
    return () => {
      for (const name of activityEvents)
        document.removeEventListener(name, noticeActivity, { capture: true });
    };
  }, [signedIn]);
}
