<#
.SYNOPSIS
  Builds the Windows deliverables of MSQ Offline into target\installer\:
    MSQ Offline-<version>.msi              per-user installer: no administrator rights needed
    msq-offline-<version>-windows-x64.zip  portable copy (USB stick), no installation needed

.DESCRIPTION
  Same recipe as installer/linux/build.sh: a jlink runtime with only the modules the app needs, the
  JavaFX jars from Maven (-win classifier) used as modules, JavaFX's DLLs copied into runtime\bin
  (so nothing is extracted to %USERPROFILE%\.openjfx at run time), CLDR data for the six UN
  languages only, and the JDK's CDS archive regenerated for this runtime (--generate-cds-archive).

  The .msi installs into %LOCALAPPDATA%\Programs\MSQ Offline (jpackage --win-per-user-install),
  adds a Start-menu entry in the group "MSQ Offline", offers a desktop shortcut, associates .asice
  and .msqd files, and upgrades an earlier version in place (fixed upgrade code below: NEVER change
  it, or Windows will install a second copy beside the old one instead of upgrading).

  Prerequisites (see README.md beside this script):
    - JDK 17 with jmods (e.g. Eclipse Temurin 17 JDK; JAVA_HOME set or jlink/jpackage on PATH)
    - Maven 3.8+ (unless -SkipBuild)
    - WiX Toolset 3.x (candle.exe, light.exe on PATH) for the .msi; jpackage 17 does not use WiX 4+

.PARAMETER SkipBuild
  Use target\app as it is; otherwise runs "mvn -B -q -DskipTests package" first. The build MUST run
  on Windows (or with -Djavafx.platform=win) so that target\app\lib holds javafx-*-win.jar.
.PARAMETER NoMsi
  Only the app-image and the portable zip.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param(
  [switch]$SkipBuild,
  [switch]$NoMsi
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Out = if ($env:OUT) { $env:OUT } else { Join-Path $Root 'target\installer' }
$Title = 'MSQ Offline'                     # launcher MSQ Offline.exe, Start-menu entry, install folder
$Vendor = 'MSQ Offline project'
$Description = 'Answer the UN E-Government Survey Member States Questionnaire offline'
$MainClass = 'org.msqoffline.Main'
# Fixed for the life of the product: lets a new .msi replace the installed version.
$UpgradeUuid = '8d3c6b0e-4f7a-4c59-9b1e-2a6f0c5d7e41'
$Locales = 'en,ar,zh,fr,ru,es'
$JavaOptions = @('-XX:+UseSerialGC', '-Xmn16m', '-XX:TieredStopAtLevel=1', '-Xss1m', '-Dfile.encoding=UTF-8', '-Xlog:cds=off,cds+dynamic=off')

function Log($msg) { Write-Host ("[{0:HH:mm:ss}] {1}" -f (Get-Date), $msg) }
function Die($msg) { Write-Error "error: $msg"; exit 1 }
function Run($exe, [string[]]$argList) {
  & $exe @argList
  if ($LASTEXITCODE -ne 0) { Die "$exe failed (exit $LASTEXITCODE)" }
}

# --- tools -----------------------------------------------------------------------------------
$JavaHome = $env:JAVA_HOME
if (-not $JavaHome) {
  $jp = Get-Command jpackage -ErrorAction SilentlyContinue
  if (-not $jp) { Die 'set JAVA_HOME to a JDK 17 (jpackage not found)' }
  $JavaHome = Split-Path (Split-Path $jp.Source)
}
$bin = Join-Path $JavaHome 'bin'
foreach ($t in 'jlink', 'jpackage', 'jdeps', 'jar') {
  if (-not (Test-Path (Join-Path $bin "$t.exe"))) { Die "$t.exe not found in $bin (a JDK 17 is needed, not a JRE)" }
}
if (-not (Test-Path (Join-Path $JavaHome 'jmods'))) { Die "$JavaHome\jmods is missing: jlink needs a JDK with jmods" }
if (-not $NoMsi) {
  if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    Die 'WiX Toolset 3 (candle.exe, light.exe) must be on PATH for the .msi (or use -NoMsi)'
  }
}

# --- version from the pom (the <version> directly under <project>) ----------------------------
[xml]$pom = Get-Content (Join-Path $Root 'pom.xml')
$Version = $pom.project.version
if ($Version -notmatch '^\d+(\.\d+){0,2}(-SNAPSHOT)?$') { Die "cannot read the project version from pom.xml (got '$Version')" }
$PkgVersion = $Version -replace '-SNAPSHOT$', ''   # MSI versions are numbers only
Log "MSQ Offline $Version (package version $PkgVersion)"

if (-not $SkipBuild) {
  Log 'mvn package'
  Push-Location $Root
  try { Run 'mvn' @('-B', '-q', '-DskipTests', 'package') } finally { Pop-Location }
}
$App = Join-Path $Root 'target\app'
if (-not (Test-Path (Join-Path $App 'msq-offline.jar'))) { Die "$App\msq-offline.jar is missing" }

