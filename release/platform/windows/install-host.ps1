# SPDX-License-Identifier: MIT
# DIPS Companion card host: system-wide install / uninstall on Windows (run as Administrator).
#   powershell -ExecutionPolicy Bypass -File install-host.ps1 [-Uninstall] [-SourceDir .\host] [-ChromeExtensionId <id>]
# Copies the host bundle (dips-companion-host.cjs + node_modules\koffi with its prebuilt win32-x64 binary), writes one
# manifest per browser family and registers it under HKLM for Chrome, Edge and Firefox. Needs Node.js 20 (node.exe).
[CmdletBinding()]
param(
  [switch]$Uninstall,
  [string]$SourceDir = (Join-Path $PSScriptRoot 'host'),
  [string]$InstallDir = (Join-Path $env:ProgramFiles 'DIPS Companion'),
  [string]$ChromeExtensionId = 'damlopnabcjdbcjfickpndacnibhliki',
  [string]$GeckoId = 'dips-companion@dips-companion.jp'
)
$ErrorActionPreference = 'Stop'
$HostName = 'jp.dips_companion.host'
$RegistryKeys = @{
  chromium = @(
    "HKLM:\SOFTWARE\Google\Chrome\NativeMessagingHosts\$HostName",
    "HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\$HostName"
  )
  firefox  = @("HKLM:\SOFTWARE\Mozilla\NativeMessagingHosts\$HostName")
}

if ($Uninstall) {
  foreach ($key in $RegistryKeys.chromium + $RegistryKeys.firefox) {
    if (Test-Path $key) { Remove-Item -Path $key -Recurse -Force }
  }
  if (Test-Path $InstallDir) { Remove-Item -Path $InstallDir -Recurse -Force }
  Write-Output "DIPS Companion host removed."
  exit 0
}

$node = (Get-Command node.exe -ErrorAction Stop).Source
New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
Copy-Item -Path (Join-Path $SourceDir '*') -Destination $InstallDir -Recurse -Force

# Browsers start the host with their own environment: the launcher names node.exe by absolute path.
$launcher = Join-Path $InstallDir 'dips-companion-host.cmd'
Set-Content -Path $launcher -Encoding ASCII -Value "@echo off`r`nset `"NODE_OPTIONS=`"`r`nset `"NODE_EXTRA_CA_CERTS=`"`r`n`"$node`" `"%~dp0dips-companion-host.cjs`" %*"

$common = [ordered]@{ name = $HostName; description = 'DIPS Companion card host'; path = $launcher; type = 'stdio' }
$manifests = @{
  chromium = $common + [ordered]@{ allowed_origins = @("chrome-extension://$ChromeExtensionId/") }
  firefox  = $common + [ordered]@{ allowed_extensions = @($GeckoId) }
}
foreach ($family in 'chromium', 'firefox') {
  $file = Join-Path $InstallDir "$HostName.$family.json"
  $manifests[$family] | ConvertTo-Json -Depth 4 | Set-Content -Path $file -Encoding UTF8
  foreach ($key in $RegistryKeys[$family]) {
    New-Item -Path $key -Force | Out-Null
    Set-Item -Path $key -Value $file
  }
}
Write-Output "DIPS Companion host installed in $InstallDir."
