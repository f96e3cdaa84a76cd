# semkit bench: timing helpers for the R side (base R only).
#
# time_case(id, f, check) runs f() once as a warm-up, then N more times, where N is chosen so that the
# repetitions take about `budget` seconds (at least min_reps, at most max_reps). Each repetition is timed
# on its own with Sys.time() (microsecond resolution on Linux); the median is reported. The same
# scheme is used on the semkit side (bench/lib/timing.mjs), so both medians are per single call. The mean
# CPU time per call (proc.time() user + system of this process over the timed calls) is reported as well.
# Output: one JSON object per line on stdout, prefixed with "BENCH " so that package start-up chatter
# cannot be mistaken for a result.

now <- function() as.numeric(Sys.time())

json_num <- function(x) {
  if (is.null(x) || length(x) == 0 || is.na(x) || !is.finite(x)) "null" else format(x, digits = 15, scientific = FALSE)
}

json_str <- function(s) {
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  s <- gsub("[\r\n\t]", " ", s)
  paste0("\"", s, "\"")
}

emit <- function(fields) {
  parts <- vapply(names(fields), function(k) paste0(json_str(k), ":", fields[[k]]), "")
  cat("BENCH {", paste(parts, collapse = ","), "}\n", sep = "")
  flush(stdout())
}

time_case <- function(id, f, check, budget, min_reps, max_reps) {
  out <- tryCatch({
    t0 <- now(); res <- f(); warm <- now() - t0
    chk <- check(res)
    n <- as.integer(max(min_reps, min(max_reps, ceiling(budget / max(warm, 1e-6)))))
    times <- numeric(n)
    cpu0 <- proc.time()
    for (i in seq_len(n)) {
      t0 <- now(); f(); times[i] <- now() - t0
    }
    cpu <- proc.time() - cpu0
    cpu_mean <- (cpu[["user.self"]] + cpu[["sys.self"]]) / n
    list(case = json_str(id), median_ms = json_num(1000 * median(times)), min_ms = json_num(1000 * min(times)),
         cpu_mean_ms = json_num(1000 * cpu_mean),
         reps = json_num(n), warmup_ms = json_num(1000 * warm), check = json_num(chk))
  }, error = function(e) list(case = json_str(id), error = json_str(conditionMessage(e))))
  emit(out)
}
