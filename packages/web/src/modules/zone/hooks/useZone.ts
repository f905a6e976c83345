import { useQuery } from '@apollo/client/react';
import { ZonePageQuery } from '../graphql/zone-page';

export function useZone(slug: string) {
  return useQuery(ZonePageQuery, { variables: { slug } });
}
