#!/usr/bin/env node
// The lagebild command line: loads the TypeScript sources through tsx.
import { register } from "tsx/esm/api";

process.env.DOTENV_CONFIG_QUIET ??= "true";
register();
const { main } = await import("../src/analysis/cli.ts");
process.exitCode = await main(process.argv.slice(2));
