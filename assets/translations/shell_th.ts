<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>App</name>
    <message>
        <source>Preparing demo data…</source>
        <translation>กำลังเตรียมข้อมูลตัวอย่าง…</translation>
    </message>
</context>
<context>
    <name>AppLockSettings</name>
    <message>
        <source>Set a password…</source>
        <translation>ตั้งรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Remove password…</source>
        <translation>เลิกใช้รหัสผ่าน…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>ล็อกเมื่อ</translation>
    </message>
    <message>
        <source>%1 minutes without use</source>
        <translation>ไม่ได้ใช้งาน %1 นาที</translation>
    </message>
    <message>
        <source>A password is asked when Mentor Desk starts and after it has not been used for a while. It protects the screen, not the files.</source>
        <translation>ใช้รหัสผ่านอยู่: โปรแกรมจะถามรหัสผ่านทุกครั้งที่เปิด และเมื่อไม่ได้ใช้งานสักพัก รหัสผ่านนี้ปกป้องหน้าจอ ไม่ได้เข้ารหัสไฟล์ข้อมูล</translation>
    </message>
    <message>
        <source>No password: anyone using this computer can open Mentor Desk.</source>
        <translation>ยังไม่ได้ตั้งรหัสผ่าน: ใครที่ใช้คอมพิวเตอร์เครื่องนี้ก็เปิดสมุดพี่เลี้ยงได้</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Made</source>
        <translation>วันที่สำรอง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>ไฟล์สำรองอัตโนมัติ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>กู้คืนจากไฟล์สำรองนี้…</translation>
    </message>
    <message>
        <source>A backup is made every day and before every import or restore; the last 7 daily and 10 other backups are kept in the data folder. For a copy away from this computer, use Back up now, or export a full bundle with a passphrase to a USB stick.</source>
        <translation>โปรแกรมสำรองข้อมูลให้ทุกวัน และก่อนนำเข้าหรือกู้คืนข้อมูลทุกครั้ง โดยเก็บไฟล์สำรองรายวัน 7 ไฟล์ล่าสุดและไฟล์สำรองอื่น 10 ไฟล์ล่าสุดไว้ในโฟลเดอร์ข้อมูล หากต้องการสำเนาไว้นอกเครื่องนี้ ให้กด “สำรองข้อมูลเดี๋ยวนี้” หรือส่งออกไฟล์ข้อมูลทั้งหมดแบบตั้งรหัสผ่านลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>ก่อนกู้คืนข้อมูล</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>กู้คืนจากไฟล์สำรองนี้หรือไม่</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>การเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>%1: %2 in the backup, %3 now</source>
        <translation>%1: %2 ในไฟล์สำรอง, %3 ตอนนี้</translation>
    </message>
    <message>
        <source>The data on this computer will be replaced by this backup:</source>
        <translation>ข้อมูลในเครื่องนี้จะถูกแทนที่ด้วยไฟล์สำรองนี้:</translation>
    </message>
    <message>
        <source>The current data is first saved as another backup. Continue?</source>
        <translation>ข้อมูลปัจจุบันจะถูกสำรองเก็บไว้ก่อน ดำเนินการต่อหรือไม่</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>เกิดข้อผิดพลาด ไม่มีการบันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Mentor Desk</source>
        <translation>สมุดพี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>ข้อความแจ้งข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Mentor Desk</source>
        <translation>ยินดีต้อนรับสู่สมุดพี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Tell us who you are and where you work. You can change this later in Settings. Your records stay on this computer until you export them.</source>
        <translation>กรุณาบอกชื่อและพื้นที่ที่ท่านดูแล ภายหลังแก้ไขได้ที่หน้าตั้งค่า ข้อมูลทั้งหมดเก็บอยู่ในเครื่องนี้จนกว่าท่านจะส่งออก</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของท่าน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Village number (moo)</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>พี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>เจ้าหน้าที่อำเภอ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มใช้งาน</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Households due a visit</source>
        <translation>ครอบครัวที่ถึงกำหนดเยี่ยม</translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation>บันทึกล่าสุด</translation>
    </message>
    <message>
        <source>Log a visit for the selected household</source>
        <translation>บันทึกการเยี่ยมครอบครัวที่เลือก</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>เยี่ยมครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนด</translation>
    </message>
    <message numerus="yes">
        <source>due a visit, %n overdue</source>
        <translation>
            <numerusform>ครอบครัวถึงกำหนดเยี่ยม เลยกำหนด %n ครอบครัว</numerusform>
        </translation>
    </message>
    <message>
        <source>visits this month</source>
        <translation>การเยี่ยมบ้านเดือนนี้</translation>
    </message>
    <message>
        <source>activities this month</source>
        <translation>กิจกรรมเดือนนี้</translation>
    </message>
    <message>
        <source>records not yet sent to the district</source>
        <translation>รายการที่ยังไม่ได้ส่งถึงอำเภอ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>เลยกำหนด %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>ยังไม่เคยเยี่ยม</translation>
    </message>
    <message>
        <source>today</source>
        <translation>ถึงกำหนดวันนี้</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>การเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>บทเรียน</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Mentor Desk is locked</source>
        <translation>สมุดพี่เลี้ยงล็อกอยู่</translation>
    </message>
    <message>
        <source>Type the password of this computer&apos;s Mentor Desk to go on.</source>
        <translation>กรอกรหัสผ่านของสมุดพี่เลี้ยงในเครื่องนี้เพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Forgot the password?</source>
        <translation>ลืมรหัสผ่านใช่ไหม</translation>
    </message>
    <message>
        <source>The password keeps other people from seeing the screen; it does not encrypt the files. To set a new one: close Mentor Desk, open the data folder
