"""Prints what an .xlsx file holds, as JSON, read independently of ExcelJS (openpyxl).

Usage: /usr/bin/python3 inspect_xlsx.py FILE.xlsx

Per sheet: stored cells (formulas as {"formula": ...}), cached values (what the last engine computed),
data validations, conditional formats with fills, number formats, notes, merges, frozen panes, column
widths, protection flags and page setup. Per workbook: defined names.
"""

import datetime
import json
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter


# openpyxl 3.0 leaves OOXML escapes of control characters (_x000D_ for CR) in shared strings; Excel and
# LibreOffice decode them. Only control characters are decoded here, which is all a writer must escape.
CONTROL_ESCAPE = re.compile(r"_x(00[01][0-9A-Fa-f])_")


def plain(value):
    """A cell value as JSON: text, number, boolean, null, {"formula"}, or {"date"} for dates."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return {"date": value.date().isoformat()}
        return {"date": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"time": value.isoformat()}
    if isinstance(value, str):
        return CONTROL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return str(value)


def colour(c):
    """#RRGGBB from an openpyxl Color, or None."""
    if c is None or getattr(c, "type", None) != "rgb" or not isinstance(c.rgb, str):
        return None
    rgb = c.rgb.upper()
    return "#" + rgb[-6:] if len(rgb) >= 6 else None


def dxf_fill(dxf):
    if dxf is None or dxf.fill is None:
        return None
    fill = dxf.fill
    # Excel reads a differential solid fill from bgColor; some writers set only fgColor.
    return colour(getattr(fill, "bgColor", None)) or colour(getattr(fill, "fgColor", None))


def rows_of(ws, read):
    out = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        out.append([read(cell) for cell in row])
    # trim trailing blanks
    for r in out:
        while r and r[-1] is None:
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


def stored(cell):
    v = cell.value
    if isinstance(v, str) and cell.data_type == "f":
        return {"formula": v[1:] if v.startswith("=") else v}
    return plain(v)


def sheet_info(ws, ws_values):
    validations = []
    for dv in ws.data_validations.dataValidation:
        validations.append({
            "sqref": str(dv.sqref),
            "type": dv.type,
            "operator": dv.operator,
            "formula1": dv.formula1,
            "formula2": dv.formula2,
            "allowBlank": bool(dv.allow_blank),
            "showErrorMessage": bool(dv.showErrorMessage),
            "errorStyle": dv.errorStyle,
            "errorTitle": dv.errorTitle,
            "error": dv.error,
            "promptTitle": dv.promptTitle,
            "prompt": dv.prompt,
        })
    formats = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            dxf = rule.dxf
            font = dxf.font if dxf is not None else None
            formats.append({
                "sqref": str(cf.sqref),
                "type": rule.type,
                "operator": rule.operator,
                "formula": list(rule.formula or []),
                "text": rule.text,
                "priority": rule.priority,
                "stopIfTrue": bool(rule.stopIfTrue),
                "fill": dxf_fill(dxf),
                "fontColor": colour(font.color) if font is not None and font.color is not None else None,
                "bold": bool(font.b) if font is not None else False,
            })
    number_formats, notes, unlocked, styles = {}, {}, [], {}
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        for cell in row:
            if cell.number_format and cell.number_format != "General":
                number_formats[cell.coordinate] = cell.number_format
            if cell.comment is not None:
                notes[cell.coordinate] = cell.comment.text
            if cell.protection is not None and cell.protection.locked is False:
                unlocked.append(cell.coordinate)
            st = {}
            if cell.font is not None and cell.font.b:
                st["bold"] = True
            if cell.alignment is not None and cell.alignment.wrap_text:
                st["wrap"] = True
            fill = cell.fill
            if fill is not None and fill.fill_type == "solid":
                st["fill"] = colour(fill.fgColor)
            if st:
                styles[cell.coordinate] = st
    widths = {}
    for key, dim in ws.column_dimensions.items():
        if dim.width:
            widths[key] = dim.width
    ps = ws.page_setup
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "maxRow": ws.max_row,
        "maxColumn": ws.max_column,
        "cells": rows_of(ws, stored),
        "values": rows_of(ws_values, lambda c: plain(c.value)),
        "frozen": ws.freeze_panes,
        "validations": validations,
        "conditionalFormats": formats,
        "numberFormats": number_formats,
        "notes": notes,
        "styles": styles,
        "merges": [str(r) for r in ws.merged_cells.ranges],
        "columnWidths": widths,
        "sheetProtected": bool(ws.protection.sheet),
        "unlocked": unlocked,
        "pageSetup": {
            "orientation": ps.orientation,
            "fitToWidth": ps.fitToWidth,
            "fitToHeight": ps.fitToHeight,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "printArea": ws.print_area,
            "printTitleRows": ws.print_title_rows,
        },
    }


def defined_names(wb):
    out = []
    for dn in wb.defined_names.definedName:
        dests = []
        try:
            dests = [[s, r] for s, r in dn.destinations]
        except Exception:  # names that are formulas, not ranges
            dests = []
        out.append({"name": dn.name, "value": dn.attr_text, "localSheetId": dn.localSheetId, "destinations": dests})
    return out


def main(path):
    wb = openpyxl.load_workbook(path)
    wb_values = openpyxl.load_workbook(path, data_only=True)
    sheets = [sheet_info(ws, wb_values[ws.title]) for ws in wb.worksheets]
    print(json.dumps({"sheets": sheets, "definedNames": defined_names(wb), "active": wb.active.title if wb.active else None}))


if __name__ == "__main__":
    main(sys.argv[1])
