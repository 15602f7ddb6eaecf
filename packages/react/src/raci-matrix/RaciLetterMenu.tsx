import { RACI_LETTERS, type RaciLetter } from '@partnership-kit/core';
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { RACI_DIALOG_MESSAGES } from './raci-dialog.messages';

interface RaciLetterMenuProps {
  /** The cell the menu belongs to (it is placed under it). */
  readonly anchor: HTMLElement | null;
  readonly label: string;
  readonly letters: readonly RaciLetter[];
  readonly letterNames: ReadonlyMap<RaciLetter, string>;
  /** The grid's language and rewordings: the picker's strings follow them. */
  readonly messageOptions?: MessageOptions;
  /** Sets the cell's letters. */
  readonly onChoose: (letters: RaciLetter[]) => void;
  readonly onClose: () => void;
}

/** Letters in the guide's order. */
/** Space kept between the picker and the window's edges, in px. */
const MARGIN = 8;

const ordered = (letters: Iterable<RaciLetter>) =>
  RACI_LETTERS.filter((l) => [...letters].includes(l));

/**
 * The letter picker of a cell, for pointer users and anyone who prefers a list (WAI-ARIA menu
 * pattern): R, A, C and I as checkbox items showing what the cell holds, and "clear". A click or
 * Enter sets that letter alone and closes; Shift + click or Space adds or removes it (A/R) and
 * keeps the menu open. Arrows, Home and End move; Escape or Tab closes, focus back on the cell.
 */
export function RaciLetterMenu({
  anchor,
  label,
  letters,
  letterNames,
  messageOptions,
  onChoose,
  onClose,
}: RaciLetterMenuProps) {
  const { t } = useMessages(RACI_DIALOG_MESSAGES, messageOptions);
  const menuRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const first = Math.max(
    0,
    RACI_LETTERS.findIndex((l) => letters.includes(l)),
  );
  const [active, setActive] = useState(first);
  const items = [...RACI_LETTERS, 'clear' as const];

  // Fixed to the viewport, so the grid's scroll box never cuts it off: under the cell when it
  // fits, else above it, else as low as the window allows; it follows the cell when anything
  // scrolls or the window changes size.
  useLayoutEffect(() => {
    if (!anchor) return;
    const place = () => {
      const cell = anchor.getBoundingClientRect();
      const height = menuRef.current?.offsetHeight ?? 0;
      const width = menuRef.current?.offsetWidth ?? 0;
      const room = window.innerHeight - MARGIN;
      const top =
        cell.bottom + height <= room
          ? cell.bottom
          : cell.top - height >= MARGIN
            ? cell.top - height
            : Math.max(MARGIN, room - height);
      const left = Math.max(MARGIN, Math.min(cell.left, window.innerWidth - MARGIN - width));
      setPosition({ top, left });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor]);
  useEffect(() => {
    menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [active]);
  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== anchor) onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [anchor, onClose]);

  const choose = (item: (typeof items)[number], combine: boolean) => {
    if (item === 'clear') {
      onChoose([]);
      onClose();
    } else if (combine) {
      onChoose(
        ordered(letters.includes(item) ? letters.filter((l) => l !== item) : [...letters, item]),
      );
    } else {
      onChoose([item]);
      onClose();
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(((moves[event.key] as number) + items.length) % items.length);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(items[active] as (typeof items)[number], event.key === ' ' || event.shiftKey);
    } else {
      const typed = RACI_LETTERS.indexOf(event.key.toUpperCase() as RaciLetter);
      if (typed >= 0) {
        event.preventDefault();
        choose(RACI_LETTERS[typed] as RaciLetter, event.shiftKey);
      }
    }
  };
  const hintId = `${useId().replace(/:/g, '')}-menu-hint`;
  return (
    <div
      ref={menuRef}
      data-part="letter-menu"
      style={
        position
          ? { position: 'fixed', top: position.top, left: position.left }
          : { position: 'fixed', visibility: 'hidden' }
      }
    >
      <div
        role="menu"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {items.map((item, index) =>
          item === 'clear' ? (
            <div
              key="clear"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              data-part="menu-clear"
              onClick={() => choose('clear', false)}
              onKeyDown={() => undefined}
            >
              {t('raci.menu.clear')}
            </div>
          ) : (
            <div
              key={item}
              role="menuitemcheckbox"
              aria-checked={letters.includes(item)}
              tabIndex={index === active ? 0 : -1}
              data-letter={item}
              onClick={(event) => choose(item, event.shiftKey)}
              onKeyDown={() => undefined}
            >
              <span data-part="letter" aria-hidden="true">
                {item}
              </span>{' '}
              {letterNames.get(item) ?? item}
            </div>
          ),
        )}
      </div>
      <p id={hintId} data-part="hint">
        {t('raci.menu.hint')}
      </p>
    </div>
  );
}
