/** "Meer laden" under a paged list, with the count announced to screen readers. */
export function LoadMore({
  shown,
  total,
  hasMore,
  loading,
  onLoadMore,
  noun,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Plural noun: "acties", "partners". */
  noun: string;
}) {
  return (
    <div className="load-more">
      <p className="load-more__status muted" role="status">
        {shown} van {total} {noun} getoond
      </p>
      {hasMore && (
        <button type="button" className="button button--secondary" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Laden…' : 'Meer laden'}
        </button>
      )}
    </div>
  );
}
