import { openFragments, type Draft, type GoalOption, type Unplaced } from '../draft';
import type { DraftChange } from '../flow';
import type { ProjectRef } from '../hooks/useImportFlow';
import { FragmentItem } from './FragmentItem';

interface UnplacedListProps {
  draft: Draft;
  fragments: Unplaced[];
  goals: GoalOption[];
  /** Projects each fragment names (by fragment id). */
  projects: ReadonlyMap<string, ProjectRef[]>;
  onChange: (change: DraftChange) => void;
  onShowLine: (line: number) => void;
}

/** The text Kruispunt could not place, each to be made an action, attached to an action's section, or dismissed. */
export function UnplacedList({ draft, fragments, goals, projects, onChange, onShowLine }: UnplacedListProps) {
  const open = openFragments(draft, fragments).length;
  return (
    <section id="niet-geplaatst" className="import-unplaced" aria-labelledby="niet-geplaatst-titel" tabIndex={-1}>
      <h3 id="niet-geplaatst-titel">Niet geplaatste tekst ({open === fragments.length ? fragments.length : `nog ${open} van ${fragments.length}`})</h3>
      <p className="muted">
        Deze tekst staat in het bestand, maar Kruispunt kon hem niet bij een rubriek onderbrengen. Maak er een actie van, voeg hem toe aan een rubriek van een actie, of negeer hem. Wat je
        laat staan, gaat niet verloren: tekst bij een actie komt bij de opmerkingen van die actie, tekst vóór de eerste actie in de geschiedenis van het plan.
      </p>
      <ol className="import-unplaced__list">
        {fragments.map((f) => (
          <FragmentItem key={f.id} fragment={f} draft={draft} goals={goals} projects={projects.get(f.id) ?? []} onChange={onChange} onShowLine={onShowLine} />
        ))}
      </ol>
    </section>
  );
}
