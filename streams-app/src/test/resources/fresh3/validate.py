#!/usr/bin/env python3
"""Validate fresh3.jsonl and fresh3.checkpoints.jsonl (reads only this folder and
/work/shared/corpus/teams.tsv). Usage: python3 validate.py [teams.tsv]"""
import json, re, sys, unicodedata, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
TEAMS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/teams.tsv'
RELS = {"COACHES", "AT_RISK", "LEAVING", "SACKED", "LEFT", "LINKED", "AGREED", "REJECTED"}
REC_KEYS = ["id", "published_at", "source", "lang", "title", "body", "gold"]
CP_KEYS = ["as_of", "coach", "current_team", "employment", "likely_destination"]
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
DATE = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$')

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().replace('ø', 'o').replace('æ', 'ae').replace('ı', 'i')

def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', fold(s)).strip('-')

known, aliases = set(), {}
with open(TEAMS, encoding='utf-8') as fh:
    next(fh)
    for line in fh:
        f = line.rstrip('\n').split('\t')
        known.add(f[0]); aliases[f[0]] = [f[1]] + f[4].split('|')

# names used in the text for team ids not in teams.tsv (slug rule applied to them is checked)
NEW = {
    'cruz-azul': ['Cruz Azul'], 'elversberg': ['Elversberg'], 'heerenveen': ['Heerenveen'],
    'sparta-praga': ['Sparta Praga'], 'schalke-04': ['Schalke 04', 'Schalke'], 'go-ahead-eagles': ['Go Ahead Eagles'],
    'nordsjaelland': ['Nordsjælland'], 'nazionale-corea-del-sud': ['Corea del Sud', 'South Korea', 'Korea', 'Corea'],
    'ulsan-hd': ['Ulsan HD', 'Ulsan'], 'hertha-berlino': ['Hertha Berlino', 'Hertha Berlin', 'Hertha'],
    'nazionale-iraq': ['Iraq'], 'nazionale-nigeria': ['Nigeria', 'Super Eagles'], 'nazionale-mali': ['Mali'],
    'nazionale-costa-d-avorio': ["Costa d'Avorio", 'Ivory Coast'], 'nazionale-senegal': ['Senegal'],
    'bordeaux': ['Bordeaux'], 'bodo-glimt': ['Bodø/Glimt'], 'malmo': ['Malmö'], 'shenzhen': ['Shenzhen'],
    'shanghai-port': ['Shanghai Port'], 'sheffield-wednesday': ['Sheffield Wednesday'],
    'antalyaspor': ['Antalyaspor'], 'young-boys': ['Young Boys'], 'pachuca': ['Pachuca'],
    'real-saragozza': ['Real Saragozza'], 'nazionale-egitto': ['Egitto'], 'al-wahda': ['Al Wahda'],
    'monterrey': ['Monterrey'], 'nazionale-australia': ['Australia'],
}
for k, names in NEW.items():
    aliases.setdefault(k, names)

errors, warn = [], []
def err(m): errors.append(m)

