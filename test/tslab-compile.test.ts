// The same sources compile inside tslab: notebooks import src/analysis/** through the
// notebooks/src symlink, and tslab type-checks every imported file with its own bundled
// TypeScript (5.0) and settings, ignoring tsconfig.json. A type error there stops the
// notebook cell. This test checks each src/analysis file the way tslab would, without Jupyter.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type * as TS from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

// tslab's TypeScript: the package tslab itself requires (dist/converter.js:
// require("@tslab/typescript-for-tslab")), resolved from tslab's own folder.
const tslabDir = dirname(require.resolve("tslab/package.json"));
const tsModule = createRequire(join(tslabDir, "dist", "converter.js")).resolve("@tslab/typescript-for-tslab");
const ts = require(tsModule) as typeof TS;
const converterSource = readFileSync(join(tslabDir, "dist", "converter.js"), "utf8");

/** Cell code runs with the notebook folder as cwd; tslab derives type roots from there. */
const notebooksDir = join(root, "notebooks");

/**
 * tslab's compiler options (dist/converter.js, createConverter) on Node >= 18: target and lib
 * ES2022, no DOM, Node10 module resolution, esModuleInterop, not strict, skipLibCheck.
 * tslab type-checks as ESNext and then transpiles to CommonJS, so `module: CommonJS` is used
 * here to also catch what breaks at run time in CommonJS (import.meta, top-level await).
 */
function tslabOptions(): TS.CompilerOptions {
  // getDefaultTypeRoots is public in TS 5.0 (tslab calls it) but internal in the typings of TS 5.9.
  const { getDefaultTypeRoots } = ts as unknown as {
    getDefaultTypeRoots(dir: string, host: { directoryExists?: (dir: string) => boolean }): string[] | undefined;
  };
  let typeRoots = getDefaultTypeRoots(notebooksDir, { directoryExists: ts.sys.directoryExists }) ?? [];
  if (!typeRoots.some((r) => existsSync(join(r, "node", "package.json")))) {
    typeRoots = [...typeRoots, join(tslabDir, "node_modules", "@types")];
  }
  return {
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    newLine: ts.NewLineKind.LineFeed,
    experimentalDecorators: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.React,
    typeRoots,
    skipLibCheck: true,
    noEmit: true,
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
    })
    .sort();
}

/** A compiler host that parses every file once and shares it across the per-file programs. */
function cachingHost(options: TS.CompilerOptions): TS.CompilerHost {
  const host = ts.createCompilerHost(options);
  const cache = new Map<string, TS.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!cache.has(key)) cache.set(key, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return cache.get(key);
  };
  return host;
}

function formatDiagnostics(diagnostics: readonly TS.Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return `TS${d.code}: ${message}`;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${relative(root, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${message}`;
    })
    .join("\n");
}

describe("tslab compatibility", () => {
  it("uses tslab's bundled TypeScript 5.0 and the settings mirrored here", () => {
    expect(ts.version).toMatch(/^5\.0\./);
    // If a tslab upgrade changes its settings, update tslabOptions() above.
    expect(converterSource).toContain('{ target: ts.ScriptTarget.ES2022, lib: ["es2022"] }');
    expect(converterSource).toContain("moduleResolution: ts.ModuleResolutionKind.Node10");
    expect(converterSource).toContain("esModuleInterop: true");
    expect(converterSource).toContain("skipLibCheck: true");
    expect(converterSource).not.toMatch(/strict\w*: true/);
  });

  const files = sourceFiles(join(root, "src", "analysis"));
  const options = tslabOptions();
  const host = cachingHost(options);

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // One program per file, as each notebook cell imports a module on its own: a file that
  // needs DOM types must reference them itself rather than profit from charts.ts doing so.
  it.each(files.map((f) => [relative(root, f), f]))("%s compiles under tslab", (_name, file) => {
    const program = ts.createProgram({ rootNames: [file], options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    expect(formatDiagnostics(diagnostics), "TypeScript diagnostics under tslab's compiler").toBe("");
  });
});
