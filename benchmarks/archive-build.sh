#!/usr/bin/env bash
# The archive benchmark through the package: a consumer with <PaperDigest Include="papers/*.json" ClassName="Archive" />
# over DAYS (365) synthetic daily_papers files (benchmarks/PaperData.Benchmarks "archive"), built with the packed
# PaperData from FEED at VERSION; then the next day's file is added and the project built again.
# Reports: the generator's time as the compiler reports it (-p:ReportAnalyzer=true), the compiler's peak resident
# memory (csc as its own process, UseSharedCompilation=false: the highest VmHWM of Roslyn/bincore/csc, sampled every 0.1 s) and the build's wall time.
# Usage: benchmarks/archive-build.sh FEED VERSION [DAYS]   (pack first: dotnet pack src/PaperData -c Release -o FEED -p:PackageVersion=VERSION)
set -euo pipefail
FEED=$(realpath "$1"); VERSION=$2; DAYS=${3:-365}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${TMPDIR:-/tmp}/paperdata-archive-bench
BENCH=$ROOT/benchmarks/PaperData.Benchmarks/bin/Release/net10.0/PaperData.Benchmarks.dll
rm -rf "$WORK"; mkdir -p "$WORK/app"
dotnet "$BENCH" archive "$DAYS" --out "$WORK/app/papers" --write-only
CACHE=${NUGET_PACKAGES:-$HOME/.nuget/packages}
cat > "$WORK/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$WORK/packages" /></config>
  <packageSources><add key="paperdata-under-test" value="$FEED" /></packageSources>
  <fallbackPackageFolders><add key="machine-cache" value="$CACHE" /></fallbackPackageFolders>
</configuration>
XML
cp "$ROOT/global.json" "$WORK/global.json"
echo '<Project />' > "$WORK/Directory.Build.props"; echo '<Project />' > "$WORK/Directory.Build.targets"
cat > "$WORK/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PaperData" Version="$VERSION" />
    <PaperDigest Include="papers/*.json" ClassName="Archive" />
  </ItemGroup>
</Project>
XML
cd "$WORK/app"
dotnet restore -nodeReuse:false -tl:off > "$WORK/restore.log"

# The highest VmHWM of any csc.dll process while the build runs.
sample_csc_peak() {
  local peak=0
  while [ -e "$WORK/building" ]; do
    for pid in $(pgrep -f 'Roslyn/bincore/csc ' || true); do
      kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
      [ "${kb:-0}" -gt "$peak" ] && peak=$kb
    done
    sleep 0.1
  done
  echo "$peak" > "$WORK/csc-peak-kb"
}

build() {
  local label=$1
  touch "$WORK/building"; sample_csc_peak & local sampler=$!
  local start=$(date +%s.%N)
  dotnet build --no-restore -c Release -p:ReportAnalyzer=true -p:UseSharedCompilation=false -nodeReuse:false -m:1 -tl:off -v:d > "$WORK/$label.log" 2>&1 || { tail -30 "$WORK/$label.log"; rm -f "$WORK/building"; exit 1; }
  local end=$(date +%s.%N)
  rm -f "$WORK/building"; wait $sampler
  local generator=$(grep -m1 -E '^\s*[0-9.<]+\s+[0-9]+\s+PaperData\.Generator\.DigestGenerator' "$WORK/$label.log" | awk '{print "DigestGenerator " $1 " s"}' || true)
  local total=$(grep -m1 -i 'Total generator execution time' "$WORK/$label.log" || true)
  echo "$label: build wall $(echo "$end - $start" | bc) s; compiler peak $(( $(cat "$WORK/csc-peak-kb") / 1024 )) MB; ${total:-no generator total}; ${generator:-no generator line}" | tr -s ' '
}

echo "files=$(ls papers | wc -l) bytes=$(cat papers/*.json | wc -c)"
NEXT="papers/$(date -u -d "2025-01-01 + $DAYS days" +%Y-%m-%d).json"
build build-365
cp next-day.json "$NEXT"
build build-added-day

# The same two builds through the compiler server with its generator cache (<Features>enable-generator-cache</Features>,
# see README): the server keeps the generator driver between builds, so the second build's generator time is the
# incremental re-run after adding a day, as in the IDE. The server's memory is not the compiler's alone: no peak here.
rm -f "$NEXT"; rm -rf obj/Release bin
dotnet build-server shutdown > /dev/null 2>&1 || true
server_build() {
  local label=$1
  local start=$(date +%s.%N)
  dotnet build --no-restore -c Release -p:ReportAnalyzer=true -p:UseSharedCompilation=true -p:Features=enable-generator-cache -m:1 -tl:off -v:d > "$WORK/$label.log" 2>&1 || { tail -30 "$WORK/$label.log"; exit 1; }
  local end=$(date +%s.%N)
  local generator=$(grep -m1 -E '^\s*[0-9.<]+\s+[0-9]+\s+PaperData\.Generator\.DigestGenerator' "$WORK/$label.log" | awk '{print "DigestGenerator " $1 " s"}' || true)
  echo "$label: build wall $(echo "$end - $start" | bc) s; ${generator:-no generator line}" | tr -s ' '
}
server_build server-365
cp next-day.json "$NEXT"
server_build server-added-day
dotnet build-server shutdown > /dev/null 2>&1 || true
grep -h -E 'warning PD|error PD' "$WORK"/build-*.log "$WORK"/server-*.log | sort -u | head -5 || true
