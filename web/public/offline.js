/*
 * Quick exit on the offline page, as close to the app's own (src/features/quick-exit/quick-exit.ts) as a
 * page without the app can be: the button or Shift pressed three times blanks the page, steps back to
 * the first Mend entry of this visit and replaces that entry with the neutral page, so Back goes to
 * wherever the person was before Mend. It leaves the same mark in this tab's session storage as the app,
 * so arriving at a Mend page (this one or the app) by Back or Forward afterwards leaves again. The neutral
 * page is the link's own: the server's choice cannot be asked for while it is out of reach.
 */
(() => {
  const exitKey = "mend.exit";
  const historyStepTimeoutMs = 1500;
  const link = document.getElementById("quick-exit");
  const exitUrl = link ? link.href : "https://www.bbc.co.uk/weather";

  const isWebUrl = (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  };

  const readMarker = () => {
    try {
      return window.sessionStorage.getItem(exitKey);
    } catch {
      return null;
    }
  };

  const blank = () => {
    document.title = "Loading…";
    document.body.hidden = true;
  };

  const leaveFor = (url) => {
    blank();
    window.location.replace(isWebUrl(url) ? url : exitUrl);
  };

  // Arrived here by Back or Forward after a quick exit (or by the step back it takes): leave again.
  const [entry] = performance.getEntriesByType("navigation");
  const marker = readMarker();
  if (marker && entry && entry.type === "back_forward") {
    leaveFor(marker);
    return;
  }
  window.addEventListener("pageshow", (event) => {
    const pending = readMarker();
    if (event.persisted && pending) leaveFor(pending);
  });

  let exiting = false;
  const quickExit = () => {
    if (exiting) return;
    exiting = true;
    blank();
    try {
      window.sessionStorage.setItem(exitKey, exitUrl);
    } catch {
      // Storage can be switched off; the exit still works, only the Back/Forward guard is lost.
    }
    const index = window.navigation?.currentEntry?.index;
    const steps = typeof index === "number" && index > 0 ? index : 0;
    if (steps === 0) {
      window.location.replace(exitUrl);
      return;
    }
    let left = false;
    const leaveOnce = () => {
      if (left) return;
      left = true;
      window.location.replace(exitUrl);
    };
    // A step within this page (rare here) fires popstate; one into an earlier page load unloads this
    // page, and the page found there leaves by its own guard; if nothing moves, leave from here.
    window.addEventListener("popstate", leaveOnce, { once: true });
    window.setTimeout(leaveOnce, historyStepTimeoutMs);
    window.history.go(-steps);
  };

  link?.addEventListener("click", (event) => {
    event.preventDefault();
    quickExit();
  });

  // Shift pressed three times within a second, alone (not while typing capitals), as in the app.
  let presses = 0;
  let shiftAlone = false;
  let quiet;
  window.addEventListener(
    "keydown",
    (event) => {
      shiftAlone = event.key === "Shift" && !event.repeat;
      if (event.key !== "Shift") presses = 0;
    },
    true,
  );
  window.addEventListener(
    "keyup",
    (event) => {
      if (event.key !== "Shift" || !shiftAlone) return;
      presses += 1;
      window.clearTimeout(quiet);
      if (presses >= 3) {
        presses = 0;
        quickExit();
        return;
      }
      quiet = window.setTimeout(() => {
        presses = 0;
      }, 1000);
    },
    true,
  );
  window.addEventListener("blur", () => {
    presses = 0;
  });
})();
