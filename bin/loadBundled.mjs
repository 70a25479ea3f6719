// Loads a TypeScript entry point as one esbuild bundle (≈ 0.1 s for the whole CLI) instead of
// module by module. The simulation runs measurably faster bundled: constants and small
// functions of other modules become plain locals the optimizing compiler folds and inlines
// (measured on E1: ≈ 10 % more tickets per second than the same code loaded through tsx).
// Packages stay outside the bundle and load from node_modules as usual. `import.meta.url`
// and `import.meta.dirname` keep naming each source file, so paths relative to it still work.
import { build } from 'esbuild';
import Module from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Per source file, `import.meta.url` and `import.meta.dirname` as literals (CommonJS has no import.meta). */
const importMetaAsLiterals = {
  name: 'import-meta-as-literals',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const contents = text
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)));
      return { contents, loader: 'ts' };
    });
  },
};

/** The exports of `entry` (a file URL to a .ts file), bundled and evaluated as CommonJS. */
export async function loadBundled(entry) {
  const file = fileURLToPath(entry);
  const out = await build({
    entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20',
    packages: 'external', logLevel: 'silent', plugins: [importMetaAsLiterals],
  });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(dirname(file));
  m._compile(out.outputFiles[0].text, file);
  return m.exports;
}
