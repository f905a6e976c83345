#!/usr/bin/env python3
"""Why "gluren bij de buren" ranks as it does, measured on the judged set.

Reads the parts the neighbours statement scores (written by `pnpm --filter @kruispunt/api
neighbours:analyse`, src/test/neighbours-features.ts) and the judged set, and prints, for the
whole set and for its two halves (even and odd queries), what other weightings, list cuts and
subject signals would score. Fitting happens on one half and is read on the other, so nothing
here is tuned on the queries it reports. Not part of the tests.
"""
import collections, json, math, os, random, sys

features_file = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(features_file))
J = json.load(open(os.path.join(here, '..', 'src', 'modules', 'action', 'judged-neighbours.json')))['queries']
ref = {r['id']: r for r in d['refs']}
key = lambda r: f"{r['zone']}|{r['year']}|{r['title']}"
by_key = {key(r): r['id'] for r in d['refs']}
FIELD = {'title': 't', 'body': 'b', 'goal': 'o', 'group': 'r'}

F = collections.defaultdict(lambda: collections.defaultdict(float))
for p in d['parts']:
    f = F[(p['source_id'], p['id'])]
    f['subject'] += p['subject'] or 0; f['group'] += p['grp'] or 0
    if p['kind']: f[p['kind']] += p['link'] or 0
for p in d['fields']:
    F[(p['source_id'], p['id'])][FIELD[p['fa']] + FIELD[p['fb']]] += p['cos']
for p in d['links']:
    F[(p['source_id'], p['id'])][p['kind'] + '_idf'] = p['idf_sum'] / p['lnn']

queries = []
for q in J:
    sid = by_key[key(q['query'])]
    grades = {by_key[key(r)]: r['grade'] for r in q['relevant']}
    others = [c for c in ref if ref[c]['zone'] != ref[sid]['zone']]
    queries.append((sid, grades, others))
HALVES = {'all': queries, 'A': queries[0::2], 'B': queries[1::2]}

def dcg(gs): return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs[:5]))

def evaluate(score, qs, floor=0.08, share=0.0, keep=lambda f: True):
    """P@5, nDCG@5, share of queries with an off-subject action in the top 3, mean list length."""
    P = N = O = L = 0
    for sid, grades, others in qs:
        ranked = sorted(((score(sid, c), c) for c in others if keep(F[(sid, c)])), key=lambda x: (-x[0], x[1]))
        ranked = [(s, c) for s, c in ranked if s >= floor]
        if ranked: ranked = [(s, c) for s, c in ranked if s >= share * ranked[0][0]]
        gs = [grades.get(c, 0) for _, c in ranked[:5]]
        P += sum(g >= 1 for g in gs) / 5; N += dcg(gs) / dcg(sorted(grades.values(), reverse=True)) if grades else 0; O += any(g == 0 for g in gs[:3]); L += len(gs)
    n = len(qs)
    return {'P@5': round(P / n, 2), 'nDCG@5': round(N / n, 2), 'off3': round(O / n, 2), 'len': round(L / n, 1)}

TODAY = {'subject': 0.5, 'group': 0.1, 'theme': 0.15, 'partner': 0.1, 'work': 0.15}
def linear(w): return lambda sid, c: sum(v * F[(sid, c)].get(k, 0) for k, v in w.items())
today = linear(TODAY)  # the score before distinctive themes; the variants below start from it
def distinct_themes(k):
    rest = {x: v for x, v in TODAY.items() if x != 'theme'}
    return lambda sid, c: linear(rest)(sid, c) + TODAY['theme'] * F[(sid, c)].get('theme', 0) * min(1, k * F[(sid, c)].get('theme_idf', 0))
# action-neighbours.queries.ts: THEME_DISTINCTIVE, MIN_SCORE, SHARE_OF_BEST
CHOSEN = (2.0, 0.07, 0.4)

def line(label, score, **cut):
    print(f"  {label:<58}" + '  '.join(f"{h} {evaluate(score, qs, **cut)}" for h, qs in HALVES.items()))

print('Today (action-neighbours.queries.ts: distinctive themes k = %s, floor %s, share of the best %s) and before:' % CHOSEN)
line('today', distinct_themes(CHOSEN[0]), floor=CHOSEN[1], share=CHOSEN[2])
line('before (plain theme overlap, floor 0.08)', today)

# The blind set (judged-neighbours-blind.json, a second judge): only read, never used to choose.
BLIND = []
for q in json.load(open(os.path.join(here, '..', 'src', 'modules', 'action', 'judged-neighbours-blind.json')))['queries']:
    sid = by_key[key(q['query'])]
    BLIND.append((sid, {by_key[key(r)]: r['grade'] for r in q['relevant']}, [c for c in ref if ref[c]['zone'] != ref[sid]['zone']]))
