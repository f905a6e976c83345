import { diffWords } from '@/common/merge/text-diff';

/**
 * One text with the words deleted since `before` struck through and the inserted ones marked,
 * each announced as such to screen readers (<del>/<ins> alone are not, in most of them).
 */
export function DiffText({ before, after, className = 'diff-text' }: { before: string; after: string; className?: string }) {
  return (
    <p className={className}>
      {diffWords(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'del' ? (
          <del key={index}>
            <span className="visually-hidden">[verwijderd: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index}>
            <span className="visually-hidden">[toegevoegd: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
