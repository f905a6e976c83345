import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { YearReportPageQuery } from '../graphql/year-report';
import { YearReportView } from './YearReportView';
import '@/common/cross-zone.css';
import '@/common/staff.css';
import '../year-report.css';

/** Route `/zones/:slug/plannen/:year/rapport`. */
export function YearReportPage() {
  const { slug = '', year: yearParam } = useParams();
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const { data, error, refetch } = useQuery(YearReportPageQuery, { variables: { slug, year: year ?? 0 }, skip: year === null });
  if (year === null) return <NotFound message="Dit is geen geldig jaartal." />;
  if (error) return <ErrorState error={error} what="het jaarrapport" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Jaarrapport laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  const report = data.zone.actionPlan?.yearReport;
  if (!report) return <NotFound message={`${data.zone.name} heeft geen actieplan voor ${year}, dus ook geen jaarrapport.`} />;
  return <YearReportView zone={data.zone} report={report} refetch={refetch} />;
}
