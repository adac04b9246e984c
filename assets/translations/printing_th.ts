<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Monthly activity report</source>
        <translation>รายงานกิจกรรมประจำเดือน</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Year (BE)</source>
        <translation>ปี (พ.ศ.)</translation>
    </message>
    <message>
        <source>Thai digits (๑ ๒ ๓)</source>
        <translation>ใช้เลขไทย (๑ ๒ ๓)</translation>
    </message>
    <message>
        <source>The report lists the month&apos;s activities, with charts for the district.</source>
        <translation>รายงานแสดงกิจกรรมของเดือนที่เลือก พร้อมแผนภูมิ สำหรับส่งอำเภอ</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>Print a lesson-learned booklet</source>
        <translation>พิมพ์หนังสือถอดบทเรียน</translation>
    </message>
    <message>
        <source>Make the booklet</source>
        <translation>สร้างหนังสือ</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็นไฟล์…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>เปิดด้วยโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose the lessons, then press “Make the booklet”.</source>
        <translation>เลือกบทเรียนที่ต้องการ แล้วกด “สร้างหนังสือ”</translation>
    </message>
    <message>
        <source>Making the booklet…</source>
        <translation>กำลังสร้างหนังสือ…</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>กำลังเตรียมภาพตัวอย่างหน้า</translation>
    </message>
    <message>
        <source>%1 lessons, %2 photos, %3 pages.</source>
        <translation>บทเรียน %1 เรื่อง ภาพ %2 ภาพ รวม %3 หน้า</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>ภาพที่ไม่ได้ใส่: %1</translation>
    </message>
    <message>
        <source>The choices changed: make the booklet again.</source>
        <translation>เงื่อนไขเปลี่ยนไปแล้ว โปรดกด “สร้างหนังสือ” อีกครั้ง</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <source>Sending pages to the printer</source>
        <translation>กำลังส่งหน้าไปยังเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>ส่งไปพิมพ์แล้ว %1 หน้า</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>หยุดแล้ว</translation>
    </message>
