#!/usr/bin/env bash
# Runs the notebooks in notebooks/ the way CI does, and fails on any error:
#   1. converts each notebook to a TypeScript script (jupyter nbconvert --to script) and type-checks it with
#      `deno check` (the Deno kernel itself does not type-check cells);
#   2. executes it headless with Deno's Jupyter kernel (jupyter nbconvert --to notebook, with --execute's
#      preprocessor extended in scripts/nbexec.py to keep outputs the kernel sends late), which
#      fails on the first cell that throws; the executed copy is then searched for error outputs, and for
#      cells that display something but have no output.
#
# Usage: bash scripts/notebooks.sh [--inplace] [notebooks/NAME.ipynb ...]
#   --inplace  write the outputs back into the notebooks (to refresh the committed outputs); by default the
#              executed copies go to a temporary folder and the notebooks are left as they are.
#
# Needs: `npm ci` (deno ships inside the npm package `deno`, found in node_modules/.bin) and Debian's
# jupyter-nbconvert, python3-nbclient and python3-ipykernel (/usr/bin/jupyter). The kernel comes from the
# project-local kernelspec jupyter/kernels/deno/kernel.json (JUPYTER_PATH), not from `deno jupyter --install`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

inplace=0
notebooks=()
for arg in "$@"; do
  case "$arg" in
    --inplace) inplace=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) notebooks+=("$arg") ;;
  esac
done
if [ "${#notebooks[@]}" -eq 0 ]; then
  notebooks=(notebooks/*.ipynb)
fi

export PATH="$root/node_modules/.bin:$PATH"
export JUPYTER_PATH="$root/jupyter"
export NO_COLOR=1
export DENO_NO_UPDATE_CHECK=1
JUPYTER="${JUPYTER:-/usr/bin/jupyter}"

command -v deno >/dev/null || { echo "notebooks: deno not found in node_modules/.bin; run npm ci first" >&2; exit 1; }
[ -x "$JUPYTER" ] || { echo "notebooks: $JUPYTER not found; apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel" >&2; exit 1; }
/usr/bin/python3 -c 'from jupyter_client.kernelspec import KernelSpecManager as K; print(K().find_kernel_specs().get("deno", ""))' \
  | grep -qx "$root/jupyter/kernels/deno" || { echo "notebooks: the deno kernelspec in $root/jupyter is not visible to jupyter" >&2; exit 1; }
echo "notebooks: $(deno --version | head -n 1), nbconvert $("$JUPYTER" nbconvert --version)"

# The scripts are type-checked from a folder one level below the root, so that "../src/index.ts" resolves as it
# does from notebooks/.
work="$(mktemp -d -p "$root" .notebooks.XXXXXX)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb" .ipynb)"
  start=$SECONDS
  ok=1
  echo "notebooks: $nb"
  if ! "$JUPYTER" nbconvert --log-level=WARN --to script --output-dir "$work" "$nb" \
      || ! deno check --quiet "$work/$name.ts"; then
    echo "notebooks: FAIL $nb: deno check" >&2
    ok=0
  fi
  if [ "$ok" -eq 1 ]; then
    if [ "$inplace" -eq 1 ]; then
      out="$nb"
      args=(--inplace)
    else
      out="$work/$name.executed.ipynb"
      args=(--output-dir "$work" --output "$name.executed")
    fi
    # nbexec.DenoExecutePreprocessor is nbconvert's ExecutePreprocessor (what --execute runs), except that it
    # also collects outputs the Deno kernel publishes just after a cell goes idle (see scripts/nbexec.py).
    if ! PYTHONPATH="$root/scripts${PYTHONPATH:+:$PYTHONPATH}" "$JUPYTER" nbconvert --log-level=WARN --to notebook \
        --NotebookExporter.preprocessors=nbexec.DenoExecutePreprocessor --ExecutePreprocessor.kernel_name=deno \
        --ExecutePreprocessor.timeout=900 "${args[@]}" "$nb" </dev/null; then
      echo "notebooks: FAIL $nb: a cell raised an error (see above)" >&2
      ok=0
    elif ! /usr/bin/python3 - "$out" <<'PY'
import json, re, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
bad = [i for i, c in enumerate(nb["cells"], 1) if c["cell_type"] == "code"
       and (c.get("execution_count") is None or any(o.get("output_type") == "error" for o in c.get("outputs", [])))]
# A cell that displays something (show(...), Deno.jupyter.display, console.log) must have an output.
shows = re.compile(r"^\s*(await\s+)?(show|Deno\.jupyter\.display|console\.log)\(", re.M)
lost = [i for i, c in enumerate(nb["cells"], 1) if c["cell_type"] == "code" and not c.get("outputs")
        and shows.search("".join(c["source"]))]
if bad:
    sys.exit("cells not run or with an error output: " + ", ".join(map(str, bad)))
if lost:
    sys.exit("cells that display something have no output: " + ", ".join(map(str, lost)))
PY
    then
      echo "notebooks: FAIL $nb: error output in the executed notebook" >&2
      ok=0
    fi
  fi
  if [ "$ok" -eq 1 ]; then
    passed=$((passed + 1))
    echo "notebooks: ok   $nb ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
  fi
done
echo "notebooks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
