// The live preview beside the text: the body rendered by the server exactly as readers will get it, with the
// pre-publish checklist, the publish-time confirmation, and the word count and reading time (counted by the server
// from the same rendering as the article page, so the editor and the page agree). The preview scrolls with the text.

export function livePreview({ form, view, post }) {
    const panel = document.querySelector(".live-preview-panel");
    const preview = document.querySelector("#live-preview");
    const checklist = document.querySelector("#checklist");
    const checklistOk = document.querySelector("#checklist-ok");
    const schedule = document.querySelector("#publish-at-confirmation");
    const stats = document.querySelector("#editor-stats");
    if (!panel || !preview) return { refresh() {} };
    panel.hidden = false;
    if (stats) stats.hidden = false;

    let latest = 0;
    const refresh = async () => {
        const request = ++latest;
        const data = new FormData();
        if (form.dataset.articleId) data.append("articleId", form.dataset.articleId);
        for (const [field, name] of [["Dek", "dek"], ["SeoDescription", "seoDescription"], ["PublishAt", "publishAt"]])
            data.append(name, form.querySelector(`#${field}`)?.value ?? "");
        data.append("body", view.state.doc.toString());
        const response = await post(form.dataset.previewUrl, data);
        if (!response.ok || request !== latest) return;
        const result = await response.json();
        if (request !== latest) return;
        // The HTML is the sanitized output of the readers' pipeline, the same that article pages show.
        preview.innerHTML = result.html;
        checklist.replaceChildren(...result.warnings.map(w => Object.assign(document.createElement("li"), { textContent: w })));
        checklistOk.hidden = result.warnings.length > 0;
        if (schedule) schedule.textContent = result.schedule;
        if (stats) stats.textContent = `${result.words.toLocaleString("en")} ${result.words === 1 ? "word" : "words"} · ${result.minutes} min read`;
        followScroll();
    };

    // The preview shows the same share of the article as the text does: as far down as the editor's top line is.
    const scroller = view.scrollDOM;
    const followScroll = () => {
        const range = scroller.scrollHeight - scroller.clientHeight;
        const share = range > 0 ? scroller.scrollTop / range : 0;
        preview.scrollTop = share * (preview.scrollHeight - preview.clientHeight);
    };
    scroller.addEventListener("scroll", followScroll, { passive: true });

    let timer = 0;
    return {
        refresh,
        changed() { clearTimeout(timer); timer = setTimeout(refresh, 500); },
    };
}
