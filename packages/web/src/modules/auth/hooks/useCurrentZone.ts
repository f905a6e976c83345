import { useCallback, useSyncExternalStore } from 'react';
import { useViewer, type Membership } from './useViewer';

const KEY = 'kruispunt.huidige-zone';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * The zone a member of several zones works in now (the header's zone switcher), remembered in
 * this browser; the first membership when nothing was chosen or the choice is no longer valid.
 */
export function useCurrentZone(): { current: Membership | null; memberships: Membership[]; choose: (slug: string) => void } {
  const { data } = useViewer();
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const memberships = data?.me?.zones ?? [];
  const current = memberships.find((m) => m.zone.slug === stored) ?? memberships[0] ?? null;
  const choose = useCallback((slug: string) => {
    try {
      window.localStorage.setItem(KEY, slug);
    } catch {
      // Private mode without storage: the choice lasts as long as the URL says so.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return { current, memberships: [...memberships], choose };
}
