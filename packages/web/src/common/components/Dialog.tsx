import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Escape or the close button. */
  onClose: () => void;
  /** The buttons, right-aligned under the text. */
  actions: ReactNode;
  tone?: 'default' | 'danger';
}

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it, Escape closes
 * it, and focus returns to where it was.
 */
export function Dialog({ open, title, children, onClose, actions, tone = 'default' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      data-tone={tone}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <div className="dialog__body">{children}</div>
          <div className="dialog__actions">{actions}</div>
        </>
      )}
    </dialog>
  );
}
