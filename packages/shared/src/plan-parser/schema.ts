// The zod schema of a parsed plan as a client sends it back to be stored (the web's import
// page lets the user correct the parser's result first). Field paths name the problem:
// "strategicGoals.0.operationalGoals.1.actions.2.title". Lists of the parser's bookkeeping
// (sections, outline, removed lines) may be left out.
import { z } from 'zod';
import { isoDate, optionalText, requiredText, textList } from '../validation';
import type { ParsedPlan } from './types';

const line = z.number('Regelnummer moet een getal zijn').int().min(0);
const goalNumber = (label: string) =>
  z
    .string(`${label} is verplicht`)
    .trim()
    .regex(/^\d{1,3}(?:\.\d{1,3}){0,3}$/, `${label}: gebruik een nummer als 1 of 1.2`);
const month = z.number().int().min(1, 'Maand moet tussen 1 en 12 liggen').max(12, 'Maand moet tussen 1 en 12 liggen');
const year = z.number().int().min(2000, 'Jaar is te vroeg').max(2100, 'Jaar is te laat');

const fragmentSchema = z.object({
  text: z.string().max(20000, 'Tekstdeel is te lang'),
  line,
  context: z.string().max(1000).nullable().default(null),
});

const evaluationPartSchema = z.object({ chosen: z.boolean('Kies aan of uit'), text: optionalText('Evaluatie') });

const indicatorSchema = z.object({
  text: requiredText('Indicator', 2000),
  method: optionalText('Meetmethode', 2000).default(null),
  kind: z.enum(['process', 'output', 'outcome'], 'Kies het soort evaluatie'),
  target: z
    .object({ value: z.number().finite('Streefwaarde moet een getal zijn'), unit: z.string().trim().max(100).nullable() })
    .nullable()
    .default(null),
  line: line.default(0),
});

const stepSchema = z.object({
  text: requiredText('Stap', 5000),
  month: month.nullable().default(null),
  date: isoDate('Datum').nullable().default(null),
  line: line.default(0),
});

export const parsedActionSchema = z
  .object({
    number: optionalText('Nummer', 30).default(null),
    title: requiredText('Titel', 1000),
    line: line.default(0),
    strategicGoal: z.string().max(20).nullable().default(null),
    operationalGoal: z.string().max(20).nullable().default(null),
    group: optionalText('Groep', 1000).default(null),
    year: year.nullable().default(null),
    carriedOver: z.boolean().default(false),
    source: z.enum(['sheet', 'table', 'outline']).default('sheet'),
    what: optionalText('Wat?').default(null),
    inScope: textList('Wat ga je wel doen?').default([]),
    outOfScope: textList('Wat ga je niet doen?').default([]),
    why: optionalText('Waarom?').default(null),
    targetGroups: textList('Doelgroepen').default([]),
    lead: optionalText('Trekker', 1000).default(null),
    councilRole: optionalText('Rol van de zorgraad', 5000).default(null),
    stakeholders: textList('Stakeholders').default([]),
    steps: z.array(stepSchema).max(100, 'Te veel stappen').default([]),
    evaluation: z.object({ process: evaluationPartSchema, output: evaluationPartSchema, outcome: evaluationPartSchema }),
    indicators: z.array(indicatorSchema).max(100, 'Te veel indicatoren').default([]),
    timeline: z
      .array(z.object({ month, milestone: optionalText('Mijlpaal', 2000) }))
      .max(12, 'Een jaar heeft 12 maanden')
      .refine((months) => new Set(months.map((m) => m.month)).size === months.length, 'Elke maand mag maar één keer voorkomen')
      .default([]),
    startDate: isoDate('Startdatum').nullable().default(null),
    endDate: isoDate('Einddatum').nullable().default(null),
    funding: z.enum(['regular', 'extra', 'external', 'conditional'], 'Kies een financiering').default('regular'),
    fundingRemark: optionalText('Opmerking financiering', 5000).default(null),
    links: textList('Koppelingen').default([]),
    communicationChannels: textList('Communicatiekanalen').default([]),
    unplaced: z.array(fragmentSchema).max(1000).default([]),
    suggestedThemes: z
      .array(z.object({ theme: z.string().max(100), reasons: z.array(z.string().max(1000)).max(20), score: z.number().finite() }))
      .max(20)
      .optional(),
    themes: z.array(z.string().trim().min(1, 'Kies een thema').max(100, 'Thema is te lang')).max(20, 'Te veel thema’s').optional(),
    partners: z
      .array(z.object({ name: requiredText('Partner', 300), create: z.boolean('Kies of de partner aangemaakt wordt').default(false) }))
      .max(50, 'Te veel partners')
      .refine((list) => new Set(list.map((p) => p.name.toLowerCase())).size === list.length, 'Elke partner mag maar één keer voorkomen')
      .optional(),
    projects: z.array(z.string().trim().min(1, 'Kies een project').max(100)).max(20, 'Te veel projecten').optional(),
  })
  .refine((a) => !a.startDate || !a.endDate || a.startDate <= a.endDate, { message: 'De einddatum ligt voor de startdatum', path: ['endDate'] });

