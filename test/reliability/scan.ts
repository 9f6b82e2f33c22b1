// Scanners for the security checks: remote loads in a page, a page's Content-Security-Policy, network calls.

/** Ways code talks to a network. */
export const NETWORK_APIS =
  /\b(?:fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\(|UrlFetchApp|RTCPeerConnection)/;
/** Imports of modules that open network connections. */
export const NETWORK_MODULES =
  /from\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici|axios|node-fetch|ws)['"]/;

/**
 * Ways a page turns text into markup or code: HTML sinks, eval, and Apps Script's force-printing scriptlet
 * (`<?!= ?>` writes its value unescaped).
 */
export const HTML_SINKS =
  /\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|<\?!=/;

/** Remote URLs a page loads code or styles from: script src, link href, dynamic .src, CSS @import. */
export function remoteLoads(html: string): string[] {
  const out: string[] = [];
  const patterns = [
    /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi,
    /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi,
    /\.src\s*=\s*["']([^"']+)["']/g,
    /@import\s+(?:url\()?["']?([^"')\s;]+)/g,
  ];
  for (const re of patterns)
    for (const m of html.matchAll(re)) if (/^(?:https?:)?\/\//i.test(m[1]!)) out.push(m[1]!);
  return out;
}

/** The Content-Security-Policy a page's meta tag sets, directive -> sources; null when there is none. */
export function csp(html: string): Map<string, string[]> | null {
  const tag = /<meta[^>]+http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const m = tag ? /content\s*=\s*(["'])(.*?)\1/is.exec(tag) : null;
  if (!m) return null;
  const out = new Map<string, string[]>();
  for (const part of m[2]!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}
