# semkit bench: the R side. Times lavaan 0.6-14 / psych 2.2.9 on the same cases as bench/cases.mjs.
#
# Usage (from the repository root; bench/run.mjs calls it):
#   Rscript bench/r/bench.R --root=. --budget=1 --min-reps=3 --max-reps=1000 [case ...]
# With no case ids every case runs. Data are read (and tru4/swc3 reverse-coded as 6 - x) once, outside the
# timed region. Each timed lavaan call is the work a user does and the semkit side repeats exactly:
# sem()/cfa(), then parameterEstimates() and fitMeasures() (semkit computes SEs and fit measures lazily, so
# timing its sem() alone would flatter it; lavaan's fitMeasures() is cheap for ML but about half the time
# for MLR + FIML). psych's fa() and alpha() compute everything eagerly, as semkit's efa() and alpha() do.
# Prints "BENCH {json}" lines (see timing.R) and a "BENCH-INFO" line with versions.

args <- commandArgs(trailingOnly = TRUE)
opt <- function(name, default) {
  hit <- grep(paste0("^--", name, "="), args, value = TRUE)
  if (length(hit) == 0) default else sub(paste0("^--", name, "="), "", hit[1])
}
root <- opt("root", ".")
budget <- as.numeric(opt("budget", "1"))
min_reps <- as.integer(opt("min-reps", "3"))
max_reps <- as.integer(opt("max-reps", "1000"))
wanted <- args[!grepl("^--", args)]

script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1]))
source(file.path(script_dir, "timing.R"))

suppressPackageStartupMessages({
  library(lavaan)
  library(psych)
})
cat("BENCH-INFO {\"R\":", json_str(paste(R.version$major, R.version$minor, sep = ".")),
    ",\"lavaan\":", json_str(as.character(packageVersion("lavaan"))),
    ",\"psych\":", json_str(as.character(packageVersion("psych"))),
    ",\"GPArotation\":", json_str(if (requireNamespace("GPArotation", quietly = TRUE)) as.character(packageVersion("GPArotation")) else "absent"),
    ",\"blas\":", json_str(extSoftVersion()[["BLAS"]]), "}\n", sep = "")

model_text <- function(name) paste(readLines(file.path(root, "bench", "models", name)), collapse = "\n")
data_file <- function(name) file.path(root, "data", name)

hs <- read.csv(data_file("HolzingerSwineford1939.csv"))
pd <- read.csv(data_file("PoliticalDemocracy.csv"))
loy <- read.csv(data_file("loyalty_survey.csv"))
loy$tru4 <- 6 - loy$tru4
loy$swc3 <- 6 - loy$swc3
items25 <- c("sq1", "sq2", "sq3", "sq4", "pv1", "pv2", "pv3", "sat1", "sat2", "sat3", "sat4",
             "tru1", "tru2", "tru3", "tru4", "swc1", "swc2", "swc3", "alt1", "alt2", "alt3",
             "loy1", "loy2", "loy3", "loy4")
core15 <- c("sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4",
            "swc1", "swc2", "swc3", "loy1", "loy2", "loy3", "loy4")
fa_data <- na.omit(loy[, items25])
tru_items <- loy[, c("tru1", "tru2", "tru3", "tru4")]

m_hs <- model_text("hs1939.lav")
m_pd <- model_text("poldem.lav")
m_full <- model_text("loyalty_full.lav")
m_core <- model_text("loyalty_core.lav")

# A lavaan fit as a user consumes it: estimates with SEs and the fit measures.
lav_results <- function(fit) list(fit = fit, pe = parameterEstimates(fit), fm = fitMeasures(fit))
chisq_of <- function(r) unname(r$fm["chisq"])
scaled_of <- function(r) unname(r$fm["chisq.scaled"])

cases <- list(
  hs1939_cfa = list(
    run = function() lav_results(cfa(m_hs, data = hs)), check = chisq_of),
  poldem_sem = list(
    run = function() lav_results(sem(m_pd, data = pd)), check = chisq_of),
  loyalty_full = list(
    run = function() lav_results(sem(m_full, data = loy)), check = chisq_of),
  loyalty_core_fiml_mlr = list(
    run = function() lav_results(sem(m_core, data = loy, estimator = "MLR", missing = "ml")), check = scaled_of),
  loyalty_core_wlsmv = list(
    run = function() lav_results(sem(m_core, data = loy[, core15], ordered = TRUE, estimator = "WLSMV")),
    check = scaled_of),
  loyalty_core_boot = list(
    run = function() { set.seed(1); lav_results(sem(m_core, data = loy, se = "bootstrap", bootstrap = 1000L)) },
    check = chisq_of),
  fa_loyalty = list(
    run = function() fa(fa_data, nfactors = 7, fm = "minres", rotate = "oblimin"),
    check = function(f) f$rms),
  alpha_tru = list(
    run = function() alpha(tru_items),
    check = function(a) a$total$raw_alpha)
)

# PLS-SEM: seminr 2.3.2 (not in Debian; install it from source as test/fixtures/pls/README.md says and put its
# library on R_LIBS). The ECSI model of seminr's vignette, all composites mode A, path weighting.
has_seminr <- suppressWarnings(requireNamespace("seminr", quietly = TRUE))
if (has_seminr) {
  mobi <- read.csv(data_file("mobi.csv"))
  ecsi_mm <- seminr::constructs(
    seminr::composite("Image",        seminr::multi_items("IMAG", 1:5)),
    seminr::composite("Expectation",  seminr::multi_items("CUEX", 1:3)),
    seminr::composite("Quality",      seminr::multi_items("PERQ", 1:7)),
    seminr::composite("Value",        seminr::multi_items("PERV", 1:2)),
    seminr::composite("Satisfaction", seminr::multi_items("CUSA", 1:3)),
    seminr::composite("Complaints",   seminr::single_item("CUSCO")),
    seminr::composite("Loyalty",      seminr::multi_items("CUSL", 1:3)))
  ecsi_sm <- seminr::relationships(
    seminr::paths(from = "Image",        to = c("Expectation", "Satisfaction", "Loyalty")),
    seminr::paths(from = "Expectation",  to = c("Quality", "Value", "Satisfaction")),
    seminr::paths(from = "Quality",      to = c("Value", "Satisfaction")),
    seminr::paths(from = "Value",        to = c("Satisfaction")),
    seminr::paths(from = "Satisfaction", to = c("Complaints", "Loyalty")),
    seminr::paths(from = "Complaints",   to = "Loyalty"))
  cases$pls_ecsi <- list(
    run = function() suppressMessages(seminr::estimate_pls(mobi, ecsi_mm, ecsi_sm)),
    check = function(m) m$path_coef["Satisfaction", "Loyalty"])
}

if (length(wanted) == 0) wanted <- names(cases)
for (id in wanted) {
  if (is.null(cases[[id]])) {
    why <- if (startsWith(id, "pls_") && !has_seminr) "seminr is not installed (see test/fixtures/pls/README.md)" else "no R version of this case"
    emit(list(case = json_str(id), error = json_str(why)))
    next
  }
  time_case(id, cases[[id]]$run, cases[[id]]$check, budget, min_reps, max_reps)
}
