// The zone profile form: municipalities one per line, staff in FTE with a decimal comma ("3,5"),
// the network share in words and in percent. Saved on the zone's version with `updateZone`, merged
// three-way on a conflict (useVersionedForm); validation is the shared `zoneProfileSchema`.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { loadSchemas } from '@/common/forms/load-schemas';
import { useVersionedForm } from '@/common/forms/useVersionedForm';
import type { ZoneProfileFieldsFragment } from '@/gql/graphql';
import { UpdateZoneProfileMutation, ZoneProfileLatestQuery } from '../graphql/zone-profile';
import { ZONE_PROFILE_KEYS, ZONE_PROFILE_LABELS, loadedProfile, profileInput, type ZoneProfileKey } from '../profile-form';

export { ZONE_PROFILE_LABELS, type ZoneProfileKey } from '../profile-form';

export function useZoneProfileForm(zone: ZoneProfileFieldsFragment, onSaved: () => void) {
  const client = useApolloClient();
  const [update] = useMutation(UpdateZoneProfileMutation);
  return useVersionedForm<ZoneProfileKey>({
    keys: ZONE_PROFILE_KEYS,
    labels: ZONE_PROFILE_LABELS,
    // One municipality per line, stored as a list.
    lists: ['municipalities'],
    loaded: loadedProfile(zone),
    save: async (values, changed, version) => {
      const { input } = profileInput(values);
      const result = await update({ variables: { id: zone.id, version, input: Object.fromEntries(changed.map((key) => [key, input[key]])) } });
      if (!result.data) throw new Error('Geen antwoord');
      return loadedProfile(result.data.updateZone);
    },
    reload: async () => {
      const { data } = await client.query({ query: ZoneProfileLatestQuery, variables: { id: zone.id }, fetchPolicy: 'network-only' });
      const node = data?.node;
      return node && 'version' in node ? loadedProfile(node as ZoneProfileFieldsFragment) : null;
    },
    validate: async (values) => {
      const { input, issues } = profileInput(values);
      if (issues.length > 0) return issues;
      const { zoneProfileSchema } = await loadSchemas();
      const parsed = zoneProfileSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? '_'), message: issue.message }));
    },
    // "municipalities.3" is the municipalities field.
    fieldOf: (path) => path.split('.')[0] ?? path,
    onSaved,
  });
}
