<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>HouseholdDetailView</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← กลับไปที่รายชื่อ (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list of households</source>
        <translation>กลับไปที่รายชื่อครอบครัว</translation>
    </message>
    <message>
        <source>&amp;Log a visit</source>
        <translation>บันทึกการเยี่ยมบ้าน (&amp;L)</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>บันทึกการเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>&amp;Edit household</source>
        <translation>แก้ไขข้อมูลครอบครัว (&amp;E)</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>แก้ไขข้อมูลครอบครัว</translation>
    </message>
    <message>
        <source>About the family</source>
        <translation>ข้อมูลครอบครัว</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิกในครอบครัว</translation>
    </message>
    <message>
        <source>Visits and activities</source>
        <translation>การเยี่ยมบ้านและกิจกรรม</translation>
    </message>
    <message>
        <source>Visits and activities, newest first</source>
        <translation>การเยี่ยมบ้านและกิจกรรม เรียงจากล่าสุด</translation>
    </message>
    <message>
        <source>No visits or activities yet.</source>
        <translation>ยังไม่มีการเยี่ยมบ้านหรือกิจกรรม</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิดดู (&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen visit or activity</source>
        <translation>เปิดดูการเยี่ยมหรือกิจกรรมที่เลือก</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>การเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Moo %1</source>
        <translation>หมู่ %1</translation>
    </message>
    <message>
        <source>Subdistrict %1</source>
        <translation>ต.%1</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>อ.%1</translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>จ.%1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>ไม่มีบันทึก</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>รับกลับมาดูแล (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close household</source>
        <translation>ปิดการดูแล (&amp;C)</translation>
    </message>
    <message>
        <source>not yet visited</source>
        <translation>ยังไม่เคยเยี่ยม</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>ครั้งล่าสุด %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>นัดครั้งถัดไป %1</translation>
    </message>
    <message>
        <source>shares with the district</source>
        <translation>ยินยอมให้ส่งข้อมูลถึงอำเภอ</translation>
    </message>
    <message>
        <source>photos allowed</source>
        <translation>ยินยอมให้ถ่ายภาพ</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ยังไม่ได้ให้ความยินยอม</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>ให้ความยินยอมเมื่อ %1</translation>
    </message>
    <message>
        <source>text version %1</source>
        <translation>ข้อความยินยอมฉบับ %1</translation>
    </message>
    <message>
        <source>risk after: %1</source>
        <translation>ความเสี่ยงหลังเยี่ยม: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>กิจกรรม: %1</translation>
    </message>
    <message>
        <source>Close household</source>
        <translation>ปิดการดูแลครอบครัว</translation>
    </message>
    <message>
        <source>Close the care of %1? The family stays in your records, but is no longer due for visits.</source>
        <translation>ต้องการปิดการดูแลครอบครัวของ %1 หรือไม่ ข้อมูลยังอยู่ในสมุด แต่จะไม่ขึ้นในรายชื่อที่ถึงกำหนดเยี่ยมอีก</translation>
    </message>
    <message>
        <source>Keep in care</source>
        <translation>ดูแลต่อไป</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
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
        <source>Edit household</source>
        <translation>แก้ไขข้อมูลครอบครัว</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>เพิ่มครอบครัว</translation>
    </message>
    <message>
        <source>Family and address</source>
        <translation>ครอบครัวและที่อยู่</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>การดูแล</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Notes and photos</source>
        <translation>บันทึกและรูปภาพ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>ให้ความยินยอมเมื่อวันที่</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <source>e.g. 16.4419 (optional)</source>
        <translation>เช่น 16.4419 (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>e.g. 102.8360 (optional)</source>
        <translation>เช่น 102.8360 (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>กลุ่มเปราะบาง</translation>
    </message>
    <message>
        <source>&amp;Save household</source>
        <translation>บันทึกข้อมูลครอบครัว (&amp;S)</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>บันทึกข้อมูลครอบครัว</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Please write the head&apos;s name.</source>
        <translation>กรุณากรอกชื่อหัวหน้าครอบครัว</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>ไม่บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Leave without saving? What you typed here will be lost.</source>
        <translation>ต้องการออกโดยไม่บันทึกหรือไม่ ข้อความที่พิมพ์ไว้จะหายไป</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ออกโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
</context>
<context>
    <name>HouseholdListView</name>
    <message>
        <source>&amp;Find:</source>
        <translation>ค้นหา (&amp;F):</translation>
    </message>
    <message>
        <source>Name, village, house number or code</source>
        <translation>ชื่อ หมู่บ้าน บ้านเลขที่ หรือรหัส</translation>
    </message>
    <message>
        <source>Find a household</source>
        <translation>ค้นหาครอบครัว</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>สถานะ (&amp;T):</translation>
    </message>
    <message>
        <source>Show households with status</source>
        <translation>แสดงครอบครัวตามสถานะ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;Add household</source>
        <translation>เพิ่มครอบครัว (&amp;A)</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>เพิ่มครอบครัว</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>1 household found</source>
        <translation>พบ 1 ครอบครัว</translation>
    </message>
    <message>
        <source>1 household</source>
        <translation>ทั้งหมด 1 ครอบครัว</translation>
    </message>
    <message>
        <source>%1 households found</source>
        <translation>พบ %1 ครอบครัว</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>ทั้งหมด %1 ครอบครัว</translation>
    </message>
    <message>
        <source>No household matches. Try fewer letters, or another status.</source>
        <translation>ไม่พบครอบครัวที่ตรงกัน ลองพิมพ์ให้สั้นลง หรือเลือกสถานะอื่น</translation>
    </message>
    <message>
        <source>No households yet. Press “Add household” to register the first.</source>
        <translation>ยังไม่มีครอบครัวในสมุด กด “เพิ่มครอบครัว” เพื่อบันทึกครอบครัวแรก</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Type a name, village, house number or code</source>
        <translation>พิมพ์ชื่อ หมู่บ้าน บ้านเลขที่ หรือรหัส</translation>
    </message>
    <message>
        <source>Moo %1</source>
        <translation>หมู่ %1</translation>
    </message>
    <message>
        <source>No household in care matches. Check the spelling or the code.</source>
        <translation>ไม่พบครอบครัวที่กำลังดูแลตรงกับที่พิมพ์ โปรดตรวจตัวสะกดหรือรหัส</translation>
    </message>
    <message>
        <source>No household chosen yet.</source>
        <translation>ยังไม่ได้เลือกครอบครัว</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Not yet visited</source>
        <translation>ยังไม่เคยเยี่ยม</translation>
    </message>
    <message>
        <source>Moo %1</source>
        <translation>หมู่ %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครอบครัว</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>เยี่ยมล่าสุด</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Birth year (BE)</source>
        <translation>ปีเกิด (พ.ศ.)</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>แก้ไขข้อมูลสมาชิก</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>13 digits, if the family agrees</source>
        <translation>13 หลัก หากครอบครัวยินยอม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Please write the member&apos;s name.</source>
        <translation>กรุณากรอกชื่อสมาชิก</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Born (BE)</source>
        <translation>ปีเกิด (พ.ศ.)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>เพิ่มสมาชิก (&amp;M)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>แก้ไขสมาชิก</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <source>Delete %1 from this household? This cannot be undone.</source>
        <translation>ต้องการลบ %1 ออกจากครอบครัวนี้หรือไม่ ลบแล้วเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ไม่ลบ</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Next visit date</source>
        <translation>วันนัดเยี่ยมครั้งถัดไป</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>กำหนดวันนัด</translation>
    </message>
    <message>
        <source>No members recorded for this household yet.</source>
        <translation>ยังไม่มีรายชื่อสมาชิกของครอบครัวนี้</translation>
    </message>
    <message>
        <source>Choose the household to see its members.</source>
        <translation>เลือกครอบครัวก่อน แล้วรายชื่อสมาชิกจะขึ้นที่นี่</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Change a saved visit</source>
        <translation>แก้ไขการเยี่ยมบ้านที่บันทึกไว้</translation>
    </message>
    <message>
        <source>&amp;Save visit (Ctrl+S)</source>
        <translation>บันทึกการเยี่ยม (Ctrl+&amp;S)</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>บันทึกการเยี่ยม</translation>
    </message>
    <message>
        <source>Ne&amp;w visit</source>
        <translation>เริ่มบันทึกใหม่ (&amp;W)</translation>
    </message>
    <message>
        <source>Start a new visit</source>
        <translation>เริ่มบันทึกการเยี่ยมครั้งใหม่</translation>
    </message>
    <message>
        <source>Open &amp;household</source>
        <translation>เปิดข้อมูลครอบครัว (&amp;H)</translation>
    </message>
    <message>
        <source>Open the household of this visit</source>
        <translation>เปิดข้อมูลครอบครัวที่เยี่ยม</translation>
    </message>
    <message>
        <source>Delete this visit</source>
        <translation>ลบการเยี่ยมครั้งนี้</translation>
    </message>
    <message>
        <source>Your unsaved visit (kept %1 at %2) was brought back. Save it when ready.</source>
        <translation>นำการเยี่ยมที่ยังไม่ได้บันทึก (เก็บไว้เมื่อ %1 เวลา %2 น.) กลับมาให้แล้ว กดบันทึกเมื่อพร้อม</translation>
    </message>
    <message>
        <source>Choose the household you visited.</source>
        <translation>กรุณาเลือกครอบครัวที่ไปเยี่ยม</translation>
    </message>
    <message>
        <source>Saved: the visit to %1 on %2.</source>
        <translation>บันทึกการเยี่ยมครอบครัว %1 วันที่ %2 เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>ลบการเยี่ยม</translation>
    </message>
    <message>
        <source>Delete this visit for good? This cannot be undone.</source>
        <translation>ต้องการลบการเยี่ยมครั้งนี้หรือไม่ ลบแล้วเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ไม่ลบ</translation>
    </message>
    <message>
        <source>The visit was deleted.</source>
        <translation>ลบการเยี่ยมแล้ว</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>Log another visit</source>
        <translation>บันทึกการเยี่ยมครั้งต่อไป</translation>
    </message>
</context>
</TS>
