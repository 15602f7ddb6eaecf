import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { RaciLegend } from './RaciLegend';

describe('RaciLegend', () => {
  describe('given no locale', () => {
    it('lists the four letters in French, in the order R, A, C, I', () => {
      const { container } = render(<RaciLegend />);
      const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
      expect(terms).toEqual([
        'R Responsable',
        'A Assume la responsabilité',
        'C Consulté',
        'I Informé',
      ]);
    });
  });

  describe('given en-CA', () => {
    it('describes each letter in English', () => {
      const { container } = render(<RaciLegend locale="en-CA" />);
      const accountable = container.querySelector('[data-letter="A"]');
      expect(accountable).not.toBeNull();
      const entry = within(accountable as HTMLElement);
      expect(entry.getByText('Accountable')).toBeTruthy();
      expect(entry.getByText(/only one per task/i)).toBeTruthy();
    });
  });

  it('marks its language, so a screen reader on an English page reads French as French', () => {
    const { container } = render(<RaciLegend locale="fr-CA" />);
    expect(container.querySelector('dl')?.getAttribute('lang')).toBe('fr-CA');
  });

  it('passes props and ref through to the <dl>', () => {
    const ref = createRef<HTMLDListElement>();
    render(<RaciLegend ref={ref} className="legend" aria-label="RACI" />);
    const list = screen.getByLabelText('RACI');
    expect(list.tagName).toBe('DL');
    expect(list.className).toBe('legend');
    expect(ref.current).toBe(list);
  });
});
