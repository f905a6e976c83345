import { useRef, useState } from 'react';
import type { ThemeSuggestionView } from '../../hooks/useThemeSuggestions';

/**
 * "Voorgesteld: Mantelzorg (mantelzorgers, jonge mantelzorgers) [Toevoegen]": themes the server
 * proposes from the sheet's texts. Nothing is set until the editor adds one; the added theme is
 * then ticked in the list below and saved with the sheet.
 */
export function ThemeSuggestions({ suggestions, error, onAdd }: { suggestions: ThemeSuggestionView[]; error: boolean; onAdd: (themeId: string) => void }) {
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  const add = (s: ThemeSuggestionView, index: number) => {
    onAdd(s.themeId);
    setAnnouncement(`Thema ${s.name} toegevoegd.`);
    // Keep the keyboard in the list: the next proposal's button, else the theme just ticked.
    window.requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      if (next) next.focus();
      else document.querySelector<HTMLInputElement>(`input[name="themeIds"][value="${CSS.escape(s.themeId)}"]`)?.focus();
    });
  };

  return (
    <div className="theme-suggestions" role="group" aria-labelledby="theme-suggestions-title">
      <p id="theme-suggestions-title" className="theme-suggestions__title">
        Voorgesteld op basis van de tekst
      </p>
      {error ? (
        <p className="muted">De voorstellen konden niet geladen worden.</p>
      ) : suggestions.length === 0 ? (
        <p className="muted">Geen voorstellen (meer). Voorstellen verschijnen terwijl je titel, wat en waarom invult.</p>
      ) : (
        <ul className="theme-suggestions__list" ref={listRef}>
          {suggestions.map((s, index) => (
            <li key={s.themeId} className="theme-chip">
              <span className="theme-chip__text">
                <span className="theme-chip__label">Voorgesteld:</span> <strong>{s.name}</strong>
                {s.reasons.length > 0 && <span className="theme-chip__reasons"> ({s.reasons.join(', ')})</span>}
              </span>
              <button type="button" className="button button--small" onClick={() => add(s, index)} aria-label={`Thema ${s.name} toevoegen`}>
                Toevoegen
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
