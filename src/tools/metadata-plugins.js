// Build-time webpack plugins (Node only, never bundled).
// - LocalizeFunctionsPlugin: writes functions-zh-cn.json from the generated functions.json and the declarations
//   in src/functions/catalogue.ts; a function or parameter that differs between JSDoc and declaration fails the build.
// - RebaseUrlsPlugin: rewrites the development base URL (https://localhost:3000/) in the emitted metadata
//   and manifest when ADDIN_BASE_URL names where the add-in is hosted.
// - HelpPagePlugin: renders README.md to help.html, the page every function's @helpurl points into.
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN_STAGE = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;

class LocalizeFunctionsPlugin {
  /**
   * @param {{ catalogue: string, descriptions: string, locale: string, source?: string }} options `catalogue` is the
   *   TypeScript module exporting FUNCTIONS (src/functions/catalogue.ts), whose declarations give the Chinese names;
   *   `descriptions` the one with the Chinese descriptions (src/functions/descriptions.ts).
   */
  constructor({ catalogue, descriptions, locale, source = "functions.json" }) {
    Object.assign(this, { catalogue, descriptions, locale, source });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: PLUGIN_STAGE }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // the metadata plugin already reported why
        const base = JSON.parse(asset.source.source().toString());
        // One load for both, so the declarations they share are the same objects.
        const [{ FUNCTIONS }, descriptions] = loadTypeScript([this.catalogue, this.descriptions], compilation);
        const { localized, problems } = localizeMetadata(base, FUNCTIONS, descriptions);
        for (const problem of problems) compilation.errors.push(new WebpackError(`[${this.locale}] ${problem}`));
        const name = `functions-${this.locale}.json`;
        compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 2)));
      });
    });
  }
}

/**
 * The Chinese metadata: each parameter's name from its declaration, each description from descriptions.ts. The
 * English metadata (from the JSDoc) must name the same functions and the same parameters in the same order as the
 * declarations; every disagreement, and a missing description, is a problem that fails the build.
 */
function localizeMetadata(base, declarations, { FUNCTION_DESCRIPTIONS, parameterDescription }) {
  const problems = [];
  const localized = structuredClone(base);
  for (const fn of localized.functions) {
    const declared = declarations[fn.id];
    if (!declared) {
      problems.push(`${fn.id} has no declaration in the catalogue`);
      continue;
    }
    fn.description = FUNCTION_DESCRIPTIONS[fn.id];
    if (!fn.description) problems.push(`${fn.id} has no Chinese description`);
    const parameters = fn.parameters ?? [];
    const jsdocNames = parameters.map((p) => p.name).join(", ");
    const declaredNames = declared.parameters.map((p) => p.en).join(", ");
    if (jsdocNames !== declaredNames) {
      problems.push(`${fn.id}: the JSDoc names (${jsdocNames}) differ from the declarations (${declaredNames})`);
      continue;
    }
    parameters.forEach((p, i) => {
      const declaredParameter = declared.parameters[i];
      if (Boolean(p.optional) !== declaredParameter.optional) {
        problems.push(`${fn.id}(${p.name}): optional in one of JSDoc and declaration only`);
      }
      p.name = declaredParameter.zh;
      p.description = parameterDescription(declaredParameter);
      if (!p.description) problems.push(`${fn.id}(${declaredParameter.en}) has no Chinese description`);
    });
  }
  const ids = new Set(base.functions.map((fn) => fn.id));
  for (const id of Object.keys(declarations)) {
    if (!ids.has(id)) problems.push(`${id} is declared but no function has it in its JSDoc`);
  }
  return { localized, problems };
}

/**
 * Loads TypeScript modules of src/ in the build's own Node process (transpiled, not type-checked: the type check
 * is `npm run typecheck`), fresh on every compilation so watch mode sees edits to the declarations.
 */
function loadTypeScript(files, compilation) {
  const ts = require("typescript");
  const srcDir = path.dirname(path.dirname(files[0]));
  const previous = require.extensions[".ts"];
  require.extensions[".ts"] = (module, filename) => {
    const text = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(text, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  try {
    for (const cached of Object.keys(require.cache)) {
      if (cached.startsWith(srcDir) && cached.endsWith(".ts")) delete require.cache[cached];
    }
    const loaded = files.map((file) => require(file));
    for (const cached of Object.keys(require.cache)) {
      if (cached.startsWith(srcDir) && cached.endsWith(".ts")) compilation.fileDependencies.add(cached);
    }
    return loaded;
  } finally {
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

class RebaseUrlsPlugin {
  constructor({ from, to, assets }) {
    Object.assign(this, { from, to, assets });
  }

  apply(compiler) {
    if (!this.to || this.to === this.from) return;
    compiler.hooks.thisCompilation.tap("RebaseUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RebaseUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString().split(this.from).join(this.to);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

class HelpPagePlugin {
  constructor({ readme, output = "help.html" }) {
    Object.assign(this, { readme, output });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "HelpPagePlugin", stage: PLUGIN_STAGE }, async () => {
        compilation.fileDependencies.add(this.readme);
        const { marked } = await import("marked");
        const body = marked.parse(fs.readFileSync(this.readme, "utf8"));
        const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>MINE 三率函数 · 帮助</title>
<style>body{font-family:"Segoe UI","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.55}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}code{background:#f4f4f4}</style>
</head><body>${body}</body></html>`;
        compilation.emitAsset(this.output, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, RebaseUrlsPlugin, HelpPagePlugin, localizeMetadata, loadTypeScript };
