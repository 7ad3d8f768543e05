// The import page's progress bar: asks how far the import has come and, once it is done, reloads the page to show
// the report. Without JavaScript the page offers a refresh link instead.
(() => {
  const bar = document.getElementById("import-progress");
  if (!bar || bar.dataset.finished === "true") return;
  const status = document.getElementById("import-status");
  const poll = async () => {
    try {
      const response = await fetch(bar.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const progress = await response.json();
        if (progress.finished) {
          window.location.reload();
          return;
        }
        bar.value = progress.total === 0 ? 0 : Math.floor((progress.done * 100) / progress.total);
        bar.textContent = `${bar.value}%`;
        status.textContent = `${progress.done} of ${progress.total} ${progress.counting} imported…`;
      }
    } catch {
      // A dropped request is retried on the next tick.
    }
    setTimeout(poll, 500);
  };
  setTimeout(poll, 300);
})();
