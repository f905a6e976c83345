import { lazy, Suspense, type Ref } from 'react';
import { useNearScreen } from '@/common/hooks/useNearScreen';
import '@/common/staff.css';

/** Anchors in the follow-up: a link to one renders it at once. */
const ANCHORS = ['opvolging', 'opvolging-noteren'];

// Its panels, their query and forms are a chunk of their own, loaded when they are needed.
const FollowUp = lazy(async () => ({ default: (await import('./FollowUp')).FollowUp }));

/**
 * Under the sheet: progress during the year, the owner zones, and the history of changes. Loaded,
 * asked for and drawn when the reader comes near (useNearScreen): far below the first screen, its
 * query and drawing kept a phone busy while the sheet loaded.
 */
export function ActionFollowUp({ actionId }: { actionId: string }) {
  const [ref, near] = useNearScreen<HTMLParagraphElement>({ anchors: ANCHORS, keyboard: true });
  if (!near) return <Loading placeholder={ref} />;
  return (
    <Suspense fallback={<Loading />}>
      <FollowUp actionId={actionId} loading={<Loading />} />
    </Suspense>
  );
}

function Loading({ placeholder }: { placeholder?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={placeholder} className="state state--loading follow-up follow-up--loading" role="status" data-testid="follow-up">
      <span className="spinner" aria-hidden="true" />
      Opvolging laden…
    </p>
  );
}
