; Inno Setup 6 script of the Mentor Desk installer for Windows (สมุดพี่เลี้ยงชุมชน).
; Built by build.ps1, which first makes the PyInstaller bundle in
; build\installers\windows\dist\mentor-desk and passes the version:
;     ISCC.exe /DAppVersion=0.1.0 installers\windows\mentor-desk.iss
; Gives build\installers\windows\MentorDesk-Setup-<version>.exe: one file a mentor
; double-clicks. Installs for the current user (no administrator password needed), asks
; Thai or English, makes Start-menu and desktop shortcuts. The uninstaller removes the
; program only: the mentor's records in %LOCALAPPDATA%\MentorDesk are never touched.
; Saved as UTF-8 with a byte-order mark (Thai text below).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Mentor Desk"
#define AppExe "MentorDesk.exe"
#define Bundle "..\..\build\installers\windows\dist\mentor-desk"

[Setup]
AppId={{6C1C2E7E-4B0A-4E39-9F0D-7D5B1A2C9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mentor Desk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Mentor Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (a mentor's laptop may have no administrator at hand); an
; administrator may still choose "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\assets\icons\mentor-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} (สมุดพี่เลี้ยงชุมชน)
OutputDir=..\..\build\installers\windows
OutputBaseFilename=MentorDesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; Thai first: a Thai Windows picks it without asking. Thai.isl overrides Default.isl message
; by message, so anything it lacks is shown in English rather than missing.
Name: "thai"; MessagesFile: "compiler:Default.isl,Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
thai.AppNameThai=สมุดพี่เลี้ยงชุมชน
english.AppNameThai=Mentor Desk
thai.ShortcutsGroup=ทางลัด:
english.ShortcutsGroup=Shortcuts:
thai.DesktopShortcut=สร้างทางลัดบนหน้าจอ (เดสก์ท็อป)
english.DesktopShortcut=Create a &desktop shortcut
thai.LaunchApp=เปิดสมุดพี่เลี้ยงชุมชนเลย
english.LaunchApp=Open Mentor Desk now
thai.ShortcutComment=บันทึกครอบครัว การเยี่ยมบ้าน กิจกรรม และการถอดบทเรียน
english.ShortcutComment=Families, visits, activities and lessons learned, offline
thai.SelfTestShortcut=ตรวจสอบการติดตั้ง
english.SelfTestShortcut=Check the installation
thai.DataKept=ข้อมูลที่บันทึกไว้ยังอยู่ครบในเครื่อง ที่โฟลเดอร์%n%1%n%nถ้าติดตั้งโปรแกรมใหม่ภายหลัง ข้อมูลเดิมจะกลับมาให้ใช้ต่อได้ทันที
english.DataKept=Your records are still on this computer, in%n%1%n%nIf you install the program again later, it opens them as before.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:ShortcutsGroup}"

[Files]
; The whole PyInstaller folder: MentorDesk.exe (window), mentor-desk.exe (command line and
; --self-test) and _internal\ with Python, Qt, fonts and dictionaries.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppNameThai}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{group}\{cm:SelfTestShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\mentor-desk.exe"" --self-test"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppNameThai}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppNameThai}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder. The data folder
; %LOCALAPPDATA%\MentorDesk is deliberately NOT listed: uninstalling keeps every record.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\MentorDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Say plainly that the records stay: a mentor may fear losing a year of visits. }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]),
      mbInformation, MB_OK, IDOK);
end;
