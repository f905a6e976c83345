import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { HIDDEN_PLAN } from '../../hidden-plan';
import type { EditorSetting } from '../../editor-setting';

/** The editor's breadcrumbs and heading: in its plan, or as a co-owner's action of a plan you do not see. */
export function EditorHeader({ plan, title, label, sheetPath }: { plan: EditorSetting['plan']; title: string; label: string | null; sheetPath: string }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Zones', to: '/' },
          ...(plan
            ? [
                { label: plan.zone.name, to: `/zones/${plan.zone.slug}` },
                { label: `Actieplan ${plan.year}`, to: `/zones/${plan.zone.slug}/plannen/${plan.year}` },
              ]
            : []),
          { label: label ?? title, to: sheetPath },
          { label: 'Bewerken' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">{plan ? `${plan.zone.name} · Actieplan ${plan.year}` : `Gedeelde actie · in een ${HIDDEN_PLAN}`}</p>
        <h1>Actie bewerken</h1>
        <p className="lead">{title}</p>
      </header>
    </>
  );
}
