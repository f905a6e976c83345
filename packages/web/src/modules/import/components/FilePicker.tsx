import { useId, useRef, useState, type DragEvent } from 'react';

interface FilePickerProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/**
 * A file input with a drop zone around it. The input itself stays in the tab order (it is only
 * visually hidden), so "Bestand kiezen" works with the keyboard as with the mouse.
 */
export function FilePicker({ onFile, disabled }: FilePickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
    // The same file can be chosen again after an error.
    if (input.current) input.current.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  return (
    <div
      className="dropzone"
      data-over={over || undefined}
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <svg className="dropzone__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3 7 8h3.5v6h3V8H17zM5 17v3h14v-3h-2v1H7v-1z" />
      </svg>
      <p className="dropzone__text">Sleep het bestand hierheen, of</p>
      <input
        ref={input}
        id={id}
        className="visually-hidden dropzone__input"
        type="file"
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(event) => take(event.currentTarget.files)}
      />
      <label htmlFor={id} className="button dropzone__button">
        Bestand kiezen
      </label>
      <p id={`${id}-hint`} className="dropzone__hint">
        Een Word-document (.docx) of een tekstbestand (.txt), hoogstens 10 MB. Een .doc of .pdf sla je eerst op als .docx.
      </p>
    </div>
  );
}
