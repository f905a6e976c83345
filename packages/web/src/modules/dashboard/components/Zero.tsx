/** An empty cell: a dash to the eye, "geen" to a screen reader. */
export function Zero() {
  return (
    <>
      <span className="heat__zero" aria-hidden="true">
        –
      </span>
      <span className="visually-hidden">geen</span>
    </>
  );
}
