#!/usr/bin/env python3
"""Checks the Spanish everyday-food names and the Spanish portion measures (SeedData/everyday-foods/README.md,
"Spanish"). Standard library only.

everyday-foods.es.csv (ndb,name,synonyms): one row for every row of everyday-foods.csv, same NDBs in the same
order; names start with a capital letter, are unique ignoring case and accents (search ignores both), and use
the US Spanish headword (never patata, judías, zumo, ... which are synonyms); synonyms are lower case, not
repeated in a row, and never the name or its headword again. Plantains (SR28 "Plantains, ...") are named
"Plátano ..." so that "plátano" finds them beside bananas.

measures.es.csv (measure,es,es_plural): the Spanish of every distinct `measure` of SR28 portions.csv that
belongs to a food of the everyday list (all of its portions, not only the plan portion), each exactly once and
nothing else; the same numbers and inch marks as the English; no English measure word left; es_plural filled
exactly where some portion uses the measure with an amount above 1 (the app shows "3 onzas", not "3 onza").

    python3 scripts/check-spanish-foods.py            # check, print counts, warnings and errors
    python3 scripts/check-spanish-foods.py --list     # also list the measures to cover, with their foods

Exits 1 when there is an error, 0 otherwise.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "src", "CrampInfo.Web", "SeedData")
LIST_CSV = os.path.join(SEED, "everyday-foods", "everyday-foods.csv")
LIST_ES_CSV = os.path.join(SEED, "everyday-foods", "everyday-foods.es.csv")
MEASURES_ES_CSV = os.path.join(SEED, "everyday-foods", "measures.es.csv")
FOODS_CSV = os.path.join(SEED, "usda-sr28", "foods.csv")
PORTIONS_CSV = os.path.join(SEED, "usda-sr28", "portions.csv")

FOODS_HEADER = ["ndb", "name", "synonyms"]
MEASURES_HEADER = ["measure", "es", "es_plural"]
LONG_NAME = 40
SYNONYM_CHARS = re.compile(r"^[a-z0-9áéíóúüñ' .&/-]+$")

# Other regions' words: a synonym, never the headword of a Spanish name (US Spanish says papa, frijoles, jugo,
# camote, durazno, aguacate, fresa, elote/maíz, tomate, plátano).
NOT_HEADWORDS = {
    "patata", "patatas", "judía", "judías", "habichuela", "habichuelas", "zumo", "melocotón", "melocotones",
    "batata", "batatas", "boniato", "boniatos", "palta", "paltas", "frutilla", "frutillas", "choclo", "jitomate",
    "jitomates", "guineo", "guineos", "banana", "bananas", "banano", "bananos",
}
# Words that are misspelled without their accent (or tilde); a slip, never a name, a synonym or a measure.
NEEDS_ACCENT = {
    "platano", "platanos", "cafe", "maiz", "jamon", "azucar", "salmon", "atun", "limon", "melon", "pure",
    "brocoli", "jalapeno", "jalapenos", "chicharo", "chicharos", "te", "cascara", "rapida", "sandia", "jicama",
    "arandano", "arandanos", "pina", "camaron", "frances", "cesar", "pudin", "tartara", "datiles", "mani",
    "ajonjoli", "cuscus", "quimbombo", "chia", "maracuya", "arcoiris", "champinon", "champinones", "bisquets",
    "anadida", "anadido", "diametro", "porcion", "liquida", "liquidas", "tamano", "pequeno",
    "pequena", "pequenos", "pequenas", "cubica", "cubicas", "mas", "sandwich", "sandwiches", "rinon",
}
# English measure words that must not survive in the Spanish (brand names in the data keep their own words).
ENGLISH_MEASURE_WORDS = {
    "cup", "cups", "tbsp", "tsp", "tablespoon", "tablespoons", "oz", "fl", "lb", "slice", "slices", "medium",
    "large", "small", "piece", "pieces", "serving", "servings", "dia", "diameter", "long", "thick", "high",
    "each", "package", "can", "bottle", "container", "yields", "yield", "with", "without", "raw", "cooked",
    "whole", "chopped", "sliced", "diced", "approx", "about", "inch", "wedge", "stalk", "leaf", "head", "half",
    "halves", "packet", "pint", "quart", "liter", "refuse", "excluding", "drained", "packed", "prepared",
}


def fold(text):
    """Lower case without accents ("Plátano" -> "platano"): how search compares words."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def words(text):
    return re.findall(r"[^\W\d_]+", text.lower())


