; Inno Setup 6 script: the gisdesk installer for Windows (per user, no administrator rights).
;
; Build (installer/README.md; .github/workflows/windows-installer.yml does all of this):
;   pyinstaller --noconfirm --clean installer/gisdesk.spec               -> dist\gisdesk\
;   curl -o installer\Vietnamese.isl <Inno Setup's unofficial Vietnamese.isl>
;   iscc /DAppVersion=0.1.0 installer\gisdesk.iss                        -> dist\installer\gisdesk-0.1.0-setup.exe
;
; AppVersion comes from the package (python -c "import gisdesk; print(gisdesk.__version__)"); DistDir defaults to
; ..\dist\gisdesk (PyInstaller's output seen from this folder). Inno Setup 6 ships no Vietnamese messages file of
; its own (Vietnamese is one of its unofficial translations): the build puts Vietnamese.isl beside this script.

#ifndef AppVersion
  #error Pass the package version: iscc /DAppVersion=X.Y.Z installer\gisdesk.iss
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\gisdesk"
#endif
#define AppName "gisdesk"
#define AppExe "gisdeskw.exe"
#define ProgId "gisdesk.project"
#define SampleProject "{app}\_internal\sample_data\hue_sample.gisdesk"

[Setup]
; the AppId identifies the program for upgrades and the uninstaller: never change it
AppId={{7C1E5B2A-3D4F-4B8E-9A61-2F0D8C4E9B37}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=gisdesk
VersionInfoVersion={#AppVersion}
; per user, without administrator rights: %LOCALAPPDATA%\Programs\gisdesk, HKCU, the user's Start menu
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\gisdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#DistDir}\..\installer
OutputBaseFilename=gisdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes

[Languages]
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.OpenSample=gisdesk - dự án mẫu Huế
english.OpenSample=gisdesk - Huế sample project
vietnamese.ProjectFileType=Dự án gisdesk
english.ProjectFileType=gisdesk project
vietnamese.AppComment=Hệ thống thông tin địa lý cho thành phố Huế
english.AppComment=A desktop GIS for the city of Huế
vietnamese.AssocTask=Mở tệp dự án .gisdesk bằng gisdesk
english.AssocTask=Open .gisdesk project files with gisdesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocFileExtension,{#AppName},.gisdesk}"

[Files]
; the whole one-folder build: gisdesk.exe (console, for `gisdesk render|export|run ...`), gisdeskw.exe (no console:
; shortcuts and double-clicked projects) and _internal\ (Python, libraries, GDAL/PROJ data, translations, sample)
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:OpenSample}"; Filename: "{app}\{#AppExe}"; Parameters: """{#SampleProject}"""; Comment: "{cm:OpenSample}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; the .gisdesk file association, for this user only (HKCU\Software\Classes); removed by the uninstaller
Root: HKCU; Subkey: "Software\Classes\.gisdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.gisdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gisdesk"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; files the program may have written inside its own folder (e.g. a sample project saved in place); the user's
; settings (HKCU\Software\gisdesk) and projects elsewhere are theirs and stay
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
