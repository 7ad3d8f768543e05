// The Fandom dialect for CodeMirror's Markdown parser: {{quote N}}, {{image N}}, {{video URL}} lines, :::spoiler fences,
// @handles and the attribution line of a quote, each a node of its own so the editor can colour it. The server's
// Markdig extensions (src/Fandom.Web/Content/Markdown) are what renders them; these only have to recognise the same text.
import { syntaxTree } from "@codemirror/language";
import { Decoration, ViewPlugin } from "@codemirror/view";
import { Tag, tags as t, tagHighlighter } from "@lezer/highlight";

const fandom = {
    shortcode: Tag.define(),
    shortcodeName: Tag.define(),
    shortcodeArgument: Tag.define(),
    spoilerFence: Tag.define(),
    spoilerTitle: Tag.define(),
    handle: Tag.define(),
};

// As Content/Markdown/Shortcode.cs: a line that is nothing but {{name argument}}.
const shortcodeLine = /^(\{\{)\s*([a-z]+)\s+(\S{1,2000}?)\s*(\}\})\s*$/i;
// As Content/Markdown/Spoilers: an opening ":::spoiler Title" or a closing ":::".
const spoilerFence = /^(:::)(?:[ \t]*(spoiler)\b[ \t]*(.*?))?[ \t]*$/i;

function shortcodeNode(cx, line) {
    const text = line.text.slice(line.pos);
    const match = shortcodeLine.exec(text);
    if (!match) return null;
    const start = cx.lineStart + line.pos;
    const nameAt = start + text.indexOf(match[2], 2);
    const argumentAt = start + text.indexOf(match[3], nameAt - start + match[2].length);
    const closeAt = start + text.lastIndexOf("}}");
    return cx.elt("Shortcode", start, start + text.trimEnd().length, [
        cx.elt("ShortcodeMark", start, start + 2),
        cx.elt("ShortcodeName", nameAt, nameAt + match[2].length),
        cx.elt("ShortcodeArgument", argumentAt, argumentAt + match[3].length),
        cx.elt("ShortcodeMark", closeAt, closeAt + 2),
    ]);
}

function spoilerNode(cx, line) {
    const text = line.text.slice(line.pos);
    const match = spoilerFence.exec(text);
    if (!match || (match[2] === undefined && text.trim() !== ":::")) return null;
    const start = cx.lineStart + line.pos;
    const children = [cx.elt("SpoilerMark", start, start + 3)];
    if (match[3]) {
        const titleAt = start + text.lastIndexOf(match[3]);
        children.push(cx.elt("SpoilerTitle", titleAt, titleAt + match[3].length));
    }
    return cx.elt("SpoilerFence", start, start + text.trimEnd().length, children);
}

function leafParser(name, node) {
    return {
        name,
        parse(cx, line) {
            const element = node(cx, line);
            if (!element) return false;
            cx.addElement(element);
            cx.nextLine();
            return true;
        },
        // Such a line never continues the paragraph above it.
        endLeaf: (cx, line) => node(cx, line) !== null,
        before: "SetextHeading",
    };
}

// As Content/Markdown/SocialHandles: not after a letter, digit or address character, so e-mail addresses stay text.
const handleStart = /[\p{L}\p{N}@./\\\-+=:&%]/u;
const handleText = /^@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/;

const handleParser = {
    name: "Handle",
    parse(cx, next, pos) {
        if (next !== 64 /* @ */) return -1;
        if (pos > cx.offset && handleStart.test(cx.slice(pos - 1, pos))) return -1;
        const match = handleText.exec(cx.slice(pos, cx.end));
        if (!match || match[0].length < 2) return -1;
        return cx.addElement(cx.elt("Handle", pos, pos + match[0].length));
    },
    before: "Link",
};

/** The dialect as a @lezer/markdown extension, for markdown({ extensions }). */
export const fandomMarkdown = {
    defineNodes: [
        { name: "Shortcode", block: true, style: fandom.shortcode },
        { name: "ShortcodeMark", style: fandom.shortcode },
        { name: "ShortcodeName", style: fandom.shortcodeName },
        { name: "ShortcodeArgument", style: fandom.shortcodeArgument },
        { name: "SpoilerFence", block: true, style: fandom.spoilerFence },
        { name: "SpoilerMark", style: fandom.spoilerFence },
        { name: "SpoilerTitle", style: fandom.spoilerTitle },
        { name: "Handle", style: fandom.handle },
    ],
    parseBlock: [leafParser("Shortcode", shortcodeNode), leafParser("SpoilerFence", spoilerNode)],
    parseInline: [handleParser],
};

/** Class names for every token the editor colours; editor.css gives each its colour in both schemes. */
export const fandomHighlighter = tagHighlighter([
    { tag: t.heading, class: "md-heading" },
    { tag: t.strong, class: "md-strong" },
    { tag: t.emphasis, class: "md-emphasis" },
    { tag: t.strikethrough, class: "md-strike" },
    { tag: t.link, class: "md-link" },
    { tag: t.url, class: "md-url" },
    { tag: t.monospace, class: "md-code" },
    { tag: t.quote, class: "md-quote" },
    { tag: [t.processingInstruction, t.contentSeparator, t.labelName], class: "md-mark" },
    { tag: t.list, class: "md-list" },
    { tag: [t.meta, t.comment], class: "md-meta" },
    { tag: fandom.shortcode, class: "fd-shortcode" },
    { tag: fandom.shortcodeName, class: "fd-shortcode-name" },
    { tag: fandom.shortcodeArgument, class: "fd-shortcode-argument" },
    { tag: fandom.spoilerFence, class: "fd-spoiler" },
    { tag: fandom.spoilerTitle, class: "fd-spoiler-title" },
    { tag: fandom.handle, class: "fd-handle" },
]);

const attribution = Decoration.mark({ class: "fd-attribution" });

// As Content/Markdown/AttributedQuotes: the last paragraph of a block quote, when it starts with an em dash or "--".
function attributions(view) {
    const found = new Map();
    for (const { from, to } of view.visibleRanges) {
        syntaxTree(view.state).iterate({
            from, to,
            enter: node => {
                if (node.name !== "Blockquote") return;
                const paragraphs = node.node.getChildren("Paragraph");
                const last = paragraphs[paragraphs.length - 1];
                if (!last || paragraphs.length < 2) return;
                const text = view.state.doc.sliceString(last.from, last.to);
                if (text.startsWith("—") || text.startsWith("--")) found.set(last.from, attribution.range(last.from, last.to));
            },
        });
    }
    // Quotes nest, so they are met out of order: Decoration.set sorts them.
    return Decoration.set([...found.values()], true);
}

/** Marks the attribution line of every attributed quote in view. */
export const attributedQuotes = ViewPlugin.fromClass(class {
    constructor(view) { this.decorations = attributions(view); }
    update(update) {
        if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state))
            this.decorations = attributions(update.view);
    }
}, { decorations: plugin => plugin.decorations });
