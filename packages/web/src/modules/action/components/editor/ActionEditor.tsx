import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  EVALUATION_KINDS,
  EVALUATION_KIND_LABELS,
  FUNDING_KINDS,
  FUNDING_KIND_LABELS,
  PLAN_CHECK_LABELS,
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABELS,
  type PlanCheckCode,
} from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { LeaveDialog } from '@/common/components/LeaveDialog';
import { actionLabel, monthLabel } from '@/common/format';
import { useUnsavedChangesWarning } from '@/common/hooks/useUnsavedChangesWarning';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ActionEditorQuery, EditorGoalFieldsFragment } from '@/gql/graphql';
import {
  EVALUATION_PARTS,
  PART_KIND,
  milestoneMonths,
  newKey,
  type ActionForm,
  type IndicatorRow,
  type NamedRef,
  type StepRow,
} from '../../form/action-form';
import { ActionLinkSearchQuery, PartnerSearchQuery } from '../../graphql/action-editor';
import { useActionEditor, type Warning } from '../../hooks/useActionEditor';
import { ConflictResolver } from './ConflictResolver';
import { CheckboxGroup, LinesInput, SelectInput, TextArea, TextInput, type Option } from './inputs';
import { SearchPicker } from './SearchPicker';
import { ThemeSuggestions } from './ThemeSuggestions';
import { useThemeSuggestions } from '../../hooks/useThemeSuggestions';
import { HIDDEN_PLAN, planCaption } from '../../hidden-plan';
import type { EditorSetting } from '../../editor-setting';
import { Field } from '@/common/forms/Field';

type EditorAction = NonNullable<ActionEditorQuery['action']>;
type EditorData = ActionEditorQuery & { action: EditorAction };

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const MONTH_OPTIONS: Option[] = MONTHS.map((month) => ({ value: String(month), label: monthLabel(month) }));

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

/** Where each form field sits, to link the error summary to it. */
function fieldAnchor(key: string): string {
  return `veld-${key.replace(/\./g, '-')}`;
}

function usePartnerResults(search: string) {
  const { data, loading, error } = useQuery(PartnerSearchQuery, { variables: { search }, skip: search.length < 2 });
  return {
    results: (data?.partners.nodes ?? []).map((p) => ({ id: p.id, name: p.sector ? `${p.name} (${p.sector})` : p.name })),
    loading,
    error: Boolean(error),
  };
}

