<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AreaFilter</name>
    <message>
        <source>Whole district</source>
        <translation>ทั้งอำเภอ</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <source>Moo %1 %2</source>
        <translation>หมู่ %1 %2</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save picture…</source>
        <translation>บันทึกภาพ…</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>บันทึกตาราง…</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>ไม่มีข้อมูลในช่วงนี้</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>บันทึกภาพ</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>บันทึกตาราง</translation>
    </message>
</context>
<context>
    <name>DistrictDashboardPage</name>
    <message>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>This fiscal year (from 1 October)</source>
        <translation>ปีงบประมาณนี้ (ตั้งแต่ 1 ตุลาคม)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>เลือกวันที่เอง</translation>
    </message>
    <message>
        <source>households registered</source>
        <translation>ครอบครัวที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>households visited</source>
        <translation>ครอบครัวที่ได้รับการเยี่ยม</translation>
    </message>
    <message>
        <source>households overdue a visit</source>
        <translation>ครอบครัวที่เลยกำหนดเยี่ยม</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>ครั้งที่เยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>people at activities</source>
        <translation>ผู้เข้าร่วมกิจกรรม (คน)</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>การเยี่ยมบ้านรายเดือน</translation>
    </message>
    <message>
        <source>Households: registered, visited, overdue</source>
        <translation>ครอบครัว: ลงทะเบียน ได้รับการเยี่ยม เลยกำหนด</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>ได้รับการเยี่ยม</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>กิจกรรมตามประเภท</translation>
    </message>
    <message>
        <source>Activities by virtue</source>
        <translation>กิจกรรมตามคุณธรรม</translation>
    </message>
    <message>
        <source>Referrals by agency</source>
        <translation>การส่งต่อตามหน่วยงาน</translation>
    </message>
    <message>
        <source>Lessons by status</source>
        <translation>บทเรียนตามสถานะ</translation>
    </message>
