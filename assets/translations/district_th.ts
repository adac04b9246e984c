<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
</TS>