def read_csv(path, header, errors):
    rel = os.path.relpath(path, ROOT)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        errors.append(f"{rel}: missing")
        return []
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{rel}: starts with a byte-order mark; write plain UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{rel}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errors.append(f"{rel}: has CR line ends; write LF")
    reader = csv.reader(text.lstrip("\ufeff").splitlines())
    found = next(reader, None)
    if found != header:
        errors.append(f"{rel}: header is {found}, must be {','.join(header)}")
        return []
    rows = []
    for line, fields in enumerate(reader, start=2):
        if len(fields) != len(header):
            errors.append(f"{rel}:{line}: {len(fields)} fields, must be {len(header)}")
            continue
        if any(f != f.strip() for f in fields):
            errors.append(f"{rel}:{line}: a field has spaces at its start or end")
        rows.append((f"{rel}:{line}", dict(zip(header, fields))))
    return rows


def singular_plural_forms(word):
    """"plátanos" -> {"plátanos", "plátano"}; "papa" -> {"papa", "papas", "papaes"}: a plural only adds s/es."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def check_foods(everyday, foods, errors, warnings):
    rows = read_csv(LIST_ES_CSV, FOODS_HEADER, errors)
    if not rows:
        return 0
    if len(rows) != len(everyday):
        errors.append(f"everyday-foods.es.csv has {len(rows)} rows, everyday-foods.csv has {len(everyday)}")
    for i, ((where, es), en) in enumerate(zip(rows, everyday)):
        if es["ndb"] != en["ndb"]:
            errors.append(f"{where}: ndb {es['ndb']}, but row {i + 2} of everyday-foods.csv is {en['ndb']} "
                          f"({en['name']}); same NDBs in the same order")

    seen_names = {}
    synonym_rows = defaultdict(list)
    for (where, r), en in zip(rows, everyday):
        name, synonyms = r["name"], r["synonyms"]
        if not name:
            errors.append(f"{where}: empty name")
            continue
        if not name[0].isupper():
            errors.append(f"{where}: name '{name}' must start with a capital letter")
        if "  " in name or ";" in name:
            errors.append(f"{where}: name '{name}' has a double space or a ';'")
        key = fold(name)
        if key in seen_names:
            errors.append(f"{where}: name '{name}' repeats {seen_names[key]} (ignoring case and accents)")
        seen_names[key] = where
        if len(name) > LONG_NAME:
            warnings.append(f"{where}: name '{name}' is {len(name)} characters (over {LONG_NAME})")
        headword = name.split(",")[0].strip()
        first = headword.split()[0].lower()
        if first in NOT_HEADWORDS:
            errors.append(f"{where}: '{first}' is another region's word; US Spanish headword first, it a synonym")
        description = foods[r["ndb"]]["description"] if r["ndb"] in foods else ""
        if description.startswith("Plantains") and not name.startswith("Plátano"):
            errors.append(f"{where}: '{name}' is a plantain ({description}); name it 'Plátano ...'")
        for w in words(name):
            if w in NEEDS_ACCENT:
                errors.append(f"{where}: name '{name}': '{w}' is written with an accent")

        if not synonyms:
            continue
        items = synonyms.split(";")
        seen = set()
        name_words = {fold(w) for w in words(name)}
        for s in items:
            if not s or s != s.strip():
                errors.append(f"{where}: empty synonym or spaces around one in '{synonyms}'")
                continue
            if s != s.lower():
                errors.append(f"{where}: synonym '{s}' must be lower case")
            if not SYNONYM_CHARS.match(s):
                errors.append(f"{where}: synonym '{s}' has a character outside a-z, Spanish letters, 0-9 ' . & / -")
            f = fold(s)
            if f in seen:
                errors.append(f"{where}: synonym '{s}' is repeated in the row (ignoring accents)")
            seen.add(f)
            if f == fold(name) or f in singular_plural_forms(fold(headword)):
                errors.append(f"{where}: synonym '{s}' only repeats the name '{name}'")
            elif all(fold(w) in name_words for w in words(s)):
                warnings.append(f"{where}: every word of synonym '{s}' is already in the name '{name}'")
            for w in words(s):
                if w in NEEDS_ACCENT:
                    errors.append(f"{where}: synonym '{s}': '{w}' is written with an accent")
            synonym_rows[f].append((where, first))
    for s, places in sorted(synonym_rows.items()):
        if len({first for _, first in places}) > 1:
            warnings.append(f"synonym '{s}' is on foods with different headwords: "
                            + ", ".join(where.rsplit(":", 1)[1] for where, _ in places)
                            + " (fine where it really names each of them)")
    return len(rows)


def required_measures(everyday_ndbs):
    """measure -> (foods that use it, largest amount), over all portions of the everyday-list foods."""
    needed = {}
    with open(PORTIONS_CSV, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["ndb_no"] in everyday_ndbs:
                ndbs, most = needed.get(r["measure"], ([], 0.0))
                ndbs.append(r["ndb_no"])
                needed[r["measure"]] = (ndbs, max(most, float(r["amount"])))
    return needed


def check_measures(needed, errors, warnings):
    rows = read_csv(MEASURES_ES_CSV, MEASURES_HEADER, errors)
    if not rows:
        return 0
    seen = {}
    for where, r in rows:
        m, es, plural = r["measure"], r["es"], r["es_plural"]
        if m in seen:
            errors.append(f"{where}: measure '{m}' is already at {seen[m]}; each measure exactly once")
            continue
        seen[m] = where
        if m not in needed:
            errors.append(f"{where}: measure '{m}' belongs to no food of the everyday list")
            continue
        if not es:
            errors.append(f"{where}: measure '{m}' has no Spanish")
            continue
        uses_plural = needed[m][1] > 1
        if uses_plural and not plural:
            errors.append(f"{where}: '{m}' is used with an amount of {needed[m][1]:g}; give es_plural")
        if plural and not uses_plural:
            errors.append(f"{where}: '{m}' is never used with an amount above 1; leave es_plural empty")
        for label, text in (("es", es), ("es_plural", plural)):
            if not text:
                continue
            if re.findall(r"\d+", text) != re.findall(r"\d+", m):
                errors.append(f"{where}: {label} '{text}' does not keep the numbers of '{m}' in order")
            if text.count('"') != m.count('"'):
                errors.append(f"{where}: {label} '{text}' does not keep the inch marks of '{m}'")
            brand_words = set(words(m)) - ENGLISH_MEASURE_WORDS
            left = [w for w in words(text) if w in ENGLISH_MEASURE_WORDS and w not in brand_words]
            if left:
                errors.append(f"{where}: {label} '{text}' keeps English: {', '.join(left)}")
            if text[0].isupper() and not m[0].isupper():
                warnings.append(f"{where}: {label} '{text}' starts with a capital; measures run on after a number")
            for w in words(text):
                if w in NEEDS_ACCENT:
                    errors.append(f"{where}: {label} '{text}': '{w}' is written with an accent")
    for m in sorted(set(needed) - set(seen), key=str.lower):
        errors.append(f"measures.es.csv: measure '{m}' is missing")
    return len(rows)


def main(argv):
    errors, warnings = [], []
    with open(LIST_CSV, encoding="utf-8", newline="") as f:
        everyday = list(csv.DictReader(f))
    with open(FOODS_CSV, encoding="utf-8", newline="") as f:
        foods = {r["ndb_no"]: r for r in csv.DictReader(f)}
    names = {r["ndb"]: r["name"] for r in everyday}
    needed = required_measures(set(names))

    if "--list" in argv:
        print(f"Measures to cover ({len(needed)}), with the everyday foods that use them:")
        for m in sorted(needed, key=str.lower):
            ndbs, most = needed[m]
            food_names = sorted({names[n] for n in ndbs})
            shown = "; ".join(food_names[:4]) + (f"; ... ({len(food_names)} foods)" if len(food_names) > 4 else "")
            print(f"  {m!r}{' (amount up to ' + format(most, 'g') + ')' if most > 1 else ''}: {shown}")
        print()

    food_rows = check_foods(everyday, foods, errors, warnings)
    measure_rows = check_measures(needed, errors, warnings)

    print(f"everyday-foods.csv: {len(everyday)} foods; everyday-foods.es.csv: {food_rows} rows")
    print(f"measures to cover: {len(needed)} (of which {sum(1 for n in needed.values() if n[1] > 1)} used "
          f"with an amount above 1); measures.es.csv: {measure_rows} rows")
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
