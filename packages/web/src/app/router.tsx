import { createBrowserRouter, redirect } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFoundPage } from '@/common/components/NotFound';
import { RequireSignIn } from '@/modules/auth/components/RequireSignIn';
import { Layout } from './Layout';
import { prefetchAction, prefetchActionPlan, prefetchMyZone, prefetchRegionDashboard, prefetchViewer } from './prefetch';
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
      // Links mailed by the API (no sign-in needed): a forgotten password and an invitation.
      {
        path: 'wachtwoord-vergeten',
        lazy: async () => ({ Component: (await import('@/modules/auth/components/PasswordResetPages')).ForgotPasswordPage }),
      },
      {
        path: 'wachtwoord-herstellen',
        lazy: async () => ({ Component: (await import('@/modules/auth/components/PasswordResetPages')).ResetPasswordPage }),
      },
      {
        path: 'uitnodiging',
        lazy: async () => ({ Component: (await import('@/modules/auth/components/AcceptInvitationPage')).AcceptInvitationPage }),
      },
      {
        Component: RequireSignIn,
        loader: prefetchViewer,
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
            loader: prefetchActionPlan,
            lazy: async () => ({ Component: (await import('@/modules/plan/components/ActionPlanPage')).ActionPlanPage }),
          },
          {
            path: 'acties/:id',
            loader: prefetchAction,
            lazy: async () => ({ Component: (await import('@/modules/action/components/ActionPage')).ActionPage }),
          },
          // Across zones: the region dashboard, the actions list it links to, search, partners, shared work.
          {
            path: 'regio',
            lazy: async () => ({ Component: (await import('@/modules/dashboard/components/RegionIndexPage')).RegionIndexPage }),
          },
          {
            path: 'regio/:slug',
            loader: prefetchRegionDashboard,
            lazy: async () => ({ Component: (await import('@/modules/dashboard/components/RegionDashboardPage')).RegionDashboardPage }),
          },
          {
            path: 'meldingen',
            lazy: async () => ({ Component: (await import('@/modules/notification/components/NotificationsPage')).NotificationsPage }),
          },
          {
            path: 'regio/:slug/werkruimte',
            lazy: async () => ({ Component: (await import('@/modules/dashboard/components/CoachWorkspacePage')).CoachWorkspacePage }),
          },
          {
            path: 'acties',
            lazy: async () => ({ Component: (await import('@/modules/dashboard/components/ActionsListPage')).ActionsListPage }),
          },
          {
            path: 'zoeken',
            lazy: async () => ({ Component: (await import('@/modules/search/components/SearchPage')).SearchPage }),
          },
          {
            path: 'partners',
            lazy: async () => ({ Component: (await import('@/modules/partner/components/PartnersPage')).PartnersPage }),
          },
          {
            path: 'werkgroepen',
            lazy: async () => ({ Component: (await import('@/modules/shared-work/components/SharedWorkListPage')).WorkingGroupsPage }),
          },
          {
            path: 'werkgroepen/:id',
            lazy: async () => ({ Component: (await import('@/modules/shared-work/components/SharedWorkPages')).WorkingGroupPage }),
          },
          {
            path: 'projecten',
            lazy: async () => ({ Component: (await import('@/modules/shared-work/components/SharedWorkListPage')).ProjectsPage }),
          },
          {
            path: 'projecten/:id',
            lazy: async () => ({ Component: (await import('@/modules/shared-work/components/SharedWorkPages')).ProjectPage }),
          },
          // Zone staff: their zone, editing, the plan's timeline and print view, API tokens.
          {
            path: 'mijn-zone',
            lazy: async () => ({ Component: (await import('@/modules/zone/components/MyZonePage')).MyZoneIndexPage }),
          },
          {
            path: 'mijn-zone/:slug',
            loader: prefetchMyZone,
            lazy: async () => ({ Component: (await import('@/modules/zone/components/MyZonePage')).MyZonePage }),
          },
          {
            path: 'zones/:slug/meerjarenplan',
            lazy: async () => ({ Component: (await import('@/modules/multi-year-plan/components/MultiYearPlanPage')).MultiYearPlanPage }),
          },
          {
            path: 'zones/:slug/plannen/:year/tijdslijn',
            lazy: async () => ({ Component: (await import('@/modules/timeline/components/PlanTimelinePage')).PlanTimelinePage }),
          },
          {
            path: 'zones/:slug/plannen/:year/afdrukken',
            lazy: async () => ({ Component: (await import('@/modules/plan/components/PlanPrintPage')).PlanPrintPage }),
          },
          {
            path: 'zones/:slug/plannen/:year/rapport',
            lazy: async () => ({ Component: (await import('@/modules/year-report/components/YearReportPage')).YearReportPage }),
          },
          {
            path: 'regio/:slug/rapport/:year',
            lazy: async () => ({ Component: (await import('@/modules/year-report/components/RegionYearReportPage')).RegionYearReportPage }),
          },
          {
            path: 'acties/:id/bewerken',
            lazy: async () => ({ Component: (await import('@/modules/action/components/editor/ActionEditPage')).ActionEditPage }),
          },
          {
            path: 'importeren',
            lazy: async () => ({ Component: (await import('@/modules/import/components/ImportPage')).ImportPage }),
          },
          // Administration: users, zones, regions (administrators; the server refuses everyone else).
          {
            path: 'beheer',
            lazy: async () => ({ Component: (await import('@/modules/admin/components/AdminLayout')).AdminLayout }),
            children: [
              { index: true, loader: () => redirect('/beheer/gebruikers') },
              {
                path: 'gebruikers',
                lazy: async () => ({ Component: (await import('@/modules/admin/components/UsersAdminPage')).UsersAdminPage }),
              },
              {
                path: 'gebruikers/:id',
                lazy: async () => ({ Component: (await import('@/modules/admin/components/UserAdminPage')).UserAdminPage }),
              },
              {
                path: 'zones',
                lazy: async () => ({ Component: (await import('@/modules/admin/components/ZonesAdminPage')).ZonesAdminPage }),
              },
              {
                path: 'regios',
                lazy: async () => ({ Component: (await import('@/modules/admin/components/RegionsAdminPage')).RegionsAdminPage }),
              },
            ],
          },
          {
            path: 'instellingen/tokens',
            lazy: async () => ({ Component: (await import('@/modules/tokens/components/TokensPage')).TokensPage }),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
