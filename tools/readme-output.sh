#!/usr/bin/env bash
# Regenerates the "What the main job prints" block of README.md from a real run on a scratch database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
{
  echo '```text'
  echo '$ ./kurultai run samples/articles'
  ./kurultai --db "$work/readme.db" run samples/articles --out-dir "$work/out" 2>&1 | grep -v "^kurultai: building" | sed "s#$work/#./#g"
  echo '```'
} > "$work/block.md"
python3 - "$work/block.md" <<'PY'
import re, sys
block = open(sys.argv[1]).read().rstrip("\n")
readme = open("README.md").read()
start = readme.index("## What the main job prints")
end = readme.index("Running it again prints")
readme = readme[:start] + "## What the main job prints\n\n" + block + "\n\n" + readme[end:]
open("README.md", "w").write(readme)
PY