%1
and delete the file %2. Mentor Desk then opens without a password and every record stays as it was; set a new password in Settings.</source>
        <translation>รหัสผ่านนี้กันไม่ให้คนอื่นเห็นหน้าจอ แต่ไม่ได้เข้ารหัสไฟล์ข้อมูล หากลืม ให้ปิดสมุดพี่เลี้ยง แล้วเปิดโฟลเดอร์ข้อมูล
%1
ลบไฟล์ %2 ทิ้ง จากนั้นโปรแกรมจะเปิดได้โดยไม่ต้องใช้รหัสผ่าน ข้อมูลทุกรายการยังอยู่ครบ แล้วจึงตั้งรหัสผ่านใหม่ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Wrong password. Please wait %1 seconds and try again.</source>
        <translation>รหัสผ่านไม่ถูกต้อง โปรดรอ %1 วินาทีแล้วลองใหม่</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>รหัสผ่านไม่ถูกต้อง โปรดลองใหม่</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mentor Desk — community mentor&apos;s notebook</source>
        <translation>สมุดพี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>หน้าจอ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set a password</source>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>เลิกใช้รหัสผ่าน</translation>
    </message>
    <message>
        <source>Mentor Desk will ask for this password when it starts and after it has not been used for a while. Choose one you will remember: at least %1 characters.</source>
        <translation>สมุดพี่เลี้ยงจะถามรหัสผ่านนี้ทุกครั้งที่เปิดโปรแกรม และเมื่อไม่ได้ใช้งานสักพัก โปรดตั้งรหัสที่จำได้ ยาวอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Type the current password; Mentor Desk will then open without one.</source>
        <translation>กรอกรหัสผ่านปัจจุบัน แล้วสมุดพี่เลี้ยงจะเปิดได้โดยไม่ต้องใช้รหัสผ่านอีก</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>รหัสผ่านใหม่สองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>โปรดรอสักครู่…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มรูปภาพ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>คำบรรยายของรูปที่เลือก</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>คำบรรยายภาพ</translation>
    </message>
    <message>
        <source>Photos (drop image files here)</source>
        <translation>รูปภาพ (ลากไฟล์ภาพมาวางที่นี่ได้)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>เพิ่มรูปภาพ</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>ไฟล์ภาพ (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Keep until erased by hand</source>
        <translation>เก็บไว้จนกว่าจะลบเอง</translation>
    </message>
    <message>
        <source>%1 years after the family&apos;s case is closed</source>
        <translation>%1 ปีหลังปิดการดูแลครอบครัว</translation>
    </message>
    <message>
        <source>Keep personal data of closed households</source>
        <translation>ระยะเวลาเก็บข้อมูลส่วนบุคคลของครอบครัวที่ปิดการดูแลแล้ว</translation>
    </message>
    <message>
        <source>Review and erase…</source>
        <translation>ตรวจดูและลบ…</translation>
    </message>
    <message>
        <source>Households closed or moved away are counted from their last change of status or last visit. Erasing removes names, addresses, members and visits for good, here and, at the next sending, on the district&apos;s computer too.</source>
        <translation>นับเวลาจากวันที่เปลี่ยนสถานะเป็นปิดการดูแลหรือย้ายออก หรือวันเยี่ยมบ้านครั้งสุดท้าย การลบจะลบชื่อ ที่อยู่ สมาชิก และบันทึกการเยี่ยมบ้านอย่างถาวร ทั้งในเครื่องนี้ และในเครื่องของอำเภอเมื่อส่งข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>ลบข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>%1 households are past the retention period. Erase them now?</source>
        <translation>มี %1 ครอบครัวที่เกินระยะเวลาเก็บข้อมูลแล้ว ลบเลยไหม</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>ปิดเมื่อ %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>และอีก %1 ครอบครัว</translation>
    </message>
    <message>
        <source>Erased %1 households with %2 members and %3 visits.</source>
        <translation>ลบข้อมูล %1 ครอบครัวแล้ว พร้อมสมาชิก %2 คน และบันทึกการเยี่ยมบ้าน %3 ครั้ง</translation>
    </message>
    <message>
        <source>Personal data of closed households is kept until you erase it.</source>
        <translation>ข้อมูลส่วนบุคคลของครอบครัวที่ปิดการดูแลแล้วจะเก็บไว้จนกว่าจะลบเอง</translation>
    </message>
    <message>
        <source>%1 households were closed more than %2 years ago.</source>
        <translation>มี %1 ครอบครัวที่ปิดการดูแลมาเกิน %2 ปีแล้ว</translation>
    </message>
    <message>
        <source>No household is past the retention period.</source>
        <translation>ยังไม่มีครอบครัวที่เกินระยะเวลาเก็บข้อมูล</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>บันทึกการเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Send / receive</source>
        <translation>รับ-ส่งข้อมูล</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>ตรวจสอบข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>District overview</source>
        <translation>ภาพรวมอำเภอ</translation>
    </message>
    <message>
        <source>Files from mentors</source>
        <translation>รับไฟล์จากพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Mentor register</source>
        <translation>ทะเบียนพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Lesson review</source>
        <translation>ตรวจบทเรียน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>รุ่นโปรแกรม</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ใหญ่</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>ใหญ่มาก</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้…</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>ไฟล์สำรองอัตโนมัติ</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>รหัสผ่านเข้าโปรแกรม</translation>
    </message>
    <message>
        <source>Keep personal data</source>
        <translation>การเก็บข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Community mentor</source>
        <translation>พี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>เจ้าหน้าที่อำเภอ</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>บันทึกไฟล์สำรองที่</translation>
    </message>
    <message>
        <source>Mentor Desk backup (*.mdbackup)</source>
        <translation>ไฟล์สำรองสมุดพี่เลี้ยง (*.mdbackup)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB).</source>
        <translation>สำรองข้อมูลไว้ที่ %1 แล้ว (%2 MB)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>กู้คืนจากไฟล์</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Everything on this computer will be replaced by the backup. The current data is kept beside it as a copy. Continue?</source>
        <translation>ข้อมูลทั้งหมดในเครื่องนี้จะถูกแทนที่ด้วยข้อมูลจากไฟล์สำรอง ข้อมูลปัจจุบันจะเก็บสำเนาไว้ ต้องการดำเนินการต่อหรือไม่</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>กำลังกู้คืนข้อมูล…</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>กู้คืนข้อมูลจาก %1 เรียบร้อยแล้ว</translation>
    </message>
</context>
</TS>
