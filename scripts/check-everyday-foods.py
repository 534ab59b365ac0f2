#!/usr/bin/env python3
"""Checks the everyday-foods list against its rules (see SeedData/everyday-foods/README.md).

Reads every SeedData/everyday-foods/everyday-foods*.csv together with the SR28 extract
(SeedData/usda-sr28/foods.csv and portions.csv), prints the count by group and each row's plan
portion with its potassium (so a curator can eyeball that the portion is realistic), then the
warnings and errors. Exits 1 when there is an error, 0 otherwise. Standard library only.

    python3 scripts/check-everyday-foods.py            # the repository's list
    python3 scripts/check-everyday-foods.py --quiet    # counts, warnings and errors only
"""
import csv
import glob
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "src", "CrampInfo.Web", "SeedData")
LIST_GLOB = os.path.join(SEED, "everyday-foods", "everyday-foods*.csv")
TRANSLATION_FILE = re.compile(r"\.[a-z]{2}\.csv$")
FOODS_CSV = os.path.join(SEED, "usda-sr28", "foods.csv")
PORTIONS_CSV = os.path.join(SEED, "usda-sr28", "portions.csv")

HEADER = ["ndb", "group", "name", "synonyms", "plan_seq", "potassium_rich"]
GROUPS = [
    "fruit", "dried fruit", "vegetables", "legumes", "grains", "nuts and seeds", "dairy", "eggs",
    "meat", "poultry", "fish", "drinks", "snacks and sweets", "mixed dishes", "fats and condiments",
]
# Groups whose foods can be plan foods: the foods advice on potassium asks people to eat more of (fruit,
# vegetables, beans, grains, nuts, dairy, drinks such as juice and milk). Meat, poultry, fish and eggs are the
# day's protein, not a way to add potassium; snacks, mixed dishes and condiments never are.
PLAN_GROUPS = {"fruit", "dried fruit", "vegetables", "legumes", "grains", "nuts and seeds", "dairy", "drinks"}
MAX_PLAN_GRAMS = 250.0
# The National Kidney Foundation calls a portion with more than 200 mg of potassium "high".
RICH_ABOVE_MG = 200.0
# Rule 4 of the README: fried foods and foods with added sugar are never plan foods.
FRIED_OR_SUGARED = re.compile(r"(?<!stir-)\bfried\b|\bsyrup\b|\bwith sugar\b|\bsweetened\b|\bchocolate\b|\bcocoa\b", re.I)
# The longest name a phone shows on one line beside its portion; longer is a warning, not an error.
LONG_NAME = 40

# Nuts and seeds are eaten by the handful: "1 oz" is their portion, a cup is not one sitting.
WEIGHT_PORTION_GROUPS = {"nuts and seeds"}
BARE_WEIGHT = re.compile(r"^(oz|lb|g)$", re.IGNORECASE)

ALCOHOLIC = re.compile(r"^alcoholic beverage", re.IGNORECASE)
BRAND_WORD = re.compile(r"\b[A-Z][A-Z'&]{3,}\b")
SYNONYM_CHARS = re.compile(r"^[a-z0-9àâäçéèêëíîïñóôöúùûü' .&/-]+$")


def potassium_mg(food, portion):
    return float(food["potassium_mg_per_100g"]) * float(portion["grams"]) / 100


def is_weight_only(portion):
    """"1 oz", "100 g", "1 lb": a weight, not a household measure ("1 oz (23 whole kernels)" counts)."""
    return bool(BARE_WEIGHT.match(portion["measure"].strip()))


def headword_first_word(name):
    """"Black beans, cooked" -> "black": rows that share it are forms of one food."""
    return name.split(",")[0].split()[0].lower()


