import { useRegisterSW } from "virtual:pwa-register/react";

/**
 * Registers the service worker and, when a new version of Mend has arrived, says so quietly. Until the
 * person reloads, the version they have keeps running; the new one takes over the next time Mend starts.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  return (
    <div className="update-prompt" role="status">
      {needRefresh && (
        <p className="update-prompt__box">
          A new version of Mend is ready.{" "}
          <button type="button" className="link-button" onClick={() => updateServiceWorker(true)}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
