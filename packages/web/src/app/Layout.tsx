import { useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useFocusOnNavigation } from '@/common/hooks/useFocusOnNavigation';
import { SiteFooter, SiteHeader } from './SiteHeader';

export function Layout() {
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  // The router would treat "#inhoud" as a navigation; move focus ourselves.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipToContent}>
        Naar de inhoud
      </a>
      <SiteHeader />
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label="Pagina laden" />}
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
