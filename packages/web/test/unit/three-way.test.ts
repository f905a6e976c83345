// The three-way merge behind every conflict screen (action sheets, working groups, projects).
import { keysFromMine, merged, threeWay, unresolved } from '../../src/common/merge/three-way';

const KEYS = ['cadence', 'funder', 'description', 'name', 'members'] as const;
type Key = (typeof KEYS)[number];
type Values = Record<Key, unknown>;

const base: Values = { cadence: 'maandelijks', funder: 'Vlaanderen', description: 'Opdracht', name: 'Poolen', members: ['a', 'b'] };

describe('threeWay', () => {
  it('a field nobody touched is unchanged, even when the other person changed other fields', () => {
    const mine: Values = { ...base, description: 'Mijn opdracht' };
    const theirs: Values = { ...base, funder: 'KBS' };
    const merge = threeWay(KEYS, base, mine, theirs);
    expect(merge.outcomes.name).toBe('unchanged');
    expect(merge.outcomes.cadence).toBe('unchanged');
    expect(merge.theirs).toEqual(['funder']);
    expect(merge.mine).toEqual(['description']);
    expect(merge.conflicts).toEqual([]);
    // Nothing to ask: the merge takes their funder and keeps my description.
    expect(merged(merge, mine, theirs, {})).toEqual({ ...base, funder: 'KBS', description: 'Mijn opdracht' });
  });

  it('only a field both changed differently asks for a choice; the same change twice does not', () => {
    const mine = { ...base, cadence: 'wekelijks', name: 'Poolen en delen' };
    const theirs = { ...base, cadence: 'om de zes weken', name: 'Poolen en delen' };
    const merge = threeWay(KEYS, base, mine, theirs);
    expect(merge.conflicts).toEqual(['cadence']);
    expect(merge.same).toEqual(['name']);
    expect(unresolved(merge, {})).toEqual(['cadence']);
    expect(() => merged(merge, mine, theirs, {})).toThrow(/cadence/);
    expect(merged(merge, mine, theirs, { cadence: 'mine' }).cadence).toBe('wekelijks');
    expect(merged(merge, mine, theirs, { cadence: 'theirs' }).cadence).toBe('om de zes weken');
    expect(keysFromMine(merge, { cadence: 'mine' })).toEqual(['cadence']);
    expect(keysFromMine(merge, { cadence: 'theirs' })).toEqual([]);
  });

  it('compares with the equality it is given (a set stored unordered is not a change)', () => {
    const mine = { ...base };
    const theirs = { ...base, members: ['b', 'a'] };
    const sets = (key: Key, a: unknown, b: unknown): boolean => (key === 'members' ? JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort()) : a === b);
    expect(threeWay(KEYS, base, mine, theirs).theirs).toEqual(['members']);
    expect(threeWay(KEYS, base, mine, theirs, sets).theirs).toEqual([]);
  });

  it('a field I emptied and they left alone stays empty; one they emptied and I left alone is emptied', () => {
    const mine: Values = { ...base, funder: null };
    const theirs: Values = { ...base, description: null };
    const merge = threeWay(KEYS, base, mine, theirs);
    expect(merged(merge, mine, theirs, {})).toEqual({ ...base, funder: null, description: null });
  });
});
