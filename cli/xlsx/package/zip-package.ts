// An xlsx file as what it is, a zip of XML parts joined by relationships: read parts, follow and rewrite
// relationships, rename parts, and write the package back. No Node API (the task pane uses it too).

import JSZip from 'jszip';
import { encodeXmlAttr, startTags } from './xml-tags.js';

/** One relationship from a part, as its .rels file states it. */
export interface Relationship {
  id: string;
  /** The full type URI. */
  typeUri: string;
  /** The last segment of the type: "worksheet", "drawing", "comments", "pivotTable"... */
  type: string;
  /** As written in the file. */
  target: string;
  external: boolean;
  /** The part the target names, without a leading slash; null for an external target. */
  part: string | null;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The .rels part that holds the relationships from `part` ("" is the package itself). */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${file}.rels`;
}

function decodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The part a relative or absolute target from `source` names. */
export function resolveTarget(source: string, target: string): string {
  const path = decodeUri(target.split('#')[0]!);
  const segments = path.startsWith('/') ? [] : folderOf(source).split('/').filter(Boolean);
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}

/** The relative target from `source` to `part`, as Excel writes it ("../comments1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${encodeXmlAttr(r.id)}" Type="${encodeXmlAttr(r.typeUri)}" Target="${encodeXmlAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** A workbook package open for reading and small repairs. */
export class ZipPackage {
  private readonly names = new Map<string, string>();
  private edited = false;

  private constructor(private readonly zip: JSZip) {
    // Some writers store names with a leading slash; parts are named without one here.
    for (const name of Object.keys(zip.files))
      if (!zip.files[name]!.dir) this.names.set(name.replace(/^\//, ''), name);
  }

  /** The package in `bytes`, or null when they are not a zip file. */
  static async open(bytes: Uint8Array): Promise<ZipPackage | null> {
    try {
      return new ZipPackage(await JSZip.loadAsync(bytes));
    } catch {
      return null;
    }
  }

  /** Every part name. */
  parts(): string[] {
    return [...this.names.keys()];
  }

  has(part: string): boolean {
    return this.names.has(part);
  }

  /** Whether a repair changed anything. */
  get changed(): boolean {
    return this.edited;
  }

  /** A part's text, or null when there is no such part. */
  async text(part: string): Promise<string | null> {
    const name = this.names.get(part);
    return name === undefined ? null : this.zip.file(name)!.async('string');
  }

  /** Replaces (or adds) a part's text. */
  setText(part: string, text: string): void {
    const name = this.names.get(part) ?? part;
    this.zip.file(name, text);
    this.names.set(part, name);
    this.edited = true;
  }

  /** Moves a part, with its own relationships, to a new name. */
  async rename(from: string, to: string): Promise<void> {
    const name = this.names.get(from);
    if (name === undefined) return;
    this.zip.file(to, await this.zip.file(name)!.async('uint8array'));
    this.zip.remove(name);
    this.names.delete(from);
    this.names.set(to, to);
    this.edited = true;
    if (this.has(relsPartOf(from))) await this.rename(relsPartOf(from), relsPartOf(to));
  }

  /** The relationships from `source` ("" for the package's own). */
  async relationships(source: string): Promise<Relationship[]> {
    const xml = await this.text(relsPartOf(source));
    if (xml === null) return [];
    return startTags(xml, 'Relationship').map(({ attrs }) => {
      const typeUri = attrs.get('Type') ?? '';
      const target = attrs.get('Target') ?? '';
      const external = attrs.get('TargetMode') === 'External';
      return {
        id: attrs.get('Id') ?? '',
        typeUri,
        type: typeUri.slice(typeUri.lastIndexOf('/') + 1),
        target,
        external,
        part: external ? null : resolveTarget(source, target),
      };
    });
  }

  /** Rewrites the relationships from `source`. */
  setRelationships(source: string, rels: readonly Relationship[]): void {
    this.setText(relsPartOf(source), relationshipsXml(rels));
  }

  /** The package as bytes. Parts not changed keep their compressed data as it was. */
  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
