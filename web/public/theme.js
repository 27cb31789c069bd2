// Sets the light or dark theme on <html data-theme> before anything is drawn: the page loads this as a
// blocking script ahead of its styles, so there is never a flash of the other theme. The choice is kept in
// this browser only: "light", "dark", or nothing to follow the device. src/app/theme.ts changes it and
// then sends the "mend:theme-choice" event; a change in another tab arrives as a storage event.
(() => {
  const storageKey = "mend.theme";
  const deviceIsDark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let chosen = null;
    try {
      chosen = window.localStorage.getItem(storageKey);
    } catch {
      // Storage can be switched off; the device's setting still applies.
    }
    const theme = chosen === "light" || chosen === "dark" ? chosen : deviceIsDark.matches ? "dark" : "light";
    document.documentElement.dataset.theme = theme;
  };
  apply();
  deviceIsDark.addEventListener("change", apply);
  window.addEventListener("mend:theme-choice", apply);
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey) apply();
  });
})();
