import type { FilterOptions } from '@/common/filter-options';

/** The zones of a zone filter's `<select>`, grouped per region (regions without zones left out). */
export function ZoneOptions({ regions }: { regions: FilterOptions['regions'] | undefined }) {
  return (
    <>
      {(regions ?? [])
        .filter((region) => region.zones.length > 0)
        .map((region) => (
          <optgroup key={region.id} label={region.name}>
            {region.zones.map((zone) => (
              <option key={zone.id} value={zone.slug}>
                {zone.name}
              </option>
            ))}
          </optgroup>
        ))}
    </>
  );
}
