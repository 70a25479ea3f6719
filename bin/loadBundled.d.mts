/** The exports of `entry` (a file URL to a .ts file), bundled with esbuild and evaluated as CommonJS. */
export function loadBundled(entry: URL): Promise<unknown>;
