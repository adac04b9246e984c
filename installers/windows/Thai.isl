; Thai messages for the Mentor Desk installer (Inno Setup 6).
; Inno Setup has no official Thai translation, so this file carries the messages a mentor
; meets on the usual path (language, welcome, folder, shortcuts, ready, installing, finish,
; uninstall). It is listed after Default.isl in mentor-desk.iss, so any message missing here
; falls back to English instead of failing. Saved as UTF-8 with a byte-order mark.

[LangOptions]
LanguageName=ไทย
LanguageID=$041E
LanguageCodePage=0
DialogFontName=Tahoma
DialogFontSize=9
WelcomeFontName=Tahoma
WelcomeFontSize=12

[Messages]
SetupAppTitle=ติดตั้งโปรแกรม
SetupWindowTitle=ติดตั้ง - %1
UninstallAppTitle=ถอนการติดตั้ง
UninstallAppFullTitle=ถอนการติดตั้ง %1
InformationTitle=ข้อมูล
ConfirmTitle=ยืนยัน
ErrorTitle=ข้อผิดพลาด
ExitSetupTitle=ออกจากการติดตั้ง
ExitSetupMessage=การติดตั้งยังไม่เสร็จ ถ้าออกตอนนี้ โปรแกรมจะยังไม่ถูกติดตั้ง%n%nเรียกตัวติดตั้งอีกครั้งภายหลังเพื่อติดตั้งให้เสร็จได้%n%nต้องการออกจากการติดตั้งหรือไม่
SelectLanguageTitle=เลือกภาษาของตัวติดตั้ง
SelectLanguageLabel=เลือกภาษาที่จะใช้ระหว่างการติดตั้ง
ButtonBack=< ย้อนกลับ
ButtonNext=ถัดไป >
ButtonInstall=ติดตั้ง
ButtonOK=ตกลง
ButtonCancel=ยกเลิก
ButtonYes=ใช่
ButtonYesToAll=ใช่ทั้งหมด
ButtonNo=ไม่
ButtonNoToAll=ไม่ทั้งหมด
ButtonFinish=เสร็จสิ้น
ButtonBrowse=เลือกโฟลเดอร์...
ButtonWizardBrowse=เลือก...
ButtonNewFolder=สร้างโฟลเดอร์ใหม่
BrowseDialogTitle=เลือกโฟลเดอร์
BrowseDialogLabel=เลือกโฟลเดอร์จากรายการ แล้วกด ตกลง
NewFolderName=โฟลเดอร์ใหม่
WelcomeLabel1=ยินดีต้อนรับสู่การติดตั้ง [name]
WelcomeLabel2=ตัวช่วยนี้จะติดตั้ง [name/ver] ลงในเครื่องนี้%n%nควรปิดโปรแกรมอื่นก่อนเริ่มติดตั้ง
WizardSelectDir=เลือกที่ติดตั้ง
SelectDirDesc=จะติดตั้ง [name] ไว้ที่ใด
SelectDirLabel3=ตัวติดตั้งจะวาง [name] ไว้ในโฟลเดอร์ต่อไปนี้
SelectDirBrowseLabel=กด ถัดไป เพื่อทำต่อ ถ้าต้องการเลือกโฟลเดอร์อื่น ให้กด เลือก
DiskSpaceGBLabel=ต้องมีพื้นที่ว่างอย่างน้อย [gb] GB
DiskSpaceMBLabel=ต้องมีพื้นที่ว่างอย่างน้อย [mb] MB
WizardSelectProgramGroup=เลือกโฟลเดอร์ในเมนูเริ่ม
SelectStartMenuFolderDesc=จะวางทางลัดของโปรแกรมไว้ที่ใด
SelectStartMenuFolderLabel3=ตัวติดตั้งจะสร้างทางลัดของโปรแกรมไว้ในโฟลเดอร์ของเมนูเริ่มต่อไปนี้
SelectStartMenuFolderBrowseLabel=กด ถัดไป เพื่อทำต่อ ถ้าต้องการเลือกโฟลเดอร์อื่น ให้กด เลือก
WizardSelectTasks=งานเพิ่มเติม
SelectTasksDesc=ต้องการให้ทำอะไรเพิ่มเติม
SelectTasksLabel2=เลือกงานที่ต้องการให้ตัวติดตั้งทำระหว่างติดตั้ง [name] แล้วกด ถัดไป
WizardReady=พร้อมติดตั้ง
ReadyLabel1=พร้อมติดตั้ง [name] ลงในเครื่องนี้แล้ว
ReadyLabel2a=กด ติดตั้ง เพื่อเริ่ม หรือกด ย้อนกลับ เพื่อแก้ไขการตั้งค่า
ReadyLabel2b=กด ติดตั้ง เพื่อเริ่ม
ReadyMemoDir=ที่ติดตั้ง:
ReadyMemoGroup=โฟลเดอร์ในเมนูเริ่ม:
ReadyMemoTasks=งานเพิ่มเติม:
WizardPreparing=กำลังเตรียมติดตั้ง
PreparingDesc=กำลังเตรียมติดตั้ง [name] ลงในเครื่องนี้
WizardInstalling=กำลังติดตั้ง
InstallingLabel=โปรดรอสักครู่ ตัวติดตั้งกำลังติดตั้ง [name] ลงในเครื่องนี้
FinishedHeadingLabel=ติดตั้ง [name] เสร็จแล้ว
FinishedLabelNoIcons=ติดตั้ง [name] ลงในเครื่องนี้เรียบร้อยแล้ว
FinishedLabel=ติดตั้ง [name] ลงในเครื่องนี้เรียบร้อยแล้ว เปิดโปรแกรมได้จากทางลัดที่สร้างไว้
ClickFinish=กด เสร็จสิ้น เพื่อปิดตัวติดตั้ง
FinishedRestartLabel=ต้องเริ่มเครื่องใหม่เพื่อให้การติดตั้ง [name] เสร็จสมบูรณ์ ต้องการเริ่มเครื่องใหม่ตอนนี้หรือไม่
YesRadio=ใช่ เริ่มเครื่องใหม่ตอนนี้
NoRadio=ไม่ เริ่มเครื่องใหม่ภายหลัง
RunEntryExec=เปิด %1
StatusClosingApplications=กำลังปิดโปรแกรม...
StatusCreateDirs=กำลังสร้างโฟลเดอร์...
StatusExtractFiles=กำลังคัดลอกไฟล์...
StatusCreateIcons=กำลังสร้างทางลัด...
StatusCreateIniEntries=กำลังบันทึกการตั้งค่า...
StatusCreateRegistryEntries=กำลังบันทึกการตั้งค่า...
StatusRegisterFiles=กำลังลงทะเบียนไฟล์...
StatusSavingUninstall=กำลังบันทึกข้อมูลสำหรับถอนการติดตั้ง...
StatusRunProgram=กำลังทำขั้นตอนสุดท้าย...
StatusRollback=กำลังยกเลิกการเปลี่ยนแปลง...
AdditionalIcons=ทางลัดเพิ่มเติม:
CreateDesktopIcon=สร้างทางลัดบน&หน้าจอ (เดสก์ท็อป)
UninstallProgram=ถอนการติดตั้ง %1
ConfirmUninstall=ต้องการถอนการติดตั้ง %1 หรือไม่
UninstallStatusLabel=โปรดรอสักครู่ กำลังถอน %1 ออกจากเครื่องนี้
UninstalledAll=ถอน %1 ออกจากเครื่องนี้เรียบร้อยแล้ว
UninstalledMost=ถอน %1 เสร็จแล้ว แต่ลบบางส่วนไม่ได้ ลบเองได้ภายหลัง
