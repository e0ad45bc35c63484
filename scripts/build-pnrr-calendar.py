#!/usr/bin/env python3
"""Rewrites the "calls" of Sources/NuvolaRules/Resources/rules/pnrr-calendar.json from the PA digitale
2026 open data file avvisi.csv (columns read by name), keeping every other member of the file.

    scripts/build-pnrr-calendar.py ../shared/data/padigitale2026/avvisi.csv 2026-08-22

The second argument is the date of the avvisi.csv file (the day it was downloaded or published)."""
import csv, json, sys, pathlib, collections

RULES = pathlib.Path(__file__).resolve().parent.parent / "Sources/NuvolaRules/Resources/rules/pnrr-calendar.json"

def measure_code(misura, titolo):
    t = titolo.lower()
    if misura.startswith("1.2 "): return "1.2"
    if misura.startswith("1.3.1 "): return "1.3.1"
    if misura.startswith("1.4.1 "): return "1.4.1"
    if misura.startswith("1.4.3 "): return "1.4.3-appio" if "app io" in t else "1.4.3-pagopa"
    if misura.startswith("1.4.4 "): return "1.4.4-anpr-ansc" if "anpr" in t else "1.4.4-spid-cie"
    if misura.startswith("1.4.5 "): return "1.4.5"
    raise SystemExit(f"unknown measure {misura!r} of call {titolo!r}")

def main():
    source, file_date = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(source, encoding="utf-8")))
    calls, seen = [], collections.Counter()
    for row in rows:
        if "Comuni" not in [s.strip() for s in row["soggetti_destinatari"].split(";")]:
            continue
        code = measure_code(row["misura"], row["titolo"])
        base = f"{code}/{row['data_inizio_bando'][:7]}"
        seen[base] += 1
        ident = base if seen[base] == 1 else f"{base}-{seen[base]}"
        budget = row["totale_importo_stanziato"].strip()
        calls.append({
            "id": ident, "measure": code, "title": row["titolo"].strip(),
            "opens": row["data_inizio_bando"][:10], "closes": row["data_fine_bando"][:10],
            "budget": round(float(budget), 2) if budget else None,
            "published_status": row["stato"].strip(),
            "source": {"key": "OD", "document": f"PA digitale 2026 - open data, avvisi.csv del {file_date} (CC BY 4.0)",
                       "section": "data/avvisi.csv", "repository": "teamdigitale/padigitale2026-opendata"},
        })
    calls.sort(key=lambda c: (c["measure"], c["opens"], c["id"]))
    document = json.loads(RULES.read_text(encoding="utf-8"))
    document["calls"] = calls
    document["calls_file_date"] = file_date
    RULES.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(calls)} calls for comuni written to {RULES}")

main()
