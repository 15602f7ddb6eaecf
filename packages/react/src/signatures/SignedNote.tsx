import { useEffect, useRef } from 'react';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import type { Translate } from '../i18n/useMessages';
import type { SignedMessageKey } from './signed.messages';
import type { useSignedLock } from './useSignedLock';

/** The note of a fully signed agreement, with the way to correct a data-entry error. */
export function SignedNote({
  lock,
  appReadOnly,
  t,
}: {
  readonly lock: ReturnType<typeof useSignedLock>;
  /** The app made the editor read-only: no way out is offered. */
  readonly appReadOnly: boolean;
  readonly t: Translate<SignedMessageKey | 'dialog.cancel'>;
}) {
  const note = useRef<HTMLParagraphElement>(null);
  // The button goes once the correction is allowed: focus goes to the note that says so.
  useEffect(() => {
    if (lock.correcting) note.current?.focus();
  }, [lock.correcting]);
  if (!lock.signed) return null;
  return (
    <div data-part="signed-note">
      <p ref={note} tabIndex={-1}>
        {lock.correcting ? t('signed.unlocked') : t('signed.note')}
      </p>
      {lock.correcting || appReadOnly ? null : (
        <button type="button" data-variant="secondary" onClick={lock.ask}>
          {t('signed.unlock')}
        </button>
      )}
      {lock.asking ? (
        <ConfirmDialog
          open
          title={t('signed.unlock.title')}
          description={t('signed.unlock.description')}
          confirmLabel={t('signed.unlock.confirm')}
          cancelLabel={t('dialog.cancel')}
          onConfirm={() => lock.answer(true)}
          onCancel={() => lock.answer(false)}
        />
      ) : null}
    </div>
  );
}
