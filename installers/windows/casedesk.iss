; Inno Setup script for CaseDesk on Windows (workstations and tablets).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\build\bundle\dist\casedesk installers\windows\casedesk.iss
;
; installers\windows\build.ps1 builds the PyInstaller folder and passes both values. Per-machine
; install under Program Files; a fixed AppId makes a newer setup upgrade in place (the running
; program is closed first). The vault lives in each user's data folder
; (%LOCALAPPDATA%\CaseDesk), which this setup never writes and the uninstaller never deletes.

#ifndef AppVersion
  #error Pass /DAppVersion=<version from pyproject.toml>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\bundle\dist\casedesk"
#endif

[Setup]
AppId={{6C1E5A2B-7F3D-4C8E-9B1A-2D4F6E8A0C35}
AppName=CaseDesk
AppVersion={#AppVersion}
AppVerName=CaseDesk {#AppVersion}
AppPublisher=CaseDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\CaseDesk
DefaultGroupName=CaseDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=casedesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\casedesk.ico
UninstallDisplayIcon={app}\casedesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
; Upgrades replace the program folder's contents; nothing outside {app} is ever removed.
UsePreviousAppDir=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[InstallDelete]
; Files of an older version that the new one no longer ships (the bundle is rebuilt whole).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CaseDesk"; Filename: "{app}\casedesk.exe"
Name: "{autoprograms}\CaseDesk self-test"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\casedesk-cli.exe"" self-test"; IconFilename: "{app}\casedesk.exe"
Name: "{autodesktop}\CaseDesk"; Filename: "{app}\casedesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{cmd}"; Parameters: "/k ""{app}\casedesk-cli.exe"" self-test"; \
  Description: "Run the CaseDesk self-test now"; Flags: postinstall nowait skipifsilent unchecked
Filename: "{app}\casedesk.exe"; Description: "{cm:LaunchProgram,CaseDesk}"; \
  Flags: postinstall nowait skipifsilent

[UninstallDelete]
; Only what the program itself may have left next to it; the vault is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
