<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>DevicePanel</name>
    <message>
        <source>This computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>Read these numbers to the other person when they trust your key card.</source>
        <translation>อ่านตัวเลขชุดนี้ให้อีกฝ่ายฟัง เมื่อเขาลงทะเบียนกุญแจของท่าน</translation>
    </message>
    <message>
        <source>Save my key card…</source>
        <translation>บันทึกไฟล์กุญแจของเครื่องนี้…</translation>
    </message>
    <message>
        <source>Computers this one trusts</source>
        <translation>เครื่องที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Trust a key card…</source>
        <translation>ลงทะเบียนกุญแจเครื่องอื่น…</translation>
    </message>
    <message>
        <source>district office</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>พี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Fingerprint of this computer: %1</source>
        <translation>รหัสตรวจสอบของเครื่องนี้: %1</translation>
    </message>
    <message>
        <source>None yet. Trust the other computer&apos;s key card.</source>
        <translation>ยังไม่มี กรุณาลงทะเบียนกุญแจของเครื่องอีกฝ่าย</translation>
    </message>
    <message>
        <source>no longer trusted</source>
        <translation>ยกเลิกสิทธิ์แล้ว</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>บันทึกไฟล์กุญแจของเครื่องนี้</translation>
    </message>
    <message>
        <source>Key card saved to %1. Give it to the other person.</source>
        <translation>บันทึกไฟล์กุญแจไว้ที่ %1 แล้ว กรุณาส่งให้อีกฝ่าย</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>ลงทะเบียนกุญแจเครื่องอื่น</translation>
    </message>
    <message>
        <source>Key card of “%1”.</source>
        <translation>ไฟล์กุญแจของ “%1”</translation>
    </message>
    <message>
        <source>This computer now trusts “%1”.</source>
        <translation>เครื่องนี้เชื่อถือ “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Write the value yourself (for example both joined):</source>
        <translation>พิมพ์ข้อความเอง (เช่น รวมทั้งสองค่าเข้าด้วยกัน):</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>ข้อความที่ท่านพิมพ์</translation>
    </message>
</context>
<context>
    <name>FileDetails</name>
    <message>
        <source>Copy the details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
    <message>
        <source>Trust the sender…</source>
        <translation>เชื่อถือผู้ส่ง…</translation>
    </message>
    <message>
        <source>Type the passphrase…</source>
        <translation>ใส่รหัสผ่าน…</translation>
    </message>
    <message>
        <source>Details for a helper</source>
        <translation>รายละเอียดสำหรับผู้ช่วยเหลือ</translation>
    </message>
    <message>
        <source>This file is locked with a passphrase. Press “Type the passphrase…” to open it.</source>
        <translation>ไฟล์นี้ล็อกด้วยรหัสผ่าน กดปุ่ม “ใส่รหัสผ่าน…” เพื่อเปิดไฟล์</translation>
    </message>
    <message>
        <source>This file comes from a computer this one does not trust yet. Press “Trust the sender…” and choose the sender&apos;s key card file.</source>
        <translation>ไฟล์นี้มาจากเครื่องที่ยังไม่ได้ลงทะเบียน กดปุ่ม “เชื่อถือผู้ส่ง…” แล้วเลือกไฟล์กุญแจของผู้ส่ง</translation>
    </message>
    <message>
        <source>Sending computer: %1</source>
        <translation>เครื่องผู้ส่ง: %1</translation>
    </message>
    <message>
        <source>This file comes from “%1”, a computer this one does not trust yet. Its key card was found beside the file. Press “Trust the sender…” to compare its fingerprint.</source>
        <translation>ไฟล์นี้มาจาก “%1” ซึ่งยังไม่ได้ลงทะเบียนในเครื่องนี้ พบไฟล์กุญแจของผู้ส่งอยู่คู่กับไฟล์ กดปุ่ม “เชื่อถือผู้ส่ง…” เพื่อเทียบรหัสตรวจสอบ</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>รหัสตรวจสอบ:</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Check the key card</source>
        <translation>ตรวจสอบกุญแจ</translation>
    </message>
    <message>
        <source>district</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>พี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>รหัสตรวจสอบ %1</translation>
    </message>
    <message>
        <source>Phone the other person and ask them to read the numbers on their send/receive screen. Trust this computer only if every number matches.</source>
        <translation>โทรหาอีกฝ่ายแล้วขอให้อ่านตัวเลขบนหน้ารับ-ส่งข้อมูลของเขา เชื่อถือเครื่องนี้เฉพาะเมื่อตัวเลขตรงกันทุกตัวเท่านั้น</translation>
    </message>
    <message>
        <source>The numbers match: trust it</source>
        <translation>ตัวเลขตรงกัน เชื่อถือเครื่องนี้</translation>
    </message>
    <message>
        <source>They differ: cancel</source>
        <translation>ตัวเลขไม่ตรง ยกเลิก</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Sync folder</source>
        <translation>โฟลเดอร์รับส่ง</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>เลิกใช้โฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>เลือกโฟลเดอร์รับส่ง</translation>
    </message>
    <message>
        <source>None: files are saved where you choose, and found when you add them.</source>
        <translation>ยังไม่ได้เลือก: ไฟล์จะบันทึกไว้ในที่ที่ท่านเลือก และนำเข้าเมื่อท่านเลือกไฟล์เอง</translation>
    </message>
    <message>
        <source>Not found: is the USB stick plugged in?</source>
        <translation>ไม่พบโฟลเดอร์ เสียบแฟลชไดรฟ์แล้วหรือยัง</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) in the sync folder</source>
        <translation>
            <numerusform>พบไฟล์ใหม่ %n ไฟล์ในโฟลเดอร์รับส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import the new files</source>
        <translation>นำเข้าไฟล์ใหม่</translation>
    </message>
