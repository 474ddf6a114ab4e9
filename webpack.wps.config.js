// The WPS 表格 build (`npm run build:wps`, docs/wps.md): dist-wps/, the add-in folder WPS loads:
// - index.html, WPS's hidden main page, loading functions.wps.js (every =MINE.* function registered through
//   wps.AddCustomFunction) and ribbon.js (the callbacks of ribbon.xml, which opens the pane);
// - functions.json and manifest.xml in WPS's formats, package.json for `wpsjs build|publish`, the icons, and
//   publish.xml / jsplugins.xml examples for an offline or intranet install;
// - pane/: the taskpane, the same bundle as Excel's (it finds the `wps` global and uses the WPS adapter), with the
//   Office-format metadata its function list reads and help.html; its page loads no office.js.
// The same sources, loaders and minifier settings as the Excel build (webpack.config.js, left unchanged); in the
// function files, `./excel` resolves to src/functions/wps.ts, the WPS runner.
const path = require("path");
const { NormalModuleReplacementPlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const excelConfig = require("./webpack.config.js");
const { FUNCTIONS_ENTRY, FUNCTION_FILES, DEV_BASE_URL } = excelConfig;
const { RebaseUrlsPlugin } = require("./src/tools/metadata-plugins");
const { WpsFunctionsPlugin } = require("./src/tools/wps-plugins");

const OUTPUT = path.resolve(__dirname, "dist-wps");
const PANE = "pane";
const { version } = require("./package.json");
const NAME = "mine-sanlv";

/** The add-in's root: functions, ribbon, manifests, install examples. */
function addinConfig(excel) {
  return {
    devtool: excel.devtool,
    target: excel.target,
    entry: { "functions.wps": FUNCTIONS_ENTRY, ribbon: "./src/taskpane/wpsRibbon.ts" },
    output: { path: OUTPUT, filename: "[name].js", clean: { keep: new RegExp(`^${PANE}[\\\\/]`) } },
    resolve: excel.resolve,
    module: excel.module,
    plugins: [
      // Every function file's runner (excelRun from ./excel) becomes the WPS one; wps.ts itself still imports ./excel.
      new NormalModuleReplacementPlugin(/^\.\/excel$/, (resource) => {
        const issuer = resource.contextInfo.issuer;
        if (/[\\/]src[\\/]functions[\\/]/.test(issuer) && !/[\\/]wps\.ts$/.test(issuer)) resource.request = "./wps";
      }),
      new WpsFunctionsPlugin({
        input: FUNCTION_FILES,
        catalogue: path.resolve(__dirname, "src/functions/catalogue.ts"),
        descriptions: path.resolve(__dirname, "src/functions/descriptions.ts"),
        namespace: "MINE",
        scripts: ["functions.wps.js", "ribbon.js"],
        description: "MINE 三率与储量函数：开采回采率、损失率、贫化率、选矿回收率、综合利用率、设计可采储量、服务年限",
        package: { name: NAME, version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "wps/ribbon.xml", to: "ribbon.xml" },
          {
            from: "wps/*.xml.example",
            to: "[name][ext]",
            transform: (content) => content.toString().split("@VERSION@").join(version),
          },
          { from: "assets/icons", to: "assets" },
        ],
      }),
    ],
    optimization: excel.optimization,
    performance: excel.performance,
  };
}

/** The pane: Excel's taskpane entry and plugins, built into pane/ with a page that loads no office.js. */
function paneConfig(excel) {
  const kept = ["DefinePlugin", "NormalModuleReplacementPlugin", "CustomFunctionsMetadataPlugin"];
  kept.push("LocalizeFunctionsPlugin", "HelpPagePlugin");
  const plugins = excel.plugins.filter((p) => kept.includes(p.constructor.name));
  const missing = kept.filter((name) => !plugins.some((p) => p.constructor.name === name));
  if (missing.length > 0) throw new Error(`webpack.config.js no longer has ${missing.join(", ")}`);
  return {
    ...excel,
    entry: { taskpane: excel.entry.taskpane },
    output: { path: path.join(OUTPUT, PANE), filename: "[name].js", clean: true },
    plugins: [
      ...plugins,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: "" },
      }),
      // help links of the function list point at pane/help.html, beside the page
      new RebaseUrlsPlugin({ from: DEV_BASE_URL, to: "./", assets: ["functions.json", "functions-zh-cn.json"] }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const excel = excelConfig(env, argv);
  return [addinConfig(excel), paneConfig(excel)];
};
