import { formatMessage } from '@partnership-kit/core/format';
import { describe, expect, it } from 'vitest';
import { RACI_LEGEND_MESSAGES } from '../raci-legend/raci-legend.messages';
import { REACT_MESSAGES } from './react-messages';

// Built-in strings are what a director sees around the documents: both languages always,
// French written with Canadian typography (no space before ; ? !, no-break spaces before a
// colon and inside « »), English without French punctuation.
const tables = { ...REACT_MESSAGES, ...RACI_LEGEND_MESSAGES };
const SAMPLE = {
  count: 2,
  n: 1,
  step: 1,
  date: '2027-01-08',
  days: 3,
  answered: 1,
  total: 2,
  done: 1,
  error: 1,
  warning: 0,
  info: 2,
  position: 1,
  language: 'fr',
  from: 'en',
};

describe('built-in strings', () => {
  const entries = Object.entries(tables);

  it('all exist in French and in English', () => {
    expect(entries.length).toBeGreaterThan(150);
    const missing = entries.filter(([, text]) => !text.fr.trim() || !text.en.trim());
    expect(missing.map(([key]) => key)).toEqual([]);
  });

  it('all follow each language’s typography once formatted', () => {
    const wrong = entries.flatMap(([key, text]) => {
      const fr = formatMessage(text.fr, SAMPLE, 'fr');
      const en = formatMessage(text.en, SAMPLE, 'en');
      const problems = [
        // Raw too: some strings (the legend's) are shown without going through formatMessage.
        /\s[;?!]/.test(fr + text.fr) && 'space before ; ? or ! in French',
        /[^\u00a0]:(\s|$)/.test(fr) && 'colon without a no-break space in French',
        /«[^\u00a0]|[^\u00a0]»/.test(fr) && 'guillemets without no-break spaces',
        /[«»]|\s[:;?!]/.test(en) && 'French punctuation in English',
        /'/.test(fr + en) && 'straight apostrophe',
      ].filter(Boolean);
      return problems.map((problem) => `${key}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });
});
