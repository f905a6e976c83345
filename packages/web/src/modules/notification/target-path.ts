/** Where a notification leads in the web app, from the target the server gives (or null when the app has no page for it). */
export function notificationPath(target: { type: string; id: string; zoneSlug?: string | null; year?: number | null }): string | null {
  switch (target.type) {
    case 'Action':
      return `/acties/${target.id}#overleg`;
    case 'ActionPlan':
      return target.zoneSlug && target.year ? `/zones/${target.zoneSlug}/plannen/${target.year}#overleg` : null;
    case 'WorkingGroup':
      return `/werkgroepen/${target.id}`;
    case 'Project':
      return `/projecten/${target.id}`;
    default:
      return null;
  }
}

/** The bell's accessible name: "Meldingen, 3 ongelezen". */
export function bellLabel(unread: number): string {
  return unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen`;
}
