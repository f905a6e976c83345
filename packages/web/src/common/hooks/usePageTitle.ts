import { useEffect } from 'react';

const APP_NAME = 'Kruispunt';

/**
 * Sets the document title ("Zone · Kruispunt"). Only the component that renders a page's
 * final state calls it: effects run child-first, so a parent would overwrite its child.
 */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