</context>
<context>
    <name>BookletFilters</name>
    <message>
        <source>Which lessons</source>
        <translation>บทเรียนที่จะพิมพ์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Virtue</source>
        <translation>คุณธรรม</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Area contains</source>
        <translation>พื้นที่มีคำว่า</translation>
    </message>
    <message>
        <source>e.g. a village name</source>
        <translation>เช่น ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>How the booklet looks</source>
        <translation>รูปแบบหนังสือ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อหนังสือ</translation>
    </message>
    <message>
        <source>Foreword</source>
        <translation>คำนำ</translation>
    </message>
    <message>
        <source>Leave empty for the standard foreword</source>
        <translation>เว้นว่างไว้เพื่อใช้คำนำมาตรฐาน</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>แบ่งบทตาม</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
        <source>Thai digits for page numbers (๑ ๒ ๓)</source>
        <translation>ใช้เลขไทยสำหรับเลขหน้า (๑ ๒ ๓)</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation>ภาพปก</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือกภาพ…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>ไม่ใช้ภาพ</translation>
    </message>
    <message>
        <source>By village or area</source>
        <translation>หมู่บ้านหรือพื้นที่</translation>
    </message>
    <message>
        <source>By virtue</source>
        <translation>คุณธรรม</translation>
    </message>
    <message>
        <source>By kind of lesson</source>
        <translation>ประเภทบทเรียน</translation>
    </message>
    <message>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>ไฟล์ภาพ (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Make a certificate of appreciation</source>
        <translation>ทำเกียรติบัตร</translation>
    </message>
    <message>
        <source>Good-deed story</source>
        <translation>เรื่องเล่าความดี</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>มอบให้</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>หน่วยงานที่มอบ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Only good-deed stories whose people consented can be honoured.</source>
        <translation>ทำเกียรติบัตรได้เฉพาะเรื่องเล่าความดีที่บุคคลในเรื่องให้ความยินยอมแล้ว</translation>
    </message>
</context>
<context>
    <name>HouseholdSummaryDialog</name>
    <message>
        <source>Print the household&apos;s visit summary</source>
        <translation>พิมพ์สรุปการเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Include private notes (for your own file only)</source>
        <translation>รวมบันทึกส่วนตัวด้วย (สำหรับแฟ้มของพี่เลี้ยงเท่านั้น)</translation>
    </message>
    <message>
        <source>Thai digits (๑ ๒ ๓)</source>
        <translation>ใช้เลขไทย (๑ ๒ ๓)</translation>
    </message>
    <message>
        <source>The summary lists the family, its members and every visit.</source>
        <translation>สรุปนี้แสดงข้อมูลครอบครัว สมาชิก และการเยี่ยมบ้านทุกครั้ง</translation>
    </message>
</context>
<context>
    <name>PrintingSystem</name>
    <message>
        <source>Save the booklet</source>
        <translation>บันทึกหนังสือ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the booklet</source>
        <translation>พิมพ์หนังสือ</translation>
    </message>
</context>
<context>
    <name>PrintsPage</name>
    <message>
        <source>Lesson-learned booklet</source>
        <translation>หนังสือถอดบทเรียน</translation>
    </message>
    <message>
        <source>Choose lessons by area, period, virtue, kind and status; the booklet has a cover, a foreword, contents, every lesson with its photos and the contributors.</source>
        <translation>เลือกบทเรียนตามพื้นที่ ช่วงเวลา คุณธรรม ประเภท และสถานะ หนังสือมีปก คำนำ สารบัญ บทเรียนทุกเรื่องพร้อมภาพ และรายชื่อผู้ร่วมเขียน</translation>
    </message>
    <message>
        <source>Make a booklet…</source>
        <translation>ทำหนังสือ…</translation>
    </message>
    <message>
        <source>Monthly activity report</source>
        <translation>รายงานกิจกรรมประจำเดือน</translation>
    </message>
    <message>
        <source>The month&apos;s family-support activities with charts, for the district.</source>
        <translation>กิจกรรมสนับสนุนครอบครัวของเดือน พร้อมแผนภูมิ สำหรับส่งอำเภอ</translation>
    </message>
    <message>
        <source>Make a report…</source>
        <translation>ทำรายงาน…</translation>
    </message>
    <message>
        <source>Certificate of appreciation</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <source>A certificate for a volunteer or mentor, made from a good-deed story.</source>
        <translation>เกียรติบัตรสำหรับอาสาสมัครหรือพี่เลี้ยง จากเรื่องเล่าความดี</translation>
    </message>
    <message>
        <source>Make a certificate…</source>
        <translation>ทำเกียรติบัตร…</translation>
    </message>
    <message>
        <source>Household visit summary</source>
        <translation>สรุปการเยี่ยมบ้านรายครอบครัว</translation>
    </message>
    <message>
        <source>A family&apos;s members and every visit, for your own file.</source>
        <translation>สมาชิกในครอบครัวและการเยี่ยมบ้านทุกครั้ง เก็บไว้ในแฟ้มของท่าน</translation>
    </message>
    <message>
        <source>Print the summary…</source>
        <translation>พิมพ์สรุป…</translation>
    </message>
</context>
<context>
    <name>QuickPrintDialog</name>
    <message>
        <source>Make PDF</source>
        <translation>สร้างไฟล์ PDF</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็นไฟล์…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>เปิดด้วยโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>กำลังสร้างไฟล์ PDF…</translation>
    </message>
    <message>
        <source>Ready: save it, open it or print it.</source>
        <translation>เรียบร้อยแล้ว บันทึก เปิดดู หรือสั่งพิมพ์ได้</translation>
    </message>
    <message>
        <source>Sending pages to the printer</source>
        <translation>กำลังส่งหน้าไปยังเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>ส่งไปพิมพ์แล้ว %1 หน้า</translation>
    </message>
</context>
</TS>
