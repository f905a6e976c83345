// What the editor's search pickers find as you type: partners, and actions to link.
import { useQuery } from '@apollo/client/react';
import { ActionLinkSearchQuery, PartnerSearchQuery } from '../../graphql/action-editor';
import { planCaption } from '../../hidden-plan';

export function usePartnerResults(search: string) {
  const { data, loading, error } = useQuery(PartnerSearchQuery, { variables: { search }, skip: search.length < 2 });
  return {
    results: (data?.partners.nodes ?? []).map((p) => ({ id: p.id, name: p.sector ? `${p.name} (${p.sector})` : p.name })),
    loading,
    error: Boolean(error),
  };
}

export function useActionResults(search: string) {
  const { data, loading, error } = useQuery(ActionLinkSearchQuery, { variables: { search }, skip: search.length < 2 });
  return {
    results: (data?.actions.nodes ?? []).map((a) => ({
      id: a.id,
      name: `${a.number ? `${a.number} ` : ''}${a.title} (${planCaption(a.actionPlan)})`,
    })),
    loading,
    error: Boolean(error),
  };
}
