import type { Organization } from '@partnership-kit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useId, useState } from 'react';
import type { Translate } from '../i18n/useMessages';

/** What the edit dialog edits: a task (name, lead) or a role (title, organization). */
export interface RaciEditTarget {
  readonly kind: 'task' | 'role';
  readonly id: string;
  readonly name: string;
  readonly organizationId: string | undefined;
  readonly index: number;
  readonly count: number;
}

interface RaciEditDialogProps {
  readonly target: RaciEditTarget | null;
  readonly organizations: readonly Organization[];
  readonly t: Translate;
  readonly onClose: () => void;
  readonly onSave: (name: string, organizationId: string | undefined) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

/**
 * The dialog that edits a task or a role (Radix Dialog: focus trapped, Escape closes, focus goes
 * back to the grid). Keyboard users rename, choose the organization, reorder and remove here;
 * nothing in the grid depends on dragging.
 */
export function RaciEditDialog({
  target,
  organizations,
  t,
  onClose,
  onSave,
  onMove,
  onRemove,
}: RaciEditDialogProps) {
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content data-pk-raci-dialog="" aria-describedby={undefined}>
          {target ? (
            <EditForm
              key={`${target.kind}-${target.id}`}
              target={target}
              {...{ organizations, t, onClose, onSave, onMove, onRemove }}
            />
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function EditForm({
  target,
  organizations,
  t,
  onClose,
  onSave,
  onMove,
  onRemove,
}: RaciEditDialogProps & { target: RaciEditTarget }) {
  const [name, setName] = useState(target.name);
  const [organizationId, setOrganizationId] = useState(target.organizationId ?? '');
  const nameId = useId();
  const orgId = useId();
  const task = target.kind === 'task';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(name, organizationId === '' ? undefined : organizationId);
  };
  return (
    <form onSubmit={submit}>
      <Dialog.Title>{t(task ? 'raci.task.dialog' : 'raci.role.dialog')}</Dialog.Title>
      <p>
        <label htmlFor={nameId}>{t(task ? 'raci.task.label' : 'raci.role.title')}</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
      </p>
      <p>
        <label htmlFor={orgId}>{t(task ? 'raci.column.lead' : 'raci.role.organization')}</label>
        <select
          id={orgId}
          value={organizationId}
          onChange={(event) => setOrganizationId(event.target.value)}
        >
          <option value="">{t(task ? 'raci.noLead' : 'raci.noOrganization')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName || o.legalName}
            </option>
          ))}
        </select>
      </p>
      <div data-part="dialog-actions">
        <button type="button" onClick={() => onMove(-1)} disabled={target.index === 0}>
          {t(task ? 'raci.task.moveUp' : 'raci.role.moveLeft')}
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={target.index >= target.count - 1}>
          {t(task ? 'raci.task.moveDown' : 'raci.role.moveRight')}
        </button>
        <button type="button" data-variant="danger" onClick={onRemove}>
          {t(task ? 'raci.task.remove' : 'raci.role.remove')}
        </button>
      </div>
      <div data-part="dialog-actions">
        <button type="submit">{t('dialog.save')}</button>
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
