import { useMemo, type FormEvent } from 'react';
import { Link } from 'react-router';
import { LeaveDialog } from '@/common/components/LeaveDialog';
import { actionLabel } from '@/common/format';
import { useUnsavedChangesWarning } from '@/common/hooks/useUnsavedChangesWarning';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ActionEditorQuery } from '@/gql/graphql';
import { useActionEditor } from '../../hooks/useActionEditor';
import { useThemeSuggestions } from '../../hooks/useThemeSuggestions';
import type { EditorSetting } from '../../editor-setting';
import { ConflictResolver } from './ConflictResolver';
import { EditorHeader } from './EditorHeader';
import { fieldAnchor } from './editor-parts';
import { editorNames, editorOptions, goalOf, offeredGoals } from './editor-goals';
import { SavedNotice } from './SavedNotice';
import { ContentSections, LinkSections, PeopleSection, StepsAndEvaluationSections, TimelineAndFundingSections, TitleAndGoalSection } from './SheetSections';

type EditorAction = NonNullable<ActionEditorQuery['action']>;
type EditorData = ActionEditorQuery & { action: EditorAction };

const SECTIONS = [
  ['algemeen', 'Titel en doelstelling'],
  ['wat', 'Wat?'],
  ['waarom', 'Waarom?'],
  ['voor-wie', 'Voor wie?'],
  ['met-wie', 'Met wie?'],
  ['hoe', 'Hoe?'],
  ['evaluatie', 'Evaluatie'],
  ['tijdslijn', 'Tijdslijn'],
  ['financiering', 'Financiering'],
  ['themas', 'Thema’s'],
  ['koppelingen', 'Koppelingen'],
  ['werkgroepen-projecten', 'Werkgroepen en projecten'],
  ['communicatie', 'Communicatie en opmerkingen'],
] as const;

/**
 * The editor of one action sheet: the template's sections in order, validated as you save. The
 * setting says where it stands (the plan, or none for a co-owner of another zone's draft) and
 * what the goal and the pickers offer.
 */
export function ActionEditor({ data, setting, reload }: { data: EditorData; setting: EditorSetting; reload: () => Promise<EditorAction | null> }) {
  const { action } = data;
  const plan = setting.plan;
  const label = actionLabel(action.number);
  usePageTitle(`Bewerken: ${action.title}`);

  const { form, set, dirty, errors, saveError, saved, conflict, saving, summaryRef, save, resolve, retryLoad } = useActionEditor(action, reload);
  const { blocker } = useUnsavedChangesWarning(dirty || conflict !== null);
  const themeSuggestions = useThemeSuggestions(form);

  // Names for ids, for the conflict screen.
  const names = useMemo(() => editorNames(data, setting, action, form, conflict?.status === 'ready' ? conflict.theirForm : null), [data, setting, action, form, conflict]);

  const err = (key: string): string | undefined => errors[key];
  const section = { form, set, err };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save();
  };

  // A retired goal (or one under a retired strategic goal) is offered only while the action is on it: the API refuses it for anything else.
  const goalGroups = offeredGoals(setting.goals ?? [], new Set([form.goal, goalOf(action)]));
  const { zoneOptions, partnerOptions, groupOptions, projectOptions } = editorOptions(data, setting, action);
  const errorList = Object.entries(errors);
  const sheetPath = `/acties/${action.id}`;

  const header = <EditorHeader plan={plan} title={action.title} label={label} sheetPath={sheetPath} />;

  if (conflict) {
    return (
      <>
        {header}
        <ConflictResolver
          key={conflict.status === 'ready' ? `versie-${conflict.version}` : conflict.status}
          conflict={conflict}
          names={names}
          saving={saving}
          error={saveError}
          onResolve={resolve}
          onRetry={retryLoad}
        />
        <LeaveDialog blocker={blocker} />
      </>
    );
  }

  return (
    <>
      {header}
      <form className="editor" onSubmit={submit} noValidate aria-label="Actiefiche bewerken">
        <div ref={summaryRef} tabIndex={-1} className="editor__summary" aria-live="polite">
          {errorList.length > 0 && (
            <div className="form__error" role="alert">
              <p>
                <strong>Niet bewaard:</strong> {errorList.length === 1 ? 'één veld moet nog aangepast worden' : `${errorList.length} velden moeten nog aangepast worden`}.
              </p>
              <ul>
                {errorList.map(([key, message]) => (
                  <li key={key}>
                    <a href={`#${fieldAnchor(key)}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {saveError && (
            <p className="form__error" role="alert">
              {saveError}
            </p>
          )}
          {saved && <SavedNotice at={saved.at} warnings={saved.warnings} sheetPath={sheetPath} />}
        </div>

        <div className="sheet">
          <nav className="sheet-toc" aria-label="Onderdelen van de fiche">
            <h2 className="sheet-toc__title">Onderdelen</h2>
            <ol>
              {SECTIONS.map(([id, heading]) => (
                <li key={id}>
                  <a href={`#${id}`}>{heading}</a>
                </li>
              ))}
            </ol>
          </nav>

          <div className="sheet-body">
            <TitleAndGoalSection {...section} goals={Boolean(setting.goals)} goalHint={setting.goalHint ?? undefined} goalLabel={setting.goalLabel} goalGroups={goalGroups} />
            <ContentSections {...section} />
            <PeopleSection
              {...section}
              zoneOptions={zoneOptions}
              partnerOptions={partnerOptions}
              groupOptions={groupOptions}
              contactOptions={action.contactPersonCandidates.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
            />
            <StepsAndEvaluationSections {...section} errors={errors} />
            <TimelineAndFundingSections {...section} year={plan?.year ?? null} errors={errors} />
            <LinkSections
              {...section}
              actionId={action.id}
              themes={data.themes.map((t) => ({ value: t.id, label: t.name }))}
              suggestions={themeSuggestions}
              groupOptions={groupOptions}
              projectOptions={projectOptions}
              noWorkingGroups={setting.noWorkingGroups}
              noProjects={setting.noProjects}
            />
          </div>
        </div>

        <div className="save-bar">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Bezig met bewaren…' : 'Wijzigingen bewaren'}
          </button>
          <Link to={sheetPath} className="button button--secondary">
            {dirty ? 'Annuleren' : 'Terug naar de fiche'}
          </Link>
          <span className="save-bar__status" aria-live="polite">
            {dirty ? 'Er zijn wijzigingen die nog niet bewaard zijn.' : saved ? 'Alles is bewaard.' : ''}
          </span>
        </div>
      </form>
      <LeaveDialog blocker={blocker} />
    </>
  );
}
