// Images into the body: a file dropped or pasted into the editor, or chosen with "Upload an image". The dialog asks for
// alt text (required) and credit, the file goes through the media library's upload (checked by content, resized,
// metadata stripped, refused with the reason), and {{image N}} is written where the file was dropped. A refused file
// leaves the text as it was.
import { EditorView } from "@codemirror/view";
import { dialogFor } from "./inserts.js";
import { shortcode } from "./commands.js";

/** Sends one file to the media library's upload, reporting progress; resolves to { id } or { errors }. */
function upload(url, token, file, fields, onProgress) {
    return new Promise(resolve => {
        const data = new FormData();
        data.append("Files", file, file.name);
        for (const [name, value] of Object.entries(fields)) data.append(name, value);
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("Accept", "application/json");
        request.setRequestHeader("RequestVerificationToken", token);
        request.upload.addEventListener("progress", event => { if (event.lengthComputable) onProgress(event.loaded / event.total); });
        request.addEventListener("load", () => {
            let body = null;
            try { body = JSON.parse(request.responseText); } catch { body = null; }
            if (request.status === 200 && body?.ids?.length) resolve({ id: body.ids[0] });
            else resolve({ errors: body?.errors ?? [`${file.name}: the upload failed (${request.status}). Please try again.`] });
        });
        request.addEventListener("error", () => resolve({ errors: [`${file.name}: the connection failed. Please try again.`] }));
        request.send(data);
    });
}

export function imageUploads(view, dialog, token) {
    dialogFor(dialog, view);
    const form = dialog.querySelector("form");
    const name = dialog.querySelector("[data-file-name]");
    const thumb = dialog.querySelector("[data-file-preview]");
    const alt = form.querySelector("[name=AltText]");
    const progress = dialog.querySelector("progress");
    const error = dialog.querySelector("[data-dialog-error]");
    const submit = form.querySelector("button[type=submit]");
    const chooser = dialog.querySelector("input[type=file]");
    const queue = [];
    let current = null;

    const showError = messages => {
        error.replaceChildren(...messages.map(message => Object.assign(document.createElement("p"), { textContent: message })));
    };

    const next = () => {
        current = queue.shift() ?? null;
        if (!current) return;
        form.reset();
        showError([]);
        alt.removeAttribute("aria-invalid");
        progress.hidden = true;
        progress.value = 0;
        submit.disabled = false;
        name.textContent = `${current.file.name} (${Math.max(1, Math.round(current.file.size / 1024))} KB)`;
        thumb.hidden = true;
        // The policy allows data: images, not blob: ones, so the preview is read into a data URL.
        if (current.file.type.startsWith("image/") && current.file.size < 15 * 1024 * 1024) {
            const reader = new FileReader();
            reader.addEventListener("load", () => { thumb.src = reader.result; thumb.hidden = false; });
            reader.readAsDataURL(current.file);
        }
        if (!dialog.open) dialog.showModal();
        alt.focus();
    };

    /** Files to describe and upload, each written over `range` (the drop point, or what the insert menu chose). */
    const offer = (files, range) => {
        for (const file of files) queue.push({ file, range });
        if (!current) next();
    };

    dialog.addEventListener("close", () => { queue.length = 0; current = null; });
    alt.addEventListener("input", () => { if (alt.value.trim() !== "") { alt.removeAttribute("aria-invalid"); showError([]); } });

    form.addEventListener("submit", async event => {
        event.preventDefault();
        if (!current) return;
        if (alt.value.trim() === "") {
            showError(["Describe the image for people who cannot see it."]);
            alt.setAttribute("aria-invalid", "true");
            alt.focus();
            return;
        }
        const taken = current;
        submit.disabled = true;
        showError([]);
        progress.hidden = false;
        progress.value = 0;
        const fields = Object.fromEntries([...new FormData(form)].filter(([, value]) => typeof value === "string"));
        const result = await upload(dialog.dataset.uploadUrl, token, taken.file, fields, fraction => {
            progress.value = Math.round(100 * fraction);
            progress.textContent = `${progress.value}%`;
        });
        submit.disabled = false;
        if (current !== taken) return; // the dialog was closed meanwhile: write nothing
        if (result.errors) {
            progress.hidden = true;
            showError(result.errors);
            return;
        }
        const end = view.state.doc.length;
        shortcode(view, "image", result.id, { from: Math.min(taken.range.from, end), to: Math.min(taken.range.to, end) });
        if (queue.length > 0) next();
        else dialog.close();
    });

    let chosenFor = null;
    chooser.addEventListener("change", () => {
        if (chooser.files.length > 0) offer([...chooser.files], chosenFor ?? view.state.selection.main);
        chooser.value = "";
    });

    const dropped = EditorView.domEventHandlers({
        drop(event, view) {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
            offer(files, { from: at, to: at });
            return true;
        },
        paste(event, view) {
            const files = [...(event.clipboardData?.files ?? [])];
            if (files.length === 0) return false;
            event.preventDefault();
            offer(files, view.state.selection.main);
            return true;
        },
    });

    /** Opens the file chooser; the image chosen is written over `range`. */
    const choose = range => { chosenFor = range; chooser.click(); };
    return { dropped, choose };
}
