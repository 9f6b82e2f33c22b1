// Builds DOM nodes safely: text always becomes text nodes, attributes never carry script or markup.

/** A child: a node, text (always inserted as a text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes as plain strings (booleans toggle the attribute), plus event listeners. */
export interface Props {
  [name: string]: string | number | boolean | null | undefined | Listeners;
  on?: Listeners;
}

/** Event listeners by event type. */
export type Listeners = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

// Attributes that could load or run something are refused whatever their value: panel code never needs them.
const FORBIDDEN_ATTRIBUTE = /^(on|style$|src$|srcdoc$|href$|xlink:href$|action$|formaction$)/i;

function setAttributes(el: Element, props: Props | undefined): void {
  if (!props) return;
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') continue;
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`The panel does not set the ${name} attribute.`);
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'object') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  const listeners = props.on;
  if (listeners)
    for (const [type, fn] of Object.entries(listeners)) el.addEventListener(type, fn as EventListener);
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: `h('button', { type: 'button', on: { click } }, 'Save')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttributes(el, props);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, made with createElementNS. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props?: Props,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, props);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let nextId = 0;
/** A unique id for label/aria links within the page. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
