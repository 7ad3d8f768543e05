// The article editor: CodeMirror 6 with the Fandom Markdown dialect in place of the Body textarea. Everything here is an
// enhancement: without JavaScript the textarea is the editor and the form posts as it always has. The textarea stays
// in the form, hidden, and holds the text at every change, so saves, autosaves and the fallback post the same field.
import { defaultKeymap, history, historyKeymap, redo, undo } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { syntaxHighlighting } from "@codemirror/language";
import { EditorState, StateEffect } from "@codemirror/state";
import { dropCursor, EditorView, keymap, placeholder } from "@codemirror/view";
import { attributedQuote, bold, heading, italic, link, quote, spoiler } from "./commands.js";
import { attributedQuotes, fandomHighlighter, fandomMarkdown } from "./dialect.js";
import { imageUploads } from "./images.js";
import { insertMenu, mediaPicker, quotePicker, slashTrigger, videoDialog } from "./inserts.js";
import { livePreview } from "./preview.js";
import { autosave, presence } from "./session.js";
import "./editor.css";

function start(form, textarea) {
    const token = form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
    const post = (url, data) => fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { RequestVerificationToken: token } });
    const field = textarea.closest(".body-field");
    const label = field.querySelector("label[for=Body]");

    const formatting = [
        { key: "Mod-b", run: bold },
        { key: "Mod-i", run: italic },
        { key: "Mod-k", run: link },
        { key: "Mod-Alt-2", run: heading },
        { key: "Mod-Shift-.", run: quote },
    ];
    let onChange = () => {};
    const view = new EditorView({
        parent: field.querySelector("[data-editor-host]"),
        state: EditorState.create({
            doc: textarea.value,
            extensions: [
                history(),
                dropCursor(),
                EditorView.lineWrapping,
                markdown({ base: markdownLanguage, extensions: [fandomMarkdown] }),
                syntaxHighlighting(fandomHighlighter),
                attributedQuotes,
                keymap.of([...formatting, ...defaultKeymap, ...historyKeymap]),
                placeholder("Write the story. Type / at the start of a line to insert a quote, an image, a video or a spoiler."),
                // An explicit tab stop, so checkers that do not count contenteditable see the scroller's content is reachable.
                EditorView.contentAttributes.of({
                    tabindex: "0", "aria-labelledby": label.id, "aria-describedby": textarea.getAttribute("aria-describedby") ?? "", spellcheck: "true",
                }),
                replaceSelectionOnInput,
                EditorView.updateListener.of(update => {
                    if (!update.docChanged) return;
                    textarea.value = update.state.doc.toString();
                    onChange();
                }),
            ],
        }),
    });
    // The textarea is now only the form's copy of the text: out of sight, out of the tab order, its label moved to the editor.
    textarea.hidden = true;
    textarea.setAttribute("aria-hidden", "true");
    textarea.tabIndex = -1;
    label.removeAttribute("for");
    label.addEventListener("click", () => view.focus());

    const preview = livePreview({ form, view, post });
    const autosaveSoon = autosave({ form, post });
    onChange = () => { preview.changed(); autosaveSoon(); };
    for (const id of ["Dek", "SeoDescription", "PublishAt"]) form.querySelector(`#${id}`)?.addEventListener("input", preview.changed);
    form.addEventListener("input", event => { if (event.target !== textarea) autosaveSoon(); });
    presence({ form, post });
    preview.refresh();

    // Inserts: the menu's choices, the pickers and dialogs they open, and images dropped or pasted into the text.
    const images = imageUploads(view, document.querySelector("#image-dialog"), token);
    let menuRange = () => view.state.selection.main;
    const remember = open => takeRange => { menuRange = takeRange; open(); };
    const pickQuote = quotePicker(view, form.querySelector("details.quote-picker"), () => menuRange());
    const pickImage = mediaPicker(view, document.querySelector("#media-dialog"), () => menuRange());
    const askVideo = videoDialog(view, document.querySelector("#video-dialog"), () => menuRange());
    const menu = insertMenu(view, field.querySelector("[data-insert-button]"), field.querySelector("[data-insert-menu]"), {
        "library-quote": remember(pickQuote),
        "attributed-quote": takeRange => attributedQuote(view, takeRange()),
        "library-image": remember(pickImage),
        "upload-image": takeRange => images.choose(takeRange()),
        video: remember(askVideo),
        spoiler: takeRange => spoiler(view, takeRange()),
    });
    view.dispatch({ effects: StateEffect.appendConfig.of([slashTrigger(menu.openAt), images.dropped]) });

    toolbar(field.querySelector("[data-editor-toolbar]"), view, {
        bold, italic, link, heading, quote, undo, redo,
        focus: () => toggleFocusMode(field, view),
    });
    view.dispatch({ effects: StateEffect.appendConfig.of(keymap.of([{ key: "Escape", run: () => field.classList.contains("is-focus-mode") && toggleFocusMode(field, view) }])) });
}

