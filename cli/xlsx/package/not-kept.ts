// What a workbook holds that provmap's output cannot carry (ExcelJS drops it): charts, shapes, pivot tables,
// macros... found in the package before it is read, so the loss is reported and never silent.

import { a1, parseA1Range } from '../../../core/grid.js';
import { drawnObjects } from './drawing-objects.js';
import type { DrawnKind } from './drawing-objects.js';
import { sheetParts, WORKBOOK_PART } from './sheet-parts.js';
import type { SheetPart } from './sheet-parts.js';
import { elementText, startTags } from './xml-tags.js';
import type { ZipPackage } from './zip-package.js';

export type NotKeptKind =
  | DrawnKind
  | 'pivot table'
  | 'comment thread'
  | 'form control'
  | 'embedded object'
  | 'slicer'
  | 'timeline'
  | 'sparkline group'
  | 'validation rule'
  | 'chart sheet'
  | 'sheet'
  | 'macros'
  | 'link to another workbook'
  | 'data connection';

/** Content of one kind, on one sheet (or the workbook as a whole), that the output will not have. */
export interface NotKept {
  kind: NotKeptKind;
  /** The sheet it is on; null for something of the whole workbook, such as macros. */
  sheet: string | null;
  /** Where the first one is (A1), when the file says. */
  cell: string | null;
  count: number;
}

/** Each kind's name in a sentence: one, several. */
export const NOT_KEPT_NOUNS: Readonly<Record<NotKeptKind, readonly [string, string]>> = {
  picture: ['picture', 'pictures'],
  chart: ['chart', 'charts'],
  diagram: ['diagram or embedded object', 'diagrams or embedded objects'],
  shape: ['shape or text box', 'shapes or text boxes'],
  'pivot table': ['pivot table', 'pivot tables'],
  'comment thread': ['comment thread', 'comment threads'],
  'form control': ['form control (button, tick box or list)', 'form controls (buttons, tick boxes or lists)'],
  'embedded object': ['embedded object', 'embedded objects'],
  slicer: ['slicer', 'slicers'],
  timeline: ['timeline', 'timelines'],
  'sparkline group': ['group of sparklines', 'groups of sparklines'],
  'validation rule': ['dropdown or validation rule', 'dropdowns or validation rules'],
  'chart sheet': ['chart sheet', 'chart sheets'],
  sheet: ['sheet', 'sheets'],
  macros: ['macros', 'macros'],
  'link to another workbook': ['link to another workbook', 'links to other workbooks'],
  'data connection': ['data connection', 'data connections'],
};

/** Relationships from a worksheet to content ExcelJS does not read, by relationship type. */
const SHEET_RELATIONSHIPS: Readonly<Record<string, NotKeptKind>> = {
  pivotTable: 'pivot table',
  threadedComment: 'comment thread',
  slicer: 'slicer',
  timeline: 'timeline',
  ctrlProp: 'form control',
  control: 'form control',
  oleObject: 'embedded object',
  package: 'embedded object',
};

/** Relationships from the workbook to content ExcelJS does not read. */
const WORKBOOK_RELATIONSHIPS: Readonly<Record<string, NotKeptKind>> = {
  vbaProject: 'macros',
  externalLink: 'link to another workbook',
  connections: 'data connection',
};

/** Excel 2010 extensions (in a worksheet's extLst) that ExcelJS drops, by element. */
const SHEET_EXTENSIONS: readonly { element: string; kind: NotKeptKind }[] = [
  { element: 'dataValidation', kind: 'validation rule' },
  { element: 'sparklineGroup', kind: 'sparkline group' },
];

function firstCell(ref: string | null | undefined): string | null {
  if (!ref) return null;
  try {
    const r = parseA1Range(ref.trim().split(/\s+/)[0]!.replace(/\$/g, ''));
    return a1(r.top, r.left);
  } catch {
    return null;
  }
}

class Tally {
  private readonly items = new Map<string, NotKept>();

  add(kind: NotKeptKind, sheet: string | null, cell: string | null, count = 1): void {
    if (count <= 0) return;
    const key = `${kind}\u0000${sheet ?? ''}`;
    const item = this.items.get(key);
    if (item) {
      item.count += count;
      item.cell ??= cell;
    } else this.items.set(key, { kind, sheet, cell, count });
  }

  list(): NotKept[] {
    return [...this.items.values()];
  }
}

async function countThreads(pkg: ZipPackage, part: string | null): Promise<number> {
  const xml = part === null ? null : await pkg.text(part);
  // A thread is a comment that replies to nothing.
  return xml === null ? 1 : startTags(xml, 'threadedComment').filter((t) => !t.attrs.has('parentId')).length;
}

async function worksheetNotKept(
  pkg: ZipPackage,
  sheet: SheetPart,
  part: string,
  tally: Tally,
): Promise<void> {
  for (const rel of await pkg.relationships(part)) {
    const kind = SHEET_RELATIONSHIPS[rel.type];
    if (kind === 'pivot table') {
      const xml = rel.part === null ? null : await pkg.text(rel.part);
      const ref = xml === null ? null : startTags(xml, 'location')[0]?.attrs.get('ref');
      tally.add(kind, sheet.name, firstCell(ref));
    } else if (kind === 'comment thread')
      tally.add(kind, sheet.name, null, await countThreads(pkg, rel.part));
    else if (kind) tally.add(kind, sheet.name, null);
    else if (rel.type === 'drawing' && rel.part !== null) {
      const xml = await pkg.text(rel.part);
      if (xml === null) continue;
      for (const o of drawnObjects(xml, await pkg.relationships(rel.part)))
        if (!o.kept) tally.add(o.kind, sheet.name, o.cell);
    }
  }
  const xml = await pkg.text(part);
  if (xml === null) return;
  // The worksheet's own extLst is its last child; conditional formats may hold extLsts of their own, earlier.
  // ExcelJS reads only worksheets in the default namespace, so the tags have no prefix.
  const tail = xml.slice(Math.max(0, xml.lastIndexOf('<extLst')));
  if (!/^<extLst[\s>][\s\S]*<\/extLst>\s*<\/worksheet>\s*$/.test(tail)) return;
  for (const ext of SHEET_EXTENSIONS) {
    const tags = startTags(tail, ext.element);
    const first = tags[0];
    tally.add(
      ext.kind,
      sheet.name,
      first ? firstCell(elementText(tail, 'sqref', first.index)) : null,
      tags.length,
    );
  }
}

/** Everything in the package the output cannot carry, grouped by kind and sheet, in tab order. */
export async function findNotKept(pkg: ZipPackage): Promise<NotKept[]> {
  const tally = new Tally();
  for (const sheet of await sheetParts(pkg)) {
    if (sheet.type === 'chartsheet') tally.add('chart sheet', sheet.name, null);
    else if (sheet.type !== 'worksheet' || sheet.part === null || !pkg.has(sheet.part))
      tally.add('sheet', sheet.name, null);
    else await worksheetNotKept(pkg, sheet, sheet.part, tally);
  }
  for (const rel of await pkg.relationships(WORKBOOK_PART)) {
    const kind = WORKBOOK_RELATIONSHIPS[rel.type];
    if (kind) tally.add(kind, null, null);
  }
  return tally.list();
}
