# Builds dist\casedesk-<version>-windows-x64-setup.exe on a Windows machine with Python 3.11+
# and Inno Setup 6 (iscc.exe on PATH or in its default folder).
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
$python = "$root\.venv\Scripts\python.exe"
& $python -m pip install -q -e ".[bundle]"
& $python installers\translations.py compile
& $python -m PyInstaller --noconfirm --clean --distpath build\bundle\dist --workpath build\bundle\work installers\casedesk.spec
$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
# The bundled self-test must pass before an installer is made from the folder.
& "$root\build\bundle\dist\casedesk\casedesk-cli.exe" self-test
if ($LASTEXITCODE -ne 0) { throw "The bundled self-test failed." }
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DSourceDir=$root\build\bundle\dist\casedesk" installers\windows\casedesk.iss