function useActionResults(search: string) {
  const { data, loading, error } = useQuery(ActionLinkSearchQuery, { variables: { search }, skip: search.length < 2 });
  return {
    results: (data?.actions.nodes ?? []).map((a) => ({
      id: a.id,
      name: `${a.number ? `${a.number} ` : ''}${a.title} (${planCaption(a.actionPlan)})`,
    })),
    loading,
    error: Boolean(error),
  };
}

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
  const names = useMemo(() => {
    const map = new Map<string, string>();
    data.themes.forEach((t) => map.set(t.id, t.name));
    data.regions.forEach((r) => r.zones.forEach((z) => map.set(z.id, z.name)));
    setting.partners.forEach((p) => map.set(p.id, p.name));
    setting.workingGroups.forEach((g) => map.set(g.id, g.name));
    setting.projects.forEach((p) => map.set(p.id, p.name));
    action.workingGroups.forEach((g) => map.set(g.id, g.name));
    action.projects.forEach((p) => map.set(p.id, p.name));
    action.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
    form.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
    form.linkedActions.forEach((a) => map.set(a.id, a.name));
    action.contactPersonCandidates.forEach((p) => map.set(p.id, p.name));
    if (conflict?.status === 'ready') {
      conflict.theirForm.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
      conflict.theirForm.linkedActions.forEach((a) => map.set(a.id, a.name));
    }
    if (action.lead?.partner) map.set(action.lead.partner.id, action.lead.partner.name);
    if (action.lead?.workingGroup) map.set(action.lead.workingGroup.id, action.lead.workingGroup.name);
    if (action.operationalGoal) map.set(`od:${action.operationalGoal.id}`, setting.goalLabel);
    else if (action.strategicGoal) map.set(`sd:${action.strategicGoal.id}`, setting.goalLabel);
    for (const goal of setting.goals ?? []) {
      map.set(`sd:${goal.id}`, `SD ${goal.number} ${goal.title}`);
      for (const od of goal.operationalGoals) map.set(`od:${od.id}`, `OD ${od.number} ${od.title}`);
    }
    return map;
  }, [data, setting, action, form.stakeholderPartners, form.linkedActions, conflict]);

  const err = (key: string): string | undefined => errors[key];

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save();
  };

  // A retired goal (or one under a retired strategic goal) is offered only while the action is on it: the API refuses it for anything else.
  const goalGroups = offeredGoals(setting.goals ?? [], new Set([form.goal, goalOf(action)]));
  const withCurrent = (options: Option[], chosen: ReadonlyArray<{ id: string; name: string }>): Option[] => {
    const known = new Set(options.map((o) => o.value));
    return [...options, ...chosen.filter((c) => !known.has(c.id)).map((c) => ({ value: c.id, label: c.name }))];
  };
  const zoneOptions = data.regions.flatMap((region) => region.zones.map((z) => ({ value: z.id, label: z.name })));
  const partnerOptions = withCurrent(
    setting.partners.map((p) => ({ value: p.id, label: p.name })),
    action.lead?.partner ? [action.lead.partner] : [],
  );
  const groupOptions = withCurrent(
    setting.workingGroups.map((g) => ({ value: g.id, label: g.name })),
    [...action.workingGroups, ...(action.lead?.workingGroup ? [action.lead.workingGroup] : [])],
  );
  const projectOptions = withCurrent(
    setting.projects.map((p) => ({ value: p.id, label: p.name })),
    action.projects,
  );
  const errorList = Object.entries(errors);
  const sheetPath = `/acties/${action.id}`;

  const header = (
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
          { label: label ?? action.title, to: sheetPath },
          { label: 'Bewerken' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">{plan ? `${plan.zone.name} · Actieplan ${plan.year}` : `Gedeelde actie · in een ${HIDDEN_PLAN}`}</p>
        <h1>Actie bewerken</h1>
        <p className="lead">{action.title}</p>
      </header>
    </>
  );

  if (conflict) {
    return (
      <>
        {header}
        <ConflictResolver key={conflict.status === 'ready' ? `versie-${conflict.version}` : conflict.status} conflict={conflict} names={names} saving={saving} error={saveError} onResolve={resolve} onRetry={retryLoad} />
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
            <EditorSection id="algemeen" title="Titel en doelstelling">
              <div className="field-row">
                <TextInput id={fieldAnchor('number')} label="Nummer" placeholder="bv. 1.1.1" value={form.number} onChange={(v) => set('number', v)} error={err('number')} className="field--narrow" />
                <TextInput id={fieldAnchor('title')} label="Titel" value={form.title} onChange={(v) => set('title', v)} error={err('title')} required className="field--grow" />
              </div>
              {setting.goals ? (
                <SelectInput
                  id={fieldAnchor('goal')}
                  label="Doelstelling"
                  hint={setting.goalHint ?? undefined}
                  value={form.goal}
                  onChange={(v) => set('goal', v)}
                  empty="Geen doelstelling"
                  groups={goalGroups}
                  error={err('goal')}
                />
              ) : (
                // The goals are not known without the plan: the goal stays as it is.
                <Field id={fieldAnchor('goal')} label="Doelstelling" hint={setting.goalHint ?? undefined} error={err('goal')}>
                  {(control) => <input {...control} type="text" readOnly value={setting.goalLabel} />}
                </Field>
              )}
              <SelectInput
                id={fieldAnchor('progressStatus')}
                label="Voortgang"
                value={form.progressStatus}
                onChange={(v) => set('progressStatus', v as ActionForm['progressStatus'])}
                options={PROGRESS_STATUSES.map((s) => ({ value: s, label: PROGRESS_STATUS_LABELS[s] }))}
                error={err('progressStatus')}
              />
            </EditorSection>

            <EditorSection id="wat" title="Wat?">
              <TextArea id={fieldAnchor('what')} label="Wat is de actie?" value={form.what} onChange={(v) => set('what', v)} error={err('what')} rows={5} />
              <LinesInput id={fieldAnchor('inScope')} label="Wat gaan we wel doen?" value={form.inScope} onChange={(v) => set('inScope', v)} error={err('inScope')} />
              <LinesInput id={fieldAnchor('outOfScope')} label="Wat gaan we niet doen?" value={form.outOfScope} onChange={(v) => set('outOfScope', v)} error={err('outOfScope')} />
            </EditorSection>

            <EditorSection id="waarom" title="Waarom?">
              <TextArea
                id={fieldAnchor('why')}
                label="Waarom deze actie, waarom nu?"
                hint="De link met de omgevingsanalyse, het lokaal sociaal beleid of Vlaamse doelstellingen."
                value={form.why}
                onChange={(v) => set('why', v)}
                error={err('why')}
                rows={5}
              />
            </EditorSection>

            <EditorSection id="voor-wie" title="Voor wie?">
              <LinesInput id={fieldAnchor('targetGroups')} label="Doelgroepen" value={form.targetGroups} onChange={(v) => set('targetGroups', v)} error={err('targetGroups')} />
            </EditorSection>

            <EditorSection id="met-wie" title="Met wie?">
              <fieldset className="subfieldset">
                <legend>Trekker</legend>
                <TextInput id={fieldAnchor('leadText')} label="Trekker" hint="Zoals je het in het plan schrijft, bv. “ELZ Leuven Zuid” of “CAW Oost-Brabant”." value={form.leadText} onChange={(v) => set('leadText', v)} error={err('leadText')} />
                <div className="field-row">
                  <SelectInput id={fieldAnchor('leadZoneId')} label="Zone (optioneel)" value={form.leadZoneId} onChange={(v) => set('leadZoneId', v)} empty="Geen" options={zoneOptions} error={err('leadZoneId')} />
                  <SelectInput id={fieldAnchor('leadPartnerId')} label="Partner (optioneel)" value={form.leadPartnerId} onChange={(v) => set('leadPartnerId', v)} empty="Geen" options={partnerOptions} error={err('leadPartnerId')} />
                  <SelectInput id={fieldAnchor('leadWorkingGroupId')} label="Werkgroep (optioneel)" value={form.leadWorkingGroupId} onChange={(v) => set('leadWorkingGroupId', v)} empty="Geen" options={groupOptions} error={err('leadWorkingGroupId')} />
                </div>
              </fieldset>
              <SelectInput
                id={fieldAnchor('contactPersonId')}
                label="Contactpersoon"
                hint="Bij wie anderen terechtkunnen met vragen over deze actie: iemand van een zone die de actie trekt."
                value={form.contactPersonId}
                onChange={(v) => set('contactPersonId', v)}
                empty="Niemand gekozen"
                options={action.contactPersonCandidates.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
                error={err('contactPersonId')}
              />
              <TextArea
                id={fieldAnchor('councilRole')}
                label="Rol van de zorgraad"
                hint="Als de zorgraad niet zelf trekt: faciliterend, ondersteunend, …"
                value={form.councilRole}
                onChange={(v) => set('councilRole', v)}
                error={err('councilRole')}
                rows={2}
              />
              <div id={fieldAnchor('stakeholderPartners')}>
                <SearchPicker
                  label="Partners"
                  noun="Partner"
                  selected={form.stakeholderPartners}
                  onChange={(v: NamedRef[]) => set('stakeholderPartners', v)}
                  useResults={usePartnerResults}
                  emptySelection="Nog geen partners gekozen."
                  error={err('stakeholderPartners')}
                />
              </div>
              <LinesInput id={fieldAnchor('stakeholdersOther')} label="Andere stakeholders" hint="Die geen partner in Kruispunt zijn. Eén per regel." value={form.stakeholdersOther} onChange={(v) => set('stakeholdersOther', v)} error={err('stakeholdersOther')} rows={3} />
            </EditorSection>

            <EditorSection id="hoe" title="Hoe?">
              <StepsEditor steps={form.steps} onChange={(steps) => set('steps', steps)} errors={errors} />
            </EditorSection>

            <EditorSection id="evaluatie" title="Evaluatie">
              <fieldset className="subfieldset" id={fieldAnchor('evaluation')}>
                <legend>Soort evaluatie (kies er minstens één)</legend>
                {EVALUATION_PARTS.map((part) => (
                  <div key={part} className="evaluation-choice" data-chosen={form.evaluation[part].chosen}>
                    <label className="checkbox-label">
                      <input
                        type="checkbox"
                        checked={form.evaluation[part].chosen}
                        onChange={(event) => set('evaluation', { ...form.evaluation, [part]: { ...form.evaluation[part], chosen: event.target.checked } })}
                      />{' '}
                      {EVALUATION_KIND_LABELS[PART_KIND[part]]}
                    </label>
                    {form.evaluation[part].chosen && (
                      <TextArea
                        id={fieldAnchor(`evaluation.${part}`)}
                        label={`Toelichting: wat en hoe evalueer je?`}
                        value={form.evaluation[part].text}
                        onChange={(v) => set('evaluation', { ...form.evaluation, [part]: { ...form.evaluation[part], text: v } })}
                        error={err(`evaluation.${part}`)}
                        rows={2}
                      />
                    )}
                  </div>
                ))}
                {err('evaluation') && <p className="field__error">⚠ {err('evaluation')}</p>}
              </fieldset>
              <IndicatorsEditor indicators={form.indicators} onChange={(indicators) => set('indicators', indicators)} errors={errors} />
            </EditorSection>

            <EditorSection id="tijdslijn" title="Tijdslijn">
              <div className="field-row">
                <TextInput id={fieldAnchor('startDate')} type="date" label="Startdatum" value={form.startDate} onChange={(v) => set('startDate', v)} error={err('startDate')} />
                <TextInput id={fieldAnchor('endDate')} type="date" label="Einddatum" value={form.endDate} onChange={(v) => set('endDate', v)} error={err('endDate')} />
              </div>
              <TextInput
                id={fieldAnchor('estimatedDays')}
                label="Geschatte werkdagen"
                hint="Voor de hele actie, bv. 12,5. Telt mee in de capaciteit: gelijk verdeeld over de maanden waarin de actie loopt."
                inputMode="decimal"
                value={form.estimatedDays}
                onChange={(v) => set('estimatedDays', v)}
                error={err('estimatedDays')}
                className="field--narrow"
              />
              <MonthPicker year={plan?.year ?? null} months={form.months} steps={form.steps} onChange={(months) => set('months', months)} onStepsChange={(steps) => set('steps', steps)} errors={errors} />
            </EditorSection>

            <EditorSection id="financiering" title="Financiering">
              <fieldset className="subfieldset" id={fieldAnchor('funding')}>
                <legend>Financiering</legend>
                <ul className="radio-list">
                  {FUNDING_KINDS.map((kind) => (
                    <li key={kind}>
                      <label>
                        <input type="radio" name="funding" value={kind} checked={form.funding === kind} onChange={() => set('funding', kind)} /> {FUNDING_KIND_LABELS[kind]}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <TextArea id={fieldAnchor('fundingRemark')} label="Opmerking over de financiering" value={form.fundingRemark} onChange={(v) => set('fundingRemark', v)} error={err('fundingRemark')} rows={2} />
            </EditorSection>

            <EditorSection id="themas" title="Thema’s">
              <ThemeSuggestions suggestions={themeSuggestions.suggestions} error={themeSuggestions.error} onAdd={(id) => set('themeIds', [...form.themeIds, id])} />
              <CheckboxGroup
                legend="Thema’s van de actie"
                name="themeIds"
                options={data.themes.map((t) => ({ value: t.id, label: t.name }))}
                selected={form.themeIds}
                onChange={(v) => set('themeIds', v)}
                error={err('themeIds')}
              />
            </EditorSection>

            <EditorSection id="koppelingen" title="Koppelingen">
              <LinesInput id={fieldAnchor('linkNotes')} label="Koppelingen zoals in het plan" hint="Bv. “SD 1 – OD 3”. Eén per regel." value={form.linkNotes} onChange={(v) => set('linkNotes', v)} error={err('linkNotes')} rows={2} />
              <div id={fieldAnchor('linkedActions')}>
                <SearchPicker
                  label="Gekoppelde acties"
                  noun="Actie"
                  selected={form.linkedActions}
                  onChange={(v: NamedRef[]) => set('linkedActions', v.filter((a) => a.id !== action.id))}
                  useResults={useActionResults}
                  emptySelection="Geen gekoppelde acties."
                  error={err('linkedActions')}
                />
              </div>
            </EditorSection>

            <EditorSection id="werkgroepen-projecten" title="Werkgroepen en projecten">
              <CheckboxGroup
                legend="Werkgroepen"
                name="workingGroupIds"
                options={groupOptions}
                selected={form.workingGroupIds}
                onChange={(v) => set('workingGroupIds', v)}
                empty={setting.noWorkingGroups}
                error={err('workingGroupIds')}
              />
              <CheckboxGroup
                legend="Projecten"
                name="projectIds"
                options={projectOptions}
                selected={form.projectIds}
                onChange={(v) => set('projectIds', v)}
                empty={setting.noProjects}
                error={err('projectIds')}
              />
            </EditorSection>

            <EditorSection id="communicatie" title="Communicatie en opmerkingen">
              <LinesInput id={fieldAnchor('communicationChannels')} label="Communicatiekanalen" value={form.communicationChannels} onChange={(v) => set('communicationChannels', v)} error={err('communicationChannels')} rows={2} />
              <TextArea id={fieldAnchor('notes')} label="Opmerkingen" value={form.notes} onChange={(v) => set('notes', v)} error={err('notes')} rows={3} />
            </EditorSection>
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

function EditorSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} className="sheet-section editor-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {children}
    </section>
  );
}

function SavedNotice({ at, warnings, sheetPath }: { at: Date; warnings: Warning[]; sheetPath: string }) {
  const time = at.toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="notice notice--success" role="status">
      <p>
        <strong>Bewaard</strong> om {time}. <Link to={sheetPath}>Bekijk de fiche</Link>
      </p>
      {warnings.length > 0 && (
        <>
          <p>Het sjabloon vraagt nog het volgende. Je kan dit later aanvullen; het plan indienen kan pas als elke actie een soort evaluatie heeft.</p>
          <ul className="saved-warnings">
            {warnings.map((warning) => (
              <li key={warning.code}>{PLAN_CHECK_LABELS[warning.code as PlanCheckCode] ?? warning.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

function RowTools({ index, count, noun, onMove, onRemove }: { index: number; count: number; noun: string; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  return (
    <div className="row-tools">
      <button type="button" className="link-button" onClick={() => onMove(-1)} disabled={index === 0}>
        Omhoog<span className="visually-hidden">: {noun} {index + 1}</span>
      </button>
      <button type="button" className="link-button" onClick={() => onMove(1)} disabled={index === count - 1}>
        Omlaag<span className="visually-hidden">: {noun} {index + 1}</span>
      </button>
      <button type="button" className="link-button link-button--danger" onClick={onRemove}>
        Verwijderen<span className="visually-hidden">: {noun} {index + 1}</span>
      </button>
    </div>
  );
}

function StepsEditor({ steps, onChange, errors }: { steps: StepRow[]; onChange: (steps: StepRow[]) => void; errors: Record<string, string> }) {
  const update = (index: number, patch: Partial<StepRow>): void => onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  return (
    <div className="rows" id={fieldAnchor('steps')}>
      <h3>Stappen en mijlpalen</h3>
      {steps.length === 0 && <p className="muted">Nog geen stappen. Beschrijf kort hoe je de actie aanpakt.</p>}
      <ol className="rows__list">
        {steps.map((step, index) => (
          <li key={step.key} className="row-card">
            <fieldset>
              <legend>Stap {index + 1}</legend>
              <TextArea id={fieldAnchor(`steps.${index}.text`)} label="Wat gebeurt er?" value={step.text} onChange={(v) => update(index, { text: v })} error={errors[`steps.${index}.text`]} rows={2} />
              <div className="field-row">
                <SelectInput id={fieldAnchor(`steps.${index}.month`)} label="Mijlpaal: maand" value={step.month} onChange={(v) => update(index, { month: v })} empty="Geen" options={MONTH_OPTIONS} error={errors[`steps.${index}.month`]} />
                <TextInput id={fieldAnchor(`steps.${index}.date`)} type="date" label="of datum" value={step.date} onChange={(v) => update(index, { date: v })} error={errors[`steps.${index}.date`]} />
              </div>
              <RowTools index={index} count={steps.length} noun="stap" onMove={(by) => onChange(move(steps, index, by))} onRemove={() => onChange(steps.filter((_, i) => i !== index))} />
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => onChange([...steps, { key: newKey(), text: '', month: '', date: '' }])}>
        Stap toevoegen
      </button>
    </div>
  );
}

function IndicatorsEditor({ indicators, onChange, errors }: { indicators: IndicatorRow[]; onChange: (rows: IndicatorRow[]) => void; errors: Record<string, string> }) {
  const update = (index: number, patch: Partial<IndicatorRow>): void => onChange(indicators.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="rows" id={fieldAnchor('indicators')}>
      <h3>Indicatoren</h3>
      {indicators.length === 0 && <p className="muted">Nog geen indicatoren. Wat meet je, hoe, en wat is je streefwaarde?</p>}
      <ol className="rows__list">
        {indicators.map((row, index) => (
          <li key={row.key} className="row-card">
            <fieldset>
              <legend>Indicator {index + 1}</legend>
              <TextInput id={fieldAnchor(`indicators.${index}.name`)} label="Wat meet je?" value={row.name} onChange={(v) => update(index, { name: v })} error={errors[`indicators.${index}.name`]} />
              <div className="field-row">
                <SelectInput
                  id={fieldAnchor(`indicators.${index}.kind`)}
                  label="Soort evaluatie"
                  value={row.kind}
                  onChange={(v) => update(index, { kind: v as IndicatorRow['kind'] })}
                  options={EVALUATION_KINDS.map((kind) => ({ value: kind, label: EVALUATION_KIND_LABELS[kind] }))}
                  error={errors[`indicators.${index}.kind`]}
                />
                <TextInput id={fieldAnchor(`indicators.${index}.method`)} label="Meetmethode" placeholder="bv. bevraging, aanwezigheidslijst" value={row.method} onChange={(v) => update(index, { method: v })} error={errors[`indicators.${index}.method`]} />
              </div>
              <div className="field-row">
                <TextInput id={fieldAnchor(`indicators.${index}.targetValue`)} label="Streefwaarde" inputMode="decimal" placeholder="bv. 60" value={row.targetValue} onChange={(v) => update(index, { targetValue: v })} error={errors[`indicators.${index}.targetValue`]} className="field--narrow" />
                <TextInput id={fieldAnchor(`indicators.${index}.targetUnit`)} label="Eenheid" placeholder="bv. deelnemers, %, workshops" value={row.targetUnit} onChange={(v) => update(index, { targetUnit: v })} error={errors[`indicators.${index}.targetUnit`]} />
              </div>
              <RowTools index={index} count={indicators.length} noun="indicator" onMove={(by) => onChange(move(indicators, index, by))} onRemove={() => onChange(indicators.filter((_, i) => i !== index))} />
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...indicators, { key: newKey(), id: null, kind: 'PROCESS', name: '', method: '', targetValue: '', targetUnit: '' }])}
      >
        Indicator toevoegen
      </button>
    </div>
  );
}

/**
 * The months the action runs in, and per running month its milestones. One milestone system: a
 * milestone is a step with that milestone month, so choosing or adding a milestone here sets a
 * step's month (and a month holding a milestone stays a running month).
 */
function MonthPicker({
  year,
  months,
  steps,
  onChange,
  onStepsChange,
  errors,
}: {
  year: number | null;
  months: ActionForm['months'];
  steps: StepRow[];
  onChange: (months: ActionForm['months']) => void;
  onStepsChange: (steps: StepRow[]) => void;
  errors: Record<string, string>;
}) {
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const withMilestone = milestoneMonths(steps);
  const update = (index: number, patch: Partial<ActionForm['months'][number]>): void => onChange(months.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const running = MONTHS.filter((month) => months[month - 1]?.active || withMilestone.has(month));
  const setStepMonth = (index: number, month: number | null): void => onStepsChange(steps.map((step, i) => (i === index ? { ...step, month: month ? String(month) : '' } : step)));
  const addMilestone = (month: number): void => {
    const text = (drafts[month] ?? '').trim();
    if (!text) return;
    onStepsChange([...steps, { key: newKey(), text, month: String(month), date: '' }]);
    setDrafts({ ...drafts, [month]: '' });
  };
  return (
    <div id={fieldAnchor('months')}>
      <fieldset className="month-picker">
        <legend>{year ? `Maanden van ${year} waarin de actie loopt` : 'Maanden waarin de actie loopt'}</legend>
        <ul className="month-picker__grid">
          {months.map((row, index) => {
            const locked = withMilestone.has(index + 1);
            return (
              <li key={index}>
                <label className="month-toggle" data-active={row.active || locked} title={locked ? 'Deze maand heeft een mijlpaal en loopt dus' : undefined}>
                  <input type="checkbox" checked={row.active || locked} disabled={locked} onChange={(event) => update(index, { active: event.target.checked })} />
                  <span>{monthLabel(index + 1)}</span>
                  {locked && <span className="visually-hidden"> (heeft een mijlpaal)</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {errors.months && <p className="field__error">⚠ {errors.months}</p>}
      {running.length > 0 && (
        <div className="milestones-editor" data-testid="milestones-editor">
          <h3>Mijlpalen per maand</h3>
          <p className="muted">Een mijlpaal is een stap (Hoe?) met die maand als mijlpaal. Kies een stap of voeg een nieuwe toe.</p>
          {running.map((month) => {
            const linked = steps.flatMap((step, index) => (Number(step.month) === month ? [{ step, index }] : []));
            const free = steps.flatMap((step, index) => (Number(step.month) !== month && step.text.trim() ? [{ step, index }] : []));
            return (
              <fieldset key={month} className="milestone-month" data-testid={`milestone-month-${month}`}>
                <legend>Mijlpaal {monthLabel(month)}</legend>
                {linked.length > 0 && (
                  <ul className="milestone-month__list">
                    {linked.map(({ step, index }) => (
                      <li key={step.key}>
                        <span>
                          Stap {index + 1}: {step.text.trim() || '(nog zonder tekst)'}
                        </span>{' '}
                        <button type="button" className="link-button" onClick={() => setStepMonth(index, null)}>
                          Geen mijlpaal meer<span className="visually-hidden"> in {monthLabel(month)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="field-row">
                  {free.length > 0 && (
                    <SelectInput
                      id={fieldAnchor(`months.${month}.step`)}
                      label="Bestaande stap als mijlpaal"
                      value=""
                      empty="Kies een stap…"
                      onChange={(v) => v !== '' && setStepMonth(Number(v), month)}
                      options={free.map(({ step, index }) => ({ value: String(index), label: `Stap ${index + 1}: ${step.text.trim().slice(0, 60)}` }))}
                    />
                  )}
                  <TextInput
                    id={fieldAnchor(`months.${month}.new`)}
                    label="Nieuwe mijlpaal (als stap)"
                    value={drafts[month] ?? ''}
                    onChange={(v) => setDrafts({ ...drafts, [month]: v })}
                  />
                  <button type="button" className="button button--secondary milestone-month__add" onClick={() => addMilestone(month)} disabled={!(drafts[month] ?? '').trim()}>
                    Toevoegen<span className="visually-hidden"> als mijlpaal in {monthLabel(month)}</span>
                  </button>
                </div>
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** The action's goal as the goal picker's value: "od:<id>", "sd:<id>" or "". */
function goalOf(action: { operationalGoal?: { id: string } | null; strategicGoal?: { id: string } | null }): string {
  if (action.operationalGoal) return `od:${action.operationalGoal.id}`;
  return action.strategicGoal ? `sd:${action.strategicGoal.id}` : '';
}

/** The goal picker's groups: goals in use, and a retired one only when it is chosen (marked as such). */
function offeredGoals(goals: readonly EditorGoalFieldsFragment[], chosen: ReadonlySet<string>) {
  const retiredLabel = ' (stopgezet)';
  return goals
    .map((goal) => ({
      label: `SD ${goal.number} ${goal.title}${goal.retired ? retiredLabel : ''}`,
      options: [
        { value: `sd:${goal.id}`, label: `SD ${goal.number} (zonder operationele doelstelling)${goal.retired ? retiredLabel : ''}`, retired: goal.retired },
        ...goal.operationalGoals.map((od) => ({ value: `od:${od.id}`, label: `OD ${od.number} ${od.title}${od.retired || goal.retired ? retiredLabel : ''}`, retired: od.retired || goal.retired })),
      ]
        .filter((option) => !option.retired || chosen.has(option.value))
        .map(({ value, label }) => ({ value, label })),
    }))
    .filter((group) => group.options.length > 0);
}
