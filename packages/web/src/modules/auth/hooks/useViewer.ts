import { useQuery } from '@apollo/client/react';
import type { ViewerQuery as ViewerData } from '@/gql/graphql';
import { ViewerQuery } from '../graphql/viewer';

export type Me = NonNullable<ViewerData['me']>;
export type Membership = Me['zones'][number];

/** The signed-in user, their zones and coached regions (the one `me` query of the web). */
export function useViewer() {
  return useQuery(ViewerQuery);
}
