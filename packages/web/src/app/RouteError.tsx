import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '@/common/components/NotFound';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { SiteFooter, SiteHeader } from './SiteHeader';

/** Last resort for errors the pages do not handle themselves, e.g. a chunk that fails to load after a deploy. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <SiteHeader />
      <main id="inhoud" tabIndex={-1} className="page">
        {notFound ? <NotFound /> : <UnexpectedError />}
      </main>
      <SiteFooter />
    </>
  );
}

function UnexpectedError() {
  usePageTitle('Er ging iets mis');
  return (
    <div className="state state--error" role="alert">
      <h1>Er ging iets mis</h1>
      <p>Deze pagina kon niet getoond worden. Misschien is Kruispunt net bijgewerkt: herlaad de pagina.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Pagina herladen
      </button>
    </div>
  );
}
