/** A small bar of how far an indicator reached its target (capped at 100% in the drawing, the number says the rest). */
export function AchievementBar({ achievement }: { achievement: number | null | undefined }) {
  if (achievement == null) return <span className="muted">–</span>;
  const width = Math.max(0, Math.min(100, achievement));
  return (
    <span className="achievement">
      <svg className="achievement__bar" viewBox="0 0 100 10" width="100" height="10" role="img" aria-label={`${achievement}% van de streefwaarde`} focusable="false">
        <rect x="0" y="0" width="100" height="10" rx="2" className="achievement__track" />
        <rect x="0" y="0" width={width} height="10" rx="2" className={achievement >= 100 ? 'achievement__fill achievement__fill--met' : 'achievement__fill'} />
      </svg>
      <span className="achievement__value">{achievement}%</span>
    </span>
  );
}
