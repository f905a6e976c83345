import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import './global-search.css';

/** Whether a key press is typing into a field (then "/" is just a slash). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box in the header: "/" focuses it from anywhere, Enter opens `/zoeken?q=…`.
 * It loads nothing itself, so the header stays light.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const urlQuery = location.pathname === '/zoeken' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(urlQuery);

  // Follow the URL (back button, a link to another search); clear it when leaving the results.
  useEffect(() => setText(urlQuery), [urlQuery]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const q = text.trim();
    void navigate(q ? `/zoeken?q=${encodeURIComponent(q)}` : '/zoeken');
  };

  return (
    <form role="search" className="global-search" onSubmit={submit} aria-label="Zoeken in Kruispunt">
      <label htmlFor="global-search" className="visually-hidden">
        Zoek zones, acties, werkgroepen, projecten en partners
      </label>
      <span className="global-search__field">
        <input
          ref={input}
          id="global-search"
          type="search"
          name="q"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
          placeholder="Zoeken…"
          autoComplete="off"
          aria-keyshortcuts="/"
        />
        <kbd className="global-search__hint" aria-hidden="true">
          /
        </kbd>
      </span>
      <button type="submit" className="global-search__button">
        Zoeken
      </button>
    </form>
  );
}
