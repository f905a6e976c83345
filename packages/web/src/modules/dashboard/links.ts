/** The actions list (`/acties`) with filters in the query string, as the dashboard links to it. */
export function actionsListUrl(filters: { thema?: string; zone?: string; jaar?: number; regio?: string; q?: string }): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.thema) params.set('thema', filters.thema);
  if (filters.zone) params.set('zone', filters.zone);
  if (filters.regio) params.set('regio', filters.regio);
  if (filters.jaar) params.set('jaar', String(filters.jaar));
  const query = params.toString();
  return query ? `/acties?${query}` : '/acties';
}

export function dashboardUrl(regionSlug: string, year?: number | null): string {
  return year ? `/regio/${regionSlug}?jaar=${year}` : `/regio/${regionSlug}`;
}

/** The page of a working group or project. */
export function sharedWorkUrl(kind: 'WorkingGroup' | 'Project', id: string): string {
  return kind === 'Project' ? `/projecten/${id}` : `/werkgroepen/${id}`;
}
