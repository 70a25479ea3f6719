// A document just large enough for the agent board's renderers outside a browser: elements that
// hold children, styles and text, and canvases whose 2D contexts count every call instead of
// drawing (ImageData is real, so painted pixels can be read back). Path2D is stubbed the same way.

/** Calls per canvas method name, over every context of the document. */
export type CallCounts = Map<string, number>;

interface FakeElement {
  tagName: string;
  ownerDocument: FakeDocument;
  parentElement: FakeElement | null;
  children: FakeElement[];
  style: Record<string, string>;
  dataset: Record<string, string>;
  attributes: Map<string, string>;
  className: string;
  textContent: string;
  hidden: boolean;
  width: number;
  height: number;
  offsetLeft: number;
  offsetTop: number;
  append(...els: FakeElement[]): void;
  replaceChildren(...els: FakeElement[]): void;
  remove(): void;
  contains(el: FakeElement): boolean;
  setAttribute(k: string, v: string): void;
  removeAttribute(k: string): void;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  getContext(kind: string): unknown;
  /** The context of a canvas, once asked for. */
  context?: FakeContext;
}

export interface FakeContext {
  canvas: FakeElement;
  /** Calls made on this context. */
  count: number;
  /** putImageData calls: the dirty rectangle each handed over (device pixels). */
  puts: { x: number; y: number; w: number; h: number }[];
  /** The last ImageData put, for reading pixels back. */
  image: { data: Uint8ClampedArray; width: number; height: number } | null;
}

export interface FakeDocument {
  createElement(tag: string): FakeElement;
  calls: CallCounts;
  /** Every canvas created. */
  canvases: FakeElement[];
}

function count(calls: CallCounts, name: string): void {
  calls.set(name, (calls.get(name) ?? 0) + 1);
}

function fakeContext(doc: FakeDocument, canvas: FakeElement): FakeContext {
  const state: FakeContext = { canvas, count: 0, puts: [], image: null };
  const counted = (name: string) => {
    count(doc.calls, name);
    state.count++;
  };
  return new Proxy(state as FakeContext & Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (typeof key !== 'string') return undefined;
      if (key === 'measureText') return (text: string) => (counted(key), { width: text.length * 6 });
      if (key === 'createImageData') return (w: number, h: number) => (counted(key), { data: new Uint8ClampedArray(w * h * 4), width: w, height: h });
      if (key === 'putImageData') {
        return (image: FakeContext['image'], _x: number, _y: number, dx = 0, dy = 0, dw = image!.width, dh = image!.height) => {
          counted(key);
          state.puts.push({ x: dx, y: dy, w: dw, h: dh });
          state.image = image;
        };
      }
      return () => counted(key);
    },
    set(target, key, value) {
      target[key] = value; // fillStyle, font, lineWidth…: settings, not calls
      return true;
    },
  });
}

export function fakeDocument(): FakeDocument {
  const doc: FakeDocument = {
    calls: new Map(),
    canvases: [],
    createElement(tag: string): FakeElement {
      const el: FakeElement = {
        tagName: tag.toUpperCase(), ownerDocument: doc, parentElement: null, children: [], style: {}, dataset: {}, attributes: new Map(),
        className: '', textContent: '', hidden: false, width: 300, height: 150, offsetLeft: 0, offsetTop: 0,
        append(...els) {
          for (const c of els) {
            c.remove();
            c.parentElement = el;
            el.children.push(c);
          }
        },
        replaceChildren(...els) {
          for (const c of el.children) c.parentElement = null;
          el.children = [];
          el.append(...els);
        },
        remove() {
          const p = el.parentElement;
          if (p) p.children = p.children.filter((c) => c !== el);
          el.parentElement = null;
        },
        contains(other) {
          for (let x: FakeElement | null = other; x; x = x.parentElement) if (x === el) return true;
          return false;
        },
        setAttribute(k, v) {
          el.attributes.set(k, v);
        },
        removeAttribute(k) {
          el.attributes.delete(k);
        },
        getBoundingClientRect: () => ({ left: 0, top: 0, width: 0, height: 0 }),
        getContext() {
          el.context ??= fakeContext(doc, el);
          return el.context;
        },
      };
      if (el.tagName === 'CANVAS') doc.canvases.push(el);
      return el;
    },
  };
  return doc;
}

/** Installs a counting Path2D on globalThis (the card renderer builds paths); returns the undo. */
export function installPath2D(calls: CallCounts): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = g['Path2D'];
  g['Path2D'] = class {
    constructor() {
      return new Proxy(this, { get: (_t, key) => () => count(calls, `path.${String(key)}`) });
    }
  };
  return () => {
    g['Path2D'] = before;
  };
}

/** A fake document's root element, as the renderers' host. */
export function fakeHost(doc: FakeDocument): HTMLElement {
  return doc.createElement('div') as unknown as HTMLElement;
}

/**
 * Calls made so far on the canvases shown in the page (those with a parent element — not the
 * off-page sprite atlases), then forgets them.
 */
export function takeShownCalls(doc: FakeDocument): number {
  let n = 0;
  for (const c of doc.canvases) {
    if (!c.context) continue;
    if (c.parentElement) n += c.context.count;
    c.context.count = 0;
  }
  doc.calls.clear();
  return n;
}
