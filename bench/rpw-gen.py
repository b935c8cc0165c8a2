#!/usr/bin/env python3
"""bench/rpw-gen.py - a deterministic synthetic RPW file in the real shape.

Writes 204,469 rows (the size of the World Bank's "Dataset (from Q2 2016)"
sheet) with its 42 named columns and the quirks of real exports: a UTF-8
BOM, CRLF line ends, an unnamed trailing column, blank cells and "..",
labels in mixed case ("MTO"/"mto"), firm names with commas (quoted), notes
with line breaks, numbers written with exponents (1.5E-2), and
transparent = no rows.  Seeded: every run writes the same bytes.

One group is crafted so that binary floating point rounds its average the
wrong way: GBRGHA in 2025_3Q has four transparent services whose cc1 total
is 2.675 each; the exact average 2.675 rounds half-up to 2.68, while
float64 holds 2.67499999999999982236431605997495353221893310546875 and
rounds to 2.67.

Usage: rpw-gen.py [ROWS] > rpw-synthetic.csv
"""
import random
import sys

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 204469
rng = random.Random(20161)

HEADER = ["id", "period", "source_code", "source_name", "source_region",
          "source_income", "source_lending", "source_G8G20",
          "destination_code", "destination_name", "destination_region",
          "destination_income", "destination_lending", "destination_G8G20",
          "firm", "firm_type", "payment instrument", "access point",
          "speed actual", "cc1 lcu amount", "cc1 denomination amount",
          "cc1 lcu code", "cc1 lcu fee", "cc1 lcu fx rate", "cc1 fx margin",
          "cc1 total cost %", "cc2 lcu amount", "cc2 denomination amount",
          "cc2 lcu code", "cc2 lcu fee", "cc2 lcu fx rate", "cc2 fx margin",
          "cc2 total cost %", "inter lcu bank fx", "transparent",
          "Standard Note", "note2", "receiving network coverage",
          "pickup location", "pickup method", "date", "corridor", ""]

# source: code, name, region, currency, local units per USD 200 benchmark
SOURCES = [
    ("USA", "United States", "North America", "USD", 200, 1.0),
    ("GBR", "United Kingdom", "Europe & Central Asia", "GBP", 160, 0.8),
    ("DEU", "Germany", "Europe & Central Asia", "EUR", 180, 0.9),
    ("FRA", "France", "Europe & Central Asia", "EUR", 180, 0.9),
    ("ITA", "Italy", "Europe & Central Asia", "EUR", 180, 0.9),
    ("ESP", "Spain", "Europe & Central Asia", "EUR", 180, 0.9),
    ("SAU", "Saudi Arabia", "Middle East & North Africa", "SAR", 750, 3.75),
    ("ARE", "United Arab Emirates", "Middle East & North Africa", "AED",
     735, 3.6725),
    ("JPN", "Japan", "East Asia & Pacific", "JPY", 30000, 150.0),
    ("AUS", "Australia", "East Asia & Pacific", "AUD", 300, 1.5),
    ("CAN", "Canada", "North America", "CAD", 270, 1.35),
    ("RUS", "Russian Federation", "Europe & Central Asia", "RUB", 18000,
     90.0),
    ("ZAF", "South Africa", "Sub-Saharan Africa", "ZAR", 3700, 18.5),
    ("KOR", "Korea, Rep.", "East Asia & Pacific", "KRW", 270000, 1350.0),
    ("AGO", "Angola", "Sub-Saharan Africa", "AOA", 33000, 165.0),
]
DESTS = [
    ("NGA", "Nigeria", "Sub-Saharan Africa", 1950.0),
    ("GHA", "Ghana", "Sub-Saharan Africa", 15.0),
    ("KEN", "Kenya", "Sub-Saharan Africa", 160.0),
    ("SEN", "Senegal", "Sub-Saharan Africa", 650.0),
    ("IND", "India", "South Asia", 83.0),
    ("PAK", "Pakistan", "South Asia", 280.0),
    ("BGD", "Bangladesh", "South Asia", 110.0),
    ("NPL", "Nepal", "South Asia", 133.0),
    ("PHL", "Philippines", "East Asia & Pacific", 56.0),
    ("VNM", "Viet Nam", "East Asia & Pacific", 24000.0),
    ("CHN", "China", "East Asia & Pacific", 7.2),
    ("MEX", "Mexico", "Latin America & Caribbean", 18.5),
    ("GTM", "Guatemala", "Latin America & Caribbean", 7.8),
    ("COL", "Colombia", "Latin America & Caribbean", 4000.0),
    ("HTI", "Haiti", "Latin America & Caribbean", 132.0),
    ("MAR", "Morocco", "Middle East & North Africa", 10.0),
    ("EGY", "Egypt, Arab Rep.", "Middle East & North Africa", 48.0),
    ("UKR", "Ukraine", "Europe & Central Asia", 41.0),
    ("TUR", "Turkiye", "Europe & Central Asia", 32.0),
    ("ZWE", "Zimbabwe", "Sub-Saharan Africa", 13.0),
    ("NAM", "Namibia", "Sub-Saharan Africa", 18.5),
    ("MOZ", "Mozambique", "Sub-Saharan Africa", 64.0),
    ("TON", "Tonga", "East Asia & Pacific", 2.35),
    ("LKA", "Sri Lanka", "South Asia", 300.0),
    ("IDN", "Indonesia", "East Asia & Pacific", 15500.0),
]
FIRMS = ["Western Union", "MoneyGram", "Ria", "Wise", "WorldRemit",
         "Remitly", "Small World", "Azimo", "Xoom", "Bank of the West",
         "National Bank", "Post Office", "Orange Money", "M-Pesa",
         "Sigue", "Intermex", "Dahabshiil", "Transfast", "UAE Exchange",
         "Al Ansari", "Citibank", "HSBC", "Santander", "Barclays",
         "Lulu Exchange", "Express Money", "Ace Money Transfer",
         "Cash, Carry & Co", "Global Exchange, Inc.", "Unistream"]
