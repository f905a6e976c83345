import { Link, NavLink } from 'react-router';
import { UserMenu } from '@/modules/auth/components/UserMenu';
import { MyZoneNavItem, ZoneSwitcher } from '@/modules/auth/components/ZoneSwitcher';
import { AdminNavItem } from '@/modules/admin/components/AdminNavItem';
import { GlobalSearch } from '@/modules/search/components/GlobalSearch';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" />
            <path d="M13 6h6v7h7v6h-7v7h-6v-7H6v-6h7z" />
          </svg>
          <span className="brand__name">Kruispunt</span>
        </Link>
        <span className="site-header__tagline">Actieplannen van de eerstelijnszones</span>
        <nav aria-label="Hoofdmenu" className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                Zones
              </NavLink>
            </li>
            <MyZoneNavItem />
            <li>
              <NavLink to="/regio">Regiodashboard</NavLink>
            </li>
            <li>
              <NavLink to="/werkgroepen">Gedeeld werk</NavLink>
            </li>
            <li>
              <NavLink to="/partners">Partners</NavLink>
            </li>
            <AdminNavItem />
          </ul>
        </nav>
        <GlobalSearch />
        <ZoneSwitcher />
        <UserMenu />
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Kruispunt · de actieplannen van de Vlaamse eerstelijnszones op één plek</p>
    </footer>
  );
}
