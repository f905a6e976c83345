import { Link } from 'react-router';
import { PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { OwnerList } from '@/modules/zone/components/OwnerList';
import { sharedWorkUrl } from '../links';
import type { Dashboard } from '../dashboard-data';

type Item = Dashboard['sharedWork'][number];

/**
 * Working groups and projects with owners in the region: first those several zones own (the
 * shared work a coach looks for), then, folded away, those of one zone.
 */
export function SharedWorkTable({ dashboard }: { dashboard: Dashboard }) {
  const { sharedWork, year } = dashboard;
  const shared = sharedWork.filter((item) => item.ownerCount > 1);
  const single = sharedWork.filter((item) => item.ownerCount <= 1);
  return (
    <section className="section dashboard-section" aria-labelledby="gedeeld">
      <h2 id="gedeeld">Gedeelde werkgroepen en projecten</h2>
      <p className="section__intro">Werk dat meerdere zones samen dragen, met de rol van elke eigenaar-zone en het aantal acties in de plannen {year}.</p>
      {shared.length === 0 ? (
        <p className="state state--empty">Geen werkgroepen of projecten die zones van deze regio samen dragen.</p>
      ) : (
        <WorkTable items={shared} year={year} caption="Werkgroepen en projecten van meerdere zones" testId="shared-work" />
      )}
      {single.length > 0 && (
        <details className="dashboard-details">
          <summary>Werkgroepen en projecten van één zone ({single.length})</summary>
          <WorkTable items={single} year={year} caption="Werkgroepen en projecten van één zone" />
        </details>
      )}
    </section>
  );
}

function WorkTable({ items, year, caption, testId }: { items: Item[]; year: number; caption: string; testId?: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table shared-work-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Soort</th>
            <th scope="col">Eigenaar-zones (rol)</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Acties {year}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const id = item.workingGroup?.id ?? item.project?.id;
            const kind = item.project ? 'Project' : 'WorkingGroup';
            return (
              <tr key={`${item.kind}-${id ?? item.name}`}>
                <th scope="row">{id ? <Link to={sharedWorkUrl(kind, id)}>{item.name}</Link> : item.name}</th>
                <td>{item.workingGroup ? WORKING_GROUP_KIND_LABELS[item.workingGroup.kind] : 'Project'}</td>
                <td>
                  <OwnerList owners={item.owners} />
                </td>
                <td>{item.project ? PROJECT_STATUS_LABELS[item.project.status] : <span className="muted">–</span>}</td>
                <td className="num">{item.actionCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
