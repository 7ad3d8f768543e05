// Autosave and presence, as the editor has always done them: the form is autosaved a few seconds after typing stops
// (at least every 15 s while typing, and when the tab is hidden), and a heartbeat says who else has the article open.

export function autosave({ form, post }) {
    const url = form.dataset.autosaveUrl;
    const status = document.querySelector("#autosave-status");
    let dirty = false, timer = 0, last = Date.now();
    const save = async () => {
        if (!dirty || !url) return;
        dirty = false;
        last = Date.now();
        const response = await post(url, new FormData(form));
        if (response.ok) {
            status.textContent = `Unsaved changes kept at ${(await response.json()).savedAt}`;
        } else {
            dirty = true;
            status.textContent = "Autosave failed; keep this tab open and save.";
        }
    };
    form.addEventListener("submit", () => { dirty = false; clearTimeout(timer); });
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(); });
    return () => {
        dirty = true;
        clearTimeout(timer);
        timer = setTimeout(save, Date.now() - last > 15000 ? 0 : 3000);
    };
}

// Opening the editor records nothing on the server (a GET writes nothing), so the first heartbeat goes out as soon as
// the page loads, then one every 20 s.
export function presence({ form, post }) {
    const url = form.dataset.presenceUrl;
    const shown = document.querySelector("#presence");
    if (!url || !shown) return;
    const heartbeat = async () => {
        const response = await post(url, new FormData());
        if (!response.ok) return;
        const { others } = await response.json();
        shown.hidden = others.length === 0;
        shown.textContent = others.length === 0 ? ""
            : `${others.join(", ")} ${others.length === 1 ? "is" : "are"} also editing this article.`;
    };
    heartbeat();
    setInterval(heartbeat, 20000);
}
