import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before leaving a page with unsaved changes: the browser's own dialog when the tab is
 * closed or reloaded, the returned blocker (shown with <LeaveDialog>) for navigation inside the app.
 * `allowNext()` lets one navigation through, e.g. right after saving.
 */
export function useUnsavedChangesWarning(dirty: boolean): { blocker: Blocker; allowNext: () => void } {
  const allow = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allow.current) {
      allow.current = false;
      return false;
    }
    return dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search);
  });

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older browsers need returnValue set to show their dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    blocker,
    allowNext: () => {
      allow.current = true;
    },
  };
}
