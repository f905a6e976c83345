// Actions carried over from earlier plans that a plan names only in its prose, e.g.
// "We blijven inzetten op de continuering van een aantal acties uit voorgaande actieplannen.
// Concreet gaat het over A, B en C." A statement counts when one sentence speaks of continuing
// (a verb or noun of continuing), of actions or action plans, and of earlier ones; the enumeration
// follows in the same sentence (after ":" or "namelijk"), in the next one ("Concreet gaat het
// over ...", "Het gaat om ...", "Het betreft ...") or as a list after a closing ":".
import { flatItem, type Item } from './text';

const CONTINUING =
  /\b(?:continuering|continueren|verderzetting|verderzetten|voortzetting|voortzetten|verder\s+(?:zetten|gezet)|voort\s+(?:zetten|gezet)|blijven\s+(?:\p{L}+\s+)?inzetten\s+op|zet(?:ten)?\s(?:[^.]{0,80}\s)?(?:verder|voort))\b/iu;
const ACTIONS = /\bactie(?:s|plan(?:nen)?)\b/i;
const EARLIER = /\b(?:voorgaande|vorige?|eerdere|vroegere|voorbije|afgelopen)\b/i;

/** The enumeration inside the statement itself: after a colon, "namelijk" or "met name". */
const SAME_SENTENCE = /(?::|,?\s+namelijk\b|,?\s+met\s+name\b)\s*(.*)$/iu;
/** A next sentence that is only the enumeration. */
const NEXT_SENTENCE =
  /^(?:(?:concreet|meer\s+bepaald|met\s+name)\s*,?\s+)?(?:gaat\s+het\s+(?:hier\s+)?(?:over|om)|het\s+gaat\s+(?:hier\s+)?(?:over|om)|betreft\s+het|het\s+betreft|namelijk)\b\s*:?\s*(.*)$/iu;

/** Longer "items" are a clause of running prose, not the name of an action. */
const MAX_WORDS = 6;
const MAX_WORDS_LISTED = 15;

export interface ContinuedAction {
  title: string;
  line: number;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"‘(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isStatement(sentence: string): boolean {
  return CONTINUING.test(sentence) && ACTIONS.test(sentence) && EARLIER.test(sentence);
}

/**
 * A footnote number glued to the last word of an item ("Zorgzame buurten1", "buurten¹"): dropped
 * only when the word is lowercase before it and the text has a footnote with that number.
 */
function withoutFootnote(title: string, footnotes: ReadonlySet<string>): string {
  const m = /^(.*\p{Ll}{2})([\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/u.exec(title);
  return m && footnotes.has(m[2]!) ? m[1]! : title;
}

function clean(text: string, footnotes: ReadonlySet<string>): string {
  return withoutFootnote(text.replace(/[.,;:]+$/, '').trim(), footnotes);
}

/** "A, B en C" → [A, B, C]; null when a part is too long to be an action's name. */
function enumeration(text: string, footnotes: ReadonlySet<string>): string[] | null {
  const body = text.replace(/[.!;]+$/, '').trim();
  if (!body) return null;
  const parts = body.split(/\s*[,;]\s*/);
  const last = parts.pop()!;
  const and = last.lastIndexOf(' en ');
  if (and > 0) parts.push(last.slice(0, and), last.slice(and + 4));
  else parts.push(last);
  const titles = parts.map((p) => clean(p, footnotes));
  if (titles.some((t) => !t || t.split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(t))) return null;
  return titles;
}

/** The list that follows a statement ending in ":": the item's sub-items or the marked items after it. */
function listAfter(items: Item[], k: number): Item[] {
  const it = items[k]!;
  if (it.children.length) return it.children;
  const list: Item[] = [];
  for (let j = k + 1; j < items.length && items[j]!.marker; j++) list.push(items[j]!);
  return list;
}

/**
 * The continued actions a block of prose enumerates. `items` are its paragraphs and list items;
 * `footnotes` the numbers of the footnotes the text has (for "buurten1").
 */
export function continuedActions(items: Item[], footnotes: ReadonlySet<string>): ContinuedAction[] {
  const found: ContinuedAction[] = [];
  items.forEach((it, k) => {
    const own = sentences(it.text);
    own.forEach((s, n) => {
      if (!isStatement(s)) return;
      // After the words of continuing, so that a colon earlier in the sentence is not taken.
      let rest = SAME_SENTENCE.exec(s.slice(CONTINUING.exec(s)!.index))?.[1];
      // The item the enumeration stands in: this one, or the next paragraph when the statement ends this one.
      let at = k;
      if (rest === undefined) {
        const following = items[k + 1];
        let next = own[n + 1];
        if (next === undefined && following && !following.marker) {
          next = sentences(following.text)[0];
          at = k + 1;
        }
        rest = NEXT_SENTENCE.exec(next ?? '')?.[1];
      }
      if (rest === undefined) return;
      if (!rest.trim() || /:$/.test(rest)) {
        // "... de volgende acties:": the list after the sentence, which must close its paragraph.
        const listed = /:$/.test(items[at]!.text) ? listAfter(items, at).map((x) => ({ title: clean(flatItem(x), footnotes), line: x.line })) : [];
        if (listed.every((x) => x.title && x.title.split(/\s+/).length <= MAX_WORDS_LISTED)) found.push(...listed);
        return;
      }
      for (const title of enumeration(rest, footnotes) ?? []) found.push({ title, line: items[at]!.line });
    });
  });
  return found;
}
