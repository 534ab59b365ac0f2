#!/usr/bin/env bash
# Runs the food-search relevance benchmark (queries-*.tsv) through the real app and prints its report:
# top-1 and top-3 overall and by kind, then each query whose first answer is wrong.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet test tests/CrampInfo.Tests --filter "FullyQualifiedName~CrampInfo.Tests.Search.SearchRelevanceTests" \
    --logger "console;verbosity=detailed" "$@" \
  | sed -n '/food search: /,/^$/p; /Passed!\|Failed!/p'
