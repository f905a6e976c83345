import { useQuery } from '@apollo/client/react';
import { ViewerQuery } from '../graphql/viewer';

export function useViewer() {
  return useQuery(ViewerQuery);
}
