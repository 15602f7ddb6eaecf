import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** One choice of a {@link MenuButton}. */
export interface MenuButtonItem {
  readonly id: string;
  readonly label: ReactNode;
}

/** Props of {@link MenuButton}. */
export interface MenuButtonProps {
  /** The button's text. */
  readonly label: ReactNode;
  /** The button's accessible name, when its text is not enough ("Move “Funding” to"). */
  readonly 'aria-label'?: string;
  readonly items: readonly MenuButtonItem[];
  /** Called with the chosen item's id; the menu closes and focus goes back to the button. */
  readonly onSelect: (id: string) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
  readonly variant?: 'primary' | 'secondary' | 'danger';
  /** Marks the button for a component that moves focus to it (`data-control`). */
  readonly 'data-control'?: string;
}

/**
 * A button that opens a short menu of choices (WAI-ARIA menu button): Enter, Space or ↓ opens it
 * on the first item, ↑ on the last; arrows, Home and End move; Enter chooses; Escape or Tab
 * closes. Nothing happens until a choice is made — unlike a select, arrows never act on their own.
 *
 * @example
 * ```tsx
 * <MenuButton label="Move to" items={[{ id: 'threats', label: 'Threats' }]} onSelect={moveTo} />
 * ```
 */
export function MenuButton({
  label,
  items,
  onSelect,
  onKeyDown,
  variant = 'secondary',
  ...props
}: MenuButtonProps) {
  const [open, setOpen] = useState<number | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId().replace(/:/g, '');
  useEffect(() => {
    if (open === null) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[open]?.focus();
  }, [open]);
  useEffect(() => {
    if (open === null) return;
    const outside = (event: PointerEvent) => {
      if (
        !menuRef.current?.contains(event.target as Node) &&
        !buttonRef.current?.contains(event.target as Node)
      )
        setOpen(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = () => {
    setOpen(null);
    buttonRef.current?.focus();
  };
  const choose = (itemId: string) => {
    close();
    onSelect(itemId);
  };
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (open === null) return;
    const moves: Record<string, number> = {
      ArrowDown: open + 1,
      ArrowUp: open - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setOpen(((moves[event.key] as number) + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(null);
    }
  };
  return (
    <span data-part="menu-button">
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open === null ? undefined : `${id}-menu`}
        aria-label={props['aria-label']}
        data-control={props['data-control']}
        data-variant={variant}
        onClick={() => setOpen(open === null ? 0 : null)}
        onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {open === null ? null : (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          data-part="menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => (
            <div
              key={item.id}
              role="menuitem"
              tabIndex={index === open ? 0 : -1}
              onClick={() => choose(item.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(item.id);
                }
              }}
            >
              {item.label}
            </div>
          ))}
        </div>
      )}
    </span>
  );
}
