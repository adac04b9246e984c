"""Family-support activities mentors run: the year's festivals and everyday ideas, each with
where it happens, who helps, the local wisdom it draws on and what it achieved.

Slots in the text: {village}, {temple}, {school}, {health_centre}, {sub} (subdistrict name),
{sage} (a village elder who teaches), {households}, {adults}, {children}, {amount}.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityIdea:
    """One kind of activity a mentor might organise, with its text templates."""

    kind: str
    title: str
    place: str  # one of PLACES
    partners: tuple[str, ...]
    virtues: tuple[str, ...]
    outcome: str
    wisdom: str = ""
    scene: str = "gathering"  # the photo scene (see scenes.py)
    with_children: bool = True
    month: int | None = None  # festivals happen in one month
    day: int | None = None


PLACES = {
    "sala": "ศาลากลาง{village}",
    "temple": "{temple} {village}",
    "school": "{school}",
    "centre": "ศูนย์เรียนรู้ชุมชน{village}",
    "health_centre": "{health_centre}",
    "local_government": "ห้องประชุม อบต.{sub}",
    "field": "สนามกีฬา{school}",
}

FESTIVALS = (
    ActivityIdea(
        "family_day",
        "วันเด็กแห่งชาติ {village}",
        "school",
        ("government", "education", "business"),
        ("discipline", "volunteerism"),
        "เด็ก {children} คนร่วมเล่นเกมและรับของขวัญ ผู้ปกครองช่วยกันเตรียมอาหารกลางวัน",
        scene="field",
        month=1,
        day=10,
    ),
    ActivityIdea(
        "religious",
        "บุญข้าวจี่ครอบครัว ฮีตเดือนสาม",
        "temple",
        ("religion", "government"),
        ("sufficiency", "volunteerism"),
        "ครอบครัวมาปั้นข้าวจี่ถวายพระพร้อมกันสามรุ่น เด็กได้เรียนรู้ประเพณีจากผู้สูงอายุ",
        wisdom="ฮีตสิบสองของชาวอีสาน การปั้นข้าวจี่ทาไข่แล้วปิ้งบนถ่าน",
        scene="temple",
        month=2,
        day=15,
    ),
    ActivityIdea(
        "religious",
        "บุญผะเหวด ฟังเทศน์มหาชาติทั้งครอบครัว",
        "temple",
        ("religion", "media"),
        ("integrity", "volunteerism"),
        "มีครอบครัวร่วมฟังเทศน์ {households} ครอบครัว คนหนุ่มสาวช่วยกันจัดขบวนแห่พระเวส",
        wisdom="หมอลำกลอนเล่าเรื่องพระเวสสันดรในภาคค่ำ",
        scene="temple",
        month=3,
        day=22,
    ),
    ActivityIdea(
        "family_day",
        "สงกรานต์ รดน้ำดำหัวผู้สูงอายุ",
        "sala",
        ("government", "religion"),
        ("volunteerism", "discipline"),
        "ลูกหลานที่กลับจากต่างจังหวัดร่วมรดน้ำขอพรผู้สูงอายุ {adults} คน และตกลงเล่นน้ำอย่างสุภาพไม่มีเครื่องดื่มแอลกอฮอล์",
        wisdom="การผูกแขนสู่ขวัญและพานบายศรีที่ผู้สูงอายุช่วยกันทำ",
        month=4,
        day=14,
    ),
    ActivityIdea(
        "community_forum",
        "บุญบั้งไฟปลอดเหล้า {village}",
        "sala",
        ("government", "civil_society"),
        ("discipline", "integrity"),
        "คุ้มต่าง ๆ ร่วมกันลงนามไม่ตั้งวงเหล้าในขบวนแห่ ไม่มีเหตุทะเลาะวิวาทตลอดงาน",
        wisdom="การแห่บั้งไฟและเซิ้งบั้งไฟของคนสามวัย",
        scene="village",
        month=5,
        day=17,
    ),
    ActivityIdea(
        "religious",
        "แห่เทียนเข้าพรรษา ชวนงดเหล้าครบพรรษา",
        "temple",
        ("religion", "government"),
        ("discipline", "integrity"),
        "มีผู้ลงชื่องดเหล้าเข้าพรรษา {adults} คน พระสงฆ์ผูกข้อมือให้กำลังใจทุกคน",
        scene="temple",
        month=7,
        day=20,
    ),
    ActivityIdea(
        "family_day",
        "วันแม่ ลูกกราบเท้าแม่",
        "school",
        ("education", "government"),
        ("discipline", "volunteerism"),
        "เด็ก {children} คนเขียนจดหมายถึงแม่หรือยายที่เลี้ยงดู หลายครอบครัวน้ำตาซึมด้วยความตื้นตัน",
        month=8,
        day=11,
    ),
    ActivityIdea(
        "religious",
        "ตักบาตรเทโวออกพรรษา",
        "temple",
        ("religion",),
        ("sufficiency", "integrity"),
        "ครอบครัวใส่บาตรร่วมกันตั้งแต่เช้า ผู้ที่งดเหล้าครบพรรษาได้รับเกียรติบัตร",
        wisdom="การทำข้าวต้มมัดใต้ตามแบบโบราณ",
        scene="temple",
        month=10,
        day=18,
    ),
    ActivityIdea(
        "family_day",
        "ลอยกระทงปลอดเหล้า ครอบครัวทำกระทงใบตอง",
        "sala",
        ("government", "business"),
        ("sufficiency", "discipline"),
        "ทุกครอบครัวทำกระทงจากวัสดุธรรมชาติ ไม่มีกระทงโฟมเลยแม้แต่ใบเดียว",
        wisdom="การพับใบตองและเย็บกระทงแบบดั้งเดิม",
        month=11,
        day=15,
    ),
    ActivityIdea(
        "volunteering",
        "วันพ่อ ครอบครัวปลูกต้นไม้ริมหนองน้ำ",
        "sala",
        ("government", "education"),
        ("volunteerism", "sufficiency"),
        "ปลูกต้นยางนาและต้นสะเดา {amount} ต้น แต่ละครอบครัวรับดูแลต้นไม้ของตนเอง",
        scene="fields",
        month=12,
        day=5,
    ),
)

EVERYDAY = (
    ActivityIdea(
        "parenting_class", "อบรมพ่อแม่ผู้ปกครอง เลี้ยงลูกเชิงบวก", "school",
        ("education", "government"), ("discipline",),
        "ผู้ปกครอง {adults} คนฝึกพูดชมและตั้งกติกากับลูก หลายคนบอกว่าจะเลิกใช้ไม้เรียว",
    ),
    ActivityIdea(
        "parenting_class", "เด็กกับโทรศัพท์มือถือ: ผู้ปกครองรู้ทันสื่อออนไลน์", "school",
        ("education", "media"), ("discipline", "integrity"),
        "ผู้ปกครองตั้งกติกาเวลาใช้มือถือในบ้านร่วมกับลูก และรู้จักวิธีตั้งค่าควบคุมการใช้งาน",
    ),
    ActivityIdea(
        "parenting_class", "โรงเรียนพ่อแม่สำหรับผู้เลี้ยงดูหลาน", "health_centre",
        ("government", "civil_society"), ("discipline", "sufficiency"),
        "ปู่ย่าตายายที่เลี้ยงหลาน {adults} คนได้เรียนรู้พัฒนาการเด็กและการเล่านิทานให้หลานฟัง",
        with_children=False,
    ),
    ActivityIdea(
        "learning_centre", "ศูนย์เรียนรู้ชุมชน: การทำบายศรีสู่ขวัญ", "centre",
        ("civil_society", "religion"), ("volunteerism", "sufficiency"),
        "เยาวชนทำบายศรีได้เองคนละหนึ่งชั้น และจะช่วยผู้สูงอายุทำบายศรีในงานบุญของหมู่บ้าน",
        wisdom="การทำบายศรีสู่ขวัญ ถ่ายทอดโดย{sage} ปราชญ์ชาวบ้าน",
    ),
    ActivityIdea(
        "learning_centre", "เรียนรู้การจักสานกระติบข้าวกับปราชญ์ชาวบ้าน", "centre",
        ("civil_society", "education"), ("sufficiency", "discipline"),
        "เด็กสานกระติบข้าวใบเล็กได้สำเร็จ ผู้สูงอายุภูมิใจที่มีคนสืบทอดความรู้",
        wisdom="การจักสานไม้ไผ่เป็นกระติบข้าวและก่องข้าว สอนโดย{sage}",
    ),
    ActivityIdea(
        "learning_centre", "ถ่ายทอดการทอผ้าไหมมัดหมี่สู่คนรุ่นใหม่", "centre",
        ("civil_society", "business"), ("sufficiency", "discipline"),
        "เยาวชนได้ฝึกมัดหมี่ลายนาคและลายหมากจับ กลุ่มทอผ้ารับเยาวชนสองคนเป็นสมาชิกใหม่",
        wisdom="ผ้าไหมมัดหมี่ลายโบราณ ตั้งแต่สาวไหม มัดลาย ย้อมสีธรรมชาติ จนถึงการทอ",
    ),
    ActivityIdea(
        "learning_centre", "แปลงสมุนไพรพื้นบ้านเพื่อสุขภาพครอบครัว", "centre",
        ("government", "civil_society"), ("sufficiency",),
        "ครอบครัวได้กิ่งพันธุ์ฟ้าทะลายโจร ขมิ้นชัน และตะไคร้หอม กลับไปปลูกที่บ้าน",
        wisdom="สมุนไพรพื้นบ้านและการประคบสมุนไพร ถ่ายทอดโดยหมอพื้นบ้าน{sage}",
        scene="fields",
    ),
    ActivityIdea(
        "learning_centre", "ธนาคารขยะชุมชน เปลี่ยนขยะเป็นเงินออม", "centre",
        ("government", "business", "education"), ("sufficiency", "discipline"),
        "สมาชิกธนาคารขยะเพิ่มขึ้นเป็น {households} ครอบครัว ขยะในหมู่บ้านลดลงอย่างเห็นได้ชัด",
        wisdom="ธนาคารขยะที่บริหารโดยกลุ่มแม่บ้าน ฝากขยะรีไซเคิลแล้วสะสมเป็นเงินออม",
        scene="village",
    ),
    ActivityIdea(
        "religious", "ค่ายครอบครัวคุณธรรม ณ {temple}", "temple", ("religion", "education"),
        ("discipline", "integrity", "volunteerism"),
        "พ่อแม่ลูกร่วมค้างคืนที่วัดหนึ่งคืน ฝึกสมาธิ ทำวัตรเย็น และเขียนข้อตกลงของครอบครัว",
        scene="temple",
    ),
    ActivityIdea(
        "religious", "ทำบุญตักบาตรวันพระ ครอบครัวสัมพันธ์", "temple", ("religion",),
        ("sufficiency", "integrity"),
        "ครอบครัวตื่นเช้ามาใส่บาตรพร้อมกัน เด็กช่วยยกสำรับและล้างจานที่ศาลาการเปรียญ",
        scene="temple",
    ),
    ActivityIdea(
        "volunteering", "จิตอาสาพัฒนา{temple}", "temple", ("religion", "government"),
        ("volunteerism",),
        "ชาวบ้านและเยาวชนช่วยกันกวาดลานวัด ตัดหญ้า และซ่อมรั้วศาลาเสร็จภายในครึ่งวัน",
        scene="temple",
    ),
    ActivityIdea(
        "volunteering", "จิตอาสาซ่อมบ้านผู้สูงอายุที่อยู่ลำพัง", "sala",
        ("government", "business", "civil_society"), ("volunteerism", "integrity"),
        "ซ่อมหลังคาและทำราวจับในห้องน้ำให้ผู้สูงอายุ {households} หลัง ร้านวัสดุในตำบลบริจาคสังกะสี",
        scene="village",
    ),
    ActivityIdea(
        "sport", "กีฬาสีครอบครัวสัมพันธ์", "field", ("government", "business", "education"),
        ("discipline", "volunteerism"),
        "พ่อแม่ลูกแข่งวิ่งสามขาและชักเย่อร่วมกัน ทุกทีมตกลงกันว่าไม่มีเครื่องดื่มแอลกอฮอล์ในสนาม",
        wisdom="การละเล่นพื้นบ้าน เช่น ม้าก้านกล้วย และหมากเก็บ",
        scene="field",
    ),
    ActivityIdea(
        "sport", "ออกกำลังกายยามเย็น เต้นบาสโลบสามวัย", "sala", ("government", "civil_society"),
        ("discipline",),
        "มีผู้มาออกกำลังกายสม่ำเสมอสัปดาห์ละสามวัน ผู้สูงอายุหลายคนบอกว่านอนหลับดีขึ้น",
        wisdom="การรำวงและเพลงหมอลำประยุกต์ประกอบการออกกำลังกาย",
    ),
    ActivityIdea(
        "livelihood_training", "ฝึกอาชีพทำน้ำยาล้างจานสมุนไพร", "sala",
        ("government", "business"), ("sufficiency",),
        "ผู้เข้าร่วมทำน้ำยาล้างจานจากมะกรูดได้ครอบครัวละสองขวด ลดรายจ่ายในบ้านได้จริง",
        wisdom="การใช้มะกรูดและมะนาวแทนสารเคมีตามภูมิปัญญาดั้งเดิม",
    ),
    ActivityIdea(
        "livelihood_training", "ฝึกเพาะเห็ดฟางในตะกร้า", "centre", ("government", "education"),
        ("sufficiency", "discipline"),
        "ครอบครัวนำตะกร้าเห็ดกลับไปเพาะที่บ้าน หลายบ้านเก็บเห็ดได้ภายในสิบวัน",
        scene="fields",
    ),
    ActivityIdea(
        "livelihood_training", "ทำแจ่วบองและปลาร้าสะอาดเพื่อขาย", "sala",
        ("government", "business"), ("sufficiency", "integrity"),
        "กลุ่มแม่บ้านออกแบบฉลากและตั้งราคาร่วมกัน เริ่มส่งขายร้านค้าในอำเภอ",
        wisdom="สูตรแจ่วบองของแม่ใหญ่ในหมู่บ้านที่สืบทอดกันมาหลายรุ่น",
        with_children=False,
    ),
    ActivityIdea(
        "community_forum", "เวทีประชาคมงานศพปลอดเหล้า", "sala", ("government", "religion"),
        ("discipline", "integrity"),
        "ที่ประชุมมีมติให้งานศพในหมู่บ้านงดเลี้ยงเหล้าและงดเล่นการพนัน ช่วยเจ้าภาพประหยัดค่าใช้จ่าย",
        with_children=False,
    ),
    ActivityIdea(
        "community_forum", "เวทีจัดทำธรรมนูญครอบครัวอบอุ่น", "local_government",
        ("government", "civil_society"), ("integrity", "discipline"),
        "ได้ข้อตกลงของหมู่บ้านห้าข้อ เช่น กินข้าวเย็นพร้อมหน้ากัน และไม่ใช้ความรุนแรงในบ้าน",
        with_children=False,
    ),
    ActivityIdea(
        "community_forum", "เวทีแลกเปลี่ยนพี่เลี้ยงชุมชนตำบล{sub}", "local_government",
        ("government", "media"), ("volunteerism", "integrity"),
        "พี่เลี้ยงเล่าเรื่องครอบครัวที่ดูแลและช่วยกันคิดวิธีติดตามครอบครัวเสี่ยงสูง",
        with_children=False, scene="gathering",
    ),
)  # fmt: skip

RESOURCES = (
    "งบประมาณจากกองทุนหลักประกันสุขภาพตำบล {amount:,} บาท",
    "อาหารว่างและน้ำดื่มจากกลุ่มแม่บ้าน",
    "เต็นท์ เก้าอี้ และเครื่องเสียงจาก อบต.{sub}",
    "วิทยากรจาก {health_centre}",
    "ครูจาก{school}ช่วยเป็นพี่เลี้ยงกลุ่มเด็ก",
    "ร้านค้าในหมู่บ้านบริจาคของรางวัล",
    "ศาลาและอุปกรณ์ครัวของวัด",
    "วัสดุธรรมชาติที่ชาวบ้านนำมาเอง เช่น ไม้ไผ่ ใบตอง",
)

OUTCOME_ENDINGS = (
    "ผู้เข้าร่วมอยากให้จัดต่อเนื่องทุกไตรมาส",
    "ผู้ใหญ่บ้านรับจะบรรจุไว้ในแผนของหมู่บ้าน",
    "ครอบครัวที่ไม่ค่อยออกจากบ้านได้มาพบปะเพื่อนบ้านมากขึ้น",
    "ถ่ายภาพกิจกรรมเผยแพร่ในกลุ่มไลน์ของหมู่บ้าน",
    "",
    "",
)

ORGANISERS = (
    "พี่เลี้ยงชุมชนตำบล{sub} ร่วมกับ อบต.{sub}",
    "พี่เลี้ยงชุมชน ร่วมกับ {health_centre}",
    "พี่เลี้ยงชุมชน ร่วมกับ{school}",
    "กลุ่มพี่เลี้ยงชุมชนและคณะกรรมการ{village}",
    "พี่เลี้ยงชุมชน ร่วมกับ{temple}",
)
