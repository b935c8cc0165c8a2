#!/bin/sh
# bench/rpw-sqlite.sh - the same indicators as `remit rpw indicators FILE
# --by corridor --by period`, the way an analyst would in sqlite3: import
# the CSV, GROUP BY, and a window function (row_number) for SmaRT, in
# binary floating point (REAL).  Columns by position, as bench/rpw-gen.py
# writes them.  Usage: rpw-sqlite.sh FILE > indicators.csv
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
cols=$(python3 -c 'print(",".join("c%d" % i for i in range(1, 44)))')
sqlite3 :memory: <<SQL
CREATE TABLE rpw($cols);
.import --csv --skip 1 '$1' rpw
CREATE TEMP VIEW d AS
SELECT * FROM (
  SELECT corridor, period, 'cc1' AS benchmark, v1 AS v, t, fast FROM (
    SELECT upper(trim(c42)) AS corridor, upper(trim(c2)) AS period,
      CASE WHEN trim(c26) IN ('', '..') THEN NULL
        ELSE CAST(trim(c26) AS REAL) END AS v1,
      CASE WHEN trim(c33) IN ('', '..') THEN NULL
        ELSE CAST(trim(c33) AS REAL) END AS v2,
      lower(trim(c35)) <> 'no' AS t,
      (lower(c19) NOT LIKE '%6 days%' AND lower(c19) NOT LIKE '%more%' AND
       (lower(c19) LIKE '%hour%' OR lower(c19) LIKE '%minute%' OR
        lower(c19) LIKE '%same day%' OR lower(c19) LIKE '%next day%' OR
        lower(c19) LIKE '%1 day%' OR lower(c19) LIKE '%2 days%' OR
        lower(c19) LIKE '%3-5%')) AS fast
    FROM rpw)
  UNION ALL
  SELECT upper(trim(c42)), upper(trim(c2)), 'cc2',
    CASE WHEN trim(c33) IN ('', '..') THEN NULL
      ELSE CAST(trim(c33) AS REAL) END,
    lower(trim(c35)) <> 'no',
    (lower(c19) NOT LIKE '%6 days%' AND lower(c19) NOT LIKE '%more%' AND
     (lower(c19) LIKE '%hour%' OR lower(c19) LIKE '%minute%' OR
      lower(c19) LIKE '%same day%' OR lower(c19) LIKE '%next day%' OR
      lower(c19) LIKE '%1 day%' OR lower(c19) LIKE '%2 days%' OR
      lower(c19) LIKE '%3-5%'))
  FROM rpw)
WHERE v IS NOT NULL;
.headers on
.mode csv
WITH agg AS (
  SELECT corridor, period, benchmark, count(*) AS services,
    sum(t) AS transparent_services,
    avg(CASE WHEN t THEN v END) AS average_pct,
    min(CASE WHEN t THEN v END) AS min_pct,
    max(CASE WHEN t THEN v END) AS max_pct,
    sum(t AND v > 5) AS over_5pct
  FROM d GROUP BY corridor, period, benchmark),
ranked AS (
  SELECT corridor, period, benchmark, v, row_number() OVER (
    PARTITION BY corridor, period, benchmark ORDER BY v) AS rn
  FROM d WHERE t AND fast),
smart AS (
  SELECT corridor, period, benchmark,
    CASE WHEN count(*) = 3 THEN avg(v) END AS smart_pct
  FROM ranked WHERE rn <= 3 GROUP BY corridor, period, benchmark)
SELECT a.corridor, a.period, a.benchmark, services, transparent_services,
  CASE WHEN average_pct IS NOT NULL THEN printf('%.2f', average_pct) END
    AS average_pct,
  CASE WHEN smart_pct IS NOT NULL THEN printf('%.2f', smart_pct) END
    AS smart_pct,
  CASE WHEN min_pct IS NOT NULL THEN printf('%.2f', min_pct) END AS min_pct,
  CASE WHEN max_pct IS NOT NULL THEN printf('%.2f', max_pct) END AS max_pct,
  over_5pct,
  CASE WHEN transparent_services > 0 THEN
    printf('%.2f', 100.0 * over_5pct / transparent_services) END
    AS over_5pct_share,
  CASE WHEN smart_pct IS NOT NULL THEN smart_pct <= 5 END AS meets_5pct
FROM agg a LEFT JOIN smart s USING (corridor, period, benchmark)
ORDER BY a.corridor, a.period, a.benchmark;
SQL
