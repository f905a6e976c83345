import type { Blocker } from 'react-router';
import { Dialog } from './Dialog';

/** Asks before leaving a form with unsaved changes (see useUnsavedChangesWarning). */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const open = blocker.state === 'blocked';
  return (
    <Dialog
      open={open}
      title="Wijzigingen niet bewaard"
      onClose={() => blocker.reset?.()}
      tone="danger"
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={() => blocker.reset?.()} autoFocus>
            Blijven en verder werken
          </button>
          <button type="button" className="button button--danger" onClick={() => blocker.proceed?.()}>
            Wijzigingen weggooien
          </button>
        </>
      }
    >
      <p>Je hebt wijzigingen die nog niet bewaard zijn. Als je deze pagina verlaat, gaan ze verloren.</p>
    </Dialog>
  );
}
