import { useEffect, useId, useRef, useState } from 'react';
import '../export.css';

const FORMATS = [
  { ext: 'docx', label: 'Word', hint: 'in de lay-out van het sjabloon van het Departement Zorg' },
  { ext: 'xlsx', label: 'Excel – tijdslijn', hint: 'één rij per actie, een kolom per maand' },
  { ext: 'csv', label: 'CSV – tijdslijn', hint: 'hetzelfde, als tekst met puntkomma’s' },
  { ext: 'json', label: 'JSON', hint: 'voor andere programma’s (het importformaat)' },
] as const;

/**
 * "Exporteren": the plan's download URLs (GET /api/plans/<id>/export.<format>), behind a
 * disclosure button. Escape or a click elsewhere closes it; focus returns to the button.
 */
export function ExportMenu({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  return (
    <div className="export-menu" ref={root}>
      <button ref={button} type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        Exporteren <span aria-hidden="true">▾</span>
      </button>
      <ul id={id} className="export-menu__list" hidden={!open}>
        {FORMATS.map((f) => (
          <li key={f.ext}>
            <a href={`/api/plans/${encodeURIComponent(planId)}/export.${f.ext}`} download onClick={() => setOpen(false)}>
              <span className="export-menu__label">{f.label}</span>
              <span className="export-menu__hint">
                .{f.ext} · {f.hint}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
