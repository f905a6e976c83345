// The pure decisions of the small versioned forms (plan texts, zone profile, the multi-year plan's
// plan and goal forms): equal as stored, what a save sends, and the merge after a conflict.
import { andList, changedKeys, mergeLatest, storedEqual } from '../../src/common/forms/versioned-merge';

const KEYS = ['title', 'deadline', 'indicators'] as const;
type Key = (typeof KEYS)[number];
const equal = storedEqual<Key>(['indicators']);

describe('storedEqual', () => {
  it('a text differs only by what the API keeps: spaces around it do not count, inner changes do', () => {
    expect(equal('title', '  Een jobbeurs ', 'Een jobbeurs')).toBe(true);
    expect(equal('title', '', null)).toBe(true);
    expect(equal('title', 'Een jobbeurs', 'Een jobbeurs organiseren')).toBe(false);
    // A plain text keeps its inner blank lines.
    expect(equal('title', 'a\n\nb', 'a\nb')).toBe(false);
  });

  it('a list-like field is compared item by item: blank lines and spaces around items do not count, order and sub-lines do', () => {
    expect(equal('indicators', 'Tevredenheid\n\n  \nBereik ', ' Tevredenheid\nBereik')).toBe(true);
    expect(equal('indicators', 'Tevredenheid\nBereik', 'Bereik\nTevredenheid')).toBe(false);
    // An indented line belongs to the item above it: it is not an item of its own.
    expect(equal('indicators', 'Tevredenheid\n  per school', 'Tevredenheid\nper school')).toBe(false);
  });
});

describe('changedKeys', () => {
  it('lists only the fields that would be stored differently', () => {
    const base = { title: 'Titel', deadline: '2027-06-30', indicators: 'A\nB' };
    expect(changedKeys(KEYS, base, { title: 'Titel ', deadline: '2027-06-30', indicators: 'A\n\nB\n' }, equal)).toEqual([]);
    expect(changedKeys(KEYS, base, { title: 'Titel', deadline: '', indicators: 'A\nB\nC' }, equal)).toEqual(['deadline', 'indicators']);
  });
});

describe('mergeLatest', () => {
  const base = { title: 'Een jobbeurs', deadline: '2027-06-30', indicators: 'Tevredenheid' };

  it('takes over what only the other changed, keeps what only I changed, and keeps mine (to choose) where both changed', () => {
    const mine = { title: 'Een jobbeurs (mijn versie)', deadline: '2027-06-30', indicators: 'Tevredenheid\nBereik' };
    const latest = { title: 'Een jobbeurs (andere versie)', deadline: '2027-11-30', indicators: 'Tevredenheid' };
    const { merge, values } = mergeLatest(KEYS, base, mine, latest, equal);
    expect(merge.theirs).toEqual(['deadline']);
    expect(merge.mine).toEqual(['indicators']);
    expect(merge.conflicts).toEqual(['title']);
    expect(values).toEqual({ title: 'Een jobbeurs (mijn versie)', deadline: '2027-11-30', indicators: 'Tevredenheid\nBereik' });
  });

  it('a change both made the same way as stored is no conflict, and the latest text is kept', () => {
    const mine = { ...base, indicators: 'Tevredenheid\n\nBereik ' };
    const latest = { ...base, indicators: 'Tevredenheid\nBereik' };
    const { merge, values } = mergeLatest(KEYS, base, mine, latest, equal);
    expect(merge.conflicts).toEqual([]);
    expect(merge.same).toEqual(['indicators']);
    expect(values.indicators).toBe('Tevredenheid\nBereik');
  });
});

describe('andList', () => {
  it('names fields the Dutch way', () => {
    expect(andList(['Titel'])).toBe('Titel');
    expect(andList(['Nummer', 'Titel', 'Soort'])).toBe('Nummer, Titel en Soort');
  });
});
