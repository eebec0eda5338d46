// Apply the remembered theme (or the system's) before first paint: no flash. A file, not an
// inline script, so the Content-Security-Policy can forbid inline scripts.
/* global window, document, localStorage */
(function () {
  try {
    var stored = localStorage.getItem('stockroom-theme');
    var dark = stored
      ? stored === 'dark'
      : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    // Storage unavailable: the page follows the light theme until the app starts.
  }
})();
