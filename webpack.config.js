// Bundles: functions.js (custom functions; runs with no DOM), taskpane.js, taskpane.html (shared runtime:
// loads office.js, functions.js, taskpane.js), functions.json + functions-zh-cn.json (metadata), help.html,
// manifest.xml. `--env localOfficeJs` makes taskpane.html load office.js from /office-js/ (tests, offline) and
// builds into dist-test/, so that dist/ stays the production build (`--output-path` still overrides it).
const fs = require("fs");
const path = require("path");
const { DefinePlugin, NormalModuleReplacementPlugin } = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { LocalizeFunctionsPlugin, RebaseUrlsPlugin, HelpPagePlugin } = require("./src/tools/metadata-plugins");

const DEV_BASE_URL = "https://localhost:3000/";
// The entry of functions.js imports every file of =MINE.* functions; the metadata plugin reads those same files, so
// the list is read from the entry and kept in one place.
const FUNCTIONS_ENTRY = "./src/functions/index.ts";
const FUNCTION_FILES = [
  ...fs.readFileSync(path.resolve(__dirname, FUNCTIONS_ENTRY), "utf8").matchAll(/^import "\.\/(\w+)";$/gm),
].map(([, f]) => `./src/functions/${f}.ts`);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const config = (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  // Where the add-in is served from: localhost for `npm start`; set ADDIN_BASE_URL (ending in /) to deploy.
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    devtool: development ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      // One root module, not the list of files: the bundler then concatenates the whole runtime into one scope.
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.localOfficeJs ? "dist-test" : "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // A src/core module only declares (no top-level statements, no host: tests/core/purity.test.ts), so one whose
        // exports a bundle never uses can be left out whole, even when its top-level data is built by calls a
        // minifier cannot prove pure (the AHP scale, which only the taskpane's consistency doctor reads).
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, transpileOnly: true } },
        },
      ],
    },
    plugins: [
      // The taskpane writes the add-in version into each evaluation sheet (src/taskpane/version.d.ts).
      new DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(require("./package.json").version) }),
      // Emits functions.json from the JSDoc and appends CustomFunctions.associate(...) to each file.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      // The taskpane calls the evaluation functions itself (src/functions/standalone.ts, for a portable sheet's
      // values): it gets its own copy of their module, requested with a query so the plugin above, which matches
      // the module's request by its ending, appends no associate calls to it (functions.js registers them, once).
      new NormalModuleReplacementPlugin(/^\.\/evaluation$/, (resource) => {
        if (/[\\/]src[\\/]functions[\\/]standalone\.ts$/.test(resource.contextInfo.issuer)) {
          resource.request = "./evaluation.ts?standalone";
        }
      }),
      new LocalizeFunctionsPlugin({
        catalogue: path.resolve(__dirname, "src/functions/catalogue.ts"),
        descriptions: path.resolve(__dirname, "src/functions/descriptions.ts"),
        locale: "zh-cn",
      }),
      new HelpPagePlugin({ readme: path.resolve(__dirname, "README.md") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl: env.localOfficeJs ? "/office-js/office.js" : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" }, // explicit file: a root glob makes watch mode loop
          { from: "assets/icons", to: "assets" },
        ],
      }),
      new RebaseUrlsPlugin({
        from: DEV_BASE_URL,
        to: baseUrl,
        assets: ["manifest.xml", "functions.json", "functions-zh-cn.json"],
      }),
    ],
    optimization: {
      // Terser's defaults (two passes), but inlining only simple functions: by default a function called once is
      // pasted into its caller as an immediately-called copy, which for the message builders costs more than the
      // call it saves (about 90 B of the gzipped functions.js).
      minimizeOptions: { javascript: { compress: { passes: 2, inline: 1 } } },
    },
    performance: { hints: false },
  };
};

module.exports = config;
// the WPS build (webpack.wps.config.js) bundles the same function files
module.exports.FUNCTIONS_ENTRY = FUNCTIONS_ENTRY;
module.exports.FUNCTION_FILES = FUNCTION_FILES;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
