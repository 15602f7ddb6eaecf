import type { Organization } from '@partnership-kit/core';
import { RaciEditDialog } from './RaciEditDialog';
import { useRaciEditor } from './useRaciEditor';
import type { useRaciMatrix } from './useRaciMatrix';

/**
 * The task and role dialog with what Save and Remove do (`useRaciEditor`): loaded, with the
 * dialog, the first time someone opens it — a grid that is only read or filled in never pays for
 * either. Renders nothing when what the dialog was opened on is gone.
 */
export function RaciEditorHost({
  raci,
  organizations,
  onFocusLost,
}: {
  readonly raci: ReturnType<typeof useRaciMatrix>;
  readonly organizations: readonly Organization[];
  readonly onFocusLost: () => HTMLElement | null | undefined;
}) {
  const { editTarget, saveEditor, removeEdited } = useRaciEditor(raci);
  if (!editTarget) return null;
  return (
    <RaciEditDialog
      target={editTarget}
      organizations={organizations}
      t={raci.t}
      messageOptions={raci.messageOptions}
      onClose={raci.closeEditor}
      onSave={saveEditor}
      onRemove={removeEdited}
      onFocusLost={onFocusLost}
    />
  );
}
