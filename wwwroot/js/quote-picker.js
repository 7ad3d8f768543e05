// The article editor's "Insert quote" picker: searches the quote library and inserts {{quote N}}
// at the cursor in the body, on a line of its own (a shortcode is a whole line).
(() => {
  for (const picker of document.querySelectorAll('details.quote-picker')) {
    const target = document.getElementById(picker.dataset.target);
    const search = picker.querySelector('.quote-picker-search');
    const results = picker.querySelector('.quote-picker-results');
    if (!target || !search || !results) continue;

    let selection = { start: target.value.length, end: target.value.length };
    const remember = () => { selection = { start: target.selectionStart, end: target.selectionEnd }; };
    for (const event of ['keyup', 'click', 'select', 'input', 'blur']) target.addEventListener(event, remember);

    const insert = (id) => {
      const code = `{{quote ${id}}}`;
      const before = target.value.slice(0, selection.start);
      const after = target.value.slice(selection.end);
      const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
      target.value = before + lead + code + trail + after;
      const cursor = (before + lead + code).length;
      target.focus();
      target.setSelectionRange(cursor, cursor);
      remember();
      target.dispatchEvent(new Event('input', { bubbles: true }));
      picker.open = false;
    };

    const item = (quote) => {
      const li = document.createElement('li');
      const words = document.createElement('q');
      words.textContent = quote.text.length > 160 ? `${quote.text.slice(0, 157)}…` : quote.text;
      const who = document.createElement('span');
      who.className = 'quote-picker-speaker';
      who.textContent = ` — ${quote.speaker}${quote.source ? `, ${quote.source}` : ''} `;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = 'Insert';
      button.addEventListener('click', () => insert(quote.id));
      li.append(words, who, button);
      return li;
    };

    let pending;
    let latest = 0;
    const load = async () => {
      // Only the newest search may fill the list: an older, slower answer must not overwrite it.
      const request = ++latest;
      const response = await fetch(`${picker.dataset.pickerUrl}?q=${encodeURIComponent(search.value)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok || request !== latest) return;
      const quotes = await response.json();
      if (request !== latest) return;
      if (quotes.length === 0) {
        const none = document.createElement('li');
        none.textContent = 'No quotes match.';
        results.replaceChildren(none);
      } else {
        results.replaceChildren(...quotes.map(item));
      }
    };
    picker.addEventListener('toggle', () => { if (picker.open) load(); });
    search.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(load, 200); });
    search.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); load(); } });
  }
})();
