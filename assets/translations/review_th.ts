<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>DecisionPanel</name>
    <message>
        <source>What the mentor should know: what is good, what to add or correct</source>
        <translation>สิ่งที่อยากบอกพี่เลี้ยง เช่น จุดเด่นของเรื่อง สิ่งที่ควรเพิ่มหรือแก้ไข</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>ความเห็นผู้ตรวจ</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <source>Select for the booklet</source>
        <translation>คัดเลือกลงหนังสือ</translation>
    </message>
    <message>
        <source>Back to submitted</source>
        <translation>ส่งกลับเป็นรอตรวจ</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>สถานะตอนนี้: %1</translation>
    </message>
</context>
<context>
    <name>InboxFilters</name>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Every subdistrict</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>พี่เลี้ยงทุกคน</translation>
    </message>
    <message>
        <source>Show lessons with status</source>
        <translation>แสดงบทเรียนตามสถานะ</translation>
    </message>
    <message>
        <source>Show lessons of kind</source>
        <translation>แสดงบทเรียนตามประเภท</translation>
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
        <source>Mentor</source>
        <translation>พี่เลี้ยง</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>by %1</source>
        <translation>โดย %1</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(ยังไม่ได้เขียน)</translation>
    </message>
    <message>
        <source>The people named in this story agreed to its being shared.</source>
        <translation>ผู้ที่ถูกกล่าวถึงในเรื่องนี้ยินยอมให้เผยแพร่แล้ว</translation>
    </message>
    <message>
        <source>The people named in this story have not agreed yet: it is not shared.</source>
        <translation>ผู้ที่ถูกกล่าวถึงในเรื่องนี้ยังไม่ได้ให้ความยินยอม จึงยังไม่เผยแพร่</translation>
    </message>
</context>
<context>
    <name>LessonReviewPage</name>
    <message>
        <source>Find a title, mentor or village…</source>
        <translation>ค้นหาชื่อเรื่อง พี่เลี้ยง หรือหมู่บ้าน…</translation>
    </message>
    <message>
        <source>Find in the review list</source>
        <translation>ค้นหาในรายการรอตรวจ</translation>
    </message>
    <message>
        <source>Lessons sent for review</source>
        <translation>บทเรียนที่ส่งมาให้ตรวจ</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>รอตรวจ</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ตรวจแล้ว</translation>
    </message>
    <message>
        <source>selected for the booklet</source>
        <translation>คัดเลือกลงหนังสือแล้ว</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>ทั้งหมด %1 เรื่อง</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>แสดง %1 จาก %2</translation>
    </message>
    <message>
        <source>No lessons have been sent for review yet. They arrive with the mentors&apos; files once a mentor presses “Send for review…”.</source>
        <translation>ยังไม่มีบทเรียนส่งมาให้ตรวจ บทเรียนจะมากับไฟล์ของพี่เลี้ยง เมื่อพี่เลี้ยงกด “ส่งให้อำเภอตรวจ…”</translation>
    </message>
    <message>
        <source>Choose a lesson in the list to read it and decide.</source>
        <translation>เลือกบทเรียนในรายการเพื่ออ่านและพิจารณา</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>พี่เลี้ยง</translation>
    </message>
</context>
</TS>
