import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { dashboardUrl } from '../links';

/**
 * Region and year. A form with a button rather than a select that navigates on change: arrowing
 * through the options must not load a page per option.
 */
export function DashboardFilters({
  regions,
  regionSlug,
  years,
  year,
}: {
  regions: ReadonlyArray<{ id: string; name: string; slug: string }>;
  regionSlug: string;
  years: readonly number[];
  year: number;
}) {
  const navigate = useNavigate();
  const id = useId();
  const [region, setRegion] = useState(regionSlug);
  const [chosenYear, setChosenYear] = useState(String(year));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void navigate(dashboardUrl(region, Number(chosenYear)));
  };

  return (
    <form className="filter-bar no-print" onSubmit={submit} aria-label="Regio en jaar kiezen">
      <div className="filter-bar__field">
        <label htmlFor={`${id}-regio`}>Regio</label>
        <select id={`${id}-regio`} value={region} onChange={(e) => setRegion(e.target.value)}>
          {regions.map((r) => (
            <option key={r.id} value={r.slug}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-jaar`}>Jaar</label>
        <select id={`${id}-jaar`} value={chosenYear} onChange={(e) => setChosenYear(e.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Toon
      </button>
    </form>
  );
}
