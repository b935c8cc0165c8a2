#!/usr/bin/env python3
"""tests/rpw-xlsx.py - writes a CSV file as a minimal .xlsx workbook, the
way a spreadsheet program stores it, for the tests of `remit rpw` on
workbooks.

    rpw-xlsx.py IN.csv OUT.xlsx [--sheet NAME] [--other-sheet NAME]
                [--text-numbers] [--doubles]

Cells that look like numbers are numeric cells (<v> holding the CSV text),
unless --text-numbers types them as text; other text goes to the shared
strings, except every fourth distinct string, written inline
(t="inlineStr"), so that both kinds are read.  Blank cells are left out of
their row, and a row whose cells are all blank is left out of the sheet
(rows 4 and 6 present, 5 absent), as spreadsheet programs do.
--doubles stores each number as a spreadsheet program does, the 17
significant digits of its binary double ("0.007524" is
"0.0075240000000000003"), which remit shows with 15 digits, as the
program does.  --other-sheet adds a first sheet of that name holding junk, so that the
sheet must be found by name.
"""
import csv
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NUM = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def stored(c, doubles):
    """A number's text as the workbook stores it."""
    return "%.17g" % float(c) if doubles else c


def sheet_xml(rows, text_numbers, sst, sst_index, doubles=False):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><sheetData>']
    inline = set()
    for r, row in enumerate(rows, 1):
        if all(c.strip() == "" for c in row):
            continue
        cells = []
        for i, c in enumerate(row):
            if c == "":
                continue
            ref = "%s%d" % (col_name(i), r)
            if NUM.match(c) and not text_numbers:
                cells.append('<c r="%s"><v>%s</v></c>'
                             % (ref, stored(c, doubles)))
                continue
            if c not in sst_index:
                if len(sst_index) % 4 == 3 or c in inline:
                    inline.add(c)
                    cells.append('<c r="%s" t="inlineStr"><is><t>%s</t>'
                                 '</is></c>' % (ref, escape(c)))
                    continue
                sst_index[c] = len(sst)
                sst.append(c)
            cells.append('<c r="%s" t="s"><v>%d</v></c>'
                         % (ref, sst_index[c]))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    out.append("</sheetData></worksheet>")
    return "".join(out)


def main(argv):
    src, dst = argv[1], argv[2]
    sheet, other, text_numbers = "Dataset (from Q2 2016)", None, False
    doubles = False
    i = 3
    while i < len(argv):
        if argv[i] == "--sheet":
            sheet = argv[i + 1]
            i += 1
        elif argv[i] == "--other-sheet":
            other = argv[i + 1]
            i += 1
        elif argv[i] == "--text-numbers":
            text_numbers = True
        elif argv[i] == "--doubles":
            doubles = True
        i += 1
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    sst, sst_index = [], {}
    sheets = []
    if other is not None:
        sheets.append((other, sheet_xml([["junk"], ["1"]], False, sst,
                                         sst_index)))
    sheets.append((sheet, sheet_xml(rows, text_numbers, sst, sst_index,
                                    doubles)))
    main_ns = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
               '2006/main" xmlns:r="http://schemas.openxmlformats.org/'
               'officeDocument/2006/relationships"')
    rel_ns = ('xmlns="http://schemas.openxmlformats.org/package/2006/'
              'relationships"')
    ws_type = ("http://schemas.openxmlformats.org/officeDocument/2006/"
               "relationships/worksheet")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook %s>'
                   '<sheets>%s</sheets></workbook>' % (main_ns, "".join(
                       '<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                       % (escape(n, {'"': "&quot;"}), k, k)
                       for k, (n, _) in enumerate(sheets, 1))))
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships %s>%s'
                   '</Relationships>' % (rel_ns, "".join(
                       '<Relationship Id="rId%d" Type="%s" '
                       'Target="worksheets/sheet%d.xml"/>' % (k, ws_type, k)
                       for k in range(1, len(sheets) + 1))))
        for k, (_, xml) in enumerate(sheets, 1):
            z.writestr("xl/worksheets/sheet%d.xml" % k, xml)
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0"?><sst xmlns="http://schemas.'
                   'openxmlformats.org/spreadsheetml/2006/main" count="%d">'
                   '%s</sst>' % (len(sst), "".join(
                       "<si><t>%s</t></si>" % escape(s) for s in sst)))


if __name__ == "__main__":
    main(sys.argv)
