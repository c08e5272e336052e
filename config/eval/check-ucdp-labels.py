#!/usr/bin/env python3
"""Check config/eval/ucdp-headline-labels.tsv against the UCDP dev file.

Every distinct normalised headline must have exactly one label line, no extra keys,
valid lang/label values, and no headline text in the public file. Prints counts.
Exit status 0 if all checks pass, 1 otherwise.
"""
import collections, csv, hashlib, re, sys

SRC = '../shared/eval/ucdp-ged-burkina-faso-dev.csv'
LABELS = 'config/eval/ucdp-headline-labels.tsv'
LANGS = {'en', 'fr', 'other'}
CLASSES = ('VIOLENT', 'OTHER_EVENT', 'NONE')

def normalise(h):
    return re.sub(r'\s+', ' ', h.strip())

ok = True
def fail(msg):
    global ok
    ok = False
    print('FAIL:', msg)

heads, occurrences = set(), 0
with open(SRC, encoding='utf-8', newline='') as f:
    rows = list(csv.DictReader(f))
for row in rows:
    for h in row['source_headline'].split(';'):
        h = normalise(h)
        if h:
            heads.add(h)
            occurrences += 1
expected = {hashlib.sha256(h.encode('utf-8')).hexdigest(): h for h in heads}
if len(expected) != len(heads):
    fail('SHA-256 collision among headlines')

with open(LABELS, encoding='utf-8', newline='') as f:
    lines = f.read().split('\n')
if lines and lines[-1] == '':
    lines.pop()
if not lines or lines[0] != 'key\tlang\tlabel':
    fail(f'bad header: {lines[:1]!r}')
seen = collections.Counter()
label_of = {}
for n, line in enumerate(lines[1:], 2):
    cols = line.split('\t')
    if len(cols) != 3:
        fail(f'line {n}: {len(cols)} columns')
        continue
    k, lang, lab = cols
    if not re.fullmatch(r'[0-9a-f]{64}', k):
        fail(f'line {n}: key is not lowercase hex SHA-256')
    if lang not in LANGS:
        fail(f'line {n}: bad lang {lang!r}')
    if lab not in CLASSES:
        fail(f'line {n}: bad label {lab!r}')
    seen[k] += 1
    label_of[k] = (lang, lab)

dups = [k for k, c in seen.items() if c > 1]
missing = [k for k in expected if k not in seen]
extra = [k for k in seen if k not in expected]
if dups: fail(f'{len(dups)} keys with more than one line')
if missing: fail(f'{len(missing)} headlines without a label line')
if extra: fail(f'{len(extra)} label keys that match no headline')

# no UCDP text in the public file: any headline of 12+ chars appearing verbatim is a leak
text = '\n'.join(lines)
leaks = [h for h in heads if len(h) >= 12 and h in text]
if leaks: fail(f'{len(leaks)} headlines appear as text in the public file')

print(f'UCDP events: {len(rows)}; headline occurrences: {occurrences}; distinct headlines: {len(heads)}')
print(f'label lines: {len(lines) - 1}; duplicates: {len(dups)}; missing: {len(missing)}; extra: {len(extra)}')
tab = collections.Counter(label_of[k] for k in expected if k in label_of)
print(f"{'lang':<6}" + ''.join(f'{c:>13}' for c in CLASSES) + f"{'total':>8}")
for lang in ('en', 'fr', 'other'):
    print(f'{lang:<6}' + ''.join(f'{tab[(lang, c)]:>13}' for c in CLASSES)
          + f'{sum(tab[(lang, c)] for c in CLASSES):>8}')
print(f"{'all':<6}" + ''.join(f'{sum(tab[(l, c)] for l in LANGS):>13}' for c in CLASSES)
      + f'{sum(tab.values()):>8}')
print('OK' if ok else 'CHECK FAILED')
sys.exit(0 if ok else 1)
