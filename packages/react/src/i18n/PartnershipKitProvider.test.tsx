import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../hooks/useControllableState';
import { RACI_MESSAGES } from '../raci-matrix/raci.messages';
import { PartnershipKitProvider } from './PartnershipKitProvider';
import { useLocale, useMessages } from './useMessages';

describe('PartnershipKitProvider', () => {
  it('resolves any language tag, and defaults to French without a provider', () => {
    expect(renderHook(() => useLocale()).result.current).toBe('fr-CA');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PartnershipKitProvider locale={['de', 'en-GB']}>{children}</PartnershipKitProvider>
    );
    expect(renderHook(() => useLocale(), { wrapper }).result.current).toBe('en-CA');
  });

  it('applies overrides: the component’s over the provider’s over the built-in text', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PartnershipKitProvider
        locale="en"
        messages={{ 'raci.undo': 'Back', 'raci.redo': { fr: 'Refaire' } }}
      >
        {children}
      </PartnershipKitProvider>
    );
    const { result } = renderHook(
      () => useMessages(RACI_MESSAGES, { messages: { 'raci.addTask': { en: 'New task' } } }),
      { wrapper },
    );
    expect(result.current.t('raci.undo')).toBe('Back');
    expect(result.current.t('raci.redo')).toBe('Redo');
    expect(result.current.t('raci.addTask')).toBe('New task');
    expect(result.current.t('raci.status.adopted', { date: '2026-05-01' })).toBe(
      'Adopted on May 1, 2026',
    );
  });
});

/** A tiny stateful component, controlled or not. */
function Counter(props: { value?: number; onChange?: (n: number) => void }) {
  const [n, setN] = useControllableState({
    value: props.value,
    defaultValue: 0,
    onChange: props.onChange,
    name: 'Counter',
  });
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {n}
    </button>
  );
}

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    render(<Counter onChange={onChange} />);
    screen.getByRole('button').click();
    expect(onChange).toHaveBeenCalledWith(1);
  });

  it('warns once when switching between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Counter />);
    rerender(<Counter value={5} />);
    rerender(<Counter />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('Counter switched from uncontrolled to controlled');
    warn.mockRestore();
  });
});
