// A worker thread of `lagebild analyze`: loads the TypeScript sources through tsx,
// then answers documents with their results (src/analysis/workers.ts).
import { register } from "tsx/esm/api";

register();
const { serveDocuments } = await import("../src/analysis/workers.ts");
serveDocuments();
