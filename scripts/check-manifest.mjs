// Checks the Excel add-in manifest: well-formed XML, https URLs on the expected hosts only, ExcelApi 1.8
// and SharedRuntime 1.1 required, and every resource id that is used defined. Run in CI through a test.
//   node scripts/check-manifest.mjs dist/excel-addin/manifest.xml [expected base URL]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A small XML reader for manifests: elements with attributes and children (no DTDs, no entities but the five). */
export function parseXml(text) {
  const root = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const decode = (s) =>
    s.replace(
      /&(lt|gt|amp|quot|apos);/g,
      (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e],
    );
  let m;
  let last = 0;
  while ((m = re.exec(text))) {
    if (m.index !== last) throw new Error(`Malformed XML near character ${last}`);
    last = re.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2]) {
      if (top.name !== m[2]) throw new Error(`Closing </${m[2]}> does not match <${top.name}>`);
      stack.pop();
    } else if (m[3]) {
      const attrs = {};
      for (const a of m[4].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[a[1]] = decode(a[2] ?? a[3]);
      const el = { name: m[3], attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[5]) stack.push(el);
    } else if (m[6] !== undefined) {
      if (m[6].includes('>')) throw new Error('Stray ">" in text');
      top.text += decode(m[6]);
    }
  }
  if (last !== text.length || stack.length !== 1) throw new Error('Unclosed element in XML');
  if (root.children.length !== 1) throw new Error('XML must have exactly one root element');
  return root.children[0];
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const local = (name) => name.replace(/^.*:/, '');

/**
 * Problems with a manifest (an empty list when it is fine). `baseUrl` is the one origin and path every
 * URL must start with (https://localhost:3000 for development, the school's host in production).
 */
export function checkManifest(xml, baseUrl) {
  const problems = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${e.message}`];
  }
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') problems.push(`the base URL ${baseUrl} is not https`);
  if (local(root.name) !== 'OfficeApp') problems.push('the root element is not OfficeApp');
  const els = [...walk(root)];
  const urls = [];
  for (const el of els) {
    for (const [k, v] of Object.entries(el.attrs))
      if (/^[a-z]+:\/\//i.test(v) && !k.startsWith('xmlns')) urls.push(v);
    if (/^[a-z]+:\/\//i.test(el.text.trim()) && local(el.name) !== 'OfficeApp') urls.push(el.text.trim());
  }
  if (urls.length === 0) problems.push('no URLs found');
  for (const u of urls) {
    let url;
    try {
      url = new URL(u);
    } catch {
      problems.push(`not a URL: ${u}`);
      continue;
    }
    if (url.protocol !== 'https:') problems.push(`not https: ${u}`);
    if (url.host !== base.host) problems.push(`unexpected host ${url.host} in ${u} (expected ${base.host})`);
    else if (!url.pathname.startsWith(base.pathname.replace(/\/?$/, '')))
      problems.push(`unexpected path in ${u}`);
    if (u.includes('{{')) problems.push(`unfilled placeholder in ${u}`);
  }
  const sets = els.filter(
    (e) =>
      local(e.name) === 'Set' &&
      els.some((p) => local(p.name) === 'Requirements' && p.children.some((c) => c.children.includes(e))),
  );
  const need = (name, version) => {
    const s = sets.find((x) => x.attrs.Name === name);
    if (!s) problems.push(`requirement set ${name} is missing`);
    else if (s.attrs.MinVersion !== version)
      problems.push(`requirement set ${name} must be ${version}, is ${s.attrs.MinVersion}`);
  };
  need('ExcelApi', '1.8');
  need('SharedRuntime', '1.1');
  const defined = new Set(
    els
      .filter((e) => e.attrs.id && ['Image', 'Url', 'String'].includes(local(e.name)))
      .map((e) => e.attrs.id),
  );
  for (const e of els)
    if (e.attrs.resid && !defined.has(e.attrs.resid)) problems.push(`resid ${e.attrs.resid} is not defined`);
  for (const e of els)
    if (e.attrs.resid && e.attrs.resid.length > 32)
      problems.push(`resid ${e.attrs.resid} is longer than 32 characters`);
  const runtime = els.find((e) => local(e.name) === 'Runtime');
  if (!runtime || runtime.attrs.lifetime !== 'long')
    problems.push('the shared runtime (Runtime lifetime="long") is missing');
  const fnFile = els.find((e) => local(e.name) === 'FunctionFile');
  if (!runtime || fnFile?.attrs.resid !== runtime.attrs.resid)
    problems.push('FunctionFile must use the shared runtime page');
  const id = els.find((e) => local(e.name) === 'Id')?.text.trim() ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`Id ${id} is not a GUID`);
  const version = els.find((e) => local(e.name) === 'Version')?.text.trim() ?? '';
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`Version ${version} is not n.n.n.n`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [
    file = 'dist/excel-addin/manifest.xml',
    base = process.env.PROVMAP_EXCEL_BASE_URL ?? 'https://provmap.example.org/excel',
  ] = process.argv.slice(2);
  const problems = checkManifest(readFileSync(file, 'utf8'), base);
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`${file}: ok`);
}
