import { lazy, Suspense, useId } from 'react';
import { useNearScreen } from '@/common/hooks/useNearScreen';
import './neighbours.css';

// The list, its query and its invitation form are a chunk of their own, loaded when they are needed.
const NeighbourList = lazy(async () => ({ default: (await import('./NeighbourList')).NeighbourList }));

/**
 * "Gluren bij de buren": the actions of other zones most worth reading next to this one, best
 * first, each with its zone, year and why it is listed (the API's reasons), and a way to ask that
 * zone to pull the work together ("mee trekken").
 */
export function NeighbourActions({ actionId }: { actionId: string }) {
  const headingId = useId();
  // The last panel of a long page: loaded, asked for (a search across zones) and drawn when the reader comes near.
  const [ref, near] = useNearScreen<HTMLElement>({ keyboard: true });
  return (
    <section ref={ref} className="neighbours" aria-labelledby={headingId} data-testid="neighbours">
      <h2 id={headingId}>Gluren bij de buren</h2>
      {near ? (
        <Suspense fallback={<Searching />}>
          <NeighbourList actionId={actionId} loading={<Searching />} />
        </Suspense>
      ) : (
        <Searching />
      )}
    </section>
  );
}

function Searching() {
  return (
    <p className="muted neighbours__loading" role="status">
      Gelijkaardige acties zoeken…
    </p>
  );
}