TYPES = ["MTO", "MTO", "MTO", "Bank", "Bank", "Post office",
         "Mobile operator", "mto", "BANK"]
SPEEDS = ["Less than one hour", "Same day", "Next day", "2 days",
          "3-5 days", "6 days or more", "", "Same day", "Less than one hour"]
PERIODS = ["%d_%dQ" % (y, q) for y in range(2016, 2026) for q in (1, 2, 3, 4)
           if (y, q) >= (2016, 2) and (y, q) <= (2025, 3)]


def q(s):
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def num(x, places):
    """A decimal as a spreadsheet might write it: mostly plain, sometimes
    with an exponent, sometimes blank or ".."."""
    r = rng.random()
    if r < 0.004:
        return ".."
    if r < 0.006:
        return ""
    s = "%.*f" % (places, x)
    if r < 0.02 and x != 0:
        m, e = "%.*E" % (places + 2, x), None
        return m
    return s


def corridors():
    out = []
    for s in SOURCES:
        for d in DESTS:
            if rng.random() < 0.85:
                out.append((s, d))
    return out


def main():
    w = sys.stdout
    w.write("\ufeff" + ",".join(q(h) for h in HEADER) + "\r\n")
    cors = corridors()
    per_cell = ROWS / (len(PERIODS) * len(cors))
    n = 0
    crafted = False
    rid = 0
    while n < ROWS:
        for period in PERIODS:
            for (s, d) in cors:
                k = int(per_cell) + (1 if rng.random() < per_cell % 1 else 0)
                if (not crafted and period == "2025_3Q" and s[0] == "GBR"
                        and d[0] == "GHA"):
                    crafted = True
                    for i in range(4):
                        rid += 1
                        write_row(w, rid, period, s, d, crafted_total=True)
                        n += 1
                    continue
                for i in range(k):
                    if n >= ROWS:
                        return
                    rid += 1
                    write_row(w, rid, period, s, d)
                    n += 1
                if n >= ROWS:
                    return


def write_row(w, rid, period, s, d, crafted_total=False):
    code, name, region, ccy, a1, per_usd = s
    dcode, dname, dregion, d_per_usd = d
    inter = d_per_usd / per_usd
    a2 = a1 * 5 // 2
    transparent = "no" if rng.random() < 0.05 else rng.choice(
        ["yes", "yes", "yes", "Yes"])
    cells = [str(rid), period, code, name, region, "High income", "..",
             "G20", dcode, dname, dregion, "Lower middle income", "IDA", ""]
    firm = rng.choice(FIRMS)
    cells += [firm, rng.choice(TYPES), rng.choice(["Cash", "Account",
              "Online"]), rng.choice(["Agent", "Branch", "Website"]),
              "Same day" if crafted_total else rng.choice(SPEEDS)]
    for b, amt in ((1, a1), (2, a2)):
        fee = round(amt * rng.choice([0, 0.005, 0.01, 0.015, 0.02, 0.03,
                                      0.05, 0.08]) + rng.randint(0, 3), 2)
        margin = 0.0 if transparent == "no" else round(rng.uniform(0, 6), 2)
        total = fee / amt * 100 + margin
        if crafted_total and b == 1:
            transparent, fee, margin, total = "yes", 0.0, 2.675, 2.675
        rate = inter * (1 - margin / 100)
        tot = "%.4f" % total if rng.random() < 0.5 else "%.2f" % total
        if crafted_total and b == 1:
            tot = "2.675"
        cells += [str(amt), str(200 * b if b == 1 else 500), ccy,
                  num(fee, 2), num(rate, 4) if transparent != "no" else "..",
                  num(margin, 2), tot if rng.random() > 0.003 else ".."]
    cells += [num(inter, 4), transparent]
    note = ""
    r = rng.random()
    if r < 0.01:
        note = "Fee includes VAT,\nsee the provider's site"
    elif r < 0.03:
        note = "Promotional rate, first transfer only"
    cells += [note, "", "National", "Agent", "Cash", "09/2025",
              code + dcode, ""]
    w.write(",".join(q(c) for c in cells) + "\r\n")


if __name__ == "__main__":
    main()
