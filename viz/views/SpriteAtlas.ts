// Equally sized sprites rendered once into one canvas, then copied with drawImage: text and
// small shapes drawn per frame cost more than copying their pixels. Slots are only appended;
// the atlas doubles when full. Sizes are in CSS pixels, rendered at the given pixel ratio. Keys
// are strings or numbers (a number is looked up without building a string).

export interface Sprite {
  /** Source rectangle in the atlas, in device pixels. */
  sx: number;
  sy: number;
}

export class SpriteAtlas {
  canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  private readonly slots = new Map<string | number, Sprite>();
  private cols: number;
  private rows: number;
  readonly sw: number;
  readonly sh: number;

  constructor(private readonly doc: Document, readonly width: number, readonly height: number, readonly dpr: number, capacity: number) {
    this.sw = Math.ceil(width * dpr);
    this.sh = Math.ceil(height * dpr);
    // Roughly square, so a snapshot of it (the browser copies a canvas drawn from after a change) stays small.
    this.cols = Math.max(1, Math.min(Math.floor(4096 / this.sw), Math.ceil(Math.sqrt((capacity * this.sh) / this.sw))));
    this.rows = Math.max(1, Math.ceil(capacity / this.cols));
    this.canvas = this.make();
    this.ctx = this.canvas.getContext('2d')!;
  }

  has(key: string | number): boolean {
    return this.slots.has(key);
  }

  /** The sprite for `key`, rendering it with `render` (CSS-pixel coordinates, origin at its top left) the first time. */
  get(key: string | number, render: (g: CanvasRenderingContext2D) => void): Sprite {
    const hit = this.slots.get(key);
    if (hit) return hit;
    const n = this.slots.size;
    if (n >= this.cols * this.rows) this.grow();
    const sprite = { sx: (n % this.cols) * this.sw, sy: Math.floor(n / this.cols) * this.sh };
    const g = this.ctx;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(sprite.sx, sprite.sy, this.sw, this.sh);
    g.save();
    g.beginPath();
    g.rect(sprite.sx, sprite.sy, this.sw, this.sh);
    g.clip();
    g.setTransform(this.dpr, 0, 0, this.dpr, sprite.sx, sprite.sy);
    render(g);
    g.restore();
    this.slots.set(key, sprite);
    return sprite;
  }

  /** Copies a sprite onto `target` (whose transform is identity) at device pixel (dx, dy). */
  draw(target: CanvasRenderingContext2D, s: Sprite, dx: number, dy: number): void {
    target.drawImage(this.canvas, s.sx, s.sy, this.sw, this.sh, dx, dy, this.sw, this.sh);
  }

  private make(): HTMLCanvasElement {
    const c = this.doc.createElement('canvas');
    c.width = this.cols * this.sw;
    c.height = this.rows * this.sh;
    return c;
  }

  private grow(): void {
    const old = this.canvas;
    this.rows *= 2;
    this.canvas = this.make();
    this.ctx = this.canvas.getContext('2d')!;
    this.ctx.drawImage(old, 0, 0);
  }
}
