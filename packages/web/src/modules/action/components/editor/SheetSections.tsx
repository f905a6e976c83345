// The sections of the action editor, in the template's order (ActionEditor.tsx lays them out).
import { EVALUATION_KIND_LABELS, FUNDING_KINDS, FUNDING_KIND_LABELS, PROGRESS_STATUSES, PROGRESS_STATUS_LABELS } from '@kruispunt/shared';
import { Field } from '@/common/forms/Field';
import { EVALUATION_PARTS, PART_KIND, type ActionForm, type NamedRef } from '../../form/action-form';
import { EditorSection, fieldAnchor } from './editor-parts';
import { IndicatorsEditor } from './IndicatorsEditor';
import { CheckboxGroup, LinesInput, SelectInput, TextArea, TextInput, type Option } from './inputs';
import { MonthPicker } from './MonthPicker';
import { SearchPicker } from './SearchPicker';
import type { SectionProps } from './section-props';
import { StepsEditor } from './StepsEditor';
import { ThemeSuggestions } from './ThemeSuggestions';
import type { ThemeSuggestionView } from '../../hooks/useThemeSuggestions';
import { useActionResults, usePartnerResults } from './search-results';

/** Titel en doelstelling: number, title, goal and progress. */
export function TitleAndGoalSection({
  form,
  set,
  err,
  goals,
  goalHint,
  goalLabel,
  goalGroups,
}: SectionProps & { goals: boolean; goalHint?: string; goalLabel: string; goalGroups: { label: string; options: Option[] }[] }) {
  return (
    <>
      <EditorSection id="algemeen" title="Titel en doelstelling">
        <div className="field-row">
          <TextInput
            id={fieldAnchor('number')}
            label="Nummer"
            placeholder="bv. 1.1.1"
            value={form.number}
            onChange={(v) => set('number', v)}
            error={err('number')}
            className="field--narrow"
          />
          <TextInput id={fieldAnchor('title')} label="Titel" value={form.title} onChange={(v) => set('title', v)} error={err('title')} required className="field--grow" />
        </div>
        {goals ? (
          <SelectInput
            id={fieldAnchor('goal')}
            label="Doelstelling"
            hint={goalHint}
            value={form.goal}
            onChange={(v) => set('goal', v)}
            empty="Geen doelstelling"
            groups={goalGroups}
            error={err('goal')}
          />
        ) : (
          // The goals are not known without the plan: the goal stays as it is.
          <Field id={fieldAnchor('goal')} label="Doelstelling" hint={goalHint} error={err('goal')}>
            {(control) => <input {...control} type="text" readOnly value={goalLabel} />}
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
    </>
  );
}

/** Wat?, Waarom? and Voor wie?. */
export function ContentSections({ form, set, err }: SectionProps) {
  return (
    <>
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
    </>
  );
}

/** Met wie?: the lead, the contact person, the role of the council and the stakeholders. */
export function PeopleSection({
  form,
  set,
  err,
  zoneOptions,
  partnerOptions,
  groupOptions,
  contactOptions,
}: SectionProps & { zoneOptions: Option[]; partnerOptions: Option[]; groupOptions: Option[]; contactOptions: Option[] }) {
  return (
    <>
      <EditorSection id="met-wie" title="Met wie?">
        <fieldset className="subfieldset">
          <legend>Trekker</legend>
          <TextInput
            id={fieldAnchor('leadText')}
            label="Trekker"
            hint="Zoals je het in het plan schrijft, bv. “ELZ Leuven Zuid” of “CAW Oost-Brabant”."
            value={form.leadText}
            onChange={(v) => set('leadText', v)}
            error={err('leadText')}
          />
          <div className="field-row">
            <SelectInput
              id={fieldAnchor('leadZoneId')}
              label="Zone (optioneel)"
              value={form.leadZoneId}
              onChange={(v) => set('leadZoneId', v)}
              empty="Geen"
              options={zoneOptions}
              error={err('leadZoneId')}
            />
            <SelectInput
              id={fieldAnchor('leadPartnerId')}
              label="Partner (optioneel)"
              value={form.leadPartnerId}
              onChange={(v) => set('leadPartnerId', v)}
              empty="Geen"
              options={partnerOptions}
              error={err('leadPartnerId')}
            />
            <SelectInput
              id={fieldAnchor('leadWorkingGroupId')}
              label="Werkgroep (optioneel)"
              value={form.leadWorkingGroupId}
              onChange={(v) => set('leadWorkingGroupId', v)}
              empty="Geen"
              options={groupOptions}
              error={err('leadWorkingGroupId')}
            />
          </div>
        </fieldset>
        <SelectInput
          id={fieldAnchor('contactPersonId')}
          label="Contactpersoon"
          hint="Bij wie anderen terechtkunnen met vragen over deze actie: iemand van een zone die de actie trekt."
          value={form.contactPersonId}
          onChange={(v) => set('contactPersonId', v)}
          empty="Niemand gekozen"
          options={contactOptions}
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
        <LinesInput
          id={fieldAnchor('stakeholdersOther')}
          label="Andere stakeholders"
          hint="Die geen partner in Kruispunt zijn. Eén per regel."
          value={form.stakeholdersOther}
          onChange={(v) => set('stakeholdersOther', v)}
          error={err('stakeholdersOther')}
          rows={3}
        />
      </EditorSection>
    </>
  );
}

/** Hoe? (the steps) and Evaluatie (its kinds and indicators). */
export function StepsAndEvaluationSections({ form, set, err, errors }: SectionProps & { errors: Record<string, string> }) {
  return (
    <>
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
    </>
  );
}

/** Tijdslijn (dates, days, months and milestones) and Financiering. */
export function TimelineAndFundingSections({ form, set, err, year, errors }: SectionProps & { year: number | null; errors: Record<string, string> }) {
  return (
    <>
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
        <MonthPicker year={year} months={form.months} steps={form.steps} onChange={(months) => set('months', months)} onStepsChange={(steps) => set('steps', steps)} errors={errors} />
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
        <TextArea
          id={fieldAnchor('fundingRemark')}
          label="Opmerking over de financiering"
          value={form.fundingRemark}
          onChange={(v) => set('fundingRemark', v)}
          error={err('fundingRemark')}
          rows={2}
        />
      </EditorSection>
    </>
  );
}

/** Thema's, Koppelingen, Werkgroepen en projecten, Communicatie en opmerkingen. */
export function LinkSections({
  form,
  set,
  err,
  actionId,
  themes,
  suggestions,
  groupOptions,
  projectOptions,
  noWorkingGroups,
  noProjects,
}: SectionProps & {
  actionId: string;
  themes: Option[];
  suggestions: { suggestions: ThemeSuggestionView[]; error: boolean };
  groupOptions: Option[];
  projectOptions: Option[];
  noWorkingGroups?: string;
  noProjects?: string;
}) {
  return (
    <>
      <EditorSection id="themas" title="Thema’s">
        <ThemeSuggestions suggestions={suggestions.suggestions} error={suggestions.error} onAdd={(id) => set('themeIds', [...form.themeIds, id])} />
        <CheckboxGroup legend="Thema’s van de actie" name="themeIds" options={themes} selected={form.themeIds} onChange={(v) => set('themeIds', v)} error={err('themeIds')} />
      </EditorSection>
      <EditorSection id="koppelingen" title="Koppelingen">
        <LinesInput
          id={fieldAnchor('linkNotes')}
          label="Koppelingen zoals in het plan"
          hint="Bv. “SD 1 – OD 3”. Eén per regel."
          value={form.linkNotes}
          onChange={(v) => set('linkNotes', v)}
          error={err('linkNotes')}
          rows={2}
        />
        <div id={fieldAnchor('linkedActions')}>
          <SearchPicker
            label="Gekoppelde acties"
            noun="Actie"
            selected={form.linkedActions}
            onChange={(v: NamedRef[]) =>
              set(
                'linkedActions',
                v.filter((a) => a.id !== actionId),
              )
            }
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
          empty={noWorkingGroups}
          error={err('workingGroupIds')}
        />
        <CheckboxGroup
          legend="Projecten"
          name="projectIds"
          options={projectOptions}
          selected={form.projectIds}
          onChange={(v) => set('projectIds', v)}
          empty={noProjects}
          error={err('projectIds')}
        />
      </EditorSection>
      <EditorSection id="communicatie" title="Communicatie en opmerkingen">
        <LinesInput
          id={fieldAnchor('communicationChannels')}
          label="Communicatiekanalen"
          value={form.communicationChannels}
          onChange={(v) => set('communicationChannels', v)}
          error={err('communicationChannels')}
          rows={2}
        />
        <TextArea id={fieldAnchor('notes')} label="Opmerkingen" value={form.notes} onChange={(v) => set('notes', v)} error={err('notes')} rows={3} />
      </EditorSection>
    </>
  );
}
