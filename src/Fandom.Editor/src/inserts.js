// The insert menu (its toolbar button, or "/" typed at the start of an empty line) and what it opens: the quote
// library's picker, the media library's picker, the video address dialog. Each choice writes the dialect's syntax
// at the cursor, or in place of the "/" that opened the menu.
import { EditorView } from "@codemirror/view";
import { shortcode } from "./commands.js";

const json = async url => {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json();
};

/** Runs `load` after typing pauses; only the newest answer may fill the list, so a slow older one cannot overwrite it. */
function searchAsYouType(input, load) {
    let timer = 0, latest = 0;
    const run = async () => {
        const request = ++latest;
        const result = await load(input.value);
        if (request === latest) result();
    };
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 200); });
    input.addEventListener("keydown", event => { if (event.key === "Enter") { event.preventDefault(); run(); } });
    return run;
}

function listItem(parts, onInsert, label) {
    const item = document.createElement("li");
    const button = Object.assign(document.createElement("button"), { type: "button", className: "button", textContent: "Insert" });
    if (label) button.setAttribute("aria-label", label);
    button.addEventListener("click", onInsert);
    item.append(...parts, button);
    return item;
}

const none = text => Object.assign(document.createElement("li"), { textContent: text });

/** The quote library's "Insert quote" picker under Body (its markup is the _QuotePicker partial, hidden until it works). */
export function quotePicker(view, picker, takeRange) {
    picker.hidden = false;
    const search = picker.querySelector(".quote-picker-search");
    const results = picker.querySelector(".quote-picker-results");
    const insert = id => { shortcode(view, "quote", id, takeRange()); picker.open = false; };
    const run = searchAsYouType(search, async q => {
        const quotes = await json(`${picker.dataset.pickerUrl}?q=${encodeURIComponent(q)}`);
        return () => results.replaceChildren(...(quotes.length === 0 ? [none("No quotes match.")] : quotes.map(quote => {
            const words = Object.assign(document.createElement("q"), { textContent: quote.text.length > 160 ? `${quote.text.slice(0, 157)}…` : quote.text });
            const who = Object.assign(document.createElement("span"), {
                className: "quote-picker-speaker", textContent: ` — ${quote.speaker}${quote.source ? `, ${quote.source}` : ""} `,
            });
            return listItem([words, who], () => insert(quote.id));
        })));
    });
    picker.addEventListener("toggle", () => { if (picker.open) run(); });
    return () => { picker.open = true; search.focus(); };
}

/** A modal dialog that gives focus back to the editor when it closes, whichever way it closes. */
export function dialogFor(dialog, view) {
    dialog.addEventListener("close", () => view.focus());
    for (const cancel of dialog.querySelectorAll("[data-dialog-cancel]")) cancel.addEventListener("click", () => dialog.close());
    return dialog;
}

/** The media library's picker: search as you type, insert {{image N}}. */
export function mediaPicker(view, dialog, takeRange) {
    dialogFor(dialog, view);
    const search = dialog.querySelector("input[type=search]");
    const results = dialog.querySelector("[data-media-results]");
    const run = searchAsYouType(search, async q => {
        const items = await json(`${dialog.dataset.pickerUrl}?q=${encodeURIComponent(q)}`);
        return () => results.replaceChildren(...(items.length === 0 ? [none("No images match.")] : items.map(item => {
            const thumb = Object.assign(document.createElement("img"), { src: item.thumbnailUrl, alt: "", width: 96, height: Math.round(96 * item.height / item.width) });
            const text = Object.assign(document.createElement("span"), { textContent: `#${item.id} · ${item.altText} (${item.width} × ${item.height})` });
            return listItem([thumb, text], () => { dialog.close(); shortcode(view, "image", item.id, takeRange()); }, `Insert image ${item.id}: ${item.altText}`);
        })));
    });
    return () => { dialog.showModal(); search.value = ""; search.focus(); run(); };
}

