#!/usr/bin/env pwsh
# mrs build script. Run with PowerShell 7.6.9 as a local tool:
#   dotnet tool restore
#   dotnet pwsh build.ps1 [restore|build|test|pack|publish|demo|bench|fuzz|all] [-Configuration Release]
#   dotnet pwsh build.ps1 fuzz [-FuzzSeconds 300] [-FuzzSeed 1]
param(
    [Parameter(Position = 0)]
    [ValidateSet('restore', 'build', 'test', 'pack', 'publish', 'demo', 'bench', 'fuzz', 'all')]
    [string] $Target = 'all',
    [string] $Configuration = 'Release',
    [int] $FuzzSeconds = 300,
    [int] $FuzzSeed = 1
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$solution = Join-Path $root 'MachineReadableStandards.sln'
$out = Join-Path $root 'out'

function Invoke-Step([string] $title, [scriptblock] $action) {
    Write-Host "==> $title" -ForegroundColor Cyan
    & $action
    if ($LASTEXITCODE -ne 0) { throw "$title failed (exit code $LASTEXITCODE)" }
}

function Restore { Invoke-Step 'restore' { dotnet restore $solution } }

function Build { Invoke-Step "build ($Configuration)" { dotnet build $solution -c $Configuration --no-restore } }

function Test {
    # Prints 'N passed, N failed' from the Microsoft.Testing.Platform summary, and fails when a test fails.
    Write-Host '==> test' -ForegroundColor Cyan
    $log = Join-Path ([System.IO.Path]::GetTempPath()) "mrs-test-$PID.log"
    dotnet test --solution $solution -c $Configuration --no-build 2>&1 | Tee-Object -FilePath $log | Out-Host
    $code = $LASTEXITCODE
    $text = Get-Content $log -Raw
    $total = if ($text -match '(?m)^\s*total:\s*(\d+)') { [int]$Matches[1] } else { 0 }
    $failed = if ($text -match '(?m)^\s*failed:\s*(\d+)') { [int]$Matches[1] } else { 0 }
    $passed = if ($text -match '(?m)^\s*succeeded:\s*(\d+)') { [int]$Matches[1] } else { 0 }
    if ($total -eq 0) { $failed = [Math]::Max($failed, 1) }
    Write-Host "$passed passed, $failed failed"
    if ($code -ne 0 -or $failed -ne 0) { throw "tests failed (exit code $code)" }
}

function Pack {
    # The tool is RID-specific (.NET 10): the pointer package Mrs.Tool and the framework-dependent fallback (any); the
    # native AOT packages are packed on each platform with `dotnet pack src/Mrs.Cli -r <rid>` (README: Install).
    $project = Join-Path $root 'src/Mrs.Cli/Mrs.Cli.csproj'
    $packages = Join-Path $out 'packages'
    Invoke-Step 'pack (pointer package)' { dotnet pack $project -c $Configuration -o $packages }
    Invoke-Step 'pack (any: framework-dependent)' { dotnet pack $project -c $Configuration -r any -o $packages }
}

function Publish {
    # The native AOT mrs for this machine (linux-x64, linux-arm64, win-x64, osx-arm64) in out/mrs: one executable, no
    # .NET needed to run it. Needs clang (Linux) or the C++ build tools (Windows) for the native link.
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    $mrs = Join-Path $out 'mrs'
    Invoke-Step "publish (native AOT, $rid)" {
        dotnet publish (Join-Path $root 'src/Mrs.Cli/Mrs.Cli.csproj') -c $Configuration -r $rid -o $mrs
    }
    $exe = Join-Path $mrs ($IsWindows ? 'mrs.exe' : 'mrs')
    Invoke-Step 'publish: smoke (mrs --version)' { & $exe --version }
}

function Demo {
    # The main job on the bundled samples: import the two Word standards (samples/word, written by make-samples.py)
    # into out/demo, then validate the imported models and the two hand-written sample models.
    $mrs = @('run', '--project', (Join-Path $root 'src/Mrs.Cli'), '-c', $Configuration, '--no-build', '--')
    $demo = Join-Path $out 'demo'
    New-Item -ItemType Directory -Force -Path $demo | Out-Null
    $models = @()
    foreach ($name in @('gbt-sample', 'iso-sample')) {
        $docx = Join-Path $root "samples/word/$name.docx"
        $model = Join-Path $demo "$name.std.yaml"
        Invoke-Step "demo: import samples/word/$name.docx" { dotnet @mrs import $docx -o $model }
        $models += $model
    }
    $models += Join-Path $root 'samples/gbt-sample.std.yaml'
    $models += Join-Path $root 'samples/iso-sample.std.yaml'
    Invoke-Step 'demo: validate the imported and the hand-written samples' { dotnet @mrs validate @models }
}

function Bench {
    # Whole-process wall time and peak memory of mrs (native AOT and JIT), pandoc and mammoth on the same files in one
    # run (bench/bench.sh: MQTT-SN and 20 corpus documents); BenchmarkDotNet's in-process benchmarks of the stages are
    # `dotnet run --project tests/Mrs.Benchmarks -c Release -- --filter '*'`.
    Invoke-Step 'bench' { bash (Join-Path $root 'bench/bench.sh') }
}

function Fuzz {
    # The seeded mutation fuzzer (tests/Mrs.Fuzz) over the XML parts of the corpus's Word documents and over model
    # files: findings are saved with their input under out/fuzz/findings and fail the target. With AFL++ installed
    # (afl-fuzz on PATH; apt-get install afl++), the same targets also run coverage-guided for the same time, through
    # SharpFuzz (the sharpfuzz tool of dotnet-tools.json instruments the mrs assemblies of a copy of the build).
    Invoke-Step 'fuzz: build' { dotnet build (Join-Path $root 'tests/Mrs.Fuzz/Mrs.Fuzz.csproj') -c Release }
    $bin = Join-Path $root 'tests/Mrs.Fuzz/bin/Release/net10.0'
    $fuzzOut = Join-Path $out 'fuzz'
    Invoke-Step "fuzz: mutation fuzzing, $FuzzSeconds s, seed $FuzzSeed" {
        dotnet (Join-Path $bin 'mrs-fuzz.dll') mutate --seconds $FuzzSeconds --seed $FuzzSeed --out $fuzzOut
    }
    if (-not (Get-Command afl-fuzz -ErrorAction SilentlyContinue)) {
        Write-Host 'fuzz: afl-fuzz is not installed; coverage-guided fuzzing skipped (apt-get install afl++)'
        return
    }
    $afl = Join-Path $fuzzOut 'afl'
    $aflBin = Join-Path $afl 'bin'
    Remove-Item -Recurse -Force $afl -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force -Path $aflBin, (Join-Path $afl 'in') | Out-Null
    Copy-Item -Recurse (Join-Path $bin '*') $aflBin
    foreach ($assembly in @('Mrs.Import.dll', 'Mrs.Serialization.dll', 'Mrs.Model.dll')) {
        Invoke-Step "fuzz: instrument $assembly" { dotnet tool run sharpfuzz (Join-Path $aflBin $assembly) }
    }
    # Seeds: the main document part of the sample Word files.
    $i = 0
    foreach ($docx in Get-ChildItem (Join-Path $root 'samples/word') -Filter *.docx) {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($docx.FullName)
        try {
            $entry = $zip.GetEntry('word/document.xml')
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $afl "in/seed$i.xml"), $true)
            $i++
        } finally { $zip.Dispose() }
    }
    $env:AFL_SKIP_BIN_CHECK = '1'
    $env:AFL_NO_UI = '1'
    $env:AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES = '1'
    afl-fuzz -i (Join-Path $afl 'in') -o (Join-Path $afl 'findings') -t 10000 -m none -V $FuzzSeconds -- dotnet (Join-Path $aflBin 'mrs-fuzz.dll') afl docx
    $crashes = @(Get-ChildItem (Join-Path $afl 'findings/default/crashes') -Filter 'id*' -ErrorAction SilentlyContinue).Count
    Write-Host "fuzz: AFL++ found $crashes crashing inputs (out/fuzz/afl/findings)"
    if ($crashes -gt 0) { throw 'AFL++ found crashes' }
}

switch ($Target) {
    'restore' { Restore }
    'build' { Restore; Build }
    'test' { Restore; Build; Test }
    'pack' { Restore; Build; Pack }
    'publish' { Restore; Publish }
    'demo' { Restore; Build; Demo }
    'bench' { Bench }
    'fuzz' { Restore; Fuzz }
    'all' { Restore; Build; Test; Pack; Publish; Demo }
}
