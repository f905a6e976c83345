import { createBrowserRouter } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFoundPage } from '@/common/components/NotFound';
import { RequireSignIn } from '@/modules/auth/components/RequireSignIn';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

// Every page is its own lazily loaded chunk; the layout, the sign-in gate and the 404 page ship
// with the entry.
export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <LoadingState label="Kruispunt laden…" />,
    children: [
      {
        path: 'aanmelden',
        lazy: async () => ({ Component: (await import('@/modules/auth/components/SignInPage')).SignInPage }),
      },
      {
        Component: RequireSignIn,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('@/modules/zone/components/ZonesPage')).ZonesPage }),
          },
          {
            path: 'zones/:slug',
            lazy: async () => ({ Component: (await import('@/modules/zone/components/ZonePage')).ZonePage }),
          },
          {
            path: 'zones/:slug/plannen/:year',
            lazy: async () => ({ Component: (await import('@/modules/plan/components/ActionPlanPage')).ActionPlanPage }),
          },
          {
            path: 'acties/:id',
            lazy: async () => ({ Component: (await import('@/modules/action/components/ActionPage')).ActionPage }),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
