// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Which top-level folders each runtime may import from (docs/architecture.md: extension/ and host/ never import each other). */
const boundary = (/** @type {string[]} */ forbidden) => ({
  "no-restricted-imports": [
    "error",
    { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: `must not import ${dir}/` })) },
  ],
});

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "bench/results/**", "**/*.js", "**/*.mjs"] },
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
  { files: ["shared/**/*.ts"], rules: boundary(["extension", "host", "test"]) },
  { files: ["extension/**/*.ts"], rules: boundary(["host", "test"]) },
  { files: ["host/**/*.ts"], rules: boundary(["extension", "test"]) },
);
