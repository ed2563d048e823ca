// Type-aware linting: the rules that matter most here catch floating and misused promises,
// which in a grammY bot mean a reply that silently never happens.
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "coverage", ".sessions"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "scripts/*.js", "eval/*.mjs", "bench/*.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["*.js", "scripts/*.js", "eval/*.mjs", "bench/*.cjs"], ...tseslint.configs.disableTypeChecked },
  // Plain Node scripts (the `npm start` launcher, eval and bench helpers): Node's globals.
  {
    files: ["scripts/*.js", "eval/*.mjs", "bench/*.cjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        require: "readonly",
      },
    },
  },
);
