// Lint for src/ and tests/: typescript-eslint's type-checked recommended rules, React hooks rules for the taskpane,
// and the layering rule that src/core never reaches a host (Excel, Office, the DOM) or an outer layer.
import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-test/**",
      "dist-bench/**",
      "dist-wps/**",
      "build/**",
      "node_modules/**",
      "tests/artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/functions/**", "**/taskpane/**", "**/tools/**"], message: "core imports only core" },
          ],
        },
      ],
    },
  },
  {
    // Excel shows a custom function's error only when the function throws a CustomFunctions.Error, which is not an
    // Error subclass; excel.ts is the one place that turns engine errors into it.
    files: ["src/functions/excel.ts"],
    rules: {
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "custom-functions-runtime", name: "Error" }] },
      ],
    },
  },
  {
    // Node scripts and configs in plain JavaScript: no type information, Node's globals.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // probe() runs inside the page (page.addInitScript), where the browser's globals exist; the rest is Node.
    files: ["tests/bench/taskpane.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // ES modules (this file): import/export, not require.
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  },
);
