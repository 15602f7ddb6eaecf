/**
 * U1: what a working group reads is never raw data — no "(s)" plurals, no internal rule codes
 * (AGR-2, DIS-3), no "?." — in any language, whatever the story. Checked on the whole page
 * (dialogs included) after the play function.
 */
const RAW = [
  { pattern: /\(s\)|\(e\)s?\b/, what: 'a “(s)” plural' },
  {
    pattern: /\b(?:AGR|DIS|REV|EST|RACI|PATH|WS-SELF|WS-TALK)-\d+\b/,
    what: 'an internal rule code',
  },
  { pattern: /\?\./, what: 'a “?.”' },
];

export function expectNoRawText(enabled: boolean): void {
  if (!enabled) return;
  // innerText, not textContent: only what is rendered and visible to people counts.
  // biome-ignore lint/performance/useDomNodeTextContent: hidden text is not what people read.
  const text = document.body.innerText;
  for (const { pattern, what } of RAW) {
    const found = pattern.exec(text);
    if (found) {
      const around = text
        .slice(Math.max(0, found.index - 40), found.index + 40)
        .replace(/\s+/g, ' ');
      throw new Error(`The page shows ${what}: “…${around}…”`);
    }
  }
}
