#!/usr/bin/env python3
"""bench/rpw-pandas.py - the same indicators as
`remit rpw indicators FILE --by corridor --by period`, the straightforward
pandas way (binary floating point), for timing and comparison.

Usage: rpw-pandas.py FILE > indicators.csv
"""
import sys

import pandas as pd

FAST = ("hour", "minute", "same day", "next day", "1 day", "2 days", "3-5")


def is_fast(s):
    s = str(s).strip().lower()
    if "6 days" in s or "more" in s:
        return False
    return any(f in s for f in FAST)


def main():
    df = pd.read_csv(sys.argv[1], encoding="utf-8-sig", dtype=str,
                     keep_default_na=False)
    df.columns = [c.strip().lower().replace("_", " ") for c in df.columns]
    df["period"] = df["period"].str.strip().str.upper()
    df["corridor"] = df["corridor"].str.strip().str.upper()
    df["transp"] = df["transparent"].str.strip().str.lower() != "no"
    df["fast"] = df["speed actual"].map(is_fast)
    out = []
    for b in ("cc1", "cc2"):
        v = pd.to_numeric(df[b + " total cost %"].str.strip()
                          .replace("..", ""), errors="coerce")
        d = pd.DataFrame({"corridor": df["corridor"], "period":
                          df["period"], "v": v, "t": df["transp"],
                          "f": df["fast"]}).dropna(subset=["v"])
        keys = ["corridor", "period"]
        services = d.groupby(keys).size()
        t = d[d["t"]]
        g = t.groupby(keys)["v"]
        res = pd.DataFrame({"services": services,
                            "transparent_services": g.size(),
                            "average_pct": g.mean(), "min_pct": g.min(),
                            "max_pct": g.max(),
                            "over_5pct": t.assign(o=t["v"] > 5)
                            .groupby(keys)["o"].sum()})
        fast = t[t["f"]].sort_values("v")
        top = fast.groupby(keys).head(3).groupby(keys)["v"]
        smart = top.mean().where(top.size() >= 3)
        res["smart_pct"] = smart
        res["transparent_services"] = res["transparent_services"] \
            .fillna(0).astype(int)
        res["over_5pct"] = res["over_5pct"].fillna(0).astype(int)
        res["over_5pct_share"] = res["over_5pct"] / \
            res["transparent_services"] * 100
        res["meets_5pct"] = res["smart_pct"] <= 5
        res["benchmark"] = b
        out.append(res.reset_index())
    r = pd.concat(out).sort_values(["corridor", "period", "benchmark"])
    cols = ["corridor", "period", "benchmark", "services",
            "transparent_services", "average_pct", "smart_pct", "min_pct",
            "max_pct", "over_5pct", "over_5pct_share", "meets_5pct"]
    r[cols].round(2).to_csv(sys.stdout, index=False, float_format="%.2f")


if __name__ == "__main__":
    main()
