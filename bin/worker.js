// A worker thread of lagebild (the per-document step of `analyze`, or a slice of a
// term count): loads src/analysis/workers (compiled or through tsx, see load.js) and
// serves its task.
import { loadModule } from "./load.js";

const { serveTask } = await loadModule("workers");
serveTask();
