/** package.json's version, put into the bundle by webpack's DefinePlugin (webpack.config.js). */
declare const __ADDIN_VERSION__: string;
