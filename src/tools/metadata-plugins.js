// Build-time webpack plugins (Node only, never bundled).
// - LocalizeFunctionsPlugin: writes functions-<locale>.json from the generated functions.json and
//   assets/i18n/functions.<locale>.json; a function or parameter without a translation fails the build.
// - RebaseUrlsPlugin: rewrites the development base URL (https://localhost:3000/) in the emitted metadata
//   and manifest when ADDIN_BASE_URL names where the add-in is hosted.
// - HelpPagePlugin: renders README.md to help.html, the page every function's @helpurl points into.
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN_STAGE = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;

class LocalizeFunctionsPlugin {
  constructor({ source = "functions.json", dir, locales }) {
    Object.assign(this, { source, dir, locales });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: PLUGIN_STAGE }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // the metadata plugin already reported why
        const base = JSON.parse(asset.source.source().toString());
        for (const locale of this.locales) {
          const file = path.join(this.dir, `functions.${locale}.json`);
          compilation.fileDependencies.add(file);
          const translations = JSON.parse(fs.readFileSync(file, "utf8"));
          const problems = [];
          const localized = structuredClone(base);
          for (const fn of localized.functions) {
            const t = translations[fn.id];
            if (!t) {
              problems.push(`no translation for ${fn.id}`);
              continue;
            }
            if (!t.description) problems.push(`no description for ${fn.id}`);
            fn.description = t.description ?? fn.description;
            if (t.name) fn.name = t.name;
            const known = new Set((fn.parameters ?? []).map((p) => p.name));
            for (const p of fn.parameters ?? []) {
              const tp = (t.parameters ?? {})[p.name];
              if (!tp || !tp.description) problems.push(`no translation for ${fn.id}(${p.name})`);
              else Object.assign(p, tp);
            }
            for (const name of Object.keys(t.parameters ?? {})) {
              if (!known.has(name)) problems.push(`translation of unknown parameter ${fn.id}(${name})`);
            }
          }
          const ids = new Set(base.functions.map((fn) => fn.id));
          for (const id of Object.keys(translations)) {
            if (!ids.has(id)) problems.push(`translation of unknown function ${id}`);
          }
          for (const problem of problems) compilation.errors.push(new WebpackError(`[${locale}] ${problem}`));
          compilation.emitAsset(`functions-${locale}.json`, new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      });
    });
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

module.exports = { LocalizeFunctionsPlugin, RebaseUrlsPlugin, HelpPagePlugin };
