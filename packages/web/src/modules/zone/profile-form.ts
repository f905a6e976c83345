// The zone profile form's texts and what the API takes, both ways. Pure (tested in test/unit).
import type { FieldIssue } from '@kruispunt/shared';
import { listToLines, linesToList, parseDecimal } from '@/common/forms/lines';
import type { FormValues, Loaded } from '@/common/forms/useVersionedForm';
import { formatNumber } from '@/common/format';
import type { ZoneProfileFieldsFragment } from '@/gql/graphql';

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
export function profileInput(values: FormValues<ZoneProfileKey>): { input: ProfileInput; issues: FieldIssue[] } {
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
