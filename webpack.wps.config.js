// The WPS 表格 build (`npm run build:wps`, docs/wps.md): dist-wps/ with functions.wps.js (every =MINE.* function
// registered through wps.AddCustomFunction), WPS's functions.json, manifest.xml, index.html and package.json. The
// same function files, loaders and minifier settings as the Excel build (webpack.config.js, left unchanged); their
// `./excel` import resolves to src/functions/wps.ts, the WPS runner.
const path = require("path");
const { NormalModuleReplacementPlugin } = require("webpack");
const excelConfig = require("./webpack.config.js");
const { FUNCTIONS_ENTRY, FUNCTION_FILES } = excelConfig;
const { WpsFunctionsPlugin } = require("./src/tools/wps-plugins");

const SCRIPT = "functions.wps.js";
const { version } = require("./package.json");

module.exports = (env = {}, argv = {}) => {
  const excel = excelConfig(env, argv);
  return {
    devtool: excel.devtool,
    target: excel.target,
    entry: { "functions.wps": FUNCTIONS_ENTRY },
    output: { path: path.resolve(__dirname, "dist-wps"), filename: "[name].js", clean: true },
    resolve: excel.resolve,
    module: excel.module,
    plugins: [
      // Every function file's runner (excelRun from ./excel) becomes the WPS one; wps.ts itself still imports ./excel.
      new NormalModuleReplacementPlugin(/^\.\/excel$/, (resource) => {
        if (!/[\\/]src[\\/]functions[\\/]wps\.ts$/.test(resource.contextInfo.issuer)) resource.request = "./wps";
      }),
      new WpsFunctionsPlugin({
        input: FUNCTION_FILES,
        catalogue: path.resolve(__dirname, "src/functions/catalogue.ts"),
        descriptions: path.resolve(__dirname, "src/functions/descriptions.ts"),
        namespace: "MINE",
        script: SCRIPT,
        description: "MINE 三率与储量函数：开采回采率、损失率、贫化率、选矿回收率、综合利用率、设计可采储量、服务年限",
        package: { name: "mine-sanlv", version },
      }),
    ],
    optimization: excel.optimization,
    performance: excel.performance,
  };
};
