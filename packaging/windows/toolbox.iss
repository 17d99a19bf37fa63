; Inno Setup script: the Windows installer of the Local Integration Toolbox, made from the
; one-folder build (python packaging/build.py writes dist\toolbox-desktop\).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\toolbox.iss
;   -> dist\toolbox-desktop-setup-0.1.0.exe
;
; Per user, without admin rights (PrivilegesRequired=lowest): the program goes to
; %LOCALAPPDATA%\Programs\Local Integration Toolbox, the Start menu entry to the user's own
; Start menu, the .toolbox association to HKEY_CURRENT_USER\Software\Classes.
;
; Silent install for IT departments (no questions, no message boxes):
;   toolbox-desktop-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; and optionally /DIR="X:\path" or /LOG="install.log"; silent uninstall:
;   "%LOCALAPPDATA%\Programs\Local Integration Toolbox\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The user's data (database, settings, backups) is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Local Integration Toolbox"
#define AppExe "LocalIntegrationToolbox.exe"
#define SourceDir "..\..\dist\toolbox-desktop"
#define ProgId "LocalIntegrationToolbox.Package"

[Setup]
AppId={{6F1D3B0E-5C2A-4E8B-9A71-3D2C5B7E4F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Local Integration Toolbox developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\toolbox-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=toolbox-desktop-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .toolbox packages open in the app, which shows their import preview (per user: HKCU).
Root: HKCU; Subkey: "Software\Classes\.toolbox"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.toolbox\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Local Integration Toolbox package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