</context>
<context>
    <name>DistrictIntakePage</name>
    <message>
        <source>Choose the folder that holds the mentors&apos; files (for example on a USB stick), or drop a folder or files on this screen. Every file is checked; a damaged or forged file is refused and the others are still imported. A file imported before changes nothing.</source>
        <translation>เลือกโฟลเดอร์ที่เก็บไฟล์ของพี่เลี้ยง (เช่น ในแฟลชไดรฟ์) หรือลากโฟลเดอร์หรือไฟล์มาวางที่หน้านี้ โปรแกรมจะตรวจทุกไฟล์ ไฟล์ที่เสียหายหรือถูกปลอมแปลงจะไม่รับ ส่วนไฟล์อื่นยังนำเข้าตามปกติ ไฟล์ที่เคยนำเข้าแล้วจะไม่ทำให้ข้อมูลเปลี่ยน</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Import all files</source>
        <translation>นำเข้าทุกไฟล์</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>Save summary (CSV)…</source>
        <translation>บันทึกสรุปเป็น CSV…</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>พิมพ์หรือบันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>ตรวจข้อมูลที่ขัดแย้ง</translation>
    </message>
    <message>
        <source>Files and what became of them</source>
        <translation>ไฟล์และผลการนำเข้า</translation>
    </message>
    <message>
        <source>Folder of mentors&apos; files</source>
        <translation>โฟลเดอร์ไฟล์ของพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Mentors&apos; files</source>
        <translation>ไฟล์ของพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Importing the mentors&apos; files…</source>
        <translation>กำลังนำเข้าไฟล์ของพี่เลี้ยง…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>นำเข้า %1 แล้ว</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>%1 files in %2</source>
        <translation>พบ %1 ไฟล์ ใน %2</translation>
    </message>
    <message>
        <source>Imported %1, already imported %2, refused %3, held %4, cancelled %5. Records: %6 new, %7 updated, %8 conflicts.</source>
        <translation>นำเข้าแล้ว %1 ไฟล์ เคยนำเข้าแล้ว %2 ไม่รับ %3 พักไว้ตรวจสอบ %4 ยกเลิก %5 ข้อมูล: ใหม่ %6 รายการ แก้ไข %7 รายการ ขัดแย้ง %8 รายการ</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>บันทึกสรุปการรับไฟล์</translation>
    </message>
    <message>
        <source>Summary saved to %1</source>
        <translation>บันทึกสรุปไว้ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>DistrictRegistryPage</name>
    <message>
        <source>Mentor register</source>
        <translation>ทะเบียนพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Enrol each mentor&apos;s computer from the key card they give you, after you both read the numbers aloud over the phone. Files from a revoked computer are refused; what it sent before stays. A mentor with no file for more than %1 days is shown in red.</source>
        <translation>ลงทะเบียนเครื่องของพี่เลี้ยงแต่ละคนจากไฟล์กุญแจที่พี่เลี้ยงให้มา หลังจากโทรอ่านตัวเลขตรวจกันทั้งสองฝ่ายแล้ว ไฟล์จากเครื่องที่ยกเลิกแล้วจะไม่รับ แต่ข้อมูลที่ส่งมาก่อนหน้ายังอยู่ครบ พี่เลี้ยงที่ไม่ได้ส่งไฟล์เกิน %1 วันจะแสดงเป็นสีแดง</translation>
    </message>
    <message>
        <source>Enrol a mentor&apos;s key card…</source>
        <translation>ลงทะเบียนกุญแจของพี่เลี้ยง…</translation>
    </message>
    <message>
        <source>Revoke this computer…</source>
        <translation>ยกเลิกเครื่องนี้…</translation>
    </message>
    <message>
        <source>Selected computer</source>
        <translation>เครื่องที่เลือก</translation>
    </message>
    <message>
        <source>Key fingerprint (read it aloud to check):</source>
        <translation>รหัสตรวจกุญแจ (อ่านออกเสียงเพื่อตรวจสอบ):</translation>
    </message>
    <message>
        <source>No computer enrolled yet. Start with a mentor&apos;s key card.</source>
        <translation>ยังไม่มีเครื่องที่ลงทะเบียน เริ่มจากไฟล์กุญแจของพี่เลี้ยง</translation>
    </message>
    <message>
        <source>%1 computers, %2 active; %3 records held; %4 late with their report</source>
        <translation>%1 เครื่อง ใช้งานอยู่ %2 เครื่อง ถือข้อมูล %3 ระเบียน ส่งรายงานช้า %4 คน</translation>
    </message>
    <message>
        <source>Choose a computer in the table.</source>
        <translation>เลือกเครื่องในตาราง</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>ยกเลิกเมื่อ %1</translation>
    </message>
    <message>
        <source>%1 files received</source>
        <translation>ได้รับไฟล์แล้ว %1 ไฟล์</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>รหัสเครื่อง %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>รหัสตรวจกุญแจ %1</translation>
    </message>
    <message>
        <source>Enrol a mentor&apos;s key card</source>
        <translation>ลงทะเบียนกุญแจของพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Key card of “%1”. Enrol this computer for the district?</source>
        <translation>ไฟล์กุญแจของ “%1” จะลงทะเบียนเครื่องนี้กับอำเภอหรือไม่</translation>
    </message>
    <message>
        <source>Not enrolled: the numbers were not confirmed.</source>
        <translation>ยังไม่ได้ลงทะเบียน เพราะยังไม่ได้ยืนยันว่าตัวเลขตรงกัน</translation>
    </message>
    <message>
        <source>“%1” is enrolled. Their files will be accepted.</source>
        <translation>ลงทะเบียน “%1” แล้ว จากนี้จะรับไฟล์จากเครื่องนี้</translation>
    </message>
    <message>
        <source>Revoke “%1”? Files from this computer will be refused from now on. What it sent before stays. To take files from this mentor again, enrol a new key card.</source>
        <translation>ยกเลิกเครื่องของ “%1” หรือไม่ จากนี้จะไม่รับไฟล์จากเครื่องนี้ ข้อมูลที่ส่งมาแล้วยังอยู่ครบ หากจะรับไฟล์จากพี่เลี้ยงคนนี้อีก ต้องลงทะเบียนกุญแจใหม่</translation>
    </message>
    <message>
        <source>Revoke a computer</source>
        <translation>ยกเลิกเครื่อง</translation>
    </message>
    <message>
        <source>“%1” is revoked. Its files will be refused.</source>
        <translation>ยกเลิกเครื่องของ “%1” แล้ว จากนี้จะไม่รับไฟล์จากเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>พี่เลี้ยง</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>เท่าเดิม</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รอนำเข้า</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>เคยนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ไม่รับไฟล์</translation>
    </message>
    <message>
        <source>Held for checking</source>
        <translation>พักไว้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก ยังไม่ได้นำเข้า</translation>
    </message>
</context>
<context>
    <name>IntakeSummaryDialog</name>
    <message>
        <source>Print the summary of files received</source>
        <translation>พิมพ์สรุปการรับไฟล์จากพี่เลี้ยง</translation>
    </message>
    <message>
        <source>Thai digits (๑ ๒ ๓)</source>
        <translation>ใช้เลขไทย (๑ ๒ ๓)</translation>
    </message>
    <message>
        <source>The summary lists every file, who sent it and what became of it.</source>
        <translation>สรุปนี้แสดงทุกไฟล์ ผู้ส่ง และผลการนำเข้า</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Mentor</source>
        <translation>พี่เลี้ยง</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>หมู่บ้าน / ตำบล</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียนเมื่อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last file</source>
        <translation>ไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>Records held</source>
        <translation>ระเบียนที่มี</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>ไม่ได้ส่งมา (วัน)</translation>
    </message>
    <message>
        <source>No file for more than %1 days</source>
        <translation>ไม่ได้ส่งไฟล์มาเกิน %1 วัน</translation>
    </message>
    <message>
        <source>%1 (district office)</source>
        <translation>%1 (สำนักงานอำเภอ)</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>ยังไม่มีไฟล์</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>Subdistrict %1</source>
        <translation>ต.%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>ไม่ได้ลงทะเบียน</translation>
    </message>
</context>
</TS>
