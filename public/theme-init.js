(function(){try{var s=localStorage.getItem('stockroom-theme');document.documentElement.classList.toggle('dark',s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches)}catch{}})();
