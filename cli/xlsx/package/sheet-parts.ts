// The sheets a workbook package lists, in tab order, with the part each one is stored in.

import { startTags } from './xml-tags.js';
import type { ZipPackage } from './zip-package.js';

/** The part every workbook package ExcelJS reads keeps its sheet list in. */
export const WORKBOOK_PART = 'xl/workbook.xml';

/** One sheet as workbook.xml lists it. */
export interface SheetPart {
  /** The tab name. */
  name: string;
  /** The relationship type: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet"... */
  type: string;
  /** The part the sheet is stored in; null when its relationship is missing. */
  part: string | null;
}

/** Every sheet of the workbook, in tab order. */
export async function sheetParts(pkg: ZipPackage): Promise<SheetPart[]> {
  const xml = (await pkg.text(WORKBOOK_PART)) ?? '';
  const rels = new Map((await pkg.relationships(WORKBOOK_PART)).map((r) => [r.id, r]));
  return startTags(xml, 'sheet').map(({ attrs }) => {
    const rel = rels.get(attrs.get('id') ?? '');
    return { name: attrs.get('name') ?? '', type: rel?.type ?? '', part: rel?.part ?? null };
  });
}