def load_sr28():
    with open(FOODS_CSV, encoding="utf-8", newline="") as f:
        foods = {r["ndb_no"]: r for r in csv.DictReader(f)}
    portions = defaultdict(dict)
    with open(PORTIONS_CSV, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            portions[r["ndb_no"]][r["seq"]] = r
    return foods, portions


def main(argv):
    quiet = "--quiet" in argv
    errors, warnings = [], []
    foods, portions = load_sr28()

    # everyday-foods.es.csv and other "<list>.<language>.csv" files are translations of the list, with their own
    # columns and checker (scripts/check-spanish-foods.py), not more of its rows.
    paths = sorted(p for p in glob.glob(LIST_GLOB) if not TRANSLATION_FILE.search(os.path.basename(p)))
    if not paths:
        print(f"error: no list files match {LIST_GLOB}")
        return 1

    rows = []  # (file, line, dict)
    for path in paths:
        rel = os.path.relpath(path, ROOT)
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{rel}: starts with a byte-order mark; write plain UTF-8")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{rel}: not UTF-8 ({e})")
            continue
        reader = csv.reader(text.lstrip("\ufeff").splitlines())
        header = next(reader, None)
        if header != HEADER:
            errors.append(f"{rel}: header is {header}, must be {','.join(HEADER)}")
            continue
        for line, fields in enumerate(reader, start=2):
            if not fields:
                errors.append(f"{rel}:{line}: empty line")
                continue
            if len(fields) != len(HEADER):
                errors.append(f"{rel}:{line}: {len(fields)} fields, must be {len(HEADER)}")
                continue
            rows.append((rel, line, dict(zip(HEADER, fields))))

    # Group order: within a file rows follow the order of groups, and a group lives in one file,
    # so the list's order (group order, then row order) is well defined across files.
    group_files = defaultdict(set)
    previous = {}  # file -> group of its previous row
    for rel, line, r in rows:
        where = f"{rel}:{line}"
        group = r["group"]
        if group not in GROUPS:
            errors.append(f"{where}: group '{group}' is not one of: {', '.join(GROUPS)}")
            continue
        before = previous.get(rel)
        if before is not None and GROUPS.index(group) < GROUPS.index(before):
            errors.append(f"{where}: group '{group}' comes after '{before}'; rows follow the order of groups")
        previous[rel] = group
        group_files[group].add(rel)
    for group, files in group_files.items():
        if len(files) > 1:
            errors.append(f"group '{group}' appears in more than one file: {', '.join(sorted(files))}")

    seen_ndb = {}
    seen_name = {}
    synonym_rows = defaultdict(list)  # synonym -> [(where, name)]
    report = []  # (group, text)
    for rel, line, r in rows:
        where = f"{rel}:{line}"
        ndb, group, name, synonyms, seq, rich = (r[c] for c in HEADER)

        # ndb
        if not re.fullmatch(r"\d{5}", ndb):
            errors.append(f"{where}: ndb '{ndb}' is not 5 digits")
            continue
        food = foods.get(ndb)
        if food is None:
            errors.append(f"{where}: ndb {ndb} is not in usda-sr28/foods.csv")
            continue
        if ndb in seen_ndb:
            errors.append(f"{where}: ndb {ndb} is already listed at {seen_ndb[ndb]}")
        seen_ndb.setdefault(ndb, where)

        # name
        if not name or name != name.strip() or "  " in name:
            errors.append(f"{where}: name '{name}' is empty or has stray spaces")
        elif not name[0].isupper():
            errors.append(f"{where}: name '{name}' must start with a capital letter")
        key = name.strip().lower()
        if key in seen_name:
            errors.append(f"{where}: name '{name}' is already used at {seen_name[key]} (names are unique, case-insensitively)")
        seen_name.setdefault(key, where)
        if len(name) > LONG_NAME:
            warnings.append(f"{where}: name '{name}' is longer than {LONG_NAME} characters")
        if BRAND_WORD.search(name):
            warnings.append(f"{where}: name '{name}' has a word in capitals (a brand?)")

        # synonyms
        if synonyms:
            parts = synonyms.split(";")
            name_words = set(re.findall(r"[a-z0-9]+", name.lower()))
            for s in parts:
                if s != s.strip() or not s:
                    errors.append(f"{where}: synonym '{s}' is empty or has stray spaces")
                    continue
                if s != s.lower():
                    errors.append(f"{where}: synonym '{s}' must be lower case")
                if not SYNONYM_CHARS.match(s.lower()):
                    errors.append(f"{where}: synonym '{s}' has characters other than letters, digits and ' . & / -")
                if s == name.lower():
                    errors.append(f"{where}: synonym '{s}' repeats the name")
                words = set(re.findall(r"[a-z0-9]+", s))
                if words and words <= name_words:
                    warnings.append(f"{where}: synonym '{s}' only repeats words of the name '{name}'")
                if any(s == w + "s" or s + "s" == w for w in name_words):
                    warnings.append(f"{where}: synonym '{s}' is a plural or singular of a word of the name (search stems)")
                synonym_rows[s].append((where, name))
            dupes = [s for s, n in Counter(parts).items() if n > 1]
            if dupes:
                errors.append(f"{where}: synonyms repeated in one row: {', '.join(dupes)}")

        # plan portion
        portion = portions.get(ndb, {}).get(seq)
        if portion is None:
            errors.append(f"{where}: plan_seq '{seq}' is not a portion of {ndb} ({food['description']})"
                          f"; its portions: {', '.join(sorted(portions.get(ndb, {}), key=int)) or 'none'}")
            continue
        grams = float(portion["grams"])
        if grams > MAX_PLAN_GRAMS:
            errors.append(f"{where}: plan portion '{portion['amount']} {portion['measure']}' weighs {grams:g} g, more than {MAX_PLAN_GRAMS:g} g")
        if "nlea" in portion["measure"].lower() and not re.search(r"\d", portion["measure"].lower().replace("nlea", "")) \
                and any("nlea" not in p["measure"].lower() and float(p["grams"]) <= MAX_PLAN_GRAMS
                        for p in portions[ndb].values()):
            warnings.append(f"{where}: plan portion is an NLEA serving although the food has a household measure; say why in the README")
        if is_weight_only(portion) and group not in WEIGHT_PORTION_GROUPS \
                and any(not is_weight_only(p) and "nlea" not in p["measure"].lower() and float(p["grams"]) <= MAX_PLAN_GRAMS
                        for p in portions[ndb].values()):
            warnings.append(f"{where}: plan portion '{portion['amount']} {portion['measure']}' is a bare weight although the food has a household measure; say why in the README")
        k_mg = potassium_mg(food, portion)
        should_be_rich = (k_mg > RICH_ABOVE_MG and group in PLAN_GROUPS and not ALCOHOLIC.match(food["description"])
                          and not FRIED_OR_SUGARED.search(food["description"]))
        if rich not in ("yes", "no"):
            errors.append(f"{where}: potassium_rich '{rich}' must be yes or no")
        elif (rich == "yes") != should_be_rich:
            errors.append(f"{where}: potassium_rich is {rich} but must be {'yes' if should_be_rich else 'no'}"
                          f" ({k_mg:.0f} mg in the plan portion, group '{group}')")

        sodium = food["sodium_mg_per_100g"]
        na = f"{float(sodium) * grams / 100:5.0f}" if sodium else "    ?"
        report.append((group, f"  {ndb}  {name:<40.40} {portion['amount']:>5} {portion['measure'][:34]:<34} {grams:6.1f} g"
                              f"  K {k_mg:5.0f} mg  Na {na} mg  {'RICH' if rich == 'yes' else ''}"))

    # A synonym on two foods makes a search find both: fine for forms of one food ("courgette" on
    # zucchini raw and cooked), a warning otherwise.
    for s, places in synonym_rows.items():
        if len({headword_first_word(n) for _, n in places}) > 1:
            warnings.append(f"synonym '{s}' is on different foods: " + "; ".join(f"{n} ({w})" for w, n in places))
        other = seen_name.get(s)
        if other:
            warnings.append(f"synonym '{s}' is also the name of the food at {other}")

    counts = Counter(r["group"] for _, _, r in rows)
    rich_counts = Counter(r["group"] for _, _, r in rows if r["potassium_rich"] == "yes")
    if not quiet:
        for group in GROUPS:
            lines = [text for g, text in report if g == group]
            if lines:
                print(f"{group}:")
                print("\n".join(lines))
        print()
    print("count by group (potassium-rich):")
    for group in GROUPS:
        if counts[group]:
            print(f"  {group:<20} {counts[group]:4}  ({rich_counts[group]})")
    print(f"  {'all':<20} {sum(counts.values()):4}  ({sum(rich_counts.values())})")
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