</context>
<context>
    <name>IncomingModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>ส่วนที่เปลี่ยน</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ใบตอบรับ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Needs its passphrase</source>
        <translation>ต้องใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>พร้อมนำเข้า</translation>
    </message>
    <message>
        <source>Sender not trusted</source>
        <translation>ผู้ส่งยังไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>เคยนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Not imported: see below</source>
        <translation>ไม่ได้นำเข้า ดูด้านล่าง</translation>
    </message>
    <message>
        <source>Held: see below</source>
        <translation>พักไว้ ดูด้านล่าง</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase for the backup</source>
        <translation>รหัสผ่านของไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The backup is locked with this passphrase. Write it down and keep it safe: without it nobody can open the backup, not even you.</source>
        <translation>ไฟล์สำรองจะล็อกด้วยรหัสผ่านนี้ กรุณาจดไว้และเก็บให้ดี หากไม่มีรหัสผ่านจะไม่มีใครเปิดไฟล์สำรองได้ แม้แต่ตัวท่านเอง</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>Lock the backup</source>
        <translation>ล็อกไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>พิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>ต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Receive</source>
        <translation>รับข้อมูล</translation>
    </message>
    <message>
        <source>Drag files from a USB stick onto this screen, or choose them.</source>
        <translation>ลากไฟล์จากแฟลชไดรฟ์มาวางที่หน้านี้ หรือกดเลือกไฟล์</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Clear imported</source>
        <translation>ล้างรายการที่นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Incoming files</source>
        <translation>ไฟล์ที่รับเข้ามา</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>กำลังตรวจสอบไฟล์…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>กำลังตรวจสอบ %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 new, %2 updated.</source>
        <translation>
            <numerusform>นำเข้า %n ไฟล์แล้ว: ใหม่ %1 รายการ ปรับปรุง %2 รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) the district no longer shares were removed.</source>
        <translation>
            <numerusform>นำบทเรียน %n เรื่องที่อำเภอไม่ได้แบ่งปันแล้วออกจากเครื่องนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the other files.</source>
        <translation>หยุดก่อนถึงไฟล์ที่เหลือ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need your review.</source>
        <translation>
            <numerusform>มี %n รายการรอท่านตรวจสอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the review inbox</source>
        <translation>เปิดหน้าตรวจสอบข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s key card</source>
        <translation>เลือกไฟล์กุญแจของผู้ส่ง</translation>
    </message>
    <message>
        <source>“%1” was sent by “%2”, a computer this one does not trust yet.</source>
        <translation>ไฟล์ “%1” ส่งมาจาก “%2” ซึ่งยังไม่ได้ลงทะเบียนในเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Keep the chosen values</source>
        <translation>ใช้ค่าที่เลือก</translation>
    </message>
    <message>
        <source>Restore the record</source>
        <translation>กู้คืนรายการนี้</translation>
    </message>
    <message>
        <source>Confirm the delete</source>
        <translation>ยืนยันการลบ</translation>
    </message>
    <message>
        <source>Your decision reaches the other computers with your next file.</source>
        <translation>สิ่งที่ท่านเลือกจะส่งถึงเครื่องอื่นพร้อมไฟล์ถัดไป</translation>
    </message>
    <message>
        <source>Added on another computer and still using it:</source>
        <translation>เครื่องอื่นเพิ่มข้อมูลเหล่านี้ซึ่งยังใช้ระเบียนนี้อยู่:</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>เยี่ยมบ้านวันที่ %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>สมาชิก: %1</translation>
    </message>
    <message>
        <source>This record was changed on two computers at about the same time. Choose the value to keep for each item below.</source>
        <translation>รายการนี้ถูกแก้ไขจากสองเครื่องในเวลาใกล้เคียงกัน กรุณาเลือกค่าที่จะใช้ของแต่ละช่องด้านล่าง</translation>
    </message>
    <message>
        <source>This record was deleted, but it was changed on another computer before the delete reached it. Restore the record with the changes, or confirm the delete.</source>
        <translation>รายการนี้ถูกลบแล้ว แต่อีกเครื่องแก้ไขก่อนที่การลบจะไปถึง กรุณาเลือกว่าจะกู้คืนรายการพร้อมการแก้ไข หรือยืนยันการลบ</translation>
    </message>
    <message>
        <source>%1 deleted this record on %2, but it was changed on another computer before the delete reached it. Restore the record with the changes, or confirm the delete.</source>
        <translation>%1 ลบรายการนี้เมื่อ %2 แต่อีกเครื่องแก้ไขก่อนที่การลบจะไปถึง กรุณาเลือกว่าจะกู้คืนรายการพร้อมการแก้ไข หรือยืนยันการลบ</translation>
    </message>
    <message>
        <source>This record was deleted, but another computer added records that use it (listed below) before the delete reached it. Restore the record, or delete it together with those records.</source>
        <translation>ระเบียนนี้ถูกลบแล้ว แต่เครื่องอื่นได้เพิ่มข้อมูลที่ใช้ระเบียนนี้ (ตามรายการด้านล่าง) ก่อนที่การลบจะไปถึง จะนำระเบียนกลับมา หรือจะลบพร้อมกับข้อมูลเหล่านั้นก็ได้</translation>
    </message>
    <message>
        <source>%1 deleted this record on %2, but another computer added records that use it (listed below) before the delete reached it. Restore the record, or delete it together with those records.</source>
        <translation>%1 ลบระเบียนนี้เมื่อ %2 แต่เครื่องอื่นได้เพิ่มข้อมูลที่ใช้ระเบียนนี้ (ตามรายการด้านล่าง) ก่อนที่การลบจะไปถึง จะนำระเบียนกลับมา หรือจะลบพร้อมกับข้อมูลเหล่านั้นก็ได้</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>When two computers change the same thing before they exchange files, Mentor Desk keeps both and asks you here. Nothing is lost while you decide.</source>
        <translation>เมื่อสองเครื่องแก้ไขข้อมูลเดียวกันก่อนจะแลกไฟล์กัน โปรแกรมจะเก็บไว้ทั้งสองค่าและให้ท่านตัดสินใจที่หน้านี้ ระหว่างนี้ไม่มีข้อมูลใดสูญหาย</translation>
    </message>
    <message>
        <source>Nothing to review. Everything agrees.</source>
        <translation>ไม่มีรายการที่ต้องตรวจสอบ ข้อมูลตรงกันทั้งหมด</translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation>รายการที่ต้องตรวจสอบ</translation>
    </message>
    <message>
        <source>Deleted, but changed elsewhere: %1</source>
        <translation>ถูกลบ แต่เครื่องอื่นแก้ไข: %1</translation>
    </message>
    <message>
        <source>Two values: %1</source>
        <translation>มีสองค่า: %1</translation>
    </message>
    <message>
        <source>Deleted, but %1 records added elsewhere use it</source>
        <translation>ถูกลบแล้ว แต่มีข้อมูล %1 รายการจากเครื่องอื่นที่ยังใช้อยู่</translation>
    </message>
    <message>
        <source>Delete this record for good, together with the %1 records added elsewhere that use it?</source>
        <translation>ลบระเบียนนี้ถาวร พร้อมกับข้อมูล %1 รายการจากเครื่องอื่นที่ใช้ระเบียนนี้ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Confirm the delete</source>
        <translation>ยืนยันการลบ</translation>
    </message>
    <message>
        <source>Delete this record for good, together with the changes made elsewhere?</source>
        <translation>ลบรายการนี้อย่างถาวร รวมทั้งการแก้ไขจากเครื่องอื่นด้วยหรือไม่</translation>
    </message>
