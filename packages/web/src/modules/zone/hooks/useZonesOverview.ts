import { useQuery } from '@apollo/client/react';
import { ZonesOverviewQuery } from '../graphql/zones-overview';

export function useZonesOverview() {
  return useQuery(ZonesOverviewQuery);
}