def blind(score, **cut):
    findable = [q for q in BLIND if q[1]]
    a, b = evaluate(score, findable, **cut), evaluate(score, BLIND, **cut)
    return {'P@5': a['P@5'], 'nDCG@5': a['nDCG@5'], 'off3': b['off3'], 'len': b['len']}
print(f"  {'blind set, today':<58}{blind(distinct_themes(CHOSEN[0]), floor=CHOSEN[1], share=CHOSEN[2])}")
print(f"  {'blind set, before':<58}{blind(today)}")
first = {q[0]: set(q[1]) for q in queries}
shared = [(first[sid], set(grades)) for sid, grades, _ in BLIND if sid in first]
print(f"  the two judges on their {len(shared)} shared queries: {sum(len(a & b) for a, b in shared)} relevant pairs in common, first judge {sum(len(a) for a, _ in shared)}, second {sum(len(b) for _, b in shared)}")

print('\nIn today\'s top 5, medians by judged grade (do the parts separate them?):')
rows = collections.defaultdict(list)
for sid, grades, others in queries:
    for c in sorted(others, key=lambda c: -today(sid, c))[:5]:
        rows[grades.get(c, 0)].append(F[(sid, c)])
for g in sorted(rows):
    med = lambda k: sorted(f.get(k, 0) for f in rows[g])[len(rows[g]) // 2]
    print(f"  grade {g} ({len(rows[g])} items): subject {med('subject'):.3f}  theme {med('theme'):.2f}  theme idf {med('theme_idf'):.2f}")

print('\nA linear re-weighting fitted on one half, read on the other (objective nDCG@5 - 0.3 off3):')
KEYS = ['subject', 'tt', 'tb', 'bt', 'bb', 'oo', 'group', 'theme', 'theme_idf', 'partner', 'work']
def fit(qs):
    random.seed(0)
    w = {k: TODAY.get(k, 0.0) for k in KEYS}
    objective = lambda w: (lambda m: m['nDCG@5'] - 0.3 * m['off3'])(evaluate(linear(w), qs))
    best = objective(w)
    for _ in range(300):
        k = random.choice(KEYS); w2 = dict(w); w2[k] = max(0.0, w2[k] + random.choice([-0.1, -0.05, -0.02, 0.02, 0.05, 0.1]))
        o = objective(w2)
        if o >= best: best, w = o, w2
    return w
for fitted, held in (('A', 'B'), ('B', 'A')):
    w = fit(HALVES[fitted])
    print(f"  fitted on {fitted}: on {fitted} {evaluate(linear(w), HALVES[fitted])}, held-out {held} {evaluate(linear(w), HALVES[held])}")

print('\nCutting the list (floor on the score, share of the top score, "shares a word, partner or shared work, not only a theme"):')
grid = []
for floor in (0.08, 0.10, 0.12, 0.14, 0.16):
    for share in (0.0, 0.5, 0.6, 0.7):
        for need in (0.0, 0.02, 0.04):
            keep = lambda f, need=need: f.get('subject', 0) >= need or f.get('work', 0) > 0 or f.get('partner', 0) > 0 or f.get('group', 0) > 0.15
            grid.append(((floor, share, need), {h: evaluate(today, qs, floor, share, keep) for h, qs in HALVES.items()}))
clean = [g for g in grid if g[1]['all']['off3'] <= 0.30]
good = [g for g in grid if g[1]['all']['nDCG@5'] >= 0.70]
if clean: print('  best nDCG with off3 <= 0.30:', max(clean, key=lambda g: g[1]['all']['nDCG@5']))
if good: print('  lowest off3 with nDCG >= 0.70:', min(good, key=lambda g: g[1]['all']['off3']))

print('\nOther subject signals (the subject part recomputed here from the stemmed words; the rest as today):')
W = {w['id']: {k: [x for x in (w[k] or []) if len(x) > 1 and not x.isdigit()] for k in ('title', 'body', 'goal', 'steps')} for w in d['words']}
def with_synonyms(words):
    s = set(words); out = list(words)
    for r in d['synonyms']:
        if r['term_words'] and all(x in s for x in r['term_words']): out.append('syn:' + r['term'].lower())
        if r['both_ways'] and r['full_words'] and all(x in s for x in r['full_words']): out.append('syn:' + r['term'].lower())
    return out
# A domain thesaurus: a concept token for every concept group one of the field's stems belongs to.
STEM2C = collections.defaultdict(set)
for concept, stems in json.load(open(os.path.join(here, 'neighbours-concepts.json')))['stems'].items():
    for x in stems: STEM2C[x].add(concept)
def with_concepts(words):
    found = set().union(*(STEM2C.get(x, set()) for x in words)) if words else set()
    return list(words) + ['c:' + c for c in sorted(found)]
def subject_score(shares, expand=0.0, synonyms=False, concepts=False):
    docs = {i: {f: (with_concepts(ws) if concepts else with_synonyms(ws) if synonyms else ws) for f, ws in W[i].items()} for i in W}
    df = collections.Counter(l for i in docs for l in set(docs[i]['title'] + docs[i]['body']))
    N = len(docs); vocab = [l for l in df if len(l) >= 5]
    idf = lambda l: math.log(N / df.get(l, 1))
    def unit(words):
        v = collections.Counter()
        for l, c in collections.Counter(words).items():
            v[l] += (1 + math.log(c)) * idf(l)
            if expand:
                for m in (m for m in vocab if m != l and m in l): v[m] += (1 + math.log(c)) * idf(m) * expand
        n = math.sqrt(sum(x * x for x in v.values())) or 1
        return {k: x / n for k, x in v.items() if x > 0}
    def mixed(i):
        v = collections.Counter()
        for f, sh in shares.items():
            for k, x in unit(docs[i][f]).items(): v[k] += sh * x
        n = math.sqrt(sum(x * x for x in v.values())) or 1
        return {k: x / n for k, x in v.items()}
    V = {i: mixed(i) for i in docs}
    rest = {k: v for k, v in TODAY.items() if k != 'subject'}
    return lambda sid, c: TODAY['subject'] * sum(x * V[c].get(k, 0) for k, x in V[sid].items()) + linear(rest)(sid, c)
BASE = {'title': 0.5, 'body': 0.3, 'goal': 0.2}
line('recomputed as today', subject_score(BASE))
line('+ the steps\' text', subject_score({**BASE, 'steps': 0.2}))
line('+ compound parts (a word inside a longer one, half weight)', subject_score(BASE, expand=0.5))
line('+ the search\'s synonyms and abbreviations', subject_score(BASE, synonyms=True))
line('+ a domain thesaurus (neighbours-concepts.json)', subject_score(BASE, concepts=True))

print('\nShared themes weighted by how distinctive they are (overlap x min(1, k * idf/ln N)), (k, floor) chosen on one half, read on the other:')
variants = [((k, floor), {h: evaluate(distinct_themes(k), qs, floor=floor) for h, qs in HALVES.items()}) for k in (1.0, 1.5, 2.0, 3.0, 4.0) for floor in (0.05, 0.06, 0.07, 0.08)]
for chosen, held in (('A', 'B'), ('B', 'A')):
    ok = [v for v in variants if v[1][chosen]['nDCG@5'] >= 0.70]
    if ok:
        params, m = min(ok, key=lambda v: (v[1][chosen]['off3'], -v[1][chosen]['nDCG@5']))
        print(f"  chosen on {chosen} (nDCG >= 0.70, fewest off-subject): k, floor = {params}; on {chosen} {m[chosen]}, held-out {held} {m[held]}, all {m['all']}")

print('\nChosen by leaving one query out: for each query, (k, floor, share of the best) with the fewest off-subject top 3s at nDCG >= 0.70 on the other 59, read on it:')
GRID = [(k, floor, share) for k in (1.0, 1.5, 2.0, 3.0, 1e9) for floor in (0.05, 0.06, 0.07, 0.08, 0.10, 0.12) for share in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)]
PER_QUERY = {p: [evaluate(distinct_themes(p[0]), [q], floor=p[1], share=p[2]) for q in queries] for p in GRID}
def mean_of(p, idx, m): return sum(PER_QUERY[p][i][m] for i in idx) / len(idx)
held, picks = [], collections.Counter()
for i in range(len(queries)):
    rest_idx = [j for j in range(len(queries)) if j != i]
    best = min((p for p in GRID if mean_of(p, rest_idx, 'nDCG@5') >= 0.70), key=lambda p: (mean_of(p, rest_idx, 'off3'), -mean_of(p, rest_idx, 'nDCG@5')))
    picks[best] += 1; held.append(PER_QUERY[best][i])
print(f"  held-out nDCG@5 {sum(m['nDCG@5'] for m in held) / len(held):.3f}, off-subject in top 3 {sum(m['off3'] for m in held) / len(held):.3f}; chosen (k, floor, share): {picks.most_common(3)}")

few = sum(1 for _, grades, _ in queries if len(grades) < 3)
print(f"\n{few} of {len(queries)} queries have fewer than three relevant actions in other zones: only a shorter list keeps their top 3 clean.")
