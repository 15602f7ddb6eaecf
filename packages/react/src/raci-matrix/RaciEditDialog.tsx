import {
  isEmptyText,
  type LocalizedText,
  type Organization,
  organizationLabel,
} from '@partnership-kit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useId, useRef, useState } from 'react';
import { BilingualTextField } from '../fields/BilingualTextField';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
import type { RaciTranslate as Translate } from './raci.messages';
import { RACI_DIALOG_MESSAGES } from './raci-dialog.messages';

/** What the dialog edits: a task (name, lead) or a role (title, organization), new or existing. */
export interface RaciEditTarget {
  readonly kind: 'task' | 'role';
  /** Undefined for a new task or role: nothing is added until it is saved. */
  readonly id?: string;
  readonly name: LocalizedText;
  readonly organizationId: string | undefined;
  /** Its position (0-based) and the number of tasks or roles, for an existing one. */
  readonly index: number;
  readonly count: number;
  /** Which field takes focus when the dialog opens. */
  readonly focus: 'name' | 'lead';
}

/** What the dialog saves. */
export interface RaciEditValues {
  readonly name: LocalizedText;
  readonly organizationId: string | undefined;
  readonly index: number;
}

interface RaciEditDialogProps {
  readonly target: RaciEditTarget;
  readonly organizations: readonly Organization[];
  readonly t: Translate;
  /** The grid's language and rewordings: the dialog's own strings follow them. */
  readonly messageOptions?: MessageOptions;
  readonly onClose: () => void;
  readonly onSave: (values: RaciEditValues) => void;
  readonly onRemove: () => void;
  /** Where focus goes when what opened the dialog is gone (a removed row). */
  readonly onFocusLost?: () => HTMLElement | null | undefined;
}

/** The 0-based positions a task or role can take among `count`. */
const positions = (count: number) => [...Array(count).keys()];

/**
 * The dialog that edits a task or a role (Radix Dialog: focus trapped, Escape closes, focus goes
 * back to the grid): its name in the partnership's languages, its organization and its position.
 * Nothing changes until Save — Cancel leaves the matrix as it was, a new task included. Removing
 * is immediate (and can be undone). Loaded only when first opened.
 */
export function RaciEditDialog({
  target,
  organizations,
  t,
  messageOptions,
  onClose,
  onSave,
  onRemove,
  onFocusLost,
}: RaciEditDialogProps) {
  const { t: td } = useMessages(RACI_DIALOG_MESSAGES, messageOptions);
  const [name, setName] = useState<LocalizedText>(target.name);
  const [organizationId, setOrganizationId] = useState(target.organizationId ?? '');
  const [index, setIndex] = useState(target.index);
  const [error, setError] = useState<string | null>(null);
  const base = useId().replace(/:/g, '');
  const leadRef = useRef<HTMLSelectElement>(null);
  const returnFocus = useReturnFocus(onFocusLost);
  const firstLanguage = useContentLanguages()[0] ?? 'fr';
  const task = target.kind === 'task';
  const isNew = target.id === undefined;
  const title = isNew
    ? td(task ? 'raci.task.new' : 'raci.role.new')
    : td(task ? 'raci.task.dialog' : 'raci.role.dialog');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isEmptyText(name)) {
      setError(td(task ? 'raci.task.labelRequired' : 'raci.role.titleRequired'));
      document.getElementById(`${base}-name-${firstLanguage}`)?.focus();
      return;
    }
    onSave({ name, organizationId: organizationId === '' ? undefined : organizationId, index });
  };
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          data-pk=""
          data-pk-dialog=""
          data-pk-raci-dialog=""
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => {
            // The field to edit takes focus, not the close button that comes first.
            event.preventDefault();
            if (target.focus === 'lead') leadRef.current?.focus();
            else document.getElementById(`${base}-name-${firstLanguage}`)?.focus();
          }}
          onCloseAutoFocus={returnFocus}
        >
          <form onSubmit={submit} noValidate>
            <div data-part="dialog-header">
              <Dialog.Title>{title}</Dialog.Title>
              <Dialog.Close data-part="dialog-close" aria-label={t('dialog.close')}>
                <span aria-hidden="true">×</span>
              </Dialog.Close>
            </div>
            <div data-part="dialog-body">
              <BilingualTextField
                id={`${base}-name`}
                label={td(task ? 'raci.task.label' : 'raci.role.title')}
                value={name}
                onValueChange={(next) => {
                  setName(next);
                  if (!isEmptyText(next)) setError(null);
                }}
                required
                maxLength={500}
                error={error ?? undefined}
              />
              <div data-part="field">
                <label htmlFor={`${base}-org`}>
                  {task ? t('raci.column.lead') : td('raci.role.organization')}
                </label>
                <select
                  id={`${base}-org`}
                  ref={leadRef}
                  value={organizationId}
                  onChange={(event) => setOrganizationId(event.target.value)}
                >
                  <option value="">{t(task ? 'raci.noLead' : 'raci.noOrganization')}</option>
                  {organizations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {organizationLabel(o)}
                    </option>
                  ))}
                </select>
              </div>
              {isNew || target.count < 2 ? null : (
                <div data-part="field">
                  <label htmlFor={`${base}-position`}>{td('raci.positionLabel')}</label>
                  <select
                    id={`${base}-position`}
                    value={index}
                    onChange={(event) => setIndex(Number(event.target.value))}
                  >
                    {positions(target.count).map((position) => (
                      <option key={position} value={position}>
                        {td('raci.position', { position: position + 1, count: target.count })}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
            <div data-part="dialog-footer">
              <button type="submit" data-variant="primary">
                {isNew ? td('raci.add') : t('dialog.save')}
              </button>
              <Dialog.Close type="button" data-variant="secondary">
                {t('dialog.cancel')}
              </Dialog.Close>
              {isNew ? null : (
                <button type="button" data-variant="danger" onClick={onRemove}>
                  {td(task ? 'raci.task.remove' : 'raci.role.remove')}
                </button>
              )}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
