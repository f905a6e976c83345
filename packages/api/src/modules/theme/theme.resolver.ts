import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { Theme } from './theme.entity';
import { ThemeSuggestion, ThemeSuggestionInput, ThemeSuggestionService } from './theme-suggestion';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'The shared theme vocabulary, by name.' })
  themes(@Ctx() ctx: Context): Promise<Theme[]> {
    return ctx.db.getRepository(Theme).find({ order: { name: 'ASC' } });
  }

  @Query(() => [ThemeSuggestion], {
    description:
      'Themes proposed for a sheet being written, from its texts and goal, strongest first, with the words that point to them. Nothing is saved: the editor adds the ones they keep. INVALID_INPUT with the field when a text is too long.',
  })
  suggestThemes(@Arg('input', () => ThemeSuggestionInput) input: ThemeSuggestionInput, @Ctx() ctx: Context): Promise<ThemeSuggestion[]> {
    return new ThemeSuggestionService(ctx).forDraft({ ...input });
  }
}

@Resolver(() => Action)
export class ActionThemeSuggestionResolver {
  @FieldResolver(() => [ThemeSuggestion], {
    description: "Themes proposed from the sheet's texts and goal that it does not have yet (voorgesteld), with the words that point to them. Never set by themselves: an editor adds them.",
  })
  suggestedThemes(@Root() action: Action, @Ctx() ctx: Context): Promise<ThemeSuggestion[]> {
    return new ThemeSuggestionService(ctx).forAction(action);
  }
}