const actions = z.array(parsedActionSchema).max(500, 'Te veel acties');

const operationalGoalSchema = z.object({
  number: goalNumber('Nummer van de operationele doelstelling'),
  title: z.string().trim().max(5000, 'Titel is te lang (maximaal 5000 tekens)'),
  line: line.default(0),
  deadline: isoDate('Deadline').nullable().default(null),
  indicators: textList('Indicatoren').default([]),
  actions: actions.default([]),
});

const strategicGoalSchema = z.object({
  number: goalNumber('Nummer van de strategische doelstelling').nullable(),
  title: z.string().trim().max(5000, 'Titel is te lang (maximaal 5000 tekens)'),
  line: line.default(0),
  operationalGoals: z.array(operationalGoalSchema).max(100, 'Te veel operationele doelstellingen').default([]),
  actions: actions.default([]),
});

export const parsedPlanSchema = z
  .object({
    zone: optionalText('Zone', 200).default(null),
    years: z.array(year).max(10).default([]),
    kind: z.enum(['action-plan', 'multi-year-plan']).default('action-plan'),
    multiYearPlan: z
      .object({ yearFrom: year, yearTo: year, title: requiredText('Titel van het meerjarenplan', 300) })
      .nullable()
      .default(null),
    introText: optionalText('Inleiding').default(null),
    targetGroupsText: optionalText('Communicatie naar specifieke doelgroepen').default(null),
    networkText: optionalText('Functioneren als netwerkorganisatie').default(null),
    networkTimeShare: optionalText('Aandeel netwerktijd', 200).default(null),
    networkTimePercent: z.number().int().min(0).max(100).nullable().default(null),
    strategicGoals: z.array(strategicGoalSchema).max(100, 'Te veel strategische doelstellingen').default([]),
    actionsWithoutGoal: actions.default([]),
    outline: z
      .array(z.object({ text: z.string().max(20000), line, strategicGoal: z.string().max(20).nullable(), operationalGoal: z.string().max(20).nullable(), year: year.nullable() }))
      .max(2000)
      .default([]),
    sections: z
      .array(z.object({ heading: z.string().max(1000).nullable(), text: z.string().max(100000), line }))
      .max(1000)
      .default([]),
    unplaced: z.array(fragmentSchema).max(2000).default([]),
    removedLines: z.object({ furniture: z.array(line).max(100000), template: z.array(line).max(100000) }).default({ furniture: [], template: [] }),
  })
  .superRefine((plan, ctx) => {
    // Goals are matched by number when stored: each number once.
    const sds = new Map<string, number>();
    const ods = new Map<string, string>();
    plan.strategicGoals.forEach((sd, i) => {
      if (sd.number !== null) {
        if (sds.has(sd.number)) ctx.addIssue({ code: 'custom', message: `Strategische doelstelling ${sd.number} staat er twee keer in`, path: ['strategicGoals', i, 'number'] });
        sds.set(sd.number, i);
      }
      sd.operationalGoals.forEach((od, j) => {
        const path = ['strategicGoals', i, 'operationalGoals', j, 'number'];
        if (ods.has(od.number)) ctx.addIssue({ code: 'custom', message: `Operationele doelstelling ${od.number} staat er twee keer in`, path });
        ods.set(od.number, od.number);
        if (sd.number === null) ctx.addIssue({ code: 'custom', message: `Operationele doelstelling ${od.number} staat onder een doelstelling zonder nummer`, path });
      });
    });
  });

export type ParsedPlanInput = z.input<typeof parsedPlanSchema>;

// The schema's result is a complete ParsedPlan (a compile-time check, no runtime cost).
type Check<T extends ParsedPlan> = T;
export type _ParsedPlanSchemaFitsTheType = Check<z.output<typeof parsedPlanSchema>>;
