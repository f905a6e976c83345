/** A ticked (☒) or empty (☐) box as the template prints it, with words for screen readers. */
export function CheckMark({ checked }: { checked: boolean }) {
  return (
    <>
      <span className="checkmark" data-checked={checked} aria-hidden="true">
        {checked ? '☒' : '☐'}
      </span>
      <span className="visually-hidden">{checked ? 'gekozen: ' : 'niet gekozen: '}</span>
    </>
  );
}
