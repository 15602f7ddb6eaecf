import { useMemo } from 'react';
import type { RaciEditTarget, RaciEditValues } from './RaciEditDialog';
import type { useRaciMatrix } from './useRaciMatrix';

type Raci = ReturnType<typeof useRaciMatrix>;

/**
 * The task and role dialog's logic: what it edits (a task or role, new or existing, with its
 * position) and what Save and Remove do to the matrix — where focus goes after, what is
 * announced. Nothing is added until Save.
 */
export function useRaciEditor(raci: Raci) {
  const { matrix, t, focus } = raci;
  const editor = raci.editor;
  const editTarget = useMemo((): RaciEditTarget | null => {
    if (!editor) return null;
    const list = editor.kind === 'task' ? matrix.tasks : matrix.roles;
    const index = editor.id === undefined ? list.length : list.findIndex((x) => x.id === editor.id);
    const item = list[index];
    if (editor.id !== undefined && !item) return null;
    const name = item ? ('label' in item ? item.label : item.title) : {};
    const organizationId = item
      ? 'label' in item
        ? item.leadOrganizationId
        : item.organizationId
      : undefined;
    return {
      kind: editor.kind,
      id: editor.id,
      name,
      organizationId,
      index,
      count: list.length,
      focus: editor.kind === 'task' ? editor.focus : 'name',
    } as const;
  }, [editor, matrix.tasks, matrix.roles]);

  const saveEditor = (values: RaciEditValues) => {
    if (!editTarget) return;
    const named = { name: values.name.fr || values.name.en || '' };
    if (editTarget.kind === 'task') {
      if (editTarget.id === undefined) {
        const result = raci.dispatch(
          {
            type: 'taskAdd',
            label: values.name,
            ...(values.organizationId ? { leadOrganizationId: values.organizationId } : {}),
          },
          () => t('raci.announce.taskAdded', { task: named.name }),
        );
        if (!result.rejection) raci.setFocus({ row: matrix.tasks.length + 1, col: 0 });
      } else {
        raci.dispatch({ type: 'taskRename', taskId: editTarget.id, label: values.name });
        raci.dispatch({
          type: 'taskLeadSet',
          taskId: editTarget.id,
          organizationId: values.organizationId,
        });
        if (values.index !== editTarget.index)
          raci.dispatch({ type: 'taskMove', taskId: editTarget.id, toIndex: values.index });
        raci.setFocus({ row: values.index + 1, col: focus.col });
      }
    } else if (editTarget.id === undefined) {
      const result = raci.dispatch(
        {
          type: 'roleAdd',
          title: values.name,
          ...(values.organizationId ? { organizationId: values.organizationId } : {}),
        },
        () => t('raci.announce.roleAdded', { role: named.name }),
      );
      if (!result.rejection) raci.setFocus({ row: 0, col: matrix.roles.length + 2 });
    } else {
      raci.dispatch({ type: 'roleRename', roleId: editTarget.id, title: values.name });
      raci.dispatch({
        type: 'roleOrganizationSet',
        roleId: editTarget.id,
        organizationId: values.organizationId,
      });
      if (values.index !== editTarget.index)
        raci.dispatch({ type: 'roleMove', roleId: editTarget.id, toIndex: values.index });
      raci.setFocus({ row: focus.row, col: values.index + 2 });
    }
    raci.closeEditor();
  };
  const removeEdited = () => {
    if (!editTarget?.id) return;
    const name = editTarget.name.fr || editTarget.name.en || editTarget.id;
    if (editTarget.kind === 'task')
      raci.dispatch({ type: 'taskRemove', taskId: editTarget.id }, () =>
        t('raci.announce.taskRemoved', { task: name }),
      );
    else
      raci.dispatch({ type: 'roleRemove', roleId: editTarget.id }, () =>
        t('raci.announce.roleRemoved', { role: name }),
      );
    raci.setFocus({
      row: Math.max(0, Math.min(focus.row, matrix.tasks.length - 1)),
      col: Math.min(focus.col, matrix.roles.length),
    });
    raci.closeEditor();
  };

  return { editTarget, saveEditor, removeEdited };
}
