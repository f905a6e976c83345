import { usePageTitle } from '@/common/hooks/usePageTitle';

export function LoadingState({ label = 'Laden…' }: { label?: string }) {
  usePageTitle('Laden…');
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
