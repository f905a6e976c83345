import { Link } from 'react-router';
import { usePageTitle } from '@/common/hooks/usePageTitle';

/** The Dutch 404: for unknown routes and for zones, plans or actions that do not exist. */
export function NotFound({ message }: { message?: string }) {
  usePageTitle('Pagina niet gevonden');
  return (
    <div className="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>Pagina niet gevonden</h1>
      <p>{message ?? 'Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een tikfout in het adres.'}</p>
      <p>
        <Link to="/">Naar het overzicht van de zones</Link>
      </p>
    </div>
  );
}

/** Route component for every unknown path. */
export function NotFoundPage() {
  return <NotFound />;
}
