// Quick exit on the offline page: replace this page, so Back does not bring it up again. The neutral page
// is the built-in one, since the server's own choice cannot be asked for while it is out of reach.
document.getElementById("quick-exit")?.addEventListener("click", (event) => {
  event.preventDefault();
  document.body.hidden = true;
  window.location.replace(event.currentTarget.href);
});
