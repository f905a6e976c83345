import { NavLink } from 'react-router';
import { useViewer } from '@/modules/auth/hooks/useViewer';

/** "Beheer" in the main menu, only when the server says the viewer administers accounts. */
export function AdminNavItem() {
  const { data } = useViewer();
  if (!data?.me?.viewerCanAdminister) return null;
  return (
    <li>
      <NavLink to="/beheer">Beheer</NavLink>
    </li>
  );
}
