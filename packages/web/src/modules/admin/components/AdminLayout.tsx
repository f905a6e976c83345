import { NavLink, Outlet } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import '@/common/staff.css';
import '../admin.css';

/** Route `/beheer`: the administration area (users, zones, regions). The server refuses every call to others. */
export function AdminLayout() {
  const { data, loading } = useViewer();
  if (!data && loading) return <LoadingState label="Laden…" />;
  if (!data?.me?.viewerCanAdminister) {
    return (
      <div className="state state--error" role="alert">
        <h1>Beheer</h1>
        <p>Alleen beheerders hebben toegang tot het beheer van gebruikers, zones en regio’s.</p>
      </div>
    );
  }
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Beheer</p>
        <nav aria-label="Beheer" className="admin-nav">
          <ul>
            <li>
              <NavLink to="/beheer/gebruikers">Gebruikers</NavLink>
            </li>
            <li>
              <NavLink to="/beheer/zones">Zones</NavLink>
            </li>
            <li>
              <NavLink to="/beheer/regios">Regio’s</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <Outlet />
    </>
  );
}
