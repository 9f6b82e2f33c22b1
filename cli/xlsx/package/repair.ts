// Rewrites a sound workbook package into the shape ExcelJS's loader expects, without changing what it
// means: relationship targets as relative paths, parts under the names ExcelJS looks for, comment text in
// runs, tables with style information. A drawing ExcelJS cannot parse is emptied (its content is reported
// by not-kept.ts).

import { drawingReadable, EXCELJS_PART_NAMES } from './exceljs-reads.js';
import { sheetParts, WORKBOOK_PART } from './sheet-parts.js';
import { relativeTarget } from './zip-package.js';
import type { Relationship, ZipPackage } from './zip-package.js';

/** Parts ExcelJS reads from one fixed name only. */
const FIXED_NAMES: Readonly<Record<string, string>> = {
  sharedStrings: 'xl/sharedStrings.xml',
  styles: 'xl/styles.xml',
};

const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>';

/** ExcelJS reads comment text only from runs (<r><t>); plain <t> text, as many writers store it, is lost. */
export function commentTextInRuns(xml: string): string {
  return xml.replace(/(<text>)\s*(<t(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/t>))/g, '$1<r>$2</r>');
}

/** ExcelJS cannot write back a table without style information; "no style" is what a missing one means. */
export function tableWithStyleInfo(xml: string): string {
  if (/<(?:[\w.-]+:)?tableStyleInfo[\s/>]/.test(xml)) return xml;
  const style =
    '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>';
  // It comes last among the table's children, before any extLst.
  const at = xml.search(/<extLst[\s>]|<\/table>\s*$/);
  return at < 0 ? xml : `${xml.slice(0, at)}${style}${xml.slice(at)}`;
}

class Renamer {
  private readonly used: Set<string>;

  constructor(private readonly pkg: ZipPackage) {
    this.used = new Set(pkg.parts());
  }

  /** Moves `part` to a name ExcelJS finds for relationships of `type`; returns the name it ends up with. */
  async place(type: string, part: string): Promise<string> {
    const fixed = FIXED_NAMES[type];
    const naming = EXCELJS_PART_NAMES[type];
    let to: string | null = null;
    if (fixed !== undefined && part !== fixed && !this.used.has(fixed)) to = fixed;
    if (naming && !naming.pattern.test(part))
      for (let n = 1; to === null; n++) if (!this.used.has(naming.name(n))) to = naming.name(n);
    if (to === null || !this.pkg.has(part)) return part;
    await this.pkg.rename(part, to);
    this.used.add(to);
    return to;
  }
}

/** The relationships of `source`, each target pointing where `place` put its part, written relative. */
async function settle(
  pkg: ZipPackage,
  source: string,
  place: (rel: Relationship) => Promise<string>,
): Promise<Relationship[]> {
  const rels = await pkg.relationships(source);
  let changed = false;
  const out: Relationship[] = [];
  for (const rel of rels) {
    if (rel.part === null) {
      out.push(rel);
      continue;
    }
    const part = await place(rel);
    const target = relativeTarget(source, part);
    changed ||= target !== rel.target;
    out.push({ ...rel, part, target });
  }
  if (changed) pkg.setRelationships(source, out);
  return out;
}

async function repairSheetPart(pkg: ZipPackage, rel: Relationship): Promise<void> {
  if (rel.part === null) return;
  const xml = await pkg.text(rel.part);
  if (xml === null) return;
  const fixed =
    rel.type === 'comments' ? commentTextInRuns(xml) : rel.type === 'table' ? tableWithStyleInfo(xml) : xml;
  if (fixed !== xml) pkg.setText(rel.part, fixed);
  else if (rel.type === 'drawing' && !drawingReadable(xml)) pkg.setText(rel.part, EMPTY_DRAWING);
}

/** Repairs `pkg` in place so that ExcelJS can read it; `pkg.changed` says whether anything was rewritten. */
export async function repairForExcelJs(pkg: ZipPackage): Promise<void> {
  const renamer = new Renamer(pkg);
  await settle(pkg, WORKBOOK_PART, (rel) => renamer.place(rel.type, rel.part!));
  for (const sheet of await sheetParts(pkg)) {
    if (sheet.type !== 'worksheet' || sheet.part === null || !pkg.has(sheet.part)) continue;
    const rels = await settle(pkg, sheet.part, (rel) => renamer.place(rel.type, rel.part!));
    for (const rel of rels) await repairSheetPart(pkg, rel);
  }
}
