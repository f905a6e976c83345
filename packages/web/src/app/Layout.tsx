import { useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { useFocusOnNavigation } from '@/common/hooks/useFocusOnNavigation';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import { SiteFooter, SiteHeader } from './SiteHeader';

export function Layout() {
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);
  // The header's menu ("Mijn zone"), user menu and zone switcher depend on who is signed in.
  // Drawn before that was known, the header grew by a line or two on a phone when the answer came
  // and pushed the whole page down (CLS 0.23): draw it once, with its final content. The query
  // starts at once, in parallel with the page's own code.
  const viewer = useViewer();

  // The router would treat "#inhoud" as a navigation; move focus ourselves.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  if (viewer.data === undefined && viewer.loading) return <LoadingState label="Kruispunt laden…" />;

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
