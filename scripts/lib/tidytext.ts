// tidytext as the peer of our term counting: `unnest_tokens() %>% count()` in R on a
// JSONL file of {id, text}, timed inside R (package loading left out). Used by the
// benchmarks; null when R with tidytext is not installed.
import { execFileSync, spawnSync } from "node:child_process";

/** Seconds tidytext takes to count the words of the file, and of the file repeated `repeat` times. */
export function tidytextSeconds(file: string, repeat = 1): { once: number; repeated: number } | null {
  const probe = spawnSync("Rscript", ["-e", "suppressPackageStartupMessages({library(tidytext); library(jsonlite); library(dplyr)})"], { encoding: "utf8" });
  if (probe.status !== 0) return null;
  const script = `
suppressPackageStartupMessages({library(jsonlite); library(dplyr); library(tidytext)})
df <- stream_in(file(${JSON.stringify(file)}), verbose = FALSE)
t1 <- system.time(n1 <- df %>% unnest_tokens(word, text) %>% count(word, sort = TRUE))[["elapsed"]]
t10 <- t1
if (${repeat} > 1) {
  df10 <- do.call(rbind, replicate(${repeat}, df, simplify = FALSE))
  t10 <- system.time(n10 <- df10 %>% unnest_tokens(word, text) %>% count(word, sort = TRUE))[["elapsed"]]
}
cat(toJSON(list(once = t1, repeated = t10), auto_unbox = TRUE))`;
  const out = execFileSync("Rscript", ["-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").pop()!);
}
