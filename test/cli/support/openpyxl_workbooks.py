"""Writes teacher workbooks the way openpyxl lays them out (absolute relationship targets, comments under
xl/comments/, drawings without the "xdr:" prefix, tables without style information).

Usage: /usr/bin/python3 openpyxl_workbooks.py OUT_DIR

Writes chart.xlsx (a provision map, and a bar chart at D2 of sheet "Scores"), comment.xlsx (a comment on
A2 of the provision map) and table.xlsx (a pupil list as an Excel table, with a hyperlink).
"""

import os
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table

HEADER = ["Intervention", "Group size", "Frequency/duration", "Staff", "Pupils", "Entry data", "Target", "Exit data"]
ROWS = [
    ["Numeracy", "1:6", "4 x 20 mins x 6 weeks", "HLTA", "Dan\nFred", "3c\n3c", "Plus one sub-level", "3b\n3b"],
    ["Reading boost", "1:2", "3 x 15 mins x 8 weeks", "TA", "Amy", "2b", "Plus one sub-level", "2a"],
]


def provision_map():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Class 3"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    return wb, ws


def chart(path):
    wb, _ = provision_map()
    scores = wb.create_sheet("Scores")
    for row in [["Pupil", "Score"], ["Dan", 3], ["Fred", 5], ["Amy", 4]]:
        scores.append(row)
    bars = BarChart()
    bars.add_data(Reference(scores, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    scores.add_chart(bars, "D2")
    wb.save(path)


def comment(path):
    wb, ws = provision_map()
    ws["A2"].comment = Comment("Check the group size with Mrs Khan", "Mrs T")
    wb.save(path)


def table(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Class list"
    for row in [["UPN", "Surname", "Forename", "Year"], ["A123", "Smith", "Amy", 3], ["B456", "Jones", "Joe", 3]]:
        ws.append(row)
    ws.add_table(Table(displayName="ClassList", ref="A1:D3"))
    ws["F1"] = "Policy"
    ws["F1"].hyperlink = "https://example.invalid/send-policy"
    wb.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    chart(os.path.join(out, "chart.xlsx"))
    comment(os.path.join(out, "comment.xlsx"))
    table(os.path.join(out, "table.xlsx"))
