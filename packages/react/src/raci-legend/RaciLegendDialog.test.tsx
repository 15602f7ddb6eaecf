import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RaciLegendDialog } from './RaciLegendDialog';

describe('RaciLegendDialog', () => {
  describe('given the user activates the button with the keyboard', () => {
    it('opens a labelled modal dialog with the legend, and Escape closes it and returns focus', async () => {
      const user = userEvent.setup();
      render(<RaciLegendDialog locale="en-CA" />);
      const trigger = screen.getByRole('button', { name: 'What do R, A, C and I mean?' });

      await user.tab();
      expect(document.activeElement).toBe(trigger);
      await user.keyboard('{Enter}');

      const dialog = await screen.findByRole('dialog', { name: 'RACI matrix legend' });
      expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
      expect(dialog.contains(document.activeElement)).toBe(true);
      expect(dialog.textContent).toContain('Consulted');

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(trigger);
    });
  });

  describe('given French', () => {
    it('labels the button, the dialog and its close button in French', async () => {
      const user = userEvent.setup();
      render(<RaciLegendDialog locale="fr-CA" />);
      await user.click(screen.getByRole('button', { name: 'Que signifient R, A, C et I?' }));
      await screen.findByRole('dialog', { name: 'Légende de la matrice RACI' });
      await user.click(screen.getByRole('button', { name: 'Fermer' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('given a controlled open state', () => {
    it('reports each change and shows what the parent decides', async () => {
      const user = userEvent.setup();
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <RaciLegendDialog locale="en-CA" open={false} onOpenChange={onOpenChange} />,
      );
      await user.click(screen.getByRole('button', { name: /what do/i }));
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      expect(screen.queryByRole('dialog')).toBeNull();

      rerender(<RaciLegendDialog locale="en-CA" open onOpenChange={onOpenChange} />);
      expect(await screen.findByRole('dialog')).toBeTruthy();
    });
  });
});
