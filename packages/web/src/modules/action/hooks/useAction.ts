import { useQuery } from '@apollo/client/react';
import { ActionPageQuery } from '../graphql/action-page';

export function useAction(id: string) {
  return useQuery(ActionPageQuery, { variables: { id } });
}
