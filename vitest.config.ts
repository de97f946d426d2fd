import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // notebooks/src is a symlink to ../src: without this, tests found through it would run twice.
    exclude: ["notebooks/**", "node_modules/**", "out/**", ".jupyter/**", ".cache/**"],
    // One temp folder per run, removed at its end (see the file).
    globalSetup: ["test/helpers/temp-root.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // LAGEBILD_SERVER=0: a resident server the developer runs never takes the tests' commands.
    env: { DOTENV_CONFIG_QUIET: "true", LAGEBILD_SERVER: "0" },
  },
});
