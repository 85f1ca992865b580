#!/usr/bin/env python3
"""The build users run: `dotnet build` of a consumer of the packed PaperData package, per digest size, for two
source trees side by side (a baseline, e.g. main, and this tree) in the same run.

Per build: wall time of `dotnet build` (restore done before, not timed), peak resident set (VmHWM) of the `csc`
process (UseSharedCompilation=false, so the compiler is its own process; /proc polled every 50 ms), the
generator's time as the compiler reports it (-p:ReportAnalyzer=true), the size of the generated source on disk,
and the built app's first access (Main to the first paper's title and abstract) and first search, median of runs.

  python3 benchmarks/build-bench.py --baseline /path/to/main-tree [--sizes 57,1000,10000,50000] [--work DIR]

Linux only (reads /proc). The package is packed with ReadyToRun code for linux-x64 only, which is what runs here.
"""
import argparse, glob, os, re, statistics, subprocess, sys, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.dirname(HERE)

PROGRAM = r'''using System;
using System.Diagnostics;
using PaperData;
public static class Program
{
    public static void Main()
    {
        long start = Stopwatch.GetTimestamp();
        Paper first = Bench.BenchPapers.All[0];
        int length = first.Title.Length + first.Abstract.Length;
        double access = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        start = Stopwatch.GetTimestamp();
        int hits = Bench.BenchPapers.Catalog.Search("diffusion", 10).Count;
        double search = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant($"first-access-ms={access:F3} first-search-ms={search:F3} check={length + hits}"));
    }
}
'''

PROJECT = '''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Bench</RootNamespace>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591</NoWarn>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <PaperDataMaxDigestBytes>1073741824</PaperDataMaxDigestBytes>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PaperData" Version="{version}" />
    <PaperDigest Include="{digest}" ClassName="BenchPapers" />
  </ItemGroup>
</Project>
'''


