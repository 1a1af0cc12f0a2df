#!/usr/bin/env bash
# The git-scraping way of keeping revisions, the baseline of `scripts/bench import`:
# one repository, one file per article, and for each revision: copy the file, git add, git commit.
#
#   git-loop.sh HISTORY_DIR REPO       HISTORY_DIR/<id>/<revision files>, REPO made afresh
set -euo pipefail
hist="$1" repo="$2"
rm -rf "$repo"
git init -q "$repo"
cd "$repo"
git config user.name bench
git config user.email bench@localhost
for article in "$hist"/*/; do
  id=$(basename "$article")
  for file in "$article"*.txt; do
    cp "$file" "$id.txt"
    git add "$id.txt"
    git commit -q -m "$id $(basename "$file")"
  done
done