$Work = Join-Path $Out 'work'
foreach ($p in $Work, (Join-Path $Out 'app-image')) { if (Test-Path $p) { Remove-Item -Recurse -Force $p } }
Get-ChildItem $Out -Filter '*.msi' -ErrorAction SilentlyContinue | Remove-Item -Force
Get-ChildItem $Out -Filter 'msq-offline-*-windows-x64.zip' -ErrorAction SilentlyContinue | Remove-Item -Force
$InputDir = Join-Path $Work 'input'; $Fx = Join-Path $Work 'fx'; $Native = Join-Path $Work 'native'
New-Item -ItemType Directory -Force -Path (Join-Path $InputDir 'lib'), $Fx, $Native | Out-Null

# 1. JavaFX platform jars become modules; everything else stays on the class path.
Copy-Item (Join-Path $App 'msq-offline.jar') $InputDir
foreach ($jar in Get-ChildItem (Join-Path $App 'lib') -Filter '*.jar') {
  if ($jar.Name -like 'javafx-*-win.jar') { Copy-Item $jar.FullName $Fx }
  elseif ($jar.Name -like 'javafx-*') { }   # classifier-less placeholders (and other platforms)
  else { Copy-Item $jar.FullName (Join-Path $InputDir 'lib') }
}
if (-not (Get-ChildItem $Fx -Filter 'javafx-graphics-*-win.jar')) {
  Die 'no javafx-*-win.jar in target\app\lib: build on Windows (or mvn package -Djavafx.platform=win)'
}

# Moves files out of a jar: the entries named like $Extract go into $Dest, then those named like $Delete leave it.
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
function Move-OutOfJar($Jar, $Extract, $Dest, $Delete = $Extract) {
  New-Item -ItemType Directory -Force -Path $Dest | Out-Null
  $zip = [System.IO.Compression.ZipFile]::Open($Jar, 'Update')
  try {
    foreach ($e in @($zip.Entries)) {
      if ($e.FullName -like $Extract) { [System.IO.Compression.ZipFileExtensions]::ExtractToFile($e, (Join-Path $Dest $e.Name), $true) }
    }
    foreach ($e in @($zip.Entries)) { if ($e.FullName -like $Delete) { $e.Delete() } }
  } finally { $zip.Dispose() }
}

# sqlite-jdbc: keep only the Windows x86_64 DLL, outside the jar (no extraction to %TEMP% at start).
$sqliteJar = (Get-ChildItem (Join-Path $InputDir 'lib') -Filter 'sqlite-jdbc-*.jar').FullName
Move-OutOfJar $sqliteJar 'org/sqlite/native/Windows/x86_64/sqlitejdbc.dll' (Join-Path $InputDir 'native') 'org/sqlite/native/*'
# org.sqlite.tmpdir: where sqlite-jdbc looks for stale copies at every start (the app folder, not all of %TEMP%).
$JavaOptions += @('-Dorg.sqlite.lib.path=$APPDIR\native', '-Dorg.sqlite.lib.name=sqlitejdbc.dll', '-Dorg.sqlite.tmpdir=$APPDIR\native')

# The bundled fonts leave the app's jar for app\fonts, where msq.fontFolder points: JavaFX reads a font file in
# place, while a font inside the jar is copied to %TEMP% at every start (5 MB).
Move-OutOfJar (Join-Path $InputDir 'msq-offline.jar') 'org/msqoffline/exchange/fonts/*.ttf' (Join-Path $InputDir 'fonts')
$JavaOptions += @('-Dmsq.fontFolder=$APPDIR\fonts')

# 2. JavaFX DLLs out of the jars, into runtime\bin later (where the JVM's library path looks).
foreach ($jar in Get-ChildItem $Fx -Filter '*.jar') { Move-OutOfJar $jar.FullName '*.dll' $Native }

# 3. Modules: jdeps, JavaFX, and what jdeps cannot see (SunEC for EC keys, CLDR locale data).
if ($env:JLINK_MODULES) { $Modules = $env:JLINK_MODULES }
else {
  Log 'jdeps (about 30 s)'
  $libJars = (Get-ChildItem (Join-Path $InputDir 'lib') -Filter '*.jar').FullName
  $found = & (Join-Path $bin 'jdeps.exe') --ignore-missing-deps --print-module-deps --multi-release 17 `
    --module-path $Fx --add-modules javafx.controls --class-path ((Join-Path $InputDir 'lib') + '\*') `
    (Join-Path $InputDir 'msq-offline.jar') @libJars 2>$null | Select-Object -Last 1
  if ($found -notlike 'java.base*') { Die "jdeps failed: $found" }
  $Modules = "$found,javafx.controls,jdk.crypto.ec,jdk.localedata"
}
Log "modules: $Modules"

