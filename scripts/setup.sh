#!/usr/bin/env bash
# Sets lagebild up and runs the main job.
#
#   bash scripts/setup.sh                 install what is missing, then execute all notebooks
#   bash scripts/setup.sh --install-only  only install (used by .ci/run)
#   bash scripts/setup.sh --clean         also reinstall node_modules with `npm ci` even if current
#
# Install steps, each skipped when already done (so re-running is cheap):
#   1. Debian packages: jupyter-notebook jupyter-nbconvert python3-ipykernel (when
#      `jupyter nbconvert` is missing), fonts-dejavu-core (charts are rendered with it) and
#      chromium (when /usr/bin/chromium is missing; for test/browser.test.ts).
#   2. npm ci (when node_modules does not match package-lock.json).
#   3. Compiles src/analysis into dist/ (`npm run build`) for a quick command line, and the
#      optional native term scanner (native/, node-gyp against the local Node headers; when
#      that fails, one line says so and term counting runs in JavaScript).
#   4. Registers the tslab kernel project-locally in .jupyter/ (not in ~/.local).
# Main job: `lagebild report` executes every notebooks/*.ipynb headlessly into out/notebooks/
# (.ipynb + .html; the committed notebooks are left untouched), the notebooks export their
# charts into reports/, and reports/index.html gathers them. Exits non-zero when a cell fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

INSTALL_ONLY=0
CLEAN=0
for arg in "$@"; do
  case "$arg" in
    --install-only) INSTALL_ONLY=1 ;;
    --clean) CLEAN=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

# Python for the kernel registration: Debian's, since Jupyter comes from Debian (the python3
# on PATH may be another interpreter, e.g. pyenv, without jupyter_client).
PYTHON="${LAGEBILD_PYTHON:-/usr/bin/python3}"

# ---------------------------------------------------------------------------- Node
command -v node >/dev/null || die "node is missing (Node 20.19 or newer is needed)"
command -v npm >/dev/null || die "npm is missing"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node $(node --version) is too old: lagebild needs Node >= 20.19"

# ---------------------------------------------------------------------------- Debian packages
jupyter_ok() {
  { command -v jupyter >/dev/null && jupyter nbconvert --version >/dev/null 2>&1; } \
    || { [ -x /usr/bin/jupyter ] && /usr/bin/jupyter nbconvert --version >/dev/null 2>&1; }
}
has_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
if ! jupyter_ok || [ ! -x "$PYTHON" ] || ! "$PYTHON" -c 'import jupyter_client, ipykernel' 2>/dev/null; then
  missing+=(jupyter-notebook jupyter-nbconvert python3-ipykernel)
fi
if ! has_deb fonts-dejavu-core && [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  missing+=(fonts-dejavu-core)
fi
# Chromium for the browser tests (test/browser.test.ts drives it with playwright-core, which
# cannot download browsers here): Debian's package, /usr/bin/chromium.
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  command -v apt-get >/dev/null \
    || die "apt-get not found: install ${missing[*]} (or equivalents) yourself, then re-run"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} as root, then re-run"
    SUDO="sudo"
  fi
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  jupyter_ok || die "jupyter nbconvert still not working after installing ${missing[*]}"
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium still missing after installing ${missing[*]}"
else
  say "Debian packages: Jupyter, nbconvert, ipykernel, DejaVu fonts and Chromium already present"
fi

# ---------------------------------------------------------------------------- npm
# node_modules is current when npm's own record of it (node_modules/.package-lock.json)
# lists the same package versions as package-lock.json (optional packages for other
# platforms may be absent).
node_modules_current() {
  [ -f node_modules/.package-lock.json ] || return 1
  node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages;
    const have = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages;
    for (const [path, pkg] of Object.entries(want)) {
      if (path === "") continue;
      const got = have[path];
      if (!got) { if (pkg.optional || pkg.peer) continue; process.exit(1); }
      if (got.version !== pkg.version) process.exit(1);
    }
    for (const path of Object.keys(have)) if (!want[path]) process.exit(1);
  '
}
if [ "$CLEAN" -eq 1 ] || ! node_modules_current; then
  say "npm ci"
  npm ci --no-audit --no-fund
else
  say "node_modules matches package-lock.json (npm ci skipped; --clean forces it)"
fi
[ -x node_modules/.bin/tslab ] || die "node_modules/.bin/tslab missing after npm ci"

# ---------------------------------------------------------------------------- compiled command line
# bin/lagebild.js runs dist/ when it is newer than every source (start-up ~3× faster),
# else the TypeScript sources through tsx.
say "Compiling src/analysis → dist/ and the native term scanner (npm run build)"
npm run -s build

# ---------------------------------------------------------------------------- tslab kernel
say "Registering the tslab kernel in .jupyter/"
node_modules/.bin/tslab install --python "$PYTHON" --binary "$ROOT/node_modules/.bin/tslab" --prefix "$ROOT/.jupyter" >/dev/null
kernel_json="$ROOT/.jupyter/share/jupyter/kernels/tslab/kernel.json"
[ -f "$kernel_json" ] || die "tslab kernel registration did not produce $kernel_json"
grep -q "$ROOT/node_modules/.bin/tslab" "$kernel_json" || die "$kernel_json does not point at $ROOT/node_modules/.bin/tslab"
echo "kernel: $kernel_json"
echo "use it with: JUPYTER_PATH=\$PWD/.jupyter/share/jupyter jupyter notebook notebooks/"

if [ "$INSTALL_ONLY" -eq 1 ]; then
  say "Install done (--install-only)"
  exit 0
fi

# ---------------------------------------------------------------------------- main job
say "Report: executing notebooks → out/notebooks/, charts → reports/"
export DOTENV_CONFIG_QUIET=true
node bin/lagebild.js report
say "Done: open reports/index.html in a browser"
