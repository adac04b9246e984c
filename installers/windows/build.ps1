# Builds the Windows installer of Mentor Desk: MentorDesk-Setup-<version>.exe.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 -Venv .venv
#
# Needs: Python 3.11 (x64) on PATH as `py -3.11` or `python`, and Inno Setup 6 (ISCC.exe;
# found on PATH or in its default folder). Steps: a fresh virtual environment (or -Venv),
# the PyInstaller one-folder bundle, its --self-test, then ISCC. Output goes to
# build\installers\windows\.
param(
    [string]$Venv = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$Out = Join-Path $Root "build\installers\windows"
$Started = Get-Date

function Step($Text) {
    $Seconds = [int]((Get-Date) - $Started).TotalSeconds
    Write-Host "`n== $Text ($Seconds s)"
}
function Check($What) {
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force $Out | Out-Null

Step "Python environment"
if ($Venv -eq "") {
    $Venv = Join-Path $Out "venv"
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3.11 -m venv $Venv } else { python -m venv $Venv }
    Check "venv"
    & "$Venv\Scripts\python.exe" -m pip install -q --upgrade pip; Check "pip"
    & "$Venv\Scripts\python.exe" -m pip install -q "$Root[build]"; Check "pip install"
} else {
    $Venv = Resolve-Path $Venv
    & "$Venv\Scripts\python.exe" -m pip install -q "pyinstaller>=6.10"; Check "pip install"
}
$Python = "$Venv\Scripts\python.exe"

Step "PyInstaller one-folder bundle"
& $Python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath "$Out\dist" --workpath "$Out\work" "$Root\installers\mentor-desk.spec"
Check "PyInstaller"
$Bundle = Join-Path $Out "dist\mentor-desk"

Step "Self-test of the bundle"
& "$Bundle\mentor-desk.exe" --self-test; Check "self-test"
$SizeMB = [math]::Round(((Get-ChildItem -Recurse $Bundle | Measure-Object -Sum Length).Sum / 1MB), 1)
Write-Host "bundle size: $SizeMB MB"

Step "Inno Setup"
if ($Iscc -eq "") {
    $Found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
    else { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
}
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found: install it or pass -Iscc PATH" }
$Version = & $Python -c "from importlib.metadata import version; print(version('mentor-desk'))"
& $Iscc "/DAppVersion=$Version" "$Root\installers\windows\mentor-desk.iss"; Check "ISCC"

Step "Done"
Get-ChildItem "$Out\MentorDesk-Setup-*.exe" | ForEach-Object { Write-Host "installer: $($_.FullName)" }
