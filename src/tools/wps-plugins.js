// Build-time webpack plugin of the WPS build (webpack.wps.config.js; Node only, never bundled). From the same
// JSDoc the Excel build reads (custom-functions-metadata's generator, as custom-functions-metadata-plugin runs it)
// and the same declarations and Chinese descriptions as functions-zh-cn.json (metadata-plugins.js), it
// - appends to each function file one registerWpsFunction("ID", fn, ranges) call per @customfunction there
//   (./wps-register-loader.js), as CustomFunctionsMetadataPlugin appends CustomFunctions.associate calls;
// - emits WPS's functions.json (docs/wps.md 1.8–1.9), manifest.xml (1.5), index.html (the hidden main page that
//   loads the functions and the ribbon's callbacks, 1.13) and the package.json `wpsjs build|publish` reads (4.3,
//   4.5).
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { Compilation, NormalModule, WebpackError, sources } = require("webpack");
const { loadTypeScript, localizeMetadata } = require("./metadata-plugins");

const PLUGIN = "WpsFunctionsPlugin";

/** A WPS type string: `any`, `any[][]` for a range, `?` for an optional parameter (the wpsjs scanner's forms). */
function wpsType({ type, dimensionality, optional }) {
  const base = type === "number" || type === "string" || type === "boolean" ? type : "any";
  return `${base}${dimensionality === "matrix" ? "[][]" : ""}${optional ? "?" : ""}`;
}

/**
 * WPS's functions.json from the localized (zh-CN) Excel metadata: the name is the ID (the namespace comes from the
 * manifest), Chinese descriptions and parameter names. The result is declared `any` (`any[][]` for an array): an
 * error is returned as text, which a declared `number` might coerce.
 */
function wpsFunctionsJson(localized) {
  return {
    functions: localized.functions.map((fn) => ({
      name: fn.id,
      description: fn.description,
      parameters: (fn.parameters ?? []).map((p) => ({ name: p.name, description: p.description, type: wpsType(p) })),
      result: { type: fn.result?.dimensionality === "matrix" ? "any[][]" : "any" },
    })),
  };
}

function manifestXml({ name, namespace, description }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${name}</Name>
  <Description>${description}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>${namespace}</Namespace>
  </Functions>
</JsPlugin>
`;
}

function indexHtml(scripts) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>MINE</title>
${scripts.map((script) => `    <script src="${script}"></script>`).join("\n")}
  </head>
  <body></body>
</html>
`;
}

class WpsFunctionsPlugin {
  /**
   * @param {{ input: string[], catalogue: string, descriptions: string, namespace: string, scripts: string[],
   *   description: string, package: { name: string, version: string } }} options `input` the function files (as
   *   the Excel build lists them), `scripts` what the main page loads, in order.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const input = this.options.input.map((file) => path.resolve(file));
    let generated;
    compiler.hooks.beforeCompile.tapPromise(PLUGIN, async () => {
      generated = await generateCustomFunctionsMetadata(input, false);
    });
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      for (const error of generated.errors) compilation.errors.push(new WebpackError(`[wps] ${error}`));
      const metadata = JSON.parse(generated.metadataJson || '{"functions":[]}');
      const ranges = new Map(
        metadata.functions.map((fn) => [fn.id, (fn.parameters ?? []).map((p) => p.dimensionality === "matrix")]),
      );
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(PLUGIN, (_, module) => {
        const file = input.find((item) => module.resource === item);
        if (!file) return;
        const registrations = generated.associate
          .filter((item) => item.sourceFileName === file)
          .map(({ id, functionName }) => ({ id, functionName, ranges: ranges.get(id) ?? [] }));
        module.loaders.push({
          loader: require.resolve("./wps-register-loader.js"),
          options: { registrations },
          ident: null,
          type: null,
        });
      });
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { catalogue, descriptions, namespace, scripts, description } = this.options;
        const [{ FUNCTIONS }, described] = loadTypeScript([catalogue, descriptions], compilation);
        const { localized, problems } = localizeMetadata(metadata, FUNCTIONS, described);
        for (const problem of problems) compilation.errors.push(new WebpackError(`[wps] ${problem}`));
        const emit = (name, text) => compilation.emitAsset(name, new sources.RawSource(text));
        emit("functions.json", JSON.stringify(wpsFunctionsJson(localized), null, 2));
        emit("manifest.xml", manifestXml({ name: namespace, namespace, description }));
        emit("index.html", indexHtml(scripts));
        const { name, version } = this.options.package;
        emit("package.json", JSON.stringify({ name, version, addonType: "et" }, null, 2));
      });
    });
  }
}

module.exports = { WpsFunctionsPlugin, wpsType };