recs, ids = [], set()
with open(os.path.join(HERE, 'fresh3.jsonl'), encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f'line {n}: does not parse: {e}'); continue
        recs.append(r)
        if list(r) != REC_KEYS: err(f'{r.get("id")}: keys {list(r)}')
        if r['id'] in ids: err(f'duplicate id {r["id"]}')
        ids.add(r['id'])
        if not re.match(r'^fresh3-\d{4}$', r['id']): err(f'bad id {r["id"]}')
        if r['lang'] not in ('it', 'en'): err(f'{r["id"]}: lang')
        if not DATE.match(r['published_at'] or ''): err(f'{r["id"]}: published_at')
        if list(r['gold']) != ['signals', 'employment']: err(f'{r["id"]}: gold keys')
        words = len(r['body'].split())
        if not 150 <= words <= 260: err(f'{r["id"]}: {words} words')
        text = fold(r['title'] + ' ' + r['body'])
        pairs = set()
        for s in r['gold']['signals']:
            if list(s) != ['coach', 'team', 'relation']: err(f'{r["id"]}: signal keys')
            c, t, rel = s['coach'], s['team'], s['relation']
            if rel not in RELS: err(f'{r["id"]}: relation {rel}')
            if not SLUG.match(c) or not SLUG.match(t): err(f'{r["id"]}: not a slug {c} {t}')
            if (c, t) in pairs: err(f'{r["id"]}: pair twice {c} {t}')
            pairs.add((c, t))
            if t not in known and t not in NEW: err(f'{r["id"]}: team {t} neither in teams.tsv nor declared')
            if t in NEW and t != slug(NEW[t][0]) and not t.startswith('nazionale-'):
                warn.append(f'{t}: slug of "{NEW[t][0]}" is {slug(NEW[t][0])}')
            sur = c.split('-')[-1]
            if not re.search(r'\b' + re.escape(sur) + r'\b', slug(text).replace('-', ' ')):
                err(f'{r["id"]}: coach name {c} not in text')
            if not any(re.search(r'(?<![a-z])' + re.escape(fold(a)) + r'(?![a-z])', text) for a in aliases.get(t, [])):
                err(f'{r["id"]}: no alias of {t} in text')
        emp_coaches = set()
        for e in r['gold']['employment']:
            if list(e) != ['coach', 'status'] or e['status'] not in ('EMPLOYED', 'FREE'): err(f'{r["id"]}: employment {e}')
            if e['coach'] in emp_coaches: err(f'{r["id"]}: employment twice {e["coach"]}')
            emp_coaches.add(e['coach'])
            if e['coach'] not in {c for c, _ in pairs}: err(f'{r["id"]}: employment coach without signal {e["coach"]}')

cps = []
with open(os.path.join(HERE, 'fresh3.checkpoints.jsonl'), encoding='utf-8') as fh:
    for n, line in enumerate(fh, 1):
        try:
            cp = json.loads(line)
        except Exception as e:
            err(f'checkpoint line {n}: does not parse: {e}'); continue
        cps.append(cp)
        if list(cp) != CP_KEYS: err(f'checkpoint {n}: keys {list(cp)}')
        if not DATE.match(cp['as_of']): err(f'checkpoint {n}: as_of')
        if cp['employment'] not in ('EMPLOYED', 'FREE'): err(f'checkpoint {n}: employment')
        for k in ('current_team', 'likely_destination'):
            if cp[k] is not None and cp[k] not in known and cp[k] not in NEW: err(f'checkpoint {n}: {k} {cp[k]}')
        seen = [r for r in recs if r['published_at'] <= cp['as_of']
                and any(s['coach'] == cp['coach'] for s in r['gold']['signals'])]
        if not seen: err(f'checkpoint {n}: {cp["coach"]} in no article published by {cp["as_of"]}')
        else:
            teams_seen = {s['team'] for r in seen for s in r['gold']['signals'] if s['coach'] == cp['coach']}
            for k in ('current_team', 'likely_destination'):
                if cp[k] is not None and cp[k] not in teams_seen:
                    err(f'checkpoint {n}: {k} {cp[k]} never tied to {cp["coach"]} by {cp["as_of"]}')
        if (cp['current_team'] is None) != (cp['employment'] == 'FREE'):
            err(f'checkpoint {n}: current_team/employment disagree')

rel = collections.Counter(s['relation'] for r in recs for s in r['gold']['signals'])
emp = collections.Counter(e['status'] for r in recs for e in r['gold']['employment'])
lang = collections.Counter(r['lang'] for r in recs)
words = [len(r['body'].split()) for r in recs]
coaches = {s['coach'] for r in recs for s in r['gold']['signals']}
teams = {s['team'] for r in recs for s in r['gold']['signals']}
print(f'articles {len(recs)} (it {lang["it"]}, en {lang["en"]}), words {min(words)}-{max(words)}, '
      f'dates {min(r["published_at"] for r in recs)[:10]} .. {max(r["published_at"] for r in recs)[:10]}')
print(f'signals {sum(rel.values())}: ' + ', '.join(f'{k} {v}' for k, v in rel.most_common()))
print(f'employment {sum(emp.values())}: ' + ', '.join(f'{k} {v}' for k, v in emp.most_common()))
print(f'distinct coaches {len(coaches)}, distinct teams {len(teams)}, teams not in teams.tsv {len(teams - known)}: '
      + ' '.join(sorted(teams - known)))
print(f'checkpoints {len(cps)}')
for w in warn: print('WARN', w)
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} ERRORS')
sys.exit(1 if errors else 0)
