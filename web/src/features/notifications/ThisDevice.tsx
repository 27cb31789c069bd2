import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { preferencesQuery } from "./api.ts";
import { type DeviceState, deviceState, turnOffThisDevice, turnOnThisDevice } from "./this-device.ts";

const stateText: Record<DeviceState, string> = {
  unsupported:
    "This browser can't receive notifications from Mend here. On a phone, add Mend to your home screen first, then open it from there.",
  blocked:
    "Notifications from Mend are blocked in this browser's settings. Allow them there, then come back to this page.",
  off: "Notifications are off on this device.",
  on: "Notifications are on for this device.",
};

/** Turning push notifications on or off for the device this page is open on. */
export function ThisDevice({ devices }: { devices: number }) {
  const client = useQueryClient();
  const [state, setState] = useState<DeviceState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    deviceState().then(
      (found) => current && setState(found),
      () => current && setState("unsupported"),
    );
    return () => {
      current = false;
    };
  }, []);

  const change = async (next: () => Promise<DeviceState>) => {
    setBusy(true);
    setProblem(null);
    try {
      setState(await next());
      await client.invalidateQueries({ queryKey: preferencesQuery.queryKey });
    } catch (error) {
      setProblem(isApiError(error) ? error.message : "That didn't work. Please try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section this-device" aria-labelledby="this-device-title">
      <h2 id="this-device-title">This device</h2>
      <p role="status">{state ? stateText[state] : "Checking this device…"}</p>
      {devices > 0 && (
        <p className="field__hint">
          {devices === 1 ? "One device receives" : `${devices} devices receive`} your notifications.
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {state === "off" && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void change(turnOnThisDevice)}
        >
          Turn on notifications on this device
        </button>
      )}
      {state === "on" && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void change(turnOffThisDevice)}
        >
          Turn off notifications on this device
        </button>
      )}
    </section>
  );
}