</context>
<context>
    <name>ReviewValues</name>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>รายการรหัส %1</translation>
    </message>
    <message>
        <source>%n photo(s)</source>
        <translation>รูปภาพ %n รูป</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 เวลา %2 น.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>เครื่อง %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>โดย %1</translation>
    </message>
    <message>
        <source>from file %1</source>
        <translation>จากไฟล์ %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>สมาชิกครอบครัว</translation>
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
    <message>
        <source>code %1</source>
        <translation>รหัส %1</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Send</source>
        <translation>ส่งข้อมูล</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>ส่งถึง</translation>
    </message>
    <message>
        <source>Everything, not only what is new</source>
        <translation>ส่งทั้งหมด ไม่ใช่เฉพาะส่วนใหม่</translation>
    </message>
    <message>
        <source>Make the file</source>
        <translation>สร้างไฟล์สำหรับส่ง</translation>
    </message>
    <message>
        <source>Send a receipt</source>
        <translation>ส่งใบตอบรับ</translation>
    </message>
    <message>
        <source>Personal backup with a passphrase…</source>
        <translation>สำรองข้อมูลส่วนตัวพร้อมรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Writes the records the other computer has not received yet.</source>
        <translation>บันทึกรายการที่อีกเครื่องยังไม่ได้รับลงในไฟล์</translation>
    </message>
    <message>
        <source>A small file telling the other computer what has arrived here.</source>
        <translation>ไฟล์เล็ก ๆ ที่แจ้งอีกเครื่องว่าได้รับข้อมูลใดแล้ว</translation>
    </message>
    <message>
        <source>district office</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Trust the district&apos;s key card first</source>
        <translation>กรุณาลงทะเบียนกุญแจของอำเภอก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet sent to the district.</source>
        <translation>
            <numerusform>มี %n รายการที่ยังไม่ได้ส่งถึงอำเภอ</numerusform>
        </translation>
    </message>
    <message>
        <source>Families who agreed to share, without names, phone or house numbers, ID numbers, locations or private notes.</source>
        <translation>เฉพาะครอบครัวที่ยินยอมให้ส่งข้อมูล โดยไม่มีชื่อ เบอร์โทรศัพท์ บ้านเลขที่ เลขประจำตัวประชาชน พิกัด หรือบันทึกส่วนตัว</translation>
    </message>
    <message>
        <source>This mentor&apos;s own records with your decisions on their lessons, and the lessons you selected from other villages.</source>
        <translation>ข้อมูลของพี่เลี้ยงคนนี้เองพร้อมผลการตรวจบทเรียน และบทเรียนที่ท่านคัดเลือกจากหมู่บ้านอื่น</translation>
    </message>
    <message>
        <source>Figures only, for the province: no names and no records; counts under 5 are hidden.</source>
        <translation>เฉพาะตัวเลขสรุปสำหรับจังหวัด ไม่มีรายชื่อและไม่มีข้อมูลรายครอบครัว ตัวเลขที่น้อยกว่า 5 จะไม่แสดง</translation>
    </message>
    <message>
        <source>Save the file for sending</source>
        <translation>บันทึกไฟล์สำหรับส่ง</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>กำลังสร้างไฟล์…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>บันทึกใบตอบรับ</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>กำลังสร้างใบตอบรับ…</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>บันทึกไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>บันทึกใบตอบรับไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Figures for the province written to %1.</source>
        <translation>บันทึกตัวเลขสรุปสำหรับจังหวัดไว้ที่ %1 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>บันทึก %n รายการไว้ที่ %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPrompts</name>
    <message>
        <source>Mentor Desk files (*%1)</source>
        <translation>ไฟล์ข้อมูลสมุดพี่เลี้ยง (*%1)</translation>
    </message>
    <message>
        <source>Key cards (*%1 *.json)</source>
        <translation>ไฟล์กุญแจ (*%1 *.json)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>“%1” is locked with a passphrase. Type the passphrase:</source>
        <translation>ไฟล์ “%1” ล็อกด้วยรหัสผ่าน กรุณาพิมพ์รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>เปิดไฟล์</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
</TS>
