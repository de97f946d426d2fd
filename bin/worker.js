// A worker thread of lagebild (the per-document step of `analyze`, or a slice of a
// term count): loads the TypeScript sources through tsx, then serves its task
// (src/analysis/workers.ts).
import { register } from "tsx/esm/api";

register();
const { serveTask } = await import("../src/analysis/workers.ts");
serveTask();
