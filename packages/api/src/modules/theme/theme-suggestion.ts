// Theme suggestions: the server proposes themes from an action's texts (shared `suggestThemes`),
// the person confirms them. Nothing here writes: a suggestion becomes a theme only when the
// editor adds it to the sheet or keeps it ticked in the import review.
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { suggestThemes, themeSuggestInputSchema, type ThemeSuggestInput, type ThemeSuggestion as SharedSuggestion } from '@kruispunt/shared';
import { fromGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import type { Context } from '../auth/context';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { actionRelations } from '../action/action-loaders';
import { Theme } from './theme.entity';
import type { Action } from '../action/action.entity';

@ObjectType({ description: 'A theme proposed for an action from its texts (voorgesteld); the person confirms or ignores it.' })
export class ThemeSuggestion {
  @Field(() => Theme, { description: 'The proposed theme.' })
  theme: Theme;

  @Field(() => [String], { description: 'The words of the texts that point to it, as written there, strongest first (e.g. "jonge mantelzorgers").' })
  reasons: string[];

  @Field(() => Float, { description: 'Weight of the evidence (title and goal count more than long texts); higher is surer.' })
  score: number;
}

@InputType({ description: 'The texts of an action sheet being written, for theme suggestions. Nothing is saved.' })
export class ThemeSuggestionInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Wat?' })
  what?: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom?' })
  why?: string | null;

  @Field(() => [String], { nullable: true, description: 'Wat ga je wel doen?' })
  inScope?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Wat ga je niet doen?' })
  outOfScope?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Step texts (Hoe?).' })
  steps?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target groups.' })
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Indicator names.' })
  indicators?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The operational goal the action serves: its title (and its strategic goal) count as evidence.' })
  operationalGoalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The strategic goal, for an action without an operational goal.' })
  strategicGoalId?: string | null;
}

/** Suggestions as GraphQL objects: slugs turned into the theme rows (themes not in the database are left out). */
export async function withThemeRows(ctx: Context, suggestions: SharedSuggestion[]): Promise<ThemeSuggestion[]> {
  if (suggestions.length === 0) return [];
  const rows = await ctx.loaders
    .custom<Theme | null>('themeBySlug', async (slugs) => {
      const found = await ctx.db.getRepository(Theme).find({ where: { slug: In([...slugs]) } });
      return slugs.map((s) => found.find((t) => t.slug === s) ?? null);
    })
    .loadMany(suggestions.map((s) => s.theme));
  return suggestions.flatMap((s, i) => {
    const theme = rows[i];
    return theme && !(theme instanceof Error) ? [{ theme, reasons: s.reasons, score: s.score }] : [];
  });
}

async function goalTexts(ctx: Context, operationalGoalId: string | null, strategicGoalId: string | null): Promise<Pick<ThemeSuggestInput, 'operationalGoal' | 'strategicGoal' | 'goalKind'>> {
  const od = operationalGoalId ? await ctx.loaders.byId(OperationalGoal).load(operationalGoalId) : null;
  const sdId = od?.strategicGoalId ?? strategicGoalId;
  const sd = sdId ? await ctx.loaders.byId(StrategicGoal).load(sdId) : null;
  return { operationalGoal: od?.title ?? null, strategicGoal: sd?.title ?? null, goalKind: sd?.kind ?? null };
}

export class ThemeSuggestionService {
  constructor(private readonly ctx: Context) {}

  /** Suggestions for a sheet being written (validated like the sheet's own fields). */
  async forDraft(input: ThemeSuggestionInput): Promise<ThemeSuggestion[]> {
    this.ctx.viewer.requireSignedIn();
    const data = parseInput(themeSuggestInputSchema, input);
    const od = data.operationalGoalId ? fromGlobalId(data.operationalGoalId, 'OperationalGoal', 'operationalGoalId').id : null;
    const sd = data.strategicGoalId ? fromGlobalId(data.strategicGoalId, 'StrategicGoal', 'strategicGoalId').id : null;
    const goals = await goalTexts(this.ctx, od, sd);
    return withThemeRows(this.ctx, suggestThemes({ ...data, ...goals }));
  }

  /** Suggestions for a saved action, without the themes it has. */
  async forAction(action: Action): Promise<ThemeSuggestion[]> {
    const rel = actionRelations(this.ctx);
    const actionId = action.id;
    const [steps, indicators, themes, od, sd] = await Promise.all([
      rel.get('steps', actionId),
      rel.get('indicators', actionId),
      rel.get('themes', actionId),
      rel.get('operationalGoal', actionId),
      rel.get('strategicGoal', actionId),
    ]);
    const input: ThemeSuggestInput = {
      title: action.title,
      what: action.what,
      why: action.why,
      inScope: action.inScope,
      outOfScope: action.outOfScope,
      targetGroups: action.targetGroups,
      steps: steps.map((s) => s.text),
      indicators: indicators.map((i) => i.name),
      operationalGoal: od?.title ?? null,
      strategicGoal: sd?.title ?? null,
      goalKind: sd?.kind ?? null,
    };
    return withThemeRows(
      this.ctx,
      suggestThemes(
        input,
        themes.map((t) => t.slug),
      ),
    );
  }
}
