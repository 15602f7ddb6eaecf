import type { Language, Partnership, TextItem } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import type { ReactNode } from 'react';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import type { Translate } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { EditorMessageKey } from './editor.messages';
import { fieldId } from './field-ids';
import { ItemActions } from './ItemActions';
import type { EditorChecks } from './useEditorChecks';
import { useListEditor } from './useListEditor';

/** Props of {@link TextItemList}. */
export interface TextItemListProps {
  readonly items: readonly TextItem[];
  /** Where the list is, as the editor's dispatch takes paths (relative to its slice). */
  readonly path: EditPath;
  /** Where the list is from the document's root, for the controls' ids. */
  readonly at: EditPath;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  /** The label of item `n` (1-based): "Objective 2". */
  readonly itemLabel: (n: number) => string;
  readonly addLabel: string;
  readonly empty: string;
  /** The stem of new ids (`objective` gives `objective-1`…). */
  readonly idPrefix: string;
  readonly partnership: Partnership;
  readonly languages: readonly Language[];
  readonly lang: Language;
  readonly checks: EditorChecks;
  readonly t: Translate<EditorMessageKey>;
  readonly announce: (text: string) => void;
  readonly readOnly: boolean;
  readonly multiline?: boolean;
}

/**
 * An ordered list of bilingual texts inside an editor — objectives, an organization's services,
 * a phase's services: each item a text in the partnership's languages, moved and removed with
 * buttons that name it, added with focus going to the new text.
 */
export function TextItemList(props: TextItemListProps) {
  const { items, at, t, languages, checks, readOnly } = props;
  const nameOf = (item: TextItem) => shown(item.text, props.lang, t('editor.untitled')).text;
  const textId = (id: string) => fieldId([...at, { id }, 'text']);
  const list = useListEditor({
    items,
    path: props.path,
    dispatch: checks.dispatch,
    partnership: props.partnership,
    newItem: () => ({ text: {} }),
    idPrefix: props.idPrefix,
    nameOf,
    firstFieldOf: (id) => `${textId(id)}-${languages[0] ?? 'fr'}`,
    addButtonId: `${fieldId(at)}-add`,
    t,
    announce: props.announce,
    readOnly,
  });
  return (
    <fieldset data-part="text-items" id={fieldId(at)} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.hint ? <p data-part="hint">{props.hint}</p> : null}
      {items.length === 0 ? <p data-part="empty">{props.empty}</p> : null}
      <ol data-part="items">
        {items.map((item, index) => (
          <li key={item.id} data-item-id={item.id}>
            <BilingualTextField
              id={textId(item.id)}
              label={props.itemLabel(index + 1)}
              value={item.text}
              onValueChange={(text) =>
                checks.commit([...at, { id: item.id }, 'text'], {
                  type: 'set',
                  path: [...props.path, { id: item.id }, 'text'],
                  value: text,
                })
              }
              error={checks.errorFor(textId(item.id))}
              languages={languages}
              readOnly={readOnly}
              multiline={props.multiline}
              rows={2}
              maxLength={2000}
            />
            {readOnly ? null : <ItemActions list={list} item={item} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{props.addLabel}</button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
    </fieldset>
  );
}
