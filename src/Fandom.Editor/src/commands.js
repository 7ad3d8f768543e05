// The editor's formatting commands and the one way a block of the dialect goes in. Each command takes the view and
// answers true, so it serves a key binding, a toolbar button and the insert menu alike.
import { EditorSelection } from "@codemirror/state";

/** Wraps each selection in a marker, or unwraps it when the marker is already there; an empty one gets placeholder text. */
function wrap(marker, placeholder) {
    return view => {
        const { state } = view;
        view.dispatch(state.changeByRange(range => {
            const before = state.sliceDoc(range.from - marker.length, range.from);
            const after = state.sliceDoc(range.to, range.to + marker.length);
            if (!range.empty && before === marker && after === marker) {
                return {
                    changes: [{ from: range.from - marker.length, to: range.from }, { from: range.to, to: range.to + marker.length }],
                    range: EditorSelection.range(range.from - marker.length, range.to - marker.length),
                };
            }
            const text = range.empty ? placeholder : state.sliceDoc(range.from, range.to);
            return {
                changes: { from: range.from, to: range.to, insert: marker + text + marker },
                range: EditorSelection.range(range.from + marker.length, range.from + marker.length + text.length),
            };
        }), { scrollIntoView: true, userEvent: "input.format" });
        view.focus();
        return true;
    };
}

export const bold = wrap("**", "bold text");
export const italic = wrap("*", "italic text");

/** [text](https://): the selection becomes the link text, and the address is selected to be typed over. */
export function link(view) {
    const { state } = view;
    view.dispatch(state.changeByRange(range => {
        const text = range.empty ? "link text" : state.sliceDoc(range.from, range.to);
        const address = range.from + text.length + 3;
        return {
            changes: { from: range.from, to: range.to, insert: `[${text}](https://)` },
            range: EditorSelection.range(address, address + "https://".length),
        };
    }), { scrollIntoView: true, userEvent: "input.format" });
    view.focus();
    return true;
}

/** Adds a prefix to every line of the selection, or takes it off when each line already has it. */
function linePrefix(prefix, present) {
    return view => {
        const { state } = view;
        const lines = [];
        for (const range of state.selection.ranges) {
            for (let pos = range.from; pos <= range.to;) {
                const line = state.doc.lineAt(pos);
                if (!lines.some(l => l.number === line.number)) lines.push(line);
                pos = line.to + 1;
            }
        }
        const all = lines.every(line => present.test(line.text));
        const changes = lines.map(line => {
            if (all) return { from: line.from, to: line.from + present.exec(line.text)[0].length };
            const existing = /^(#{1,6} |> ?)/.exec(line.text);
            return { from: line.from, to: line.from + (existing && prefix.startsWith(existing[0][0]) ? existing[0].length : 0), insert: prefix };
        });
        view.dispatch({ changes, scrollIntoView: true, userEvent: "input.format" });
        view.focus();
        return true;
    };
}

export const heading = linePrefix("## ", /^#{1,6} /);
export const quote = linePrefix("> ", /^> ?/);

/**
 * Puts a block on lines of its own at the selection (a shortcode renders only from a line that is nothing but it),
 * with a blank line on either side, and selects `select` inside it (or puts the cursor on the line after it).
 */
export function insertBlock(view, block, { from, to } = view.state.selection.main, select = null) {
    const { state } = view;
    const before = state.sliceDoc(0, from);
    const after = state.sliceDoc(to);
    const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const trail = after === "" ? "\n" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
    const start = from + lead.length;
    const at = select ? block.indexOf(select) : -1;
    const selection = at >= 0
        ? EditorSelection.single(start + at, start + at + select.length)
        : EditorSelection.cursor(start + block.length + 1); // the line after the block
    view.dispatch({
        changes: { from, to, insert: lead + block + trail },
        selection, scrollIntoView: true, userEvent: "input.insert",
    });
    view.focus();
}

/** The blocks the insert menu writes itself (the others ask for a quote, an image or an address first). */
export const attributedQuote = (view, range) =>
    insertBlock(view, "> The words, as they were said.\n>\n> — Speaker, [Source](https://)", range, "The words, as they were said.");

export function spoiler(view, range = view.state.selection.main) {
    // A selection becomes the hidden text; the "/" that opened the menu does not.
    const hidden = range.empty || range.slash ? "What happens, hidden until the reader opens it." : view.state.sliceDoc(range.from, range.to);
    insertBlock(view, `:::spoiler Season finale\n${hidden}\n:::`, range, "Season finale");
}

export const shortcode = (view, name, argument, range) => insertBlock(view, `{{${name} ${argument}}}`, range);
