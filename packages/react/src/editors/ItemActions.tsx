import type { useListEditor } from './useListEditor';

type ListEditor<T extends { readonly id: string }> = ReturnType<typeof useListEditor<T>>;

/**
 * An item's move up, move down and remove buttons in an editor's list: names, edge states,
 * confirmation and focus come from the list's prop getters (`useListEditor`).
 *
 * @example
 * ```tsx
 * <ItemActions list={list} item={phase} index={index} t={t} />
 * ```
 */
export function ItemActions<T extends { readonly id: string }>({
  list,
  item,
  index,
  t,
}: {
  readonly list: ListEditor<T>;
  readonly item: T;
  readonly index: number;
  readonly t: (key: 'editor.up' | 'editor.down' | 'editor.removeShort') => string;
}) {
  return (
    <div data-part="item-actions">
      <button {...list.getMoveUpProps(item, index)}>{t('editor.up')}</button>
      <button {...list.getMoveDownProps(item, index)}>{t('editor.down')}</button>
      <button {...list.getRemoveProps(item)}>{t('editor.removeShort')}</button>
    </div>
  );
}
