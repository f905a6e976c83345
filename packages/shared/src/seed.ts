// The shape of the hand-written seed files (packages/api/src/seed/data/*.json).
// One file per zone, plus one file for the region and what zones share.
// Everything refers to zones by `shortName`, to partners, working groups and projects by `name`,
// to goals by their `number` ("1", "1.2") within the zone's multi-year plan.
import { z } from 'zod';
import { CLUSTER_KINDS, FUNDING_KINDS, GOAL_KINDS, OWNER_ROLES, PLAN_STATUSES, PROGRESS_STATUSES, EVALUATION_KINDS, WORKING_GROUP_KINDS, PROJECT_STATUSES } from './domain';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date yyyy-mm-dd');
const text = z.string().min(1);

export const seedOwnerSchema = z.object({
  zone: text, // shortName of the zone
  role: z.enum(OWNER_ROLES),
});

export const seedIndicatorSchema = z.object({
  name: text,
  /** How it is measured (e.g. "bevraging", "aanwezigheidslijst"), when the text says so. */
  method: z.string().nullable().default(null),
  targetValue: z.number().nullable().default(null),
  /** Unit of the target, e.g. "deelnemers", "%", "workshops". */
  targetUnit: z.string().nullable().default(null),
  kind: z.enum(EVALUATION_KINDS),
});

export const seedStepSchema = z.object({
  text: text,
  /** Month of the plan year (1-12) the step is planned in, when the text gives one. */
  month: z.number().int().min(1).max(12).nullable().default(null),
  /** Exact date when the text gives one. */
  date: isoDate.nullable().default(null),
});

export const seedEvaluationPartSchema = z.object({
  chosen: z.boolean(),
  /** The free text under the box (what and how they evaluate), if any. */
  text: z.string().nullable().default(null),
});

