// "Gluren bij de buren": the actions of other zones most like given actions, ranked in
// PostgreSQL by subject and links (the statement: action-neighbours.queries.ts), each with the Dutch
// reasons why it is there.
import type { Context } from '../auth/context';
import { positional, VisibilitySql } from '../auth/visibility';
import { Action } from './action.entity';
import { NEIGHBOURS_SQL, type NeighbourRow } from './action-neighbours.queries';

export interface Similar {
  action: Action;
  score: number;
  reasons: string[];
}

export class ActionSimilarService {
  constructor(private readonly ctx: Context) {}

  /** For each action id: at most `limit` similar actions of other zones the caller may see, best first (one statement). */
  async similarOf(ids: readonly string[], limit: number): Promise<Similar[][]> {
    const ctx = this.ctx;
    // Other zones' actions the caller may see (auth/visibility.ts): co-owned ones in drafts too.
    const params: unknown[] = [ids, limit];
    const visibility = new VisibilitySql(ctx.viewer, positional(params)).actionWithPlan('b', 'pb');
    const rows: NeighbourRow[] = await ctx.db.query(NEIGHBOURS_SQL(visibility), params);
    const actions = await ctx.loaders.byId(Action).loadMany(rows.map((r) => r.id));
    return ids.map((id) =>
      rows.flatMap((r, i) => (r.source_id === id && actions[i] instanceof Action ? [{ action: actions[i] as Action, score: Number(r.score), reasons: neighbourReasons(r) }] : [])),
    );
  }
}

const GROUP_WORDS = /groep|team|cluster|overleg|netwerk|forum/i;

/** The Dutch reasons line of one neighbour, from what the statement found it shares. */
export function neighbourReasons(r: Pick<NeighbourRow, 'themes' | 'partners' | 'work' | 'group_words' | 'words' | 'similar_title' | 'similar_goal'>): string[] {
  const reasons: string[] = [];
  for (const w of r.work ?? []) {
    reasons.push(w.kind === 'PROJECT' ? `samen in project ${w.name}` : GROUP_WORDS.test(w.name) ? `samen in ${w.name}` : `samen in werkgroep ${w.name}`);
  }
  if (r.themes?.length) reasons.push(`${r.themes.length > 1 ? "zelfde thema's" : 'zelfde thema'}: ${r.themes.join(', ')}`);
  if (r.partners?.length) reasons.push(`ook met ${r.partners.slice(0, 3).join(', ')}`);
  if (r.group_words?.length) reasons.push(`doelgroep: ${unique(r.group_words).join(', ')}`);
  if (r.similar_goal) reasons.push('gelijkaardige doelstelling');
  if (r.similar_title) reasons.push('gelijkaardige titel');
  if (r.words?.length) reasons.push(`woorden: ${unique(r.words).join(', ')}`);
  return reasons;
}

function unique(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}
