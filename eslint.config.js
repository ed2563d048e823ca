// Type-aware linting: the rules that matter most here catch floating and misused promises,
// which in a grammY bot mean a reply that silently never happens; and the layering: no import
// cycles, a search core that knows nothing of Telegram and a bot that knows nothing of MiniSearch.
import eslint from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// A later block's rule replaces an earlier one's for the same files, so render/ repeats it.
const NO_MINISEARCH = {
  group: ["minisearch", "minisearch/*"],
  message: "The bot asks the search core (src/search), not MiniSearch.",
};

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
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["src/search/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/bot/**", "grammy", "@grammyjs/*"],
              message: "The search core knows nothing of Telegram.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/bot/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [NO_MINISEARCH],
        },
      ],
    },
  },
  {
    // render/ also draws without knowing who sends what it draws.
    files: ["src/bot/render/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_MINISEARCH,
            {
              group: ["**/features/**", "**/routes.js", "**/commands.js", "**/reply.js"],
              message: "render/ draws messages from their state; the handlers (features/) send them.",
            },
          ],
        },
      ],
    },
  },
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
