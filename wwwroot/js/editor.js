// The article editor: formatting toolbar, live preview through the readers' pipeline, autosave and presence.
// Everything here is an enhancement; the form works without JavaScript.
(() => {
    "use strict";
    const form = document.querySelector("form.editor-form");
    if (!form) return;
    const body = form.querySelector("#Body");
    const token = form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
    const articleId = form.dataset.articleId || "";

    const post = (url, data) => fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "RequestVerificationToken": token },
    });

    // Toolbar: wraps or prefixes the selection with Markdown.
    const toolbar = form.querySelector(".md-toolbar");
    const actions = {
        bold: s => ["**", s || "bold text", "**"],
        italic: s => ["*", s || "italic text", "*"],
        heading: s => ["\n## ", s || "Heading", "\n"],
        link: s => ["[", s || "link text", "](https://)"],
        quote: s => ["\n> ", s || "Quote", "\n>\n> — Speaker, [Source](https://)\n"],
        list: s => ["\n- ", s || "Item", "\n"],
        spoiler: s => ["\n:::spoiler Spoiler title\n", s || "Hidden text", "\n:::\n"],
    };
    if (toolbar && body) {
        toolbar.hidden = false;
        toolbar.addEventListener("click", event => {
            const button = event.target.closest("button[data-md]");
            if (!button) return;
            const { selectionStart: start, selectionEnd: end, value } = body;
            const [before, text, after] = actions[button.dataset.md](value.slice(start, end));
            body.setRangeText(before + text + after, start, end, "end");
            body.selectionStart = start + before.length;
            body.selectionEnd = start + before.length + text.length;
            body.focus();
            changed();
        });
    }

    // Live preview and checklist, rendered by the server exactly as readers will get them.
    const previewPanel = document.querySelector(".live-preview-panel");
    const preview = document.querySelector("#live-preview");
    const checklist = document.querySelector("#checklist");
    const checklistOk = document.querySelector("#checklist-ok");
    const scheduleConfirmation = document.querySelector("#publish-at-confirmation");
    let previewTimer = 0;
    const refreshPreview = async () => {
        const data = new FormData();
        if (articleId) data.append("articleId", articleId);
        data.append("dek", form.querySelector("#Dek")?.value ?? "");
        data.append("seoDescription", form.querySelector("#SeoDescription")?.value ?? "");
        data.append("body", body?.value ?? "");
        data.append("publishAt", form.querySelector("#PublishAt")?.value ?? "");
        const response = await post(form.dataset.previewUrl, data);
        if (!response.ok) return;
        const result = await response.json();
        // The HTML is the sanitized output of the readers' pipeline, the same that article pages show.
        preview.innerHTML = result.html;
        checklist.replaceChildren(...result.warnings.map(w => Object.assign(document.createElement("li"), { textContent: w })));
        checklistOk.hidden = result.warnings.length > 0;
        if (scheduleConfirmation) scheduleConfirmation.textContent = result.schedule;
    };
    if (previewPanel && preview) {
        previewPanel.hidden = false;
        refreshPreview();
    }

    // Autosave: a few seconds after typing stops (and at least every 15 s while typing), never publishing anything.
    const autosaveUrl = form.dataset.autosaveUrl;
    const status = document.querySelector("#autosave-status");
    let dirty = false, autosaveTimer = 0, lastAutosave = Date.now();
    const autosave = async () => {
        if (!dirty || !autosaveUrl) return;
        dirty = false;
        lastAutosave = Date.now();
        const response = await post(autosaveUrl, new FormData(form));
        if (response.ok) {
            const result = await response.json();
            status.textContent = `Unsaved changes kept at ${result.savedAt}`;
        } else {
            dirty = true;
            status.textContent = "Autosave failed; keep this tab open and save.";
        }
    };
    function changed() {
        dirty = true;
        clearTimeout(previewTimer);
        previewTimer = setTimeout(refreshPreview, 600);
        clearTimeout(autosaveTimer);
        autosaveTimer = setTimeout(autosave, Date.now() - lastAutosave > 15000 ? 0 : 3000);
    }
    form.addEventListener("input", changed);
    form.addEventListener("submit", () => { dirty = false; clearTimeout(autosaveTimer); });
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") autosave(); });

    // Presence: who else has this article open. Opening the editor records nothing on the server (a GET writes
    // nothing), so the first heartbeat goes out as soon as the page loads, then one every 20 s.
    const presenceUrl = form.dataset.presenceUrl;
    const presence = document.querySelector("#presence");
    const heartbeat = async () => {
        const response = await post(presenceUrl, new FormData());
        if (!response.ok) return;
        const { others } = await response.json();
        presence.hidden = others.length === 0;
        presence.textContent = others.length === 0 ? ""
            : `${others.join(", ")} ${others.length === 1 ? "is" : "are"} also editing this article.`;
    };
    if (presenceUrl && presence) {
        heartbeat();
        setInterval(heartbeat, 20000);
    }
})();
