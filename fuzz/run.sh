#!/usr/bin/env bash
# Fuzzes PaperData's parser and emitter with SharpFuzz + AFL++ for a bounded time, then prints what it found.
#
#   fuzz/run.sh [SECONDS] [TARGET]      SECONDS defaults to 600; TARGET is emit (parse + model + emit, default),
#                                       parse (the text parser alone) or json (JSON parser + model + emit)
#
# It installs what it needs (afl++ from Debian's packages when afl-fuzz is missing, the SharpFuzz.CommandLine
# tool from the repository's tool manifest), publishes the harness, instruments PaperData.Fuzz.Targets.dll (the
# parser and generator sources) and runs afl-fuzz over the target's seed corpus (fuzz/corpus for text digests,
# fuzz/corpus-json for json) with its token dictionary (fuzz/digest.dict, fuzz/json.dict). Findings stay in
# fuzz/findings/TARGET (git-ignored); a second run resumes there. Crashing inputs are replayed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
target=${2:-emit}
case "$target" in
  parse|emit) corpus=fuzz/corpus dict=fuzz/digest.dict ;;
  json) corpus=fuzz/corpus-json dict=fuzz/json.dict ;;
  *) echo "unknown target '$target': use parse, emit or json" >&2; exit 2 ;;
esac
case "$seconds" in ''|*[!0-9]*) echo "SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz not found: installing Debian's afl++ package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

dotnet tool restore >/dev/null

out=fuzz/bin/publish
findings=fuzz/findings/$target
# A fresh publish every time: instrumenting an already instrumented assembly fails.
rm -rf "$out"
dotnet publish fuzz/PaperData.Fuzz/PaperData.Fuzz.csproj -c Release -o "$out" -v quiet -nologo
dotnet tool run sharpfuzz "$out/PaperData.Fuzz.Targets.dll"

# The target is `dotnet`, not a binary built with afl's compiler: skip afl's binary checks. No CPU pinning on a
# shared machine; no core_pattern changes needed for crashes reported by the harness.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1 AFL_FORKSRV_INIT_TMOUT=60000
[ -t 1 ] || export AFL_NO_UI=1
mkdir -p "$findings"
afl-fuzz -i "$corpus" -o "$findings" -x "$dict" -t 5000 -m none -V "$seconds" -- dotnet "$out/PaperData.Fuzz.dll" "$target" || true

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz wrote no statistics: it did not start (see its output above)" >&2
  exit 1
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|unique_crashes|saved_hangs|unique_hangs) ' "$stats"

crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "crashing inputs: $crashes"
if [ "$crashes" -gt 0 ]; then
  # Replay them with the uninstrumented harness, so each prints its exception.
  dotnet build fuzz/PaperData.Fuzz/PaperData.Fuzz.csproj -c Release -v quiet -nologo >/dev/null
  dotnet fuzz/PaperData.Fuzz/bin/Release/net10.0/PaperData.Fuzz.dll "$target" --replay "$findings/default/crashes" || true
  exit 1
fi
