import { useSearchParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { planYears, useFilterOptions } from '@/common/filter-options';
import { readListParams, resolveFilter } from '../list-params';
import { ActionsListView } from './ActionsListView';
import '../dashboard.css';

/** Route `/acties?thema=…&zone=…&jaar=…&regio=…&gedeeld=ja&q=…`: actions of every zone, filtered. */
export function ActionsListPage() {
  const [params] = useSearchParams();
  const options = useFilterOptions();
  if (options.error) return <ErrorState error={options.error} what="de filters" onRetry={() => void options.refetch()} />;
  if (!options.data) return <LoadingState label="Acties laden…" />;
  const list = readListParams(params);
  return <ActionsListView list={list} options={options.data} resolved={resolveFilter(list, options.data)} years={planYears(options.data)} />;
}
