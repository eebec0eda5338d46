// The remembered (or the system's) theme before first paint; a file, so the CSP can forbid inline scripts.
/* global localStorage, document, matchMedia */
(function(){try{var s=localStorage.getItem('stockroom-theme');document.documentElement.classList.toggle('dark',s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches)}catch{/* no storage: light */}})();
