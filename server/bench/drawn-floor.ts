// The search page drawn by the floor: the framework floor's app (React, React Router, TanStack
// Query) drawing the DOM Stockroom's search page ends with, from one JSON request, under the
// same stylesheet and with the same pictures (copies, served by the floor's own server). What
// drawing that page costs any React app, against which Stockroom's own share of the main
// thread can be read.
import fs from 'node:fs';
import path from 'node:path';
import { buildReactApp, floorHtml, floorMain } from './floor';
import { launchChromium, VIEWPORT } from './paint';

/** An element as [tag, attributes, children]; text as a string. */
type DomNode = string | [string, Record<string, string>, DomNode[]];

interface PageSnapshot {
  tree: DomNode[];
  /** The page's stylesheets, as paths on its server. */
  stylesheets: string[];
  /** The pictures its images show, as paths on its server. */
  pictures: string[];
  elements: number;
}

/** The DOM under #root once the page is loaded and its network idle, form fields' values in. */
async function snapshot(url: string): Promise<PageSnapshot> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // A string, so the page runs it as written (no helpers of this file's compiler).
    return await page.evaluate<PageSnapshot>(`(() => {
      // The page's own pictures by path: the floor's server serves copies of them.
      const pictures = new Set();
      const local = (list) =>
        list.split(',').map((candidate) => {
          const [address, ...size] = candidate.trim().split(' ');
          const url = new URL(address, location.href);
          if (url.origin !== location.origin) return candidate.trim();
          pictures.add(url.pathname + url.search);
          return [url.pathname + url.search, ...size].join(' ');
        }).join(', ');
      const read = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent || null;
        if (node.nodeType !== Node.ELEMENT_NODE) return null;
        const tag = node.localName;
        if (tag === 'script' || tag === 'template') return null;
        const attributes = {};
        for (const name of node.getAttributeNames()) {
          const value = node.getAttribute(name);
          attributes[name] = tag === 'img' && (name === 'src' || name === 'srcset') ? local(value) : value;
        }
        if (tag === 'input' && node.checked) attributes.checked = '';
        if (tag === 'input' || tag === 'select' || tag === 'textarea') attributes.value = node.value;
        return [tag, attributes, [...node.childNodes].map(read).filter((child) => child !== null)];
      };
      const root = document.getElementById('root');
      return {
        tree: [...root.childNodes].map(read).filter((child) => child !== null),
        stylesheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname),
        elements: root.querySelectorAll('*').length,
        pictures: [...pictures],
      };
    })()`);
  } finally {
    await browser.close();
  }
}

const DRAWN_PAGE = `type DomNode = string | [string, Record<string, string>, DomNode[]];

/** HTML attribute names React spells otherwise. */
const PROPS: Record<string, string> = {
  class: 'className', for: 'htmlFor', tabindex: 'tabIndex', readonly: 'readOnly',
  maxlength: 'maxLength', autocomplete: 'autoComplete', srcset: 'srcSet',
  fetchpriority: 'fetchPriority', crossorigin: 'crossOrigin', enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck', inputmode: 'inputMode', 'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap', 'stroke-linejoin': 'strokeLinejoin',
  'fill-rule': 'fillRule', 'clip-rule': 'clipRule',
};
const FLAGS = new Set(['disabled', 'hidden', 'required', 'multiple', 'open', 'inert']);
const VOID = new Set(['img', 'input', 'br', 'hr', 'source', 'wbr']);

function styleObject(css: string) {
  const style: Record<string, string> = {};
  for (const rule of css.split(';')) {
    const colon = rule.indexOf(':');
    if (colon < 0) continue;
    const name = rule.slice(0, colon).trim();
    style[name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] =
      rule.slice(colon + 1).trim();
  }
  return style;
}

function draw(node: DomNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, attributes, children] = node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'checked') props.defaultChecked = true;
    else if (name === 'value') props.defaultValue = value;
    else if (name === 'selected') continue;
    else if (FLAGS.has(name)) props[name] = true;
    else props[PROPS[name] ?? name] = value;
  }
  return VOID.has(tag) ? createElement(tag, props) : createElement(tag, props, ...children.map(draw));
}

function Page() {
  const { data } = useQuery({
    queryKey: ['page'],
    queryFn: async () => (await fetch('/page.json')).json() as Promise<DomNode[]>,
  });
  return <>{data?.map(draw)}</>;
}
`;

/**
 * Builds the floor app that draws `url`'s final DOM, with `dist`'s stylesheets (the build
 * `url` is served from), and tells how many elements it draws.
 */
export async function buildDrawnFloor(
  url: string,
  dist: string,
): Promise<{ dist: string; elements: number }> {
  const page = await snapshot(url);
  const files: Record<string, string | Buffer> = {
    'index.html': floorHtml(
      'The search page, drawn by the floor',
      page.stylesheets.map((href) => `    <link rel="stylesheet" href="${href}" />\n`).join(''),
    ),
    'main.tsx': floorMain(DRAWN_PAGE, { react: ['createElement', 'type ReactNode'] }),
    'public/page.json': JSON.stringify(page.tree),
  };
  // Under public/assets, so they are served as the floor's own hashed assets are.
  for (const href of page.stylesheets)
    files[path.join('public', href)] = fs.readFileSync(path.join(dist, href));
  // At the paths the page asks for them, as the page's server made them.
  for (const picture of page.pictures) {
    const response = await fetch(new URL(picture, url));
    if (!response.ok) throw new Error(`${picture}: ${response.status}`);
    files[path.join('public', new URL(picture, url).pathname)] = Buffer.from(
      await response.arrayBuffer(),
    );
  }
  const built = await buildReactApp('stockroom-floor-drawn', files);
  return { dist: built.dist, elements: page.elements };
}
