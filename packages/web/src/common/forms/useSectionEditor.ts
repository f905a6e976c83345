// A page section that opens an editor in place (a plan's general texts, the zone profile): whether
// it is open, the status line said when it closes ("… is bewaard."), and focus back on the section's
// edit button afterwards, where the person started.
import { useRef, useState } from 'react';

export function useSectionEditor() {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const open = (): void => {
    setStatus(null);
    setEditing(true);
  };

  const close = (message: string | null): void => {
    setEditing(false);
    setStatus(message);
    // The button is back once the editor is gone.
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  return { editing, status, editButton, open, close };
}
