import type { Issue, Organization, RaciLetter, RaciMatrix } from '@partnership-kit/core';
import {
  type RaciAction,
  type RaciActionResult,
  type RaciFocus,
  raciKeyCommand,
} from '@partnership-kit/core/raci';
import { raciLegend } from '@partnership-kit/templates';
import { type KeyboardEvent, useMemo } from 'react';
import type { RaciTranslate } from './raci.messages';
import { shown } from './raci-matrix.labels';
import type { useRaciHistory } from './useRaciHistory';
import type { RaciEditor, RaciMenu } from './useRaciMatrix';

/** What {@link useRaciCommands} works with: the state and the setters of {@link useRaciMatrix}. */
export interface RaciCommandContext {
  readonly matrix: RaciMatrix;
  readonly history: ReturnType<typeof useRaciHistory>;
  readonly organizations: readonly Organization[];
  /** The number of rule issues now, to say when an action changes it. */
  readonly issueCount: number;
  /** Core's `validateRaci`, remembering its last answer for the render that follows. */
  readonly validate: (
    matrix: RaciMatrix,
    organizations: readonly Organization[],
  ) => readonly Issue[];
  readonly readOnly: boolean;
  /** false when the app keeps the undo history: the grid leaves Ctrl+Z to it. */
  readonly ownHistory: boolean;
  readonly t: RaciTranslate;
  readonly lang: 'fr' | 'en';
  readonly locale: 'fr-CA' | 'en-CA';
  readonly formatIssue: (issue: Issue) => string;
  readonly announce: (text: string) => void;
  readonly focus: RaciFocus;
  readonly setFocus: (focus: RaciFocus) => void;
  readonly wantDomFocus: () => void;
  readonly setEditor: (editor: RaciEditor | null) => void;
  readonly setMenu: (menu: RaciMenu | null) => void;
}

const LOCKED_RESULT = (value: RaciMatrix): RaciActionResult => ({
  value,
  patches: [],
  inversePatches: [],
  rejection: { code: 'ACTION_INVALID_VALUE', severity: 'error', path: [], params: {} },
});

/**
 * The grid's commands, each saying what happened in the polite live region: `run` applies an
 * action (refused on an adopted matrix, a change in the issue count said too), `setLetters` sets
 * a cell, `onKeyDown` maps a key on a cell through core's `raciKeyCommand`. Internal to
 * {@link useRaciMatrix}.
 *
 * @example
 * ```ts
 * const { run, onKeyDown } = useRaciCommands(context);
 * run({ type: 'taskAdd', label: { en: 'Intake' } });
 * ```
 */
export function useRaciCommands(context: RaciCommandContext) {
  const { matrix, history, t, lang, announce } = context;
  const letterNames = useMemo(
    () => new Map(raciLegend(context.locale).map((entry) => [entry.letter, entry.name])),
    [context.locale],
  );
  const nameOfTask = (taskId: string) =>
    shown(matrix.tasks.find((x) => x.id === taskId)?.label ?? {}, lang, t('raci.unnamedTask')).text;
  const nameOfRole = (roleId: string) =>
    shown(matrix.roles.find((x) => x.id === roleId)?.title ?? {}, lang, t('raci.unnamedRole')).text;
  const describeCell = (next: RaciMatrix, taskId: string, roleId: string) => {
    const task = next.tasks.find((x) => x.id === taskId);
    const letters = task && Object.hasOwn(task.cells, roleId) ? (task.cells[roleId] ?? []) : [];
    return t('raci.announce.cell', {
      task: nameOfTask(taskId),
      role: nameOfRole(roleId),
      letters:
        letters.length > 0
          ? letters.map((l) => letterNames.get(l) ?? l).join(', ')
          : t('raci.cellEmpty'),
    });
  };

  /** Applies an action, and says what happened — including a refusal and a change in the issue count. */
  const run = (
    action: RaciAction,
    said?: (result: RaciActionResult) => string,
  ): RaciActionResult => {
    if (matrix.status === 'adopted' && action.type !== 'reopen' && action.type !== 'notesSet') {
      announce(t('raci.adoptedLocked'));
      return LOCKED_RESULT(matrix);
    }
    const result = history.dispatch(action);
    if (result.rejection) announce(context.formatIssue(result.rejection));
    else if (said && result.value !== matrix) {
      // Core re-checks only the changed rows: counting the new issues here is cheap.
      const after = context.validate(result.value, context.organizations).length;
      announce(
        after === context.issueCount
          ? said(result)
          : `${said(result)} ${t('raci.announce.issues', { count: after })}`,
      );
    }
    return result;
  };
  const setLetters = (taskId: string, roleId: string, letters: readonly RaciLetter[]) =>
    run({ type: 'cellSet', taskId, roleId, letters }, (result) =>
      describeCell(result.value, taskId, roleId),
    );
  const runFromKey = (action: RaciAction) => {
    if (action.type === 'cellSet' || action.type === 'cellCycle') {
      run(action, (result) => describeCell(result.value, action.taskId, action.roleId));
      return;
    }
    const moved = action.type === 'taskMove' || action.type === 'roleMove';
    const name =
      action.type === 'taskMove'
        ? nameOfTask(action.taskId)
        : action.type === 'roleMove'
          ? nameOfRole(action.roleId)
          : '';
    run(action, () => t('raci.announce.moved', { name, position: moved ? action.toIndex + 1 : 0 }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).dataset.row === undefined) return; // a control inside a cell
    const command = raciKeyCommand(event, context.focus, matrix, { readOnly: context.readOnly });
    if (!command) return;
    // Without its own history the grid leaves Ctrl+Z to the app's (one undo stack, not two).
    if ((command.kind === 'undo' || command.kind === 'redo') && !context.ownHistory) return;
    event.preventDefault();
    context.wantDomFocus();
    switch (command.kind) {
      case 'focus':
        context.setFocus(command.focus);
        return;
      case 'undo':
        announce(history.undo() ? t('raci.announce.undo') : t('raci.announce.nothing'));
        return;
      case 'redo':
        if (history.redo()) announce(t('raci.announce.redo'));
        return;
      case 'edit':
        context.setEditor(
          command.target === 'role'
            ? { kind: 'role', id: command.id }
            : { kind: 'task', id: command.id, focus: command.target === 'lead' ? 'lead' : 'name' },
        );
        return;
      case 'menu':
        if (matrix.status === 'adopted') announce(t('raci.adoptedLocked'));
        else context.setMenu({ taskId: command.taskId, roleId: command.roleId });
        return;
      case 'action':
        runFromKey(command.action);
        context.setFocus(command.focus);
    }
  };
  return { run, setLetters, onKeyDown } as const;
}