/**
 * An edit over a selection is made by the editor itself: text typed or inserted by the system over it, Enter over
 * it, and deleting it. Left to the browser, an edit across several lines merges their elements, and Chrome keeps the
 * look of the removed ones with inline style attributes, which the site's CSP refuses (a console error each time).
 * The range replaced is the one the browser names for this input: the editor reads a new DOM selection only on the
 * next selectionchange, so a selection made just before the keystroke may not be its state's selection yet.
 */
const replaceSelectionOnInput = EditorView.domEventHandlers({
    beforeinput(event, view) {
        if (view.composing) return false;
        const insert = replacementFor(event);
        if (insert === null) return false;
        const range = targetRange(event, view);
        if (!range) return false;
        event.preventDefault();
        view.dispatch({
            changes: { from: range.from, to: range.to, insert },
            selection: { anchor: range.from + insert.length },
            scrollIntoView: true,
            userEvent: insert ? "input.type" : "delete.selection",
        });
        return true;
    },
});

/** What an input puts in place of a selection, or null for inputs the editor leaves to itself or the browser. */
function replacementFor(event) {
    const type = event.inputType;
    if (type === "insertText" || type === "insertReplacementText")
        return event.data ?? event.dataTransfer?.getData("text/plain") ?? null;
    if (type === "insertParagraph" || type === "insertLineBreak") return "\n";
    if (type.startsWith("delete") && type !== "deleteByDrag") return "";
    return null;
}

/**
 * The non-empty range an input replaces, in document positions; null when it replaces nothing (plain typing). The
 * browser's own word first; text inserted by the system (an IME commit, an emoji picker, automation) may come with no
 * target range, and then the page's selection says, before the editor's state, which may not have caught up with it.
 */
function targetRange(event, view) {
    const named = event.getTargetRanges?.()[0];
    const selection = view.root.getSelection?.();
    const live = named ?? (selection?.rangeCount ? selection.getRangeAt(0) : null);
    if (live && !live.collapsed && view.contentDOM.contains(live.startContainer) && view.contentDOM.contains(live.endContainer)) {
        const from = view.posAtDOM(live.startContainer, live.startOffset);
        const to = view.posAtDOM(live.endContainer, live.endOffset);
        if (to > from) return { from, to };
    }
    const selected = view.state.selection.main;
    return selected.empty ? null : { from: selected.from, to: selected.to };
}

/** The toolbar: one tab stop, arrow keys move along it (the ARIA toolbar pattern); each button runs its command. */
function toolbar(bar, view, commands) {
    bar.hidden = false;
    const buttons = [...bar.querySelectorAll("button")];
    buttons.forEach((button, i) => { button.tabIndex = i === 0 ? 0 : -1; });
    bar.addEventListener("keydown", event => {
        const index = buttons.indexOf(document.activeElement);
        if (index < 0) return;
        const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        buttons[index].tabIndex = -1;
        const next = buttons[(to + buttons.length) % buttons.length];
        next.tabIndex = 0;
        next.focus();
    });
    for (const button of buttons) {
        const command = commands[button.dataset.command];
        if (command) button.addEventListener("click", () => { command(view); if (button.dataset.command !== "focus") view.focus(); });
    }
}

/** Distraction-free writing: the body alone fills the window; the same button or Escape brings the page back. */
function toggleFocusMode(field, view) {
    const on = field.classList.toggle("is-focus-mode");
    document.documentElement.classList.toggle("has-focus-mode", on);
    field.querySelector("[data-command=focus]")?.setAttribute("aria-pressed", String(on));
    view.requestMeasure();
    view.focus();
    return true;
}

const form = document.querySelector("form.editor-form");
const textarea = form?.querySelector("textarea#Body");
if (form && textarea) start(form, textarea);
