import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useDebounced } from '@/common/hooks/useDebounced';
import { SuggestThemesQuery } from '../graphql/action-editor';
import { valuesOf, type ActionForm } from '../form/action-form';
import { isEmptySuggestionInput, themeSuggestionInput } from '../form/theme-suggestion-input';

export interface ThemeSuggestionView {
  themeId: string;
  name: string;
  reasons: string[];
}

/**
 * The themes the server proposes for the sheet as it is being written: asked again (debounced)
 * when its texts or goal change, without the themes already chosen. The last answer stays while
 * a new one loads, so the list does not flicker while typing.
 */
export function useThemeSuggestions(form: ActionForm, delay = 600): { suggestions: ThemeSuggestionView[]; loading: boolean; error: boolean } {
  const input = useMemo(() => themeSuggestionInput(valuesOf(form)), [form]);
  const key = useDebounced(JSON.stringify(input), delay);
  const variables = useMemo(() => ({ input: JSON.parse(key) as typeof input }), [key]);
  const skip = isEmptySuggestionInput(variables.input);
  const { data, previousData, loading, error } = useQuery(SuggestThemesQuery, { variables, skip });
  const chosen = new Set(form.themeIds);
  const list = skip ? [] : ((data ?? previousData)?.suggestThemes ?? []);
  return {
    suggestions: list.filter((s) => !chosen.has(s.theme.id)).map((s) => ({ themeId: s.theme.id, name: s.theme.name, reasons: s.reasons })),
    loading,
    error: Boolean(error),
  };
}