# 3b. Libraries trimmed to what the app loads (after jdeps has read them whole), as on Linux and macOS.
Run (Join-Path $bin 'java.exe') @((Join-Path $Root 'installer\TrimLibraries.java'), (Join-Path $InputDir 'msq-offline.jar'), (Join-Path $InputDir 'lib'))

# 4. The runtime (jpackage would run jlink the same way with --jlink-options, which REPLACE its
#    defaults; doing it here lets the DLLs go in before the image is made).
Log 'jlink'
$Runtime = Join-Path $Work 'runtime'
Run (Join-Path $bin 'jlink.exe') @('--module-path', "$JavaHome\jmods;$Fx", '--add-modules', $Modules,
  "--include-locales=$Locales", '--strip-debug', '--no-man-pages', '--no-header-files', '--compress=2',
  '--generate-cds-archive', '--output', $Runtime)
Copy-Item (Join-Path $Native '*.dll') (Join-Path $Runtime 'bin')
Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $Runtime 'bin\server\classes_nocoops.jsa')

# 5. App-image.
Log 'jpackage app-image'
$javaOptArgs = @(); foreach ($o in $JavaOptions) { $javaOptArgs += @('--java-options', $o) }
$Icon = Join-Path $Root 'packaging\icons\msq-offline.ico'
Run (Join-Path $bin 'jpackage.exe') (@('--type', 'app-image', '--name', $Title, '--app-version', $PkgVersion,
  '--vendor', $Vendor, '--description', $Description, '--copyright', "Copyright (c) $Vendor",
  '--input', $InputDir, '--main-jar', 'msq-offline.jar', '--main-class', $MainClass,
  '--runtime-image', $Runtime, '--icon', $Icon, '--dest', (Join-Path $Out 'app-image'),
  '--add-launcher', ('msq-offline=' + (Join-Path $PSScriptRoot 'cli-launcher.properties'))) + $javaOptArgs)
$Image = Join-Path $Out "app-image\$Title"
$Lic = Join-Path $Image 'app\licenses'
New-Item -ItemType Directory -Force -Path $Lic | Out-Null
Copy-Item (Join-Path $Root 'packaging\LICENSE') (Join-Path $Lic 'LICENSE.txt')
Copy-Item (Join-Path $Root 'packaging\licenses\THIRD-PARTY.md') $Lic
Copy-Item -Recurse (Join-Path $Root 'packaging\licenses\fonts') $Lic
# "MSQ Offline.exe" is the windowed launcher (no console); msq-offline.exe is the console one.
$ver = & (Join-Path $Image 'msq-offline.exe') --version
if ($ver -notlike 'MSQ Offline*') { Die "the app-image does not start (got '$ver')" }
Log "app-image: $ver"

# 6. Portable zip: the app-image plus "MSQ Offline (portable).cmd", which keeps the data beside it.
Log 'portable zip'
$PortableRoot = Join-Path $Work 'portable'
$Portable = Join-Path $PortableRoot "msq-offline-$Version"
New-Item -ItemType Directory -Force -Path $Portable | Out-Null
Copy-Item -Recurse (Join-Path $Image '*') $Portable
Copy-Item (Join-Path $PSScriptRoot 'portable\MSQ Offline (portable).cmd') $Portable
Copy-Item (Join-Path $PSScriptRoot 'portable\README-portable.txt') $Portable
$ZipFile = Join-Path $Out "msq-offline-$Version-windows-x64.zip"
[System.IO.Compression.ZipFile]::CreateFromDirectory($PortableRoot, $ZipFile, 'Optimal', $false)

# 7. The per-user .msi. WiX overrides live in resources\ (only the files we really change).
if (-not $NoMsi) {
  Log 'jpackage msi'
  $LicenseTxt = Join-Path $Work 'LICENSE.txt'
  (Get-Content (Join-Path $Root 'packaging\LICENSE')) + @('', ('-' * 70), '') +
    (Get-Content (Join-Path $Root 'packaging\licenses\THIRD-PARTY.md')) | Set-Content -Encoding UTF8 $LicenseTxt
  Run (Join-Path $bin 'jpackage.exe') @('--type', 'msi', '--app-image', $Image,
    '--name', $Title, '--app-version', $PkgVersion, '--vendor', $Vendor, '--description', $Description,
    '--win-per-user-install', '--win-upgrade-uuid', $UpgradeUuid,
    '--win-menu', '--win-menu-group', 'MSQ Offline', '--win-shortcut-prompt', '--win-shortcut',
    '--license-file', $LicenseTxt,
    '--file-associations', (Join-Path $Root 'packaging\associations\asice.properties'),
    '--file-associations', (Join-Path $Root 'packaging\associations\msqd.properties'),
    '--resource-dir', (Join-Path $PSScriptRoot 'resources'),
    '--dest', $Out)
}

Remove-Item -Recurse -Force $Work
Log 'done:'
Get-ChildItem $Out -File | Where-Object { $_.Extension -in '.msi', '.zip' } | Format-Table Name, Length