def run(args, cwd, log=None, check=True):
    with open(log, 'w') if log else open(os.devnull, 'w') as out:
        p = subprocess.run(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    if check and p.returncode != 0:
        sys.exit('failed: ' + ' '.join(args) + (' (log: ' + log + ')' if log else ''))
    return p.returncode


class CscPeak(threading.Thread):
    """Polls /proc for csc processes and keeps the largest VmHWM seen (kB)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.stop = False

    def run(self):
        while not self.stop:
            for pid in os.listdir('/proc'):
                if not pid.isdigit():
                    continue
                try:
                    with open('/proc/' + pid + '/cmdline', 'rb') as f:
                        argv = f.read().split(b'\0')
                    # The SDK starts the compiler as its apphost (.../Roslyn/bincore/csc) or as `dotnet csc.dll`.
                    if not any(os.path.basename(arg) in (b'csc', b'csc.dll') for arg in argv[:2]):
                        continue
                    with open('/proc/' + pid + '/status') as f:
                        for line in f:
                            if line.startswith('VmHWM:'):
                                self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    pass
            time.sleep(0.05)


def pack(tree, version, work, name):
    feed = os.path.join(work, 'feed')
    if os.path.exists(os.path.join(feed, 'PaperData.' + version + '.nupkg')):
        return  # --stamp of an earlier run: its packages are reused
    print('packing', name, 'from', tree, flush=True)
    run(['dotnet', 'pack', os.path.join(tree, 'src', 'PaperData'), '-c', 'Release', '-o', feed,
         '-p:PackageVersion=' + version, '-p:PaperDataReadyToRunRids=linux-x64',
         '--artifacts-path', os.path.join(work, 'pack-' + name), '-nodeReuse:false', '-tl:off'],
        tree, os.path.join(work, 'pack-' + name + '.log'))


def consumer(work, name, version, size, digest):
    d = os.path.join(work, name + '-' + str(size))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'App.csproj'), 'w') as f:
        f.write(PROJECT.format(version=version, digest=digest))
    with open(os.path.join(d, 'Program.cs'), 'w') as f:
        f.write(PROGRAM)
    return d


def measure(d, runs):
    run(['dotnet', 'restore', '-nodeReuse:false', '-tl:off'], d, os.path.join(d, 'restore.log'))
    peak = CscPeak()
    peak.start()
    start = time.monotonic()
    run(['dotnet', 'build', '-c', 'Release', '--no-restore', '-nodeReuse:false', '-tl:off', '-v:d',
         '-p:UseSharedCompilation=false', '-p:ReportAnalyzer=true'], d, os.path.join(d, 'build.log'))
    wall = time.monotonic() - start
    peak.stop = True
    peak.join()
    with open(os.path.join(d, 'build.log'), errors='replace') as f:
        times = re.findall(r'^\s*([\d.]+)\s+\S+\s+PaperData\.Generator\.DigestGenerator\s*$', f.read(), re.M)
    generator = float(times[-1]) if times else float('nan')
    generated = sum(os.path.getsize(p) for p in glob.glob(os.path.join(d, 'obj', '**', '*.g.cs'), recursive=True)
                    if 'PaperData.Generator' in p)
    app = os.path.join(d, 'bin', 'Release', 'net10.0', 'App.dll')
    access, search = [], []
    for i in range(runs + 1):
        out = subprocess.run(['dotnet', app], capture_output=True, text=True, check=True).stdout
        m = re.search(r'first-access-ms=([\d.]+) first-search-ms=([\d.]+)', out)
        if i > 0:  # the first run warms the disk cache
            access.append(float(m.group(1)))
            search.append(float(m.group(2)))
    return dict(wall=wall, peak_mb=peak.peak_kb / 1024, generator=generator, generated_mb=generated / 1e6,
                access=statistics.median(access), access_min=min(access), search=statistics.median(search))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--baseline', required=True, help='a source tree to compare with (e.g. a checkout of main)')
    ap.add_argument('--sizes', default='57,1000,10000,50000')
    ap.add_argument('--runs', type=int, default=7)
    ap.add_argument('--stamp', default=time.strftime('%Y%m%d%H%M%S'), help='package version suffix; the same stamp reuses packed packages')
    ap.add_argument('--work', default=os.path.join(os.environ.get('TMPDIR', '/tmp'), 'paperdata-build-bench'))
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(',')]
    work = a.work
    os.makedirs(work, exist_ok=True)
    stamp = a.stamp
    with open(os.path.join(work, 'nuget.config'), 'w') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <config><add key="globalPackagesFolder" value="'
                + os.path.join(work, 'packages') + '" /></config>\n  <packageSources><add key="bench" value="'
                + os.path.join(work, 'feed') + '" /></packageSources>\n  <fallbackPackageFolders><add key="machine" value="'
                + os.path.expanduser('~/.nuget/packages') + '" /></fallbackPackageFolders>\n</configuration>\n')
    for name in ('Directory.Build.props', 'Directory.Build.targets'):
        with open(os.path.join(work, name), 'w') as f:
            f.write('<Project />\n')
    subprocess.run(['cp', os.path.join(TREE, 'global.json'), work], check=True)

    digests = {size: os.path.join(work, 'digest-' + str(size) + '.txt') for size in sizes}
    if not all(os.path.exists(d) for d in digests.values()):
        print('building the digest writer', flush=True)
        bench = os.path.join(TREE, 'benchmarks', 'PaperData.Benchmarks')
        run(['dotnet', 'build', '-c', 'Release', bench, '-nodeReuse:false', '-tl:off'], TREE, os.path.join(work, 'bench-build.log'))
        dll = os.path.join(bench, 'bin', 'Release', 'net10.0', 'PaperData.Benchmarks.dll')
        for size in sizes:
            if not os.path.exists(digests[size]):
                run(['dotnet', dll, 'digest', str(size), digests[size]], TREE)

    variants = [('baseline', a.baseline, '1.0.0-bench-base-' + stamp), ('new', TREE, '1.0.0-bench-new-' + stamp)]
    for name, tree, version in variants:
        pack(tree, version, work, name)

    rows = []
    for size in sizes:
        for name, tree, version in variants:
            print('building', name, size, 'papers', flush=True)
            r = measure(consumer(work, name, version, size, digests[size]), a.runs)
            r.update(name=name, size=size, digest_mb=os.path.getsize(digests[size]) / 1e6)
            print(r, flush=True)
            rows.append(r)

    print()
    print('| Papers | Digest MB | Tree | Build wall (s) | csc peak RSS (MB) | Generator, as csc reports it (s) | Generated source (MB) | First access, median (fastest) (ms) | First search, median (ms) |')
    print('|---:|---:|---|---:|---:|---:|---:|---:|---:|')
    for r in rows:
        print('| {size:,} | {digest_mb:.1f} | {name} | {wall:.1f} | {peak_mb:.0f} | {generator:.2f} | {generated_mb:.1f} | {access:.2f} ({access_min:.2f}) | {search:.2f} |'.format(**r))


if __name__ == '__main__':
    main()
