#!/usr/bin/env bash
# Checks that every quote in the seed occurs verbatim in its source document.
# Usage: tools/check-quotes.sh [DOCUMENTS_DIR]   (default: ../shared/seeds beside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-../shared/seeds}"
if [ ! -d "$docs" ]; then
  echo "check-quotes: no documents at $docs" >&2
  exit 2
fi
./mvnw -B -q test -Dtest=SourceQuotesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcatalogue.documents="$(cd "$docs" && pwd)" -Dcatalogue.documents.required=true
echo "check-quotes: every quote occurs verbatim in $docs"
