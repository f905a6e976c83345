import { NavLink, useNavigate } from 'react-router';
import { useCurrentZone } from '../hooks/useCurrentZone';

/** For members of several zones: which zone "Mijn zone" shows. Choosing goes to that zone's page. */
export function ZoneSwitcher() {
  const { current, memberships, choose } = useCurrentZone();
  const navigate = useNavigate();
  if (memberships.length < 2 || !current) return null;
  return (
    <div className="zone-switcher">
      <label htmlFor="zone-switcher">Mijn zone</label>
      <select
        id="zone-switcher"
        value={current.zone.slug}
        onChange={(event) => {
          choose(event.target.value);
          void navigate(`/mijn-zone/${event.target.value}`);
        }}
      >
        {memberships.map((m) => (
          <option key={m.zone.id} value={m.zone.slug}>
            {m.zone.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The "Mijn zone" item of the main menu, for members of at least one zone. */
export function MyZoneNavItem() {
  const { current } = useCurrentZone();
  if (!current) return null;
  return (
    <li>
      <NavLink to="/mijn-zone">Mijn zone</NavLink>
    </li>
  );
}
