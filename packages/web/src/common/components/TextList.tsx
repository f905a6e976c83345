/** A list of short texts (target groups, channels, ...) or a muted "not filled in". */
export function TextList({ items, empty = 'Niet ingevuld.', ordered = false }: { items: readonly string[]; empty?: string; ordered?: boolean }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const children = items.map((item, index) => (
    <li key={index} className="prose-item">
      {item}
    </li>
  ));
  return ordered ? <ol className="text-list">{children}</ol> : <ul className="text-list">{children}</ul>;
}
