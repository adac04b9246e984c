<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>No activities yet. Press “New activity” to record the first one.</source>
        <translation>ยังไม่มีกิจกรรม กดปุ่ม “เพิ่มกิจกรรม” เพื่อบันทึกกิจกรรมแรก</translation>
    </message>
    <message>
        <source>Choose an activity in the list, or press “New activity”.</source>
        <translation>เลือกกิจกรรมจากรายการ หรือกดปุ่ม “เพิ่มกิจกรรม”</translation>
    </message>
    <message>
        <source>+ New activity</source>
        <translation>+ เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>Show activities of kind</source>
        <translation>แสดงกิจกรรมตามประเภท</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>New activity</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>กิจกรรมวันที่ %1</translation>
    </message>
    <message>
        <source>For example: Family day at the temple</source>
        <translation>เช่น วันครอบครัวที่วัดประจำหมู่บ้าน</translation>
    </message>
    <message>
        <source>Budget, materials, places, people who helped</source>
        <translation>งบประมาณ วัสดุ สถานที่ และผู้ที่มาช่วย</translation>
    </message>
    <message>
        <source>Local knowledge, crafts or customs the activity drew on</source>
        <translation>ความรู้ งานฝีมือ หรือประเพณีท้องถิ่นที่นำมาใช้ในกิจกรรม</translation>
    </message>
    <message>
        <source>What changed for the families who took part?</source>
        <translation>ครอบครัวที่เข้าร่วมเปลี่ยนแปลงไปอย่างไรบ้าง</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>บ้านเลขที่ %1</translation>
    </message>
    <message>
        <source>moo %1</source>
        <translation>หมู่ %1</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>From another community: the district selected this lesson for mentors to learn from. You can read it here but not change it.</source>
        <translation>จากชุมชนอื่น: อำเภอคัดเลือกบทเรียนนี้ให้พี่เลี้ยงได้เรียนรู้ร่วมกัน อ่านได้แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>เรื่องใหม่: %1</translation>
    </message>
    <message>
        <source>How did it start? Describe the community, the families and the problem.</source>
        <translation>เรื่องนี้เริ่มต้นอย่างไร เล่าถึงชุมชน ครอบครัว และปัญหาที่พบ</translation>
    </message>
    <message>
        <source>What did you and the community do, step by step? Who took part?</source>
        <translation>ท่านและชุมชนทำอะไรบ้าง ทำอย่างไรทีละขั้นตอน และมีใครร่วมด้วย</translation>
    </message>
    <message>
        <source>What changed for the families and the community? Give examples or numbers.</source>
        <translation>ครอบครัวและชุมชนเปลี่ยนแปลงอย่างไร ยกตัวอย่างหรือบอกเป็นตัวเลข</translation>
    </message>
    <message>
        <source>What helped it work? People, partners, local wisdom, the four virtues.</source>
        <translation>อะไรช่วยให้สำเร็จ เช่น ผู้คน ภาคีเครือข่าย ภูมิปัญญาท้องถิ่น คุณธรรม 4 ประการ</translation>
    </message>
    <message>
        <source>What was difficult, and how did you get past it?</source>
        <translation>พบปัญหาหรืออุปสรรคอะไร และแก้ไขอย่างไร</translation>
    </message>
    <message>
        <source>What would you tell another community that wants to do the same?</source>
        <translation>อยากแนะนำอะไรแก่ชุมชนอื่นที่อยากทำแบบเดียวกัน</translation>
    </message>
    <message>
        <source>A short title that says what the story is about</source>
        <translation>ชื่อเรื่องสั้น ๆ ที่บอกว่าเป็นเรื่องเกี่ยวกับอะไร</translation>
    </message>
    <message>
        <source>Village or community, e.g. Ban Nong Bua, moo 3</source>
        <translation>หมู่บ้านหรือชุมชน เช่น บ้านหนองบัว หมู่ 3</translation>
    </message>
    <message>
        <source>Tick to give a date</source>
        <translation>ติ๊กเพื่อระบุวันที่</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>ส่งให้อำเภอตรวจ…</translation>
    </message>
    <message>
        <source>Send this lesson to the district for review</source>
        <translation>ส่งบทเรียนนี้ให้อำเภอตรวจ</translation>
    </message>
    <message>
        <source>A good-deed story needs the consent of the people named in it before it is sent or published.</source>
        <translation>เรื่องเล่าความดีต้องได้รับความยินยอมจากบุคคลที่กล่าวถึงก่อนส่งหรือเผยแพร่</translation>
    </message>
    <message>
        <source>%1 — waiting for the district to review it</source>
        <translation>%1 — รออำเภอตรวจ</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <source>From another community</source>
        <translation>จากชุมชนอื่น</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
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
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>No lessons yet. Press “New lesson” to write a lesson learned, a good-deed story or a community learning source.</source>
        <translation>ยังไม่มีบทเรียน กดปุ่ม “เขียนเรื่องใหม่” เพื่อเขียนบทเรียน เรื่องเล่าความดี หรือแหล่งเรียนรู้ชุมชน</translation>
    </message>
    <message>
        <source>Choose a lesson in the list, or press “New lesson”.</source>
        <translation>เลือกเรื่องจากรายการ หรือกดปุ่ม “เขียนเรื่องใหม่”</translation>
    </message>
    <message>
        <source>+ New lesson</source>
        <translation>+ เขียนเรื่องใหม่</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>เขียนเรื่องใหม่</translation>
    </message>
    <message>
        <source>Show lessons of kind</source>
        <translation>แสดงเรื่องตามประเภท</translation>
    </message>
    <message>
        <source>Show lessons with status</source>
        <translation>แสดงเรื่องตามสถานะ</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <source>Mentor Desk</source>
        <translation>สมุดพี่เลี้ยงชุมชน</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>ลบ “%1” ใช่ไหม เมื่อลบแล้วจะเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ไม่ลบ</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>มีข้อมูลที่แก้ไขแล้วแต่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>กลับไปแก้ไขต่อ</translation>
    </message>
    <message>
        <source>This good-deed story does not record the consent of the people named in it. Please ask them first. Send it for review anyway?</source>
        <translation>เรื่องเล่าความดีนี้ยังไม่ได้บันทึกว่าบุคคลที่กล่าวถึงให้ความยินยอม กรุณาขอความยินยอมก่อน ต้องการส่งให้ตรวจเลยหรือไม่</translation>
    </message>
    <message>
        <source>Send this lesson to the district for review? You can still correct it later.</source>
        <translation>ส่งเรื่องนี้ให้อำเภอตรวจใช่ไหม หลังส่งแล้วยังแก้ไขได้</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>ส่งให้ตรวจ</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ยังไม่ส่ง</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>ลบรายการนี้</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Please correct the field marked in red.</source>
        <translation>กรุณาแก้ไขช่องที่มีข้อความสีแดง</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>รายการใหม่ ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Find in this list…</source>
        <translation>ค้นหาในรายการ…</translation>
    </message>
    <message>
        <source>Find in this list</source>
        <translation>ค้นหาในรายการ</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>ทั้งหมด %1 รายการ</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Record not found (%1)</source>
        <translation>ไม่พบข้อมูล (%1)</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>พิมพ์เพื่อค้นหา…</translation>
    </message>
    <message>
        <source>Show only ticked</source>
        <translation>แสดงเฉพาะที่เลือก</translation>
    </message>
    <message>
        <source>Find in: %1</source>
        <translation>ค้นหาใน: %1</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>เลือกแล้ว %1 รายการ</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>ค้นหา (&amp;F):</translation>
    </message>
    <message>
        <source>A name, a place or any words</source>
        <translation>ชื่อคน สถานที่ หรือคำใดก็ได้</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>คำที่ต้องการค้นหา</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>Type a name, a place or any words. Families, home visits, activities and lessons are all searched.</source>
        <translation>พิมพ์ชื่อคน สถานที่ หรือคำใดก็ได้ ระบบจะค้นหาทั้งครอบครัว การเยี่ยมบ้าน กิจกรรม และบทเรียน</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>ไม่พบข้อมูลที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>Try fewer letters, or another spelling.</source>
        <translation>ลองพิมพ์ให้สั้นลง หรือลองสะกดแบบอื่น</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Families</source>
        <translation>ครอบครัว</translation>
    </message>
    <message>
        <source>Home visits</source>
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
</context>
</TS>
