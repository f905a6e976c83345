import { diffWords, worthDiffing } from '../../src/common/merge/text-diff';

const render = (parts: ReturnType<typeof diffWords>): string => parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');

describe('diffWords', () => {
  it('marks the changed words of a long text and keeps the rest', () => {
    const before = `${'De zorgraad wil het personeelstekort aanpakken. '.repeat(4)}Daarom starten we in 2025 met een werkgroep.`;
    const after = `${'De zorgraad wil het personeelstekort aanpakken. '.repeat(4)}Daarom starten we in 2026 met twee werkgroepen.`;
    const parts = diffWords(before, after);
    expect(render(parts)).toBe(`${'De zorgraad wil het personeelstekort aanpakken. '.repeat(4)}Daarom starten we in [-2025-]{+2026+} met [-een werkgroep-]{+twee werkgroepen+}.`);
    // Both texts can be read back from the parts, in full.
    expect(
      parts
        .filter((p) => p.kind !== 'ins')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'del')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('keeps punctuation apart from the word before it', () => {
    expect(render(diffWords('vooral de thuisverpleging en de woonzorgcentra', 'vooral de thuisverpleging, de ziekenhuizen en de woonzorgcentra'))).toBe(
      'vooral de thuisverpleging{+, de ziekenhuizen+} en de woonzorgcentra',
    );
  });

  it('handles insertions at the start, deletions at the end, and identical texts', () => {
    expect(render(diffWords('b c', 'a b c'))).toBe('{+a +}b c');
    expect(render(diffWords('a b c', 'a b'))).toBe('a b[- c-]');
    expect(diffWords('zelfde tekst', 'zelfde tekst')).toEqual([{ kind: 'same', text: 'zelfde tekst' }]);
    expect(render(diffWords('', 'nieuw'))).toBe('{+nieuw+}');
  });

  it('keeps line breaks of lists', () => {
    const parts = diffWords('Eerste\n◦ sub', 'Eerste\n◦ sub\n◦ nog een');
    expect(render(parts)).toBe('Eerste\n◦ sub{+\n◦ nog een+}');
  });

  it('is only worth it for long or multi-line texts', () => {
    expect(worthDiffing('kort', 'ook kort')).toBe(false);
    expect(worthDiffing('x'.repeat(100), 'y'.repeat(100))).toBe(true);
    expect(worthDiffing('a\nb', 'a')).toBe(true);
  });
});
