// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Which top-level folders each folder may import from (docs/architecture.md): extension/ and host/ never import each
 * other, shared/ neither of them; the tools around them import inward only. scripts/ uses the drivers in test/, and
 * test/ never imports scripts/, so a driver has one home.
 */
const boundary = (/** @type {string[]} */ forbidden) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: forbidden.map((dir) => ({
        group: [`**/${dir}/*`, `**/${dir}`],
        message: `must not import ${dir}/`,
      })),
    },
  ],
});

/** Globals of the plain JavaScript files: Node for the tools, the browser for the test pages. */
const NODE_GLOBALS = { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" };
const BROWSER_GLOBALS = {
  window: "readonly",
  document: "readonly",
  CustomEvent: "readonly",
  Element: "readonly",
  console: "readonly",
};

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unsafe-assignment": "error",
      "@typescript-eslint/no-unsafe-member-access": "error",
      "@typescript-eslint/no-unsafe-call": "error",
      "@typescript-eslint/no-unsafe-return": "error",
      "@typescript-eslint/no-unsafe-argument": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      eqeqeq: ["error", "smart"],
    },
  },
  // Plain JavaScript (the .mjs tools, the test pages' scripts) is linted without type information.
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  { files: ["**/*.mjs", "*.js"], languageOptions: { sourceType: "module", globals: NODE_GLOBALS } },
  { files: ["test/e2e/pages/**/*.js"], languageOptions: { sourceType: "script", globals: BROWSER_GLOBALS } },
  { files: ["shared/**"], rules: boundary(["extension", "host", "test", "scripts", "release", "bench"]) },
  { files: ["extension/**"], rules: boundary(["host", "test", "scripts", "release", "bench"]) },
  // The background serves the pages; what both need sits in extension/common/.
  { files: ["extension/background/**"], rules: boundary(["host", "test", "scripts", "release", "bench", "pages"]) },
  { files: ["host/**"], rules: boundary(["extension", "test", "scripts", "release", "bench"]) },
  { files: ["test/**"], rules: boundary(["scripts"]) },
  // release/ uses the one esbuild bootstrap in scripts/, never the test code.
  { files: ["release/**"], rules: boundary(["test"]) },
  // scripts/ (build, bench, start) may use every folder; bench/ holds only measured results.
);
