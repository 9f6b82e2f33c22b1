// Just enough XML for the small, machine-written parts of a workbook package: start tags and attributes by
// local name (any namespace prefix), entities decoded. Never used on cell text.

/** One start tag: its qualified name, its attributes by local name, and where it starts in the text. */
export interface StartTag {
  name: string;
  attrs: ReadonlyMap<string, string>;
  index: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities and character references decoded. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** Text made safe as an XML attribute value in double quotes. */
export function encodeXmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(localName(m[1]!), decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Every start (or empty) tag whose local name is `local`, in document order. */
export function startTags(xml: string, local: string): StartTag[] {
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ name: m[1]!, attrs: attributes(m[2]!), index: m.index }));
}

/** The qualified name of the document's root element ("xdr:wsDr"), or null when there is none. */
export function rootName(xml: string): string | null {
  const m = /<([\w.:-]+)[\s/>]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  return m ? m[1]! : null;
}

/** The text inside the first element named `local` (any prefix) from `from` on, or null. */
export function elementText(xml: string, local: string, from = 0): string | null {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([^<]*)<`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? decodeXml(m[1]!) : null;
}
