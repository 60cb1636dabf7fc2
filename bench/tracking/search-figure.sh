#!/usr/bin/env bash
# Figure (4) of issue 4: search over 100,000 runs with a 3-clause filter, target < 100 ms.
#
# Contract with bench/tracking/run (which boots the platform and calls this script):
#   in:  AIP_URL   base URL of a running platform, e.g. http://127.0.0.1:18381
#        AIP_TOKEN a token with the right to create projects (the bench's admin token)
#        RUNS (100000), WRITERS (8), QUERIES (100): optional
#   out: a few lines on stdout, the figure on the last; exit status non-zero on failure (message on stderr).
# It seeds RUNS runs (3 metrics, 3 params, 2 tags each) into a new project through the native REST API (create run
# + log-batch per run, WRITERS at a time), then times QUERIES sequential POST /api/v1/runs/search calls after a
# warm-up, for the first page (100 runs, latest first) of
#   metrics.loss < 0.5 AND params.optimizer = 'adam' AND tags.team = 'vision'      (about 2.5% of the runs match)
#
#   AIP_URL=http://127.0.0.1:8181 AIP_TOKEN=... bench/tracking/search-figure.sh
set -euo pipefail
: "${AIP_URL:?set AIP_URL}" "${AIP_TOKEN:?set AIP_TOKEN}"
exec java "$(dirname "$0")/SearchFigure.java" "$AIP_URL" "$AIP_TOKEN" "${RUNS:-100000}" "${WRITERS:-8}" \
  "${QUERIES:-100}"