export const seedActionSchema = z.object({
  /** "1.1.1" when the text numbers it, else null. */
  number: z.string().nullable().default(null),
  /** Verbatim from the text, without "Actie 2025:" prefix and without the funding label. */
  title: text,
  /** Number of the operational goal it sits under ("1.2"), or null. */
  operationalGoal: z.string().nullable().default(null),
  /** Number of the strategic goal, when it sits under an SD but no OD. */
  strategicGoal: z.string().nullable().default(null),
  /** Owner zones; omit for an action owned by the file's zone alone (role LEAD). */
  owners: z.array(seedOwnerSchema).default([]),
  what: z.string().nullable().default(null),
  inScope: z.array(text).default([]),
  outOfScope: z.array(text).default([]),
  why: z.string().nullable().default(null),
  targetGroups: z.array(text).default([]),
  lead: z
    .object({
      text: text,
      zone: z.string().nullable().default(null),
      partner: z.string().nullable().default(null),
      workingGroup: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
  /** The zorgraad's role when it is not the lead ("De werking mee faciliteren en uitdragen"). */
  councilRole: z.string().nullable().default(null),
  stakeholderPartners: z.array(text).default([]),
  /** Stakeholders that are not a named organisation ("eventueel overheid", "huisartsen"). */
  stakeholdersOther: z.array(text).default([]),
  steps: z.array(seedStepSchema).default([]),
  evaluation: z.object({
    process: seedEvaluationPartSchema,
    output: seedEvaluationPartSchema,
    outcome: seedEvaluationPartSchema,
  }),
  indicators: z.array(seedIndicatorSchema).default([]),
  /** Months (1-12) of the plan year in which the action runs, each with its milestone if any. */
  timeline: z.array(z.object({ month: z.number().int().min(1).max(12), milestone: z.string().nullable().default(null) })).default([]),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  funding: z.enum(FUNDING_KINDS).default('REGULAR'),
  fundingRemark: z.string().nullable().default(null),
  /** Marked as carried over from last year's plan. */
  carriedOver: z.boolean().default(false),
  /** Free-text links to other goals/actions as the text gives them ("SD 1 – OD 3"). */
  links: z.array(text).default([]),
  communicationChannels: z.array(text).default([]),
  /** Theme slugs from DEFAULT_THEMES. */
  themes: z.array(text).default([]),
  workingGroups: z.array(text).default([]),
  projects: z.array(text).default([]),
  progressStatus: z.enum(PROGRESS_STATUSES).default('PLANNED'),
  /** Any text of the sheet that fits no field above (kept, never dropped). */
  notes: z.string().nullable().default(null),
});

export const seedOperationalGoalSchema = z.object({
  number: text,
  title: text,
  deadline: isoDate.nullable().default(null),
  indicators: z.array(text).default([]),
});

export const seedStrategicGoalSchema = z.object({
  number: text,
  title: text,
  kind: z.enum(GOAL_KINDS),
  operationalGoals: z.array(seedOperationalGoalSchema).default([]),
});

const seedSharedWorkSchema = z.object({
  name: text,
  description: z.string().nullable().default(null),
  /** Owner zones with their role; in a zone file, may be omitted for the zone alone as LEAD. */
  owners: z.array(seedOwnerSchema).default([]),
  partners: z.array(text).default([]),
  cadence: z.string().nullable().default(null),
  periodStart: isoDate.nullable().default(null),
  periodEnd: isoDate.nullable().default(null),
  funder: z.string().nullable().default(null),
  themes: z.array(text).default([]),
});

const seedWorkingGroupSchema = seedSharedWorkSchema.extend({ kind: z.enum(WORKING_GROUP_KINDS) });
const seedProjectSchema = seedSharedWorkSchema.extend({ status: z.enum(PROJECT_STATUSES).default('RUNNING') });

export const seedZoneSchema = z.object({
  /** Which file of ../shared/seeds this was written from. */
  source: text,
  name: text,
  shortName: text,
  region: text,
  municipalities: z.array(text),
  /** Staff in FTE as the text states it (e.g. 1.7). */
  staffFte: z.number().nullable(),
  /** Share of staff time spent on the network, as the text words it ("meer dan 50%"). */
  networkTimeShare: z.string().nullable(),
  /** Lower bound of that share in percent, when a number is given. */
  networkTimePercent: z.number().nullable(),
  /** General text 1: how the zone reaches specific target groups (each seeded plan gets the three texts). */
  targetGroupsText: z.string().nullable(),
  /** General text 2: how the zone works as a network organisation. */
  networkText: z.string().nullable(),
  /** Introduction / context text of the plan. */
  introText: z.string().nullable().default(null),
  partners: z.array(z.object({ name: text, sector: z.string().nullable().default(null) })),
  clusters: z.array(z.object({ kind: z.enum(CLUSTER_KINDS), name: text, partners: z.array(text).default([]) })),
  multiYearPlan: z.object({
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
    title: text,
    strategicGoals: z.array(seedStrategicGoalSchema),
  }),
  /** Working groups and projects of this zone alone (shared ones live in federation.json). */
  workingGroups: z.array(seedWorkingGroupSchema).default([]),
  projects: z.array(seedProjectSchema).default([]),
  actionPlans: z.array(
    z.object({
      year: z.number().int(),
      status: z.enum(PLAN_STATUSES),
      /** The plan's own general texts, where they differ from the zone's (above); null: the plan has none. */
      introText: z.string().nullable().optional(),
      targetGroupsText: z.string().nullable().optional(),
      networkText: z.string().nullable().optional(),
      actions: z.array(seedActionSchema),
    }),
  ),
});

export const seedFederationSchema = z.object({
  regions: z.array(z.object({ name: text, description: z.string().nullable().default(null) })),
  /** Partners named across zones; zone files may add more. */
  partners: z.array(z.object({ name: text, sector: z.string().nullable().default(null) })).default([]),
  workingGroups: z.array(seedWorkingGroupSchema),
  projects: z.array(seedProjectSchema),
});

export type SeedZone = z.infer<typeof seedZoneSchema>;
export type SeedAction = z.infer<typeof seedActionSchema>;
export type SeedFederation = z.infer<typeof seedFederationSchema>;