/** Asks for a video's address and inserts {{video URL}}. */
export function videoDialog(view, dialog, takeRange) {
    dialogFor(dialog, view);
    const form = dialog.querySelector("form");
    const input = form.querySelector("input[type=url]");
    const error = form.querySelector("[data-dialog-error]");
    form.addEventListener("submit", event => {
        event.preventDefault();
        const address = input.value.trim();
        let url = null;
        try { url = new URL(address); } catch { url = null; }
        if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || /\s/.test(address)) {
            error.textContent = "Enter the video’s full address, starting with https://.";
            input.setAttribute("aria-invalid", "true");
            input.focus();
            return;
        }
        dialog.close();
        shortcode(view, "video", address, takeRange());
    });
    return () => {
        form.reset();
        error.textContent = "";
        input.removeAttribute("aria-invalid");
        dialog.showModal();
        input.focus();
    };
}

/**
 * The insert menu. `choices` maps each item's data-insert to what it does, given the range to write over: the "/"
 * that opened the menu, or the selection. Keyboard: arrows, Home and End move, Enter chooses, Escape closes.
 */
export function insertMenu(view, button, menu, choices) {
    const items = [...menu.querySelectorAll("[role=menuitem]")];
    const field = menu.offsetParent ?? menu.parentElement;
    let slash = null;

    const close = (focusEditor = true) => {
        menu.hidden = true;
        button.setAttribute("aria-expanded", "false");
        menu.classList.remove("at-cursor");
        if (focusEditor) view.focus();
    };
    const open = at => {
        slash = at;
        menu.hidden = false;
        button.setAttribute("aria-expanded", "true");
        if (at !== null) {
            // Opened by "/": the menu appears under the cursor, where the eye already is.
            const coords = view.coordsAtPos(at);
            const box = field.getBoundingClientRect();
            if (coords) {
                menu.classList.add("at-cursor");
                menu.style.top = `${coords.bottom - box.top + 4}px`;
                menu.style.left = `${Math.max(0, Math.min(coords.left - box.left, box.width - menu.offsetWidth))}px`;
            }
        } else {
            menu.style.top = menu.style.left = "";
        }
        items[0].focus();
    };
    /** The text a choice replaces: the "/" (if it is still there; marked `slash`) or the selection. */
    const takeRange = () => {
        const at = slash;
        slash = null;
        if (at !== null && view.state.sliceDoc(at, at + 1) === "/") return { from: at, to: at + 1, empty: false, slash: true };
        return view.state.selection.main;
    };

    button.addEventListener("click", () => (menu.hidden ? open(null) : close()));
    menu.addEventListener("keydown", event => {
        const index = items.indexOf(document.activeElement);
        const move = to => { event.preventDefault(); items[(to + items.length) % items.length].focus(); };
        switch (event.key) {
            case "ArrowDown": return move(index + 1);
            case "ArrowUp": return move(index - 1);
            case "Home": return move(0);
            case "End": return move(items.length - 1);
            case "Escape": event.preventDefault(); slash = null; return close();
            case "Tab": slash = null; return close(false);
            default:
                // Typing a letter goes to the next item that starts with it, as in a native menu.
                if (event.key.length === 1 && /\S/.test(event.key)) {
                    const next = items.findIndex((item, i) => i > index && item.textContent.trim().toLowerCase().startsWith(event.key.toLowerCase()));
                    const first = items.findIndex(item => item.textContent.trim().toLowerCase().startsWith(event.key.toLowerCase()));
                    if (next >= 0 || first >= 0) move(next >= 0 ? next : first);
                }
        }
    });
    for (const item of items) {
        item.addEventListener("click", () => {
            const choice = choices[item.dataset.insert];
            close(false);
            choice(takeRange);
        });
    }
    document.addEventListener("pointerdown", event => {
        if (!menu.hidden && !menu.contains(event.target) && !button.contains(event.target)) { slash = null; close(false); }
    });

    return { openAt: open };
}

/** "/" typed at the start of an empty line calls `onSlash` with its position; the "/" stays until a choice replaces it. */
export function slashTrigger(onSlash) {
    return EditorView.inputHandler.of((view, from, to, text) => {
        if (text !== "/" || from !== to) return false;
        const line = view.state.doc.lineAt(from);
        if (from !== line.from || line.text.trim() !== "") return false;
        view.dispatch({ changes: { from, to, insert: "/" }, selection: { anchor: from + 1 }, userEvent: "input.type" });
        onSlash(from);
        return true;
    });
}
