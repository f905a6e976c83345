// The pure parts of answers built by PostgreSQL (the whole way is tried in
// modules/action/action-answers.test.ts against graphql-js's answers).
import { finishText, RawJson, stringifyAnswer } from './sql-answers';

describe('finishText', () => {
  const double = (v: unknown) => (v as number[]).map((n) => n * 2);

  it('replaces each marked object with its finished value and leaves the rest of the text as written', () => {
    const text = '{"a" : [{"t" : {"$finish" : 0, "v" : [1, 2]}}, {"t" : {"$finish" : 0, "v" : []}}], "b" : "x"}';
    expect(finishText(text, [double])).toBe('{"a" : [{"t" : [2,4]}, {"t" : []}], "b" : "x"}');
  });

  it('is not fooled by braces, brackets, quotes or the marker inside strings', () => {
    const tricky = 'a } ] \\" { [ {\\"$finish\\" : 0} \\\\';
    const text = `{"s" : "${tricky}", "t" : {"$finish" : 1, "v" : {"x" : "${tricky}"}}, "u" : "${tricky}"}`;
    const parsed = JSON.parse(finishText(text, [double, (v) => Object.keys(v as object)]));
    expect(parsed).toEqual({ s: JSON.parse(`"${tricky}"`), t: ['x'], u: JSON.parse(`"${tricky}"`) });
  });

  it('refuses a marked object that does not end', () => {
    expect(() => finishText('{"t" : {"$finish" : 0, "v" : [1', [double])).toThrow(/ends inside/);
  });
});

describe('stringifyAnswer', () => {
  it('sends an SQL-built answer as written, and anything else as JSON', () => {
    expect(stringifyAnswer({ data: new RawJson('{"x" : 1}') })).toBe('{"data":{"x" : 1}}');
    expect(stringifyAnswer({ data: { x: 1 }, errors: undefined })).toBe('{"data":{"x":1}}');
    // With errors or extensions, the raw answer is parsed back into the whole.
    expect(JSON.parse(stringifyAnswer({ data: new RawJson('{"x" : 1}'), extensions: { a: 1 } }))).toEqual({ data: { x: 1 }, extensions: { a: 1 } });
  });
});
