/**
 * Free text from a plan: blank lines separate paragraphs, single line breaks and the
 * plans' own bullets (•, ◦) are kept as written.
 */
export function Prose({ text, empty = 'Niet ingevuld.' }: { text: string | null | undefined; empty?: string }) {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="prose">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs have no identity of their own; their order is fixed.
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
