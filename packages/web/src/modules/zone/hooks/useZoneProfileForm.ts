// The zone profile form: municipalities one per line, staff in FTE with a decimal comma ("3,5"),
// the network share in words and in percent. Saved on the zone's version with `updateZone`, merged
// three-way on a conflict (useVersionedForm); validation is the shared `zoneProfileSchema`.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { zoneProfileSchema, type FieldIssue } from '@kruispunt/shared';
import { listToLines, linesToList, parseDecimal } from '@/common/forms/lines';
import { useVersionedForm, type FormValues, type Loaded } from '@/common/forms/useVersionedForm';
import { formatNumber } from '@/common/format';
import type { ZoneProfileFieldsFragment } from '@/gql/graphql';
import { UpdateZoneProfileMutation, ZoneProfileLatestQuery } from '../graphql/zone-profile';

export const ZONE_PROFILE_KEYS = ['municipalities', 'staffFte', 'networkTimeShare', 'networkTimePercent'] as const;
export type ZoneProfileKey = (typeof ZONE_PROFILE_KEYS)[number];

export const ZONE_PROFILE_LABELS: Record<ZoneProfileKey, string> = {
  municipalities: 'Gemeenten',
  staffFte: 'Personeel (VTE)',
  networkTimeShare: 'Aandeel personeelstijd voor het netwerk',
  networkTimePercent: 'Dat aandeel in procent',
};

export function loadedProfile(zone: ZoneProfileFieldsFragment): Loaded<ZoneProfileKey> {
  return {
    values: {
      municipalities: listToLines(zone.municipalities),
      staffFte: zone.staffFte == null ? '' : formatNumber(zone.staffFte),
      networkTimeShare: zone.networkTimeShare ?? '',
      networkTimePercent: zone.networkTimePercent == null ? '' : String(zone.networkTimePercent),
    },
    version: zone.version,
  };
}

type ProfileInput = { municipalities: string[]; staffFte: number | null; networkTimeShare: string | null; networkTimePercent: number | null };

/** The form's texts as the API takes them, with the issues of what cannot be a number at all. */
function toInput(values: FormValues<ZoneProfileKey>): { input: ProfileInput; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const staffFte = parseDecimal(values.staffFte);
  if (Number.isNaN(staffFte)) issues.push({ field: 'staffFte', message: 'Geef het aantal VTE als getal, bv. 3,5' });
  const percentText = values.networkTimePercent.trim();
  const networkTimePercent = percentText === '' ? null : /^\d+$/.test(percentText) ? Number(percentText) : Number.NaN;
  if (Number.isNaN(networkTimePercent)) issues.push({ field: 'networkTimePercent', message: 'Geef een geheel getal tussen 0 en 100' });
  return {
    input: { municipalities: linesToList(values.municipalities), staffFte, networkTimeShare: values.networkTimeShare.trim() || null, networkTimePercent },
    issues,
  };
}

export function useZoneProfileForm(zone: ZoneProfileFieldsFragment, onSaved: () => void) {
  const client = useApolloClient();
  const [update] = useMutation(UpdateZoneProfileMutation);
  return useVersionedForm<ZoneProfileKey>({
    keys: ZONE_PROFILE_KEYS,
    loaded: loadedProfile(zone),
    save: async (values, changed, version) => {
      const { input } = toInput(values);
      const result = await update({ variables: { id: zone.id, version, input: Object.fromEntries(changed.map((key) => [key, input[key]])) } });
      if (!result.data) throw new Error('Geen antwoord');
      return loadedProfile(result.data.updateZone);
    },
    reload: async () => {
      const { data } = await client.query({ query: ZoneProfileLatestQuery, variables: { id: zone.id }, fetchPolicy: 'network-only' });
      const node = data?.node;
      return node && 'version' in node ? loadedProfile(node as ZoneProfileFieldsFragment) : null;
    },
    validate: (values) => {
      const { input, issues } = toInput(values);
      if (issues.length > 0) return issues;
      const parsed = zoneProfileSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? '_'), message: issue.message }));
    },
    // "municipalities.3" is the municipalities field.
    fieldOf: (path) => path.split('.')[0] ?? path,
    onSaved,
  });
}
