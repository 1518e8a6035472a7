<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Your data</source>
            <translation>بياناتك</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Log files</source>
            <translation>ملفات السجل</translation>
        </message>
        <message>
            <source>Offline facilitation for in-person workshops: sticky notes, dot voting, purpose blending, a projector view and PDF handouts.</source>
            <translation>تيسير دون اتصال للورش الحضورية: أوراق لاصقة، وتصويت بالنقاط، ومزج الغايات، وعرض لجهاز العرض، ونشرات PDF.</translation>
        </message>
        <message>
            <source>Your workshop files stay where you save them; every change is written to the file as you make it.</source>
            <translation>تبقى ملفات ورشتك حيث تحفظها؛ ويُكتب كل تغيير في الملف لحظة إجرائه.</translation>
        </message>
        <message>
            <source>Licence: {licence}. Workshop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
            <translation>الترخيص: {licence}. Workshop برنامج حر: يمكنك مشاركته وتعديله وفق رخصة غنو العمومية، الإصدار 3 أو أي إصدار لاحق. يأتي دون أي ضمان.</translation>
        </message>
        <message>
            <source>About Workshop</source>
            <translation>حول Workshop</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>added here</source>
            <translation>أُضيف هنا</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>مجموعة</translation>
        </message>
        <message>
            <source>Vote result</source>
            <translation>نتيجة التصويت</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>التزام</translation>
        </message>
        <message>
            <source>New action: what</source>
            <translation>إجراء جديد: ماذا</translation>
        </message>
        <message>
            <source>What needs doing? (Enter adds)</source>
            <translation>ما الذي يجب فعله؟ (Enter يضيف)</translation>
        </message>
        <message>
            <source>New action: owner</source>
            <translation>إجراء جديد: المسؤول</translation>
        </message>
        <message>
            <source>New action: due date</source>
            <translation>إجراء جديد: الموعد</translation>
        </message>
        <message>
            <source>Due: YYYY-MM-DD</source>
            <translation>الموعد: YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>إضافة إجراء</translation>
        </message>
        <message>
            <source>Add the action (Enter)</source>
            <translation>إضافة الإجراء (Enter)</translation>
        </message>
        <message>
            <source>Show actions</source>
            <translation>عرض الإجراءات</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>كل الإجراءات</translation>
        </message>
        <message>
            <source>{status} only</source>
            <translation>{status} فقط</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>غير منجز</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>بحلول متى</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Move along</source>
            <translation>تقديم</translation>
        </message>
        <message>
            <source>Move the selected actions along</source>
            <translation>تقديم الإجراءات المحددة خطوة</translation>
        </message>
        <message>
            <source>Open → doing → done (Space)</source>
            <translation>مفتوح ← قيد التنفيذ ← منجز (المسافة)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the selected actions</source>
            <translation>حذف الإجراءات المحددة</translation>
        </message>
        <message>
            <source>Remove the selected actions (Delete)</source>
            <translation>حذف الإجراءات المحددة (Delete)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Confirmed commitments appear here by themselves. Space: move along · F2: edit · Delete: remove</source>
            <translation>تظهر الالتزامات المؤكدة هنا تلقائيًا. المسافة: تقديم · F2: تعديل · Delete: حذف</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>لا إجراءات</numerusform>
                <numerusform>إجراء واحد</numerusform>
                <numerusform>إجراءان</numerusform>
                <numerusform>%n إجراءات</numerusform>
                <numerusform>%n إجراءً</numerusform>
                <numerusform>%n إجراء</numerusform>
            </translation>
        </message>
        <message>
            <source>{open} open · {doing} doing · {done} done</source>
            <translation>{open} مفتوحة · {doing} قيد التنفيذ · {done} منجزة</translation>
        </message>
        <message>
            <source>{status} · overdue</source>
            <translation>{status} · متأخر</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}، متأخر</translation>
        </message>
        <message>
            <source>%1 (removed)</source>
            <translation>%1 (حُذف)</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>لا مسؤول بعد</translation>
        </message>
        <message>
            <source>No owner yet: double-click or F2 to choose one</source>
            <translation>لا مسؤول بعد: انقر مرتين أو F2 لاختياره</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Activity</source>
            <translation>نشاط</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;النوع</translation>
        </message>
        <message>
            <source>Activity kind</source>
            <translation>نوع النشاط</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ا&amp;لعنوان</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>عنوان النشاط</translation>
        </message>
        <message>
            <source>&amp;Prompt for the room</source>
            <translation>&amp;سؤال للقاعة</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <source>Time&amp;box</source>
            <translation>&amp;المدة</translation>
        </message>
        <message>
            <source>Timebox in minutes</source>
            <translation>المدة بالدقائق</translation>
        </message>
        <message>
            <source> min</source>
            <translation> د</translation>
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation>&amp;الكتّاب</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>إظهار الكتّاب</translation>
        </message>
        <message>
            <source>&amp;Facilitator notes</source>
            <translation>&amp;ملاحظات الميسّر</translation>
        </message>
        <message>
            <source>Facilitator notes, never shown to the room</source>
            <translation>ملاحظات الميسّر، لا تُعرض على القاعة أبدًا</translation>
        </message>
        <message>
            <source>Only on this laptop, never on the projector</source>
            <translation>على هذا الحاسوب فقط، لا تظهر على جهاز العرض أبدًا</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Follow the workshop setting</source>
            <translation>اتباع إعداد الورشة</translation>
        </message>
        <message>
            <source>Hide authors</source>
            <translation>إخفاء الكتّاب</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>إظهار الكتّاب</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>تعديل النشاط</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>إضافة نشاط</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>planned</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>running</source>
            <translation>جارٍ</translation>
        </message>
        <message>
            <source>done</source>
            <translation>منتهٍ</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>الأجندة</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <source>Add an activity (Insert)</source>
            <translation>إضافة نشاط (Insert)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Edit the activity (F2)</source>
            <translation>تعديل النشاط (F2)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the activity (Delete)</source>
            <translation>حذف النشاط (Delete)</translation>
        </message>
        <message>
            <source>Move earlier (Alt+Up)</source>
            <translation>تحريك إلى الأمام (Alt+Up)</translation>
        </message>
        <message>
            <source>Move later (Alt+Down)</source>
            <translation>تحريك إلى الخلف (Alt+Down)</translation>
        </message>
        <message>
            <source>{kind} · {minutes} min</source>
            <translation>{kind} · {minutes} د</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>دقيقة واحدة</numerusform>
                <numerusform>دقيقتان</numerusform>
                <numerusform>%n دقائق</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>{planned} planned</source>
            <translation>{planned} مخطط</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {over} over</source>
            <translation>{planned} مخطط من {available}: زيادة {over}</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {spare} spare</source>
            <translation>{planned} مخطط من {available}: يتبقى {spare}</translation>
        </message>
    </context>
    <context>
        <name>AnswerPad</name>
        <message>
            <source>Answer pad: press a number to record one answer</source>
            <translation>لوحة الإجابات: اضغط رقمًا لتسجيل إجابة واحدة</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Workshop — audience view</source>
            <translation>Workshop — عرض الجمهور</translation>
        </message>
        <message>
            <source>Audience view (what the projector shows)</source>
            <translation>عرض الجمهور (ما يعرضه جهاز العرض)</translation>
        </message>
        <message>
            <source>Close audience view</source>
            <translation>إغلاق عرض الجمهور</translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message>
            <source>Who votes</source>
            <extracomment>True while a ballot is being filled in at the laptop (undo must not act then).</extracomment>
            <translation>من يصوّت</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>بالوكالة</translation>
        </message>
        <message>
            <source>Cast by proxy for someone absent</source>
            <translation>التصويت بالوكالة عن شخص غائب</translation>
        </message>
        <message>
            <source>V&amp;oter:</source>
            <translation>الم&amp;صوّت:</translation>
        </message>
        <message>
            <source>Projects to approve</source>
            <translation>مشاريع للموافقة</translation>
        </message>
        <message>
            <source>Points per project: type a number, or + and −</source>
            <translation>النقاط لكل مشروع: اكتب رقمًا، أو + و −</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>الإدلاء بالصوت</translation>
        </message>
        <message>
            <source>Cast this ballot (Ctrl+Enter)</source>
            <translation>الإدلاء بهذه الورقة (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Clear the ticks without casting</source>
            <translation>إزالة العلامات دون تصويت</translation>
        </message>
        <message>
            <source>Paper ballot — type the numbers it ticks, then Enter:</source>
            <translation>ورقة اقتراع ورقية: اكتب الأرقام المؤشَّر عليها ثم Enter:</translation>
        </message>
        <message>
            <source>Paper ballot: project numbers</source>
            <translation>ورقة اقتراع ورقية: أرقام المشاريع</translation>
        </message>
        <message>
            <source>e.g. 2 5 7</source>
            <translation>مثلًا 2 5 7</translation>
        </message>
        <message>
            <source>Paper &amp;tally per project (type the count, or + and −):</source>
            <translation>عدّ &amp;ورقي لكل مشروع (اكتب العدد، أو + و −):</translation>
        </message>
        <message>
            <source>Approvals counted on paper: each counts as a ballot for that project alone.</source>
            <translation>موافقات محسوبة على الورق: كل واحدة تُحسب بطاقةً لذلك المشروع وحده.</translation>
        </message>
        <message>
            <source>Paper tally per project: type the count, or + and −</source>
            <translation>عدّ ورقي لكل مشروع: اكتب العدد، أو + و −</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>على الورق</translation>
        </message>
        <message>
            <source>Ballots cast (who, never what)</source>
            <translation>الأوراق المُدلى بها (من صوّت، لا بماذا)</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>حذف الورقة</translation>
        </message>
        <message>
            <source>Remove the selected ballot</source>
            <translation>حذف الورقة المحددة</translation>
        </message>
        <message numerus="yes">
            <source>On paper: %n approval(s)</source>
            <translation>
                <numerusform>على الورق: لا موافقات</numerusform>
                <numerusform>على الورق: موافقة واحدة</numerusform>
                <numerusform>على الورق: موافقتان</numerusform>
                <numerusform>على الورق: %n موافقات</numerusform>
                <numerusform>على الورق: %n موافقة</numerusform>
                <numerusform>على الورق: %n موافقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> on %n project(s).</source>
            <translation>
                <numerusform> على أي مشروع.</numerusform>
                <numerusform> على مشروع واحد.</numerusform>
                <numerusform> على مشروعين.</numerusform>
                <numerusform> على %n مشاريع.</numerusform>
                <numerusform> على %n مشروعًا.</numerusform>
                <numerusform> على %n مشروع.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n project(s)</source>
            <translation>
                <numerusform>%n مشروع كحد أقصى</numerusform>
                <numerusform>مشروع واحد كحد أقصى</numerusform>
                <numerusform>مشروعان كحد أقصى</numerusform>
                <numerusform>%n مشاريع كحد أقصى</numerusform>
                <numerusform>%n مشروعًا كحد أقصى</numerusform>
                <numerusform>%n مشروع كحد أقصى</numerusform>
            </translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>%1 كحد أقصى</translation>
        </message>
        <message numerus="yes">
            <source>{given} of {points} points given to %n project(s), costing %1 of the budget %2</source>
            <translation>
                <numerusform>{given} من {points} نقطة، لا مشاريع، بتكلفة %1 من الميزانية %2</numerusform>
                <numerusform>{given} من {points} نقطة لمشروع واحد، بتكلفة %1 من الميزانية %2</numerusform>
                <numerusform>{given} من {points} نقطة لمشروعين، بتكلفة %1 من الميزانية %2</numerusform>
                <numerusform>{given} من {points} نقطة لـ%n مشاريع، بتكلفة %1 من الميزانية %2</numerusform>
                <numerusform>{given} من {points} نقطة لـ%n مشروعًا، بتكلفة %1 من الميزانية %2</numerusform>
                <numerusform>{given} من {points} نقطة لـ%n مشروع، بتكلفة %1 من الميزانية %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved, costing %1 of the budget %2</source>
            <translation>
                <numerusform>لا مشاريع موافق عليها، بكلفة %1 من الميزانية %2</numerusform>
                <numerusform>مشروع واحد موافق عليه، بكلفة %1 من الميزانية %2</numerusform>
                <numerusform>مشروعان موافق عليهما، بكلفة %1 من الميزانية %2</numerusform>
                <numerusform>%n مشاريع موافق عليها، بكلفة %1 من الميزانية %2</numerusform>
                <numerusform>%n مشروعًا موافقًا عليه، بكلفة %1 من الميزانية %2</numerusform>
                <numerusform>%n مشروع موافق عليه، بكلفة %1 من الميزانية %2</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Everyone on the list has voted: type paper ballots instead.</source>
            <translation>صوّت كل من في القائمة: أدخل أوراقًا ورقية بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>%1 (proxy)</source>
            <translation>%1 (بالوكالة)</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>left</source>
            <translation>يسارًا</translation>
        </message>
        <message>
            <source>right</source>
            <translation>يمينًا</translation>
        </message>
        <message>
            <source>up</source>
            <translation>للأعلى</translation>
        </message>
        <message>
            <source>down</source>
            <translation>للأسفل</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>تجميع</translation>
        </message>
        <message>
            <source>Group the selected notes (Ctrl+G)</source>
            <translation>تجميع الملاحظات المحددة (Ctrl+G)</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>فك التجميع</translation>
        </message>
        <message>
            <source>Remove the selected cluster frames (Ctrl+Shift+G)</source>
            <translation>إزالة إطارات المجموعات المحددة (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>ترتيب</translation>
        </message>
        <message>
            <source>Arrange clusters and loose notes without overlaps (Ctrl+T)</source>
            <translation>ترتيب المجموعات والملاحظات المنفردة دون تداخل (Ctrl+T)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Find notes (Ctrl+F)</source>
            <translation>البحث في الملاحظات (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <source>Show the whole board (Ctrl+0)</source>
            <translation>عرض اللوحة كاملة (Ctrl+0)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>قائمة</translation>
        </message>
        <message>
            <source>Show the notes as a list in reading order (Ctrl+L)</source>
            <translation>عرض الملاحظات قائمةً بترتيب القراءة (Ctrl+L)</translation>
        </message>
        <message>
            <source>Drag notes to move · drag the background to pan · Shift+drag to select · arrows pick a note, Enter or F2 edits</source>
            <translation>اسحب الملاحظات لنقلها · اسحب الخلفية للتحريك · Shift+سحب للتحديد · الأسهم تختار ملاحظة، وEnter أو F2 للتعديل</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>حذف الملاحظات</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>تعديل الملاحظة</translation>
        </message>
        <message>
            <source>Notes as a list</source>
            <translation>الملاحظات كقائمة</translation>
        </message>
        <message>
            <source>Select all notes</source>
            <translation>تحديد كل الملاحظات</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>تجميع الملاحظات</translation>
        </message>
        <message>
            <source>Fit board</source>
            <translation>ملاءمة اللوحة</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Copy note text</source>
            <translation>نسخ نص الملاحظة</translation>
        </message>
        <message>
            <source>Paste as notes</source>
            <translation>لصق كملاحظات</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>إنشاء إجراء</translation>
        </message>
        <message>
            <source>Nudge {direction}</source>
            <translation>تحريك {direction}</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>لون الورقة {name}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
    </context>
    <context>
        <name>BoardGrouping</name>
        <message>
            <source>No note matches what you typed in Find: nothing to group.</source>
            <translation>لا ملاحظة تطابق ما كتبته في البحث: لا شيء للتجميع.</translation>
        </message>
        <message>
            <source>Select the notes to group first (click, Ctrl+click or Shift+drag), or find them (Ctrl+F, a few words, then Ctrl+G).</source>
            <translation>حدّد الملاحظات المراد تجميعها أولًا (نقر، Ctrl+نقر أو Shift+سحب)، أو ابحث عنها (Ctrl+F، بضع كلمات، ثم Ctrl+G).</translation>
        </message>
        <message>
            <source>{count} in “{cluster}”</source>
            <translation>{count} في «{cluster}»</translation>
        </message>
        <message>
            <source>{count} of the {total} notes are already in a cluster ({where}). Move them into the new cluster, or leave them where they are?</source>
            <translation>{count} من أصل {total} ملاحظة موجودة في مجموعة ({where}). هل تنقلها إلى المجموعة الجديدة أم تتركها مكانها؟</translation>
        </message>
        <message>
            <source>Nothing grouped.</source>
            <translation>لم يُجمَّع شيء.</translation>
        </message>
        <message>
            <source>left {where}</source>
            <translation>تُركت {where}</translation>
        </message>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation>
                <numerusform>لم يُجمَّع شيء: كل الملاحظات في مجموعات أصلًا.</numerusform>
                <numerusform>لم يُجمَّع شيء: الملاحظة في مجموعة أصلًا.</numerusform>
                <numerusform>لم يُجمَّع شيء: الملاحظتان في مجموعات أصلًا.</numerusform>
                <numerusform>لم يُجمَّع شيء: الملاحظات الـ%n كلها في مجموعات أصلًا.</numerusform>
                <numerusform>لم يُجمَّع شيء: الملاحظات الـ%n كلها في مجموعات أصلًا.</numerusform>
                <numerusform>لم يُجمَّع شيء: الملاحظات الـ%n كلها في مجموعات أصلًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a cluster (its title) or notes in one to ungroup.</source>
            <translation>حدّد مجموعة (عنوانها) أو ملاحظات فيها لفك التجميع.</translation>
        </message>
        <message>
            <source>Select a note or a cluster first: it becomes an action on the list.</source>
            <translation>حدّد ملاحظة أو مجموعة أولًا: ستصبح إجراءً في القائمة.</translation>
        </message>
    </context>
    <context>
        <name>BoardOutline</name>
        <message>
            <source>Notes in reading order</source>
            <translation>الملاحظات بترتيب القراءة</translation>
        </message>
    </context>
    <context>
        <name>BoardPaste</name>
        <message>
            <source>Nobody called “{name}” is on the participant list. Pick a name as you type, or clear the author box for an anonymous note.</source>
            <translation>لا أحد باسم «{name}» في قائمة المشاركين. اختر اسمًا أثناء الكتابة، أو امسح خانة الكاتب لملاحظة مجهولة.</translation>
        </message>
        <message>
            <source>That text is {length} characters long; a note holds at most {most}. Nothing was pasted: shorten it, or put each idea on its own line to add one note per line.</source>
            <translation>طول هذا النص {length} حرفًا؛ والملاحظة تتسع لـ{most} على الأكثر. لم يُلصق شيء: اختصره، أو ضع كل فكرة في سطر لإضافة ملاحظة لكل سطر.</translation>
        </message>
        <message>
            <source>the pasted text</source>
            <translation>النص الملصق</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>«{name}» ليس ملفًا.</translation>
        </message>
        <message>
            <source>“{name}” is larger than 1 MB; drop a plain text file of ideas, one per line.</source>
            <translation>«{name}» أكبر من 1 ميغابايت؛ أفلت ملفًا نصيًا بسيطًا فيه فكرة في كل سطر.</translation>
        </message>
        <message>
            <source>“{name}” is not a plain text file (UTF-8); nothing was added.</source>
            <translation>«{name}» ليس ملفًا نصيًا بسيطًا (UTF-8)؛ لم يُضف شيء.</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {reason}</source>
            <translation>تعذرت قراءة «{name}»: {reason}</translation>
        </message>
        <message>
            <source>The dropped file has no text to add.</source>
            <translation>الملف المُفلت لا يحتوي نصًا لإضافته.</translation>
        </message>
        <message>
            <source>the dropped file</source>
            <translation>الملف المُفلت</translation>
        </message>
        <message>
            <source>the dropped files</source>
            <translation>الملفات المُفلتة</translation>
        </message>
        <message>
            <source>Line {number} of {source} is {length} characters long; a note holds at most {most}. Nothing was added.</source>
            <translation>طول السطر {number} من {source} هو {length} حرفًا؛ والملاحظة تتسع لـ{most} على الأكثر. لم يُضف شيء.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n note(s), one for each line of {source}?</source>
            <translation>
                <numerusform>إضافة %n ملاحظة، واحدة لكل سطر من {source}؟</numerusform>
                <numerusform>إضافة ملاحظة واحدة، واحدة لكل سطر من {source}؟</numerusform>
                <numerusform>إضافة ملاحظتين، واحدة لكل سطر من {source}؟</numerusform>
                <numerusform>إضافة %n ملاحظات، واحدة لكل سطر من {source}؟</numerusform>
                <numerusform>إضافة %n ملاحظة، واحدة لكل سطر من {source}؟</numerusform>
                <numerusform>إضافة %n ملاحظة، واحدة لكل سطر من {source}؟</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <source>Notes and clusters on the board</source>
            <translation>الملاحظات والمجموعات على اللوحة</translation>
        </message>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>لا سؤال للقاعة بعد.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>لا ملاحظات</numerusform>
                <numerusform>ملاحظة واحدة</numerusform>
                <numerusform>ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>لا مجموعات</numerusform>
                <numerusform>مجموعة واحدة</numerusform>
                <numerusform>مجموعتان</numerusform>
                <numerusform>%n مجموعات</numerusform>
                <numerusform>%n مجموعة</numerusform>
                <numerusform>%n مجموعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose</source>
            <translation>
                <numerusform>لا منفردة</numerusform>
                <numerusform>واحدة منفردة</numerusform>
                <numerusform>اثنتان منفردتان</numerusform>
                <numerusform>%n منفردة</numerusform>
                <numerusform>%n منفردة</numerusform>
                <numerusform>%n منفردة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Sticky-note board</source>
            <translation>لوحة الأوراق اللاصقة</translation>
        </message>
    </context>
    <context>
        <name>BreakoutActions</name>
        <message>
            <source>Workshop files (*.workshop)</source>
            <translation>ملفات الورشة (*.workshop)</translation>
        </message>
        <message>
            <source>Make &amp;breakout copies…</source>
            <translation>إنشاء نسخ &amp;للمجموعات الفرعية…</translation>
        </message>
        <message>
            <source>&amp;Merge breakout…</source>
            <translation>&amp;دمج مجموعة فرعية…</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting…</source>
            <translation>الاجتماع ال&amp;تالي…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n breakout cop(ies) to {folder}:</source>
            <translation>
                <numerusform>كُتبت %n نسخة للمجموعات الفرعية في {folder}:</numerusform>
                <numerusform>كُتبت نسخة واحدة للمجموعات الفرعية في {folder}:</numerusform>
                <numerusform>كُتبت نسختان للمجموعات الفرعية في {folder}:</numerusform>
                <numerusform>كُتبت %n نسخ للمجموعات الفرعية في {folder}:</numerusform>
                <numerusform>كُتبت %n نسخة للمجموعات الفرعية في {folder}:</numerusform>
                <numerusform>كُتبت %n نسخة للمجموعات الفرعية في {folder}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged (one Undo takes it back):</source>
            <translation>دُمج (تراجع واحد يلغيه):</translation>
        </message>
        <message>
            <source>That is this meeting's own file: choose another name.</source>
            <translation>هذا ملف هذا الاجتماع نفسه: اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>“{name}” already exists: choose another name.</source>
            <translation>«{name}» موجود بالفعل: اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>Meeting {number} is open: it starts by reviewing what was promised. “{name}” is unchanged.</source>
            <translation>الاجتماع {number} مفتوح: يبدأ بمراجعة ما وُعد به. «{name}» لم يتغير.</translation>
        </message>
    </context>
    <context>
        <name>BreakoutReport</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>لا ملاحظات</numerusform>
                <numerusform>ملاحظة واحدة</numerusform>
                <numerusform>ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>لا مجموعات</numerusform>
                <numerusform>مجموعة واحدة</numerusform>
                <numerusform>مجموعتان</numerusform>
                <numerusform>%n مجموعات</numerusform>
                <numerusform>%n مجموعة</numerusform>
                <numerusform>%n مجموعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s)</source>
            <translation>
                <numerusform>لا أشخاص جدد</numerusform>
                <numerusform>شخص جديد واحد</numerusform>
                <numerusform>شخصان جديدان</numerusform>
                <numerusform>%n أشخاص جدد</numerusform>
                <numerusform>%n شخصًا جديدًا</numerusform>
                <numerusform>%n شخص جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purpose statement(s)</source>
            <translation>
                <numerusform>لا بيانات أهداف</numerusform>
                <numerusform>بيان هدف واحد</numerusform>
                <numerusform>بيانا هدف</numerusform>
                <numerusform>%n بيانات أهداف</numerusform>
                <numerusform>%n بيان هدف</numerusform>
                <numerusform>%n بيان هدف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offer(s) or ask(s)</source>
            <translation>
                <numerusform>لا عروض ولا طلبات</numerusform>
                <numerusform>عرض أو طلب واحد</numerusform>
                <numerusform>عرضان أو طلبان</numerusform>
                <numerusform>%n عروض وطلبات</numerusform>
                <numerusform>%n عرضًا وطلبًا</numerusform>
                <numerusform>%n عرض وطلب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>لا التزامات</numerusform>
                <numerusform>التزام واحد</numerusform>
                <numerusform>التزامان</numerusform>
                <numerusform>%n التزامات</numerusform>
                <numerusform>%n التزامًا</numerusform>
                <numerusform>%n التزام</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse statement(s)</source>
            <translation>
                <numerusform>لا عبارات نبض</numerusform>
                <numerusform>عبارة نبض واحدة</numerusform>
                <numerusform>عبارتا نبض</numerusform>
                <numerusform>%n عبارات نبض</numerusform>
                <numerusform>%n عبارة نبض</numerusform>
                <numerusform>%n عبارة نبض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse round(s)</source>
            <translation>
                <numerusform>لا جولات نبض</numerusform>
                <numerusform>جولة نبض واحدة</numerusform>
                <numerusform>جولتا نبض</numerusform>
                <numerusform>%n جولات نبض</numerusform>
                <numerusform>%n جولة نبض</numerusform>
                <numerusform>%n جولة نبض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>لا أوراق اقتراع</numerusform>
                <numerusform>ورقة اقتراع واحدة</numerusform>
                <numerusform>ورقتا اقتراع</numerusform>
                <numerusform>%n أوراق اقتراع</numerusform>
                <numerusform>%n ورقة اقتراع</numerusform>
                <numerusform>%n ورقة اقتراع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paper vote tally(-ies)</source>
            <translation>
                <numerusform>لا عدّ ورقي</numerusform>
                <numerusform>عدّ ورقي واحد</numerusform>
                <numerusform>عدّان ورقيان</numerusform>
                <numerusform>%n عدّات ورقية</numerusform>
                <numerusform>%n عدًّا ورقيًا</numerusform>
                <numerusform>%n عدّ ورقي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>لا إجراءات</numerusform>
                <numerusform>إجراء واحد</numerusform>
                <numerusform>إجراءان</numerusform>
                <numerusform>%n إجراءات</numerusform>
                <numerusform>%n إجراءً</numerusform>
                <numerusform>%n إجراء</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>لا جديد</translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>لا تحديثات</numerusform>
                <numerusform>حُدّث واحد</numerusform>
                <numerusform>حُدّث اثنان</numerusform>
                <numerusform>%n محدّثة</numerusform>
                <numerusform>%n محدّثًا</numerusform>
                <numerusform>%n محدّث</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept as edited in the main file</source>
            <translation>
                <numerusform>لا شيء أُبقي</numerusform>
                <numerusform>أُبقي واحد كما حُرّر في الملف الرئيسي</numerusform>
                <numerusform>أُبقي اثنان كما حُرّرا في الملف الرئيسي</numerusform>
                <numerusform>أُبقيت %n كما حُرّرت في الملف الرئيسي</numerusform>
                <numerusform>أُبقي %n كما حُرّر في الملف الرئيسي</numerusform>
                <numerusform>أُبقي %n كما حُرّر في الملف الرئيسي</numerusform>
            </translation>
        </message>
        <message>
            <source>{table}: {what}</source>
            <translation>{table}: {what}</translation>
        </message>
    </context>
    <context>
        <name>BudgetScreen</name>
        <message>
            <source>Pro&amp;jects</source>
            <translation>ا&amp;لمشاريع</translation>
        </message>
        <message>
            <source>&amp;Ballots</source>
            <translation>الأورا&amp;ق</translation>
        </message>
        <message>
            <source>Res&amp;ults</source>
            <translation>النتا&amp;ئج</translation>
        </message>
    </context>
    <context>
        <name>CaptureRow</name>
        <message>
            <source>Author of the next note</source>
            <translation>كاتب الملاحظة التالية</translation>
        </message>
        <message>
            <source>Author, or anonymous</source>
            <translation>الكاتب، أو مجهول</translation>
        </message>
        <message>
            <source>Type the start of a participant's name; it stays chosen for the next notes. Leave empty or type “anonymous” for no author.</source>
            <translation>اكتب بداية اسم المشارك؛ يبقى مختارًا للملاحظات التالية. اتركه فارغًا أو اكتب «مجهول» لعدم ذكر كاتب.</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>&amp;بقلم</translation>
        </message>
        <message>
            <source>New note text</source>
            <translation>نص الملاحظة الجديدة</translation>
        </message>
        <message>
            <source>Type an idea and press Enter</source>
            <translation>اكتب فكرة واضغط Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <source>Add the note (Enter)</source>
            <translation>إضافة الملاحظة (Enter)</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>لون الورقة {name}</translation>
        </message>
        <message>
            <source>Colour by organisation</source>
            <translation>التلوين حسب المنظمة</translation>
        </message>
        <message>
            <source>Colour notes by the author's organisation</source>
            <translation>تلوين الملاحظات حسب منظمة الكاتب</translation>
        </message>
        <message>
            <source>Colour legend</source>
            <translation>دليل الألوان</translation>
        </message>
        <message>
            <source>Not on the list</source>
            <translation>ليس في القائمة</translation>
        </message>
        <message>
            <source>Not on the participant list</source>
            <translation>ليس في قائمة المشاركين</translation>
        </message>
    </context>
    <context>
        <name>CountsTable</name>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The details are in the log file:</source>
            <translation>التفاصيل في ملف السجل:</translation>
        </message>
        <message>
            <source>The details could not be written to a log file; they are shown below.</source>
            <translation>تعذرت كتابة التفاصيل في ملف سجل؛ تظهر أدناه.</translation>
        </message>
        <message>
            <source>Workshop ran into an unexpected problem and did not finish what you asked.</source>
            <translation>واجه Workshop مشكلة غير متوقعة ولم يُكمل ما طلبته.</translation>
        </message>
        <message>
            <source>Your workshop file is safe: every change was saved to disk the moment you made it, so nothing has been lost. You can carry on working; if something looks wrong, close the file and open it again.</source>
            <translation>ملف ورشتك آمن: حُفظ كل تغيير على القرص لحظة إجرائه، فلم يضع شيء. يمكنك مواصلة العمل؛ وإن بدا شيء خاطئًا فأغلق الملف وافتحه من جديد.</translation>
        </message>
        <message>
            <source>Workshop: unexpected problem</source>
            <translation>Workshop: مشكلة غير متوقعة</translation>
        </message>
        <message>
            <source>Open Log Folder</source>
            <translation>فتح مجلد السجلات</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Workshop title</source>
            <translation>عنوان الورشة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>وقت البدء</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Time available in minutes</source>
            <translation>الوقت المتاح بالدقائق</translation>
        </message>
        <message>
            <source> min</source>
            <translation> د</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Goal of the day</source>
            <translation>هدف اليوم</translation>
        </message>
        <message>
            <source>Hide who wrote what (anonymous by default)</source>
            <translation>إخفاء من كتب ماذا (مجهول افتراضيًا)</translation>
        </message>
        <message>
            <source>Anonymous by default</source>
            <translation>مجهول افتراضيًا</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>لغة الورشة</translation>
        </message>
        <message>
            <source>The language of the handout's labels, dates and numbers and of the projector, whatever the language of this app</source>
            <translation>لغة تسميات النشرة وتواريخها وأرقامها ولغة جهاز العرض، أيًّا كانت لغة هذا التطبيق</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ا&amp;لعنوان</translation>
        </message>
        <message>
            <source>Ven&amp;ue</source>
            <translation>الم&amp;كان</translation>
        </message>
        <message>
            <source>Faci&amp;litator</source>
            <translation>الم&amp;يسّر</translation>
        </message>
        <message>
            <source>&amp;Goal of the day</source>
            <translation>&amp;هدف اليوم</translation>
        </message>
        <message>
            <source>&amp;Starts at</source>
            <translation>ي&amp;بدأ الساعة</translation>
        </message>
        <message>
            <source>Time availa&amp;ble</source>
            <translation>الوقت المتا&amp;ح</translation>
        </message>
        <message>
            <source>Language of the &amp;room</source>
            <translation>لغة ال&amp;قاعة</translation>
        </message>
        <message>
            <source>Changes are saved as you go. Ctrl+Z undoes them.</source>
            <translation>تُحفظ التغييرات أولًا بأول. Ctrl+Z يتراجع عنها.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFiles</name>
        <message>
            <source>The demo could not be written: {error}</source>
            <translation>تعذرت كتابة العرض التجريبي: {error}</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>جارٍ فتح {name}…</translation>
        </message>
        <message>
            <source>The backup could not be copied to a folder you can write to.</source>
            <translation>تعذر نسخ النسخة الاحتياطية إلى مجلد يمكنك الكتابة فيه.</translation>
        </message>
        <message>
            <source>Create workshop file</source>
            <translation>إنشاء ملف ورشة</translation>
        </message>
        <message>
            <source>That file is the workshop that is open now; choose another name.</source>
            <translation>هذا الملف هو الورشة المفتوحة الآن؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>Save a copy and continue in it</source>
            <translation>حفظ نسخة والمتابعة فيها</translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <source>(%n note(s))</source>
            <extracomment>Digits or letters typed after a longer pause start a new number or word. Something to tell the voter about their typing (e.g. "There is no item 85.").</extracomment>
            <translation>
                <numerusform>(لا ملاحظات)</numerusform>
                <numerusform>(ملاحظة واحدة)</numerusform>
                <numerusform>(ملاحظتان)</numerusform>
                <numerusform>(%n ملاحظات)</numerusform>
                <numerusform>(%n ملاحظة)</numerusform>
                <numerusform>(%n ملاحظة)</numerusform>
            </translation>
        </message>
        <message>
            <source>(your note: not for your dots)</source>
            <translation>(ملاحظتك: لا يمكنك التصويت لها)</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n نقطة</numerusform>
                <numerusform>نقطة واحدة</numerusform>
                <numerusform>نقطتان</numerusform>
                <numerusform>%n نقاط</numerusform>
                <numerusform>%n نقطة</numerusform>
                <numerusform>%n نقطة</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1: Space puts a dot on it, or type the next digit.</source>
            <translation>البند %1: مفتاح المسافة يضع عليه نقطة، أو اكتب الرقم التالي.</translation>
        </message>
        <message>
            <source>There is no item %1: the items are 1–%2.</source>
            <translation>لا يوجد بند %1: البنود من 1 إلى %2.</translation>
        </message>
        <message>
            <source>No item has “%1” in it.</source>
            <translation>لا يحتوي أي بند على «%1».</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <source>Draft %1</source>
            <translation>المسودة %1</translation>
        </message>
        <message>
            <source>(from draft %1)</source>
            <translation>(من المسودة %1)</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>معتمدة</translation>
        </message>
        <message>
            <source>Drafts of the common purpose</source>
            <translation>مسودات الغاية المشتركة</translation>
        </message>
        <message>
            <source>Start from selected (Ctrl+D)</source>
            <translation>البدء من المحددة (Ctrl+D)</translation>
        </message>
        <message>
            <source>Start a new draft from the selected</source>
            <translation>بدء مسودة جديدة من المسودة المحددة</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>حذف المسودة</translation>
        </message>
        <message>
            <source>Remove the selected draft</source>
            <translation>حذف المسودة المحددة</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>مسودة جديدة</translation>
        </message>
        <message>
            <source>Text of the next draft</source>
            <translation>نص المسودة التالية</translation>
        </message>
        <message>
            <source>Together we… (Ctrl+Enter keeps it as a new draft)</source>
            <translation>معًا نحن… (Ctrl+Enter يحفظها مسودة جديدة)</translation>
        </message>
        <message>
            <source>&amp;Keep as new draft</source>
            <translation>&amp;حفظ كمسودة جديدة</translation>
        </message>
        <message>
            <source>Keep the text as a new numbered draft</source>
            <translation>حفظ النص كمسودة جديدة مرقّمة</translation>
        </message>
        <message>
            <source>Pick phrases: select words below, Ctrl+P adds them to the list</source>
            <translation>اختر العبارات: حدّد كلمات أدناه، وCtrl+P يضيفها إلى القائمة</translation>
        </message>
        <message>
            <source>Statements and blends to pick phrases from</source>
            <translation>الغايات والمزائج لاختيار العبارات منها</translation>
        </message>
        <message>
            <source>Phrases for a new draft</source>
            <translation>عبارات لمسودة جديدة</translation>
        </message>
        <message>
            <source>Add phrase (Ctrl+P)</source>
            <translation>إضافة عبارة (Ctrl+P)</translation>
        </message>
        <message>
            <source>Add the selected words as a phrase</source>
            <translation>إضافة الكلمات المحددة كعبارة</translation>
        </message>
        <message>
            <source>Draft from phrase&amp;s</source>
            <translation>مسود&amp;ة من العبارات</translation>
        </message>
        <message>
            <source>Make a new draft from the phrases</source>
            <translation>إنشاء مسودة جديدة من العبارات</translation>
        </message>
        <message>
            <source>Blend:</source>
            <translation>مزيج:</translation>
        </message>
        <message>
            <source>Next draft starts from draft %1</source>
            <translation>المسودة التالية تبدأ من المسودة %1</translation>
        </message>
        <message>
            <source>Next draft: new text</source>
            <translation>المسودة التالية: نص جديد</translation>
        </message>
        <message>
            <source>Select some words in the statements first.</source>
            <translation>حدّد بعض الكلمات في الغايات أولًا.</translation>
        </message>
    </context>
    <context>
        <name>EndorsePanel</name>
        <message>
            <source>Party</source>
            <extracomment>The ratings table's headings (translated when the table is made).</extracomment>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>مغطّى</translation>
        </message>
        <message>
            <source>In the draft</source>
            <translation>في المسودة</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <source>Draft being rated</source>
            <translation>المسودة قيد التقييم</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>المسودة</translation>
        </message>
        <message>
            <source>Ad&amp;opt this draft</source>
            <translation>&amp;اعتماد هذه المسودة</translation>
        </message>
        <message>
            <source>Adopt this draft as the common purpose</source>
            <translation>اعتماد هذه المسودة غايةً مشتركة</translation>
        </message>
        <message>
            <source>Text of the draft being rated</source>
            <translation>نص المسودة قيد التقييم</translation>
        </message>
        <message>
            <source>Party giving the rating</source>
            <translation>الطرف المقيِّم</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>يقيّمها</translation>
        </message>
        <message>
            <source>Fist of five, 0 to 5</source>
            <translation>قبضة الخمسة، من 0 إلى 5</translation>
        </message>
        <message>
            <source>Fist of five: </source>
            <translation>قبضة الخمسة: </translation>
        </message>
        <message>
            <source>Comment with the rating (optional)</source>
            <translation>تعليق مع التقييم (اختياري)</translation>
        </message>
        <message>
            <source>Comment (optional) — Enter rates</source>
            <translation>تعليق (اختياري) — Enter يسجّل التقييم</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>تقي&amp;يم</translation>
        </message>
        <message>
            <source>Record the rating</source>
            <translation>تسجيل التقييم</translation>
        </message>
        <message>
            <source>Ratings and coverage per party</source>
            <translation>التقييمات والتغطية لكل طرف</translation>
        </message>
        <message>
            <source>No draft yet: write one in the Drafts tab.</source>
            <translation>لا مسودة بعد: اكتب واحدة في تبويب المسودات.</translation>
        </message>
        <message>
            <source>Un-ad&amp;opt</source>
            <translation>&amp;إلغاء الاعتماد</translation>
        </message>
        <message>
            <source>Un-adopt this draft</source>
            <translation>إلغاء اعتماد هذه المسودة</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>بلا تعليق</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <source>Least covered: %1</source>
            <translation>الأقل تغطية: %1</translation>
        </message>
        <message>
            <source>Adopted: its ratings are kept as they were.</source>
            <translation>معتمدة: تبقى تقييماتها كما كانت.</translation>
        </message>
        <message>
            <source>Choose a draft and a party to rate it.</source>
            <translation>اختر مسودة وطرفًا يقيّمها.</translation>
        </message>
    </context>
    <context>
        <name>ExportQuestions</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON (*.json)</translation>
        </message>
        <message>
            <source>Full record (every note, participants)</source>
            <translation>السجل الكامل (كل الملاحظات، المشاركون)</translation>
        </message>
        <message>
            <source>Short handout (cover, agenda, results)</source>
            <translation>نشرة قصيرة (الغلاف، جدول الأعمال، النتائج)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Letter الأمريكي</translation>
        </message>
        <message>
            <source>Export handout</source>
            <translation>تصدير النشرة</translation>
        </message>
        <message>
            <source>Which handout?</source>
            <translation>أي نشرة؟</translation>
        </message>
        <message>
            <source>“{name}” already exists in {folder}. Replace it?</source>
            <translation>«{name}» موجود في {folder}. هل تستبدله؟</translation>
        </message>
        <message numerus="yes">
            <source>%n files already exist in {folder} ({names}). Replace them?</source>
            <translation>
                <numerusform>%n ملف موجود في {folder} ({names}). هل تستبدلها؟</numerusform>
                <numerusform>ملف واحد موجود في {folder} ({names}). هل تستبدله؟</numerusform>
                <numerusform>ملفان موجودان في {folder} ({names}). هل تستبدلهما؟</numerusform>
                <numerusform>%n ملفات موجودة في {folder} ({names}). هل تستبدلها؟</numerusform>
                <numerusform>%n ملفًا موجودًا في {folder} ({names}). هل تستبدلها؟</numerusform>
                <numerusform>%n ملف موجود في {folder} ({names}). هل تستبدلها؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace?</source>
            <translation>استبدال؟</translation>
        </message>
        <message>
            <source>Handout ready</source>
            <translation>النشرة جاهزة</translation>
        </message>
        <message>
            <source>The handout was saved as “{name}”. Open it now?</source>
            <translation>حُفظت النشرة باسم «{name}». هل تفتحها الآن؟</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>تصدير &amp;النشرة (PDF)…</translation>
        </message>
        <message>
            <source>Export a handout per &amp;organisation (PDF)…</source>
            <translation>تصدير نشرة لكل &amp;منظمة (PDF)…</translation>
        </message>
        <message>
            <source>Export data as &amp;CSV…</source>
            <translation>تصدير البيانات بصيغة &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>تصدير بصيغة &amp;JSON…</translation>
        </message>
    </context>
    <context>
        <name>FileQuestions</name>
        <message>
            <source>Workshop files (*.workshop);;All files (*)</source>
            <translation>ملفات الورشة (*.workshop);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>فتح ورشة</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Copy taken when it was opened on {when}</source>
            <translation>نسخة أُخذت عند فتحه في {when}</translation>
        </message>
        <message>
            <source>Workshop — open a backup?</source>
            <translation>Workshop — فتح نسخة احتياطية؟</translation>
        </message>
        <message>
            <source>Workshop keeps a copy each time a file is opened. Open a copy of one of these backups instead? (The damaged file is left as it is.)</source>
            <translation>يحتفظ Workshop بنسخة كلما فُتح ملف. هل تفتح نسخة من إحدى هذه النسخ الاحتياطية بدلًا منه؟ (يُترك الملف التالف كما هو.)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <source>Find notes</source>
            <translation>البحث في الملاحظات</translation>
        </message>
        <message>
            <source>Words in notes — Enter: next match, Ctrl+G: group the matches, Esc: close</source>
            <translation>كلمات في الملاحظات — Enter: التطابق التالي، Ctrl+G: تجميع التطابقات، Esc: إغلاق</translation>
        </message>
        <message>
            <source>Matches found</source>
            <translation>التطابقات الموجودة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>التطابق التالي</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>إغلاق البحث</translation>
        </message>
        <message>
            <source>Close find (Esc)</source>
            <translation>إغلاق البحث (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا تطابقات</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>لا تطابقات</numerusform>
                <numerusform>تطابق واحد</numerusform>
                <numerusform>تطابقان</numerusform>
                <numerusform>%n تطابقات</numerusform>
                <numerusform>%n تطابقًا</numerusform>
                <numerusform>%n تطابق</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} من {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupingHost</name>
        <message>
            <source>Group notes</source>
            <translation>تجميع الملاحظات</translation>
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation>&amp;نقلها</translation>
        </message>
        <message>
            <source>&amp;Leave them</source>
            <translation>&amp;تركها</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>counts %1</source>
            <extracomment>A round's histogram on the facilitator's screen: narrow enough for two beside the radar.</extracomment>
            <translation>الأعداد %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactAcrossWidget</name>
        <message>
            <source>Meeting %1</source>
            <translation>الاجتماع %1</translation>
        </message>
        <message>
            <source>Collective impact across meetings</source>
            <translation>الأثر الجماعي عبر الاجتماعات</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>لم يُسأل</translation>
        </message>
        <message>
            <source>Meetings %1 (latest boldest)</source>
            <translation>الاجتماعات %1 (الأحدث أوضح)</translation>
        </message>
    </context>
    <context>
        <name>ImpactRadar</name>
        <message>
            <source>Collective impact check: medians</source>
            <translation>فحص الأثر الجماعي: الوسيطات</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Join from your phone: {address}, code {code}</source>
            <translation>انضم من هاتفك: {address}، الرمز {code}</translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <source>%1 of %n dot(s) left</source>
            <extracomment>A confirmation ("Proxy ballot for … cast."): calm, not the red of a refusal.</extracomment>
            <translation>
                <numerusform>بقي %1 من %n نقطة</numerusform>
                <numerusform>بقي %1 من نقطة واحدة</numerusform>
                <numerusform>بقي %1 من نقطتين</numerusform>
                <numerusform>بقي %1 من %n نقاط</numerusform>
                <numerusform>بقي %1 من %n نقطة</numerusform>
                <numerusform>بقي %1 من %n نقطة</numerusform>
            </translation>
        </message>
        <message>
            <source>The item shown: its whole text and the notes inside it</source>
            <translation>البند المعروض: نصه كاملًا والملاحظات التي يضمها</translation>
        </message>
        <message>
            <source>Message for the next voter</source>
            <extracomment>True while someone is voting (the screen locks the other tabs meanwhile).</extracomment>
            <translation>رسالة للمصوّت التالي</translation>
        </message>
        <message>
            <source>Step up to vote: choose your name (type to jump to it) and press Enter.</source>
            <translation>تقدّم للتصويت: اختر اسمك (اكتب للانتقال إليه) واضغط Enter.</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>اختر اسمك</translation>
        </message>
        <message>
            <source>Start my ballot</source>
            <translation>بدء ورقتي</translation>
        </message>
        <message>
            <source>Type an item's number to put a dot on it (or click it, or Space / + on the one shown); letters find an item. Right-click, - or Backspace takes a dot back. Ctrl+Enter when you are done.</source>
            <translation>اكتب رقم البند لتضع عليه نقطة (أو انقره، أو المسافة / + على البند المعروض)؛ الحروف تبحث عن بند. النقر بالزر الأيمن أو - أو Backspace يسحب نقطة. Ctrl+Enter عند الانتهاء.</translation>
        </message>
        <message>
            <source>Items to vote on</source>
            <translation>بنود التصويت</translation>
        </message>
        <message>
            <source>Why the dot was refused</source>
            <translation>سبب رفض النقطة</translation>
        </message>
        <message>
            <source>Not now (Esc)</source>
            <translation>ليس الآن (Esc)</translation>
        </message>
        <message>
            <source>Leave without finishing</source>
            <translation>المغادرة دون إنهاء</translation>
        </message>
        <message>
            <source>Done: hide my ballot</source>
            <translation>تم: إخفاء ورقتي</translation>
        </message>
        <message>
            <source>Done, hide my ballot</source>
            <translation>تم، إخفاء ورقتي</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1: صوّت</translation>
        </message>
        <message>
            <source>%1: voted by proxy</source>
            <translation>%1: صوّت بالوكالة</translation>
        </message>
        <message>
            <source>There is nothing to vote on yet: the brainstorm has no items.</source>
            <translation>لا شيء للتصويت عليه بعد: لا بنود في العصف الذهني.</translation>
        </message>
        <message>
            <source>Choose a name that has not voted yet.</source>
            <translation>اختر اسمًا لم يصوّت بعد.</translation>
        </message>
        <message>
            <source>The vote is closed.</source>
            <translation>التصويت مغلق.</translation>
        </message>
        <message>
            <source>%1 is voting</source>
            <translation>%1 يصوّت الآن</translation>
        </message>
        <message>
            <source>Thank you, %1. Your ballot is saved and hidden. Next person: choose your name.</source>
            <translation>شكرًا، %1. حُفظت ورقتك وأُخفيت. الشخص التالي: اختر اسمك.</translation>
        </message>
        <message>
            <source>Ballot left open. Next person: choose your name.</source>
            <translation>تُركت الورقة مفتوحة. الشخص التالي: اختر اسمك.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Make breakout copies</source>
            <translation>إنشاء نسخ للمجموعات الفرعية</translation>
        </message>
        <message>
            <source>How many tables?</source>
            <translation>كم طاولة؟</translation>
        </message>
        <message>
            <source>Where to write the copies (a USB stick or a shared folder)</source>
            <translation>أين تُكتب النسخ (ذاكرة USB أو مجلد مشترك)</translation>
        </message>
        <message>
            <source>Merge breakout copies</source>
            <translation>دمج نسخ المجموعات الفرعية</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>الاجتماع التالي</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[للقراءة فقط]</translation>
        </message>
        <message>
            <source>{title} — {file} — Workshop</source>
            <translation>{title} — {file} — Workshop</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>حُفظ: {change}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>للقراءة فقط</translation>
        </message>
        <message>
            <source>All changes are saved as you go · format {version}</source>
            <translation>تُحفظ كل التغييرات أولًا بأول · الصيغة {version}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>ورشة جديدة</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ا&amp;لعنوان</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>عنوان الورشة</translation>
        </message>
        <message>
            <source>e.g. Riverside partnership kick-off</source>
            <translation>مثلًا: انطلاق شراكة الحي</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>&amp;البدء من</translation>
        </message>
        <message>
            <source>Agenda template</source>
            <translation>قالب جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note text</source>
            <translation>نص الملاحظة</translation>
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <source>From {table}</source>
            <translation>من {table}</translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message>
            <source>no match yet</source>
            <extracomment>Asks for a card's new text (None to cancel); tests replace it. The balance's flags (the domain's words) as the laptop names them.</extracomment>
            <translation>لا تطابق بعد</translation>
        </message>
        <message>
            <source>only gives</source>
            <translation>يعطي فقط</translation>
        </message>
        <message>
            <source>only receives</source>
            <translation>يتلقى فقط</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>تأكيد الالتزام</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD, or leave empty)</source>
            <translation>بحلول متى؟ (YYYY-MM-DD، أو اتركه فارغًا)</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>تعديل البطاقة</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>النص:</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>The next cards are offers (Alt+O)</source>
            <translation>البطاقات التالية عروض (Alt+O)</translation>
        </message>
        <message>
            <source>Next card is an offer</source>
            <translation>البطاقة التالية عرض</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>طلب</translation>
        </message>
        <message>
            <source>The next cards are asks (Alt+K)</source>
            <translation>البطاقات التالية طلبات (Alt+K)</translation>
        </message>
        <message>
            <source>Next card is an ask</source>
            <translation>البطاقة التالية طلب</translation>
        </message>
        <message>
            <source>Whose card: participant or organisation</source>
            <translation>صاحب البطاقة: مشارك أو منظمة</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>نص البطاقة</translation>
        </message>
        <message>
            <source>What they offer or need (Enter adds; start with + offer, ? ask)</source>
            <translation>ما يقدّمونه أو يحتاجونه (Enter يضيف؛ ابدأ بـ + للعرض، ? للطلب)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>إضافة بطاقة</translation>
        </message>
        <message>
            <source>Add the card (Enter)</source>
            <translation>إضافة البطاقة (Enter)</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>العروض</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Suggested offers for the ask</source>
            <translation>عروض مقترحة للطلب</translation>
        </message>
        <message>
            <source>Confirm ma&amp;tch…</source>
            <translation>تأ&amp;كيد التطابق…</translation>
        </message>
        <message>
            <source>Confirm the selected match as a commitment</source>
            <translation>تأكيد التطابق المحدد كالتزام</translation>
        </message>
        <message>
            <source>Confirm the selected offer for this ask (Ctrl+M)</source>
            <translation>تأكيد العرض المحدد لهذا الطلب (Ctrl+M)</translation>
        </message>
        <message>
            <source>Balance: what each party gives and receives</source>
            <translation>الميزان: ما يعطيه كل طرف وما يتلقاه</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <source>Gives</source>
            <translation>يعطي</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>يتلقى</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>الالتزامات</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بحلول</translation>
        </message>
        <message>
            <source>&amp;Balance</source>
            <translation>المي&amp;زان</translation>
        </message>
        <message>
            <source>Co&amp;mmitments</source>
            <translation>الا&amp;لتزامات</translation>
        </message>
        <message>
            <source>&amp;Who</source>
            <translation>ال&amp;طرف</translation>
        </message>
        <message>
            <source>Suggested matches</source>
            <translation>تطابقات مقترحة</translation>
        </message>
        <message>
            <source>Reciprocity map</source>
            <translation>خريطة التبادل</translation>
        </message>
        <message>
            <source>Confirm match</source>
            <translation>تأكيد التطابق</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>بطاقة جديدة</translation>
        </message>
        <message>
            <source>Next cards are offers</source>
            <translation>البطاقات التالية عروض</translation>
        </message>
        <message>
            <source>Next cards are asks</source>
            <translation>البطاقات التالية طلبات</translation>
        </message>
        <message>
            <source>Remove cards</source>
            <translation>حذف البطاقات</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>حذف الالتزام</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>تغيير التاريخ</translation>
        </message>
        <message>
            <source>What can you offer? What do you need?</source>
            <translation>ماذا يمكنك أن تقدّم؟ ماذا تحتاج؟</translation>
        </message>
        <message>
            <source>Offers (%1)</source>
            <translation>العروض (%1)</translation>
        </message>
        <message>
            <source>Asks (%1)</source>
            <translation>الطلبات (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>لا التزامات</numerusform>
                <numerusform>التزام واحد</numerusform>
                <numerusform>التزامان</numerusform>
                <numerusform>%n التزامات</numerusform>
                <numerusform>%n التزامًا</numerusform>
                <numerusform>%n التزام</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ask(s) still open</source>
            <translation>
                <numerusform>لا طلبات مفتوحة</numerusform>
                <numerusform>طلب واحد ما زال مفتوحًا</numerusform>
                <numerusform>طلبان ما زالا مفتوحين</numerusform>
                <numerusform>%n طلبات ما زالت مفتوحة</numerusform>
                <numerusform>%n طلبًا ما زال مفتوحًا</numerusform>
                <numerusform>%n طلب ما زال مفتوحًا</numerusform>
            </translation>
        </message>
        <message>
            <source>Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · F2 edit or re-date</source>
            <translation>Alt+O عرض · Alt+K طلب · Ctrl+M تأكيد · Delete حذف · F2 تعديل أو تغيير التاريخ</translation>
        </message>
        <message>
            <source>gives and receives</source>
            <translation>يعطي ويتلقى</translation>
        </message>
        <message>
            <source>%1 offers, %2 asks</source>
            <translation>%1 عروض، %2 طلبات</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>بلا تاريخ بعد</translation>
        </message>
        <message>
            <source>Select an ask to see the offers that could meet it.</source>
            <translation>حدّد طلبًا لترى العروض التي قد تلبيه.</translation>
        </message>
        <message>
            <source>For “%1” (%2):</source>
            <translation>لـ«%1» (%2):</translation>
        </message>
        <message>
            <source>why: %1</source>
            <translation>السبب: %1</translation>
        </message>
        <message>
            <source>No offer meets this ask yet (nothing beyond common words like “help” is shared).</source>
            <translation>لا عرض يلبي هذا الطلب بعد (لا شيء مشترك سوى كلمات عامة مثل «مساعدة»).</translation>
        </message>
        <message>
            <source>Select an ask and one of its suggested offers first.</source>
            <translation>حدّد أولًا طلبًا وأحد العروض المقترحة له.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3.</source>
            <translation>%1 يعطي «%2» لـ%3.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3 (now: %4).</source>
            <translation>%1 يعطي «%2» لـ%3 (حاليًا: %4).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>Part of a commitment</source>
            <translation>جزء من التزام</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;الاسم</translation>
        </message>
        <message>
            <source>Participant name</source>
            <translation>اسم المشارك</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;المنظمة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation>&amp;اللون</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>optional, like #ffcc00</source>
            <translation>اختياري، مثل #ffcc00</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Edit participant</source>
            <translation>تعديل المشارك</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>إضافة مشارك</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Paste a list of participants</source>
            <translation>لصق قائمة مشاركين</translation>
        </message>
        <message>
            <source>List of participants</source>
            <translation>قائمة المشاركين</translation>
        </message>
        <message>
            <source>One person per line:
Ana Silva, Riverside Library
Ben Ode, Youth Forum</source>
            <translation>شخص في كل سطر:
سلمى حداد، مكتبة الحي
يوسف عمر، منتدى الشباب</translation>
        </message>
        <message>
            <source>Add them</source>
            <translation>إضافتهم</translation>
        </message>
        <message>
            <source>Add everyone listed (Ctrl+Enter)</source>
            <translation>إضافة كل من في القائمة (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>One person per line: name, then organisation after a comma or tab. Ctrl+Enter adds them.</source>
            <translation>شخص في كل سطر: الاسم، ثم المنظمة بعد فاصلة أو مسافة جدولة. Ctrl+Enter يضيفهم.</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>استيراد المشاركين</translation>
        </message>
        <message>
            <source>CSV or text (*.csv *.txt);;All files (*)</source>
            <translation>CSV أو نص (*.csv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>New participant name</source>
            <translation>اسم المشارك الجديد</translation>
        </message>
        <message>
            <source>Organisation (optional)</source>
            <translation>المنظمة (اختياري)</translation>
        </message>
        <message>
            <source>New participant organisation</source>
            <translation>منظمة المشارك الجديد</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add participant (Enter)</source>
            <translation>إضافة مشارك (Enter)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Paste list…</source>
            <translation>لصق قائمة…</translation>
        </message>
        <message>
            <source>Paste a list (Ctrl+Shift+V)</source>
            <translation>لصق قائمة (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>استيراد CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>استيراد ملف CSV</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>تعديل المشارك</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove participants (Delete)</source>
            <translation>حذف المشاركين (Delete)</translation>
        </message>
        <message>
            <source>“{name}” is too large for a list of people (at most {size} KB).</source>
            <translation>«{name}» أكبر من أن يكون قائمة أشخاص ({size} كيلوبايت على الأكثر).</translation>
        </message>
        <message>
            <source>“{name}” could not be read as a text file: {error}.</source>
            <translation>تعذرت قراءة «{name}» كملف نصي: {error}.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>لا مشاركين</numerusform>
                <numerusform>مشارك واحد</numerusform>
                <numerusform>مشاركان</numerusform>
                <numerusform>%n مشاركين</numerusform>
                <numerusform>%n مشاركًا</numerusform>
                <numerusform>%n مشارك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>لا منظمات</numerusform>
                <numerusform>منظمة واحدة</numerusform>
                <numerusform>منظمتان</numerusform>
                <numerusform>%n منظمات</numerusform>
                <numerusform>%n منظمة</numerusform>
                <numerusform>%n منظمة</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} from {organisations}</source>
            <translation>{people} من {organisations}</translation>
        </message>
    </context>
    <context>
        <name>PartyEdit</name>
        <message>
            <source>Owner (optional): a person or an organisation</source>
            <translation>المسؤول (اختياري): شخص أو منظمة</translation>
        </message>
        <message>
            <source>Who: a person or an organisation</source>
            <translation>من: شخص أو منظمة</translation>
        </message>
    </context>
    <context>
        <name>PasteHost</name>
        <message>
            <source>Add notes</source>
            <translation>إضافة ملاحظات</translation>
        </message>
    </context>
    <context>
        <name>PhoneSession</name>
        <message>
            <source>Phones cannot join: {address} is not available ({reason}). Choose another network.</source>
            <translation>لا يمكن للهواتف الانضمام: {address} غير متاح ({reason}). اختر شبكة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>PhonesPanel</name>
        <message>
            <source>Let the room join from their phones</source>
            <translation>السماح للقاعة بالانضمام من هواتفهم</translation>
        </message>
        <message>
            <source>Network the phones use</source>
            <translation>الشبكة التي تستخدمها الهواتف</translation>
        </message>
        <message>
            <source>Open the live activity to phones</source>
            <translation>فتح النشاط الجاري للهواتف</translation>
        </message>
        <message>
            <source>Phone notes wait for my approval</source>
            <translation>ملاحظات الهواتف تنتظر موافقتي</translation>
        </message>
        <message>
            <source>People not on the list may add themselves</source>
            <translation>يمكن لمن ليس في القائمة إضافة نفسه</translation>
        </message>
        <message>
            <source>New join &amp;code</source>
            <translation>&amp;رمز انضمام جديد</translation>
        </message>
        <message>
            <source>The old code (and every phone joined with it) stops at once</source>
            <translation>يتوقف الرمز القديم (وكل هاتف انضم به) فورًا</translation>
        </message>
        <message>
            <source>&amp;Stop sharing</source>
            <translation>&amp;إيقاف المشاركة</translation>
        </message>
        <message>
            <source>Phone notes waiting for approval</source>
            <translation>ملاحظات الهواتف بانتظار الموافقة</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>موافقة (Enter)</translation>
        </message>
        <message>
            <source>Discard (Delete)</source>
            <translation>تجاهل (Delete)</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;الشبكة:</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval:</source>
            <translation>&amp;بانتظار الموافقة:</translation>
        </message>
        <message>
            <source>Open a workshop to let phones join.</source>
            <translation>افتح ورشة لتسمح للهواتف بالانضمام.</translation>
        </message>
        <message>
            <source>Phones join at {join}
or open {base} and type the code {code}</source>
            <translation>تنضم الهواتف عبر {join}
أو افتح {base} واكتب الرمز {code}</translation>
        </message>
        <message>
            <source>Phones are off: no network connection is open.</source>
            <translation>الهواتف متوقفة: لا اتصال شبكة مفتوح.</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>فتح «{title}» للهواتف</translation>
        </message>
        <message>
            <source>Phones connected: {count}</source>
            <translation>الهواتف المتصلة: {count}</translation>
        </message>
        <message>
            <source>No phone contributions to this activity yet.</source>
            <translation>لا مساهمات من الهواتف في هذا النشاط بعد.</translation>
        </message>
        <message>
            <source>{name} (voted)</source>
            <translation>{name} (صوّت)</translation>
        </message>
        <message>
            <source>Contributed from phones ({count}): {names}</source>
            <translation>ساهم من الهواتف ({count}): {names}</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval ({count}):</source>
            <translation>&amp;بانتظار الموافقة ({count}):</translation>
        </message>
    </context>
    <context>
        <name>PhonesWiring</name>
        <message>
            <source>Phones</source>
            <translation>الهواتف</translation>
        </message>
        <message>
            <source>&amp;Phones panel</source>
            <translation>لوحة ال&amp;هواتف</translation>
        </message>
        <message>
            <source>Phones…</source>
            <translation>الهواتف…</translation>
        </message>
        <message>
            <source>Let the room join from their phones: the Phones panel</source>
            <translation>السماح للقاعة بالانضمام من هواتفهم: لوحة الهواتف</translation>
        </message>
        <message>
            <source>Phones: {connected} connected · {contributed} contributed to this activity</source>
            <translation>الهواتف: {connected} متصل · {contributed} ساهم في هذا النشاط</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>لغة التطبيق</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;اللغة:</translation>
        </message>
        <message>
            <source>The new language applies when Workshop starts again. Handouts and the projector follow each workshop's own language (Details).</source>
            <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل Workshop. تتبع النشرات وجهاز العرض لغة كل ورشة (التفاصيل).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;جهاز العرض</translation>
        </message>
        <message>
            <source>Show the audience view on the projector (F5)</source>
            <translation>عرض واجهة الجمهور على جهاز العرض (F5)</translation>
        </message>
        <message>
            <source>&amp;Blank projector</source>
            <translation>إ&amp;طفاء الشاشة</translation>
        </message>
        <message>
            <source>Show black on the projector (B)</source>
            <translation>شاشة سوداء على جهاز العرض (B)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>سوداء</translation>
        </message>
        <message>
            <source>&amp;Freeze projector</source>
            <translation>&amp;تجميد جهاز العرض</translation>
        </message>
        <message>
            <source>Keep the projector on the current picture while you work (F)</source>
            <translation>إبقاء الصورة الحالية على جهاز العرض أثناء عملك (F)</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>تجميد</translation>
        </message>
        <message>
            <source>Show in &amp;room</source>
            <translation>عرض في ال&amp;قاعة</translation>
        </message>
        <message>
            <source>Send the activity you are looking at to the projector (Shift+F5)</source>
            <translation>إرسال النشاط الذي تنظر إليه إلى جهاز العرض (Shift+F5)</translation>
        </message>
        <message>
            <source>Next &amp;page on projector</source>
            <translation>الصفحة ال&amp;تالية على جهاز العرض</translation>
        </message>
        <message>
            <source>Turn the projector to the next page (Page Down)</source>
            <translation>الانتقال بجهاز العرض إلى الصفحة التالية (Page Down)</translation>
        </message>
        <message>
            <source>Previous pa&amp;ge on projector</source>
            <translation>الصفحة ال&amp;سابقة على جهاز العرض</translation>
        </message>
        <message>
            <source>Turn the projector to the previous page (Page Up)</source>
            <translation>الانتقال بجهاز العرض إلى الصفحة السابقة (Page Up)</translation>
        </message>
        <message>
            <source>Spot&amp;light on projector</source>
            <translation>تس&amp;ليط الضوء على جهاز العرض</translation>
        </message>
        <message>
            <source>Put the selected note or cluster full screen on the projector (S; Esc returns)</source>
            <translation>عرض الملاحظة أو المجموعة المحددة بملء الشاشة على جهاز العرض (S؛ Esc للعودة)</translation>
        </message>
        <message>
            <source>End spotlight</source>
            <translation>إنهاء تسليط الضوء</translation>
        </message>
        <message>
            <source>Back to the live activity (Esc)</source>
            <translation>العودة إلى النشاط الجاري (Esc)</translation>
        </message>
        <message>
            <source>Show &amp;agenda on projector</source>
            <translation>عرض جدول ال&amp;أعمال على جهاز العرض</translation>
        </message>
        <message>
            <source>Show the day's agenda</source>
            <translation>عرض جدول أعمال اليوم</translation>
        </message>
        <message>
            <source>&amp;Dark projector theme</source>
            <translation>سمة &amp;داكنة لجهاز العرض</translation>
        </message>
        <message>
            <source>White on dark (off: black on white)</source>
            <translation>أبيض على داكن (عند الإيقاف: أسود على أبيض)</translation>
        </message>
        <message>
            <source>Projector &amp;screen</source>
            <translation>&amp;شاشة جهاز العرض</translation>
        </message>
        <message>
            <source>Select a note or a cluster on the board to spotlight it.</source>
            <translation>حدّد ملاحظة أو مجموعة على اللوحة لتسليط الضوء عليها.</translation>
        </message>
        <message>
            <source>Automatic (the screen the laptop is not on)</source>
            <translation>تلقائي (الشاشة التي ليست شاشة الحاسوب)</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWiring</name>
        <message>
            <source>Run</source>
            <translation>التشغيل</translation>
        </message>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;جهاز العرض</translation>
        </message>
        <message>
            <source>&amp;Run panel</source>
            <translation>لوحة ال&amp;تشغيل</translation>
        </message>
        <message>
            <source>&amp;Start activity</source>
            <translation>&amp;بدء النشاط</translation>
        </message>
        <message>
            <source>&amp;Finish activity</source>
            <translation>&amp;إنهاء النشاط</translation>
        </message>
        <message>
            <source>Go to &amp;next activity</source>
            <translation>الانتقال إلى النشاط ال&amp;تالي</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <source>Paste projects</source>
            <extracomment>Asks for pasted lines (None to cancel); tests replace it. Asks for a .pb path to open or to save (None to cancel); tests replace them.</extracomment>
            <translation>لصق المشاريع</translation>
        </message>
        <message>
            <source>One project a line: title; cost; category; organisation</source>
            <translation>مشروع في كل سطر: العنوان؛ الكلفة؛ الفئة؛ المنظمة</translation>
        </message>
        <message>
            <source>Import a Pabulib file</source>
            <translation>استيراد ملف Pabulib</translation>
        </message>
        <message>
            <source>Pabulib (*.pb)</source>
            <translation>Pabulib (*.pb)</translation>
        </message>
        <message>
            <source>Export as Pabulib</source>
            <translation>تصدير بصيغة Pabulib</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>الميزانية</translation>
        </message>
        <message>
            <source>e.g. 20000</source>
            <translation>مثلًا 20000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>تحديد الميزانية</translation>
        </message>
        <message>
            <source>Set the budget and its currency</source>
            <translation>تحديد الميزانية وعملتها</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>الميزانية:</translation>
        </message>
        <message>
            <source>Secret ballots until revealed</source>
            <translation>أوراق سرية حتى الكشف</translation>
        </message>
        <message>
            <source>Most projects on a ballot</source>
            <translation>أقصى عدد مشاريع في الورقة</translation>
        </message>
        <message>
            <source>Most total cost on a ballot</source>
            <translation>أقصى كلفة إجمالية في الورقة</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <source>Points per ballot (cumulative)</source>
            <translation>النقاط لكل ورقة (تراكمي)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>تحديد</translation>
        </message>
        <message>
            <source>Set the ballot rules</source>
            <translation>تحديد قواعد الورقة</translation>
        </message>
        <message>
            <source>Ballot limits:</source>
            <translation>حدود الورقة:</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>المشاريع</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>الكلفة</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>عنوان المشروع</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>مشروع جديد…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add the project (Enter)</source>
            <translation>إضافة المشروع (Enter)</translation>
        </message>
        <message>
            <source>Note or cluster to make a project from</source>
            <translation>ملاحظة أو مجموعة لتحويلها إلى مشروع</translation>
        </message>
        <message>
            <source>Fro&amp;m the board:</source>
            <translation>من اللو&amp;حة:</translation>
        </message>
        <message>
            <source>Make project</source>
            <translation>إنشاء مشروع</translation>
        </message>
        <message>
            <source>Make a project from the note or cluster, with the cost typed</source>
            <translation>إنشاء مشروع من الملاحظة أو المجموعة بالكلفة المكتوبة</translation>
        </message>
        <message>
            <source>Paste…</source>
            <translation>لصق…</translation>
        </message>
        <message>
            <source>Paste projects, one a line</source>
            <translation>لصق المشاريع، واحد في كل سطر</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the selected project</source>
            <translation>حذف المشروع المحدد</translation>
        </message>
        <message>
            <source>Import .pb…</source>
            <translation>استيراد ‎.pb…</translation>
        </message>
        <message>
            <source>Export .pb…</source>
            <translation>تصدير ‎.pb…</translation>
        </message>
        <message>
            <source>Export as a Pabulib file</source>
            <translation>تصدير كملف Pabulib</translation>
        </message>
        <message>
            <source>%1 (0: no limit)</source>
            <translation>%1 (0: بلا حد)</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <source>No brainstorm notes or clusters to make a project from.</source>
            <translation>لا توجد ملاحظات أو مجموعات عصف ذهني لإنشاء مشروع منها.</translation>
        </message>
        <message>
            <source>Type the project's cost in the Cost box first.</source>
            <translation>اكتب كلفة المشروع في خانة الكلفة أولًا.</translation>
        </message>
        <message>
            <source>Imported. %1</source>
            <translation>تم الاستيراد. %1</translation>
        </message>
        <message>
            <source>The ballots are secret: reveal the results before exporting.</source>
            <translation>الأوراق سرية: اكشف النتائج قبل التصدير.</translation>
        </message>
    </context>
    <context>
        <name>PromptScreen</name>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>لا سؤال للقاعة بعد.</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <source>Facilitator notes (never shown to the room): {notes}</source>
            <translation>ملاحظات الميسّر (لا تُعرض على القاعة أبدًا): {notes}</translation>
        </message>
    </context>
    <context>
        <name>ProxyPanel</name>
        <message>
            <source>Vote on behalf of:</source>
            <translation>التصويت نيابة عن:</translation>
        </message>
        <message>
            <source>Participant voted for by proxy</source>
            <translation>المشارك الذي يُصوَّت عنه بالوكالة</translation>
        </message>
        <message>
            <source>Place their dots as they asked (click or +, right-click or -), then cast the ballot (Ctrl+Enter). It is recorded as a proxy.</source>
            <translation>ضع نقاطه كما طلب (نقر أو +، نقر أيمن أو -) ثم أدلِ بالورقة (Ctrl+Enter). تُسجَّل تصويتًا بالوكالة.</translation>
        </message>
        <message>
            <source>Items on the proxy ballot</source>
            <translation>بنود ورقة الوكالة</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>البدء من جديد</translation>
        </message>
        <message>
            <source>Clear the proxy ballot</source>
            <translation>مسح ورقة الوكالة</translation>
        </message>
        <message>
            <source>Cast proxy ballot (Ctrl+Enter)</source>
            <translation>الإدلاء بصوت الوكالة (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cast proxy ballot</source>
            <translation>الإدلاء بصوت الوكالة</translation>
        </message>
        <message>
            <source>Everyone already has a ballot.</source>
            <translation>لكل شخص ورقة بالفعل.</translation>
        </message>
        <message>
            <source>Proxy ballot for %1 cast.</source>
            <translation>أُدلي بصوت الوكالة عن %1.</translation>
        </message>
    </context>
    <context>
        <name>PulseEntry</name>
        <message>
            <source>Tally: counts lowest value first</source>
            <translation>العدّ: الأعداد بدءًا من أدنى قيمة</translation>
        </message>
        <message>
            <source>Counts, lowest value first, e.g. 0 1 3 6 2 0 (Enter)</source>
            <translation>الأعداد بدءًا من أدنى قيمة، مثلًا 0 1 3 6 2 0 (Enter)</translation>
        </message>
        <message>
            <source>Who is answering (when not anonymous)</source>
            <translation>من يجيب (إن لم يكن مجهولًا)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Paper tally (Alt+T)</source>
            <translation>عدّ ورقي (Alt+T)</translation>
        </message>
        <message>
            <source>One &amp;by one</source>
            <translation>&amp;واحدًا تلو الآخر</translation>
        </message>
        <message>
            <source>Count for %1: %2</source>
            <translation>عدد %1: %2</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>مجهول</translation>
        </message>
    </context>
    <context>
        <name>PulseResults</name>
        <message>
            <source>Results, rounds side by side</source>
            <translation>النتائج، الجولات جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>Histogram of round %1</source>
            <translation>المدرج التكراري للجولة %1</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>بلا تغيير</translation>
        </message>
        <message>
            <source>moved %1</source>
            <translation>تغيّر %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) — hidden until you show them.</source>
            <translation>
                <numerusform>لا إجابات — مخفية حتى تعرضها.</numerusform>
                <numerusform>إجابة واحدة — مخفية حتى تعرضها.</numerusform>
                <numerusform>إجابتان — مخفيتان حتى تعرضهما.</numerusform>
                <numerusform>%n إجابات — مخفية حتى تعرضها.</numerusform>
                <numerusform>%n إجابة — مخفية حتى تعرضها.</numerusform>
                <numerusform>%n إجابة — مخفية حتى تعرضها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PulseScreen</name>
        <message>
            <source>Edit statement</source>
            <translation>تعديل العبارة</translation>
        </message>
        <message>
            <source>Statement:</source>
            <translation>العبارة:</translation>
        </message>
        <message>
            <source>Record the tally?</source>
            <translation>تسجيل العدّ؟</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>السؤال مجددًا</translation>
        </message>
        <message>
            <source>Name of the new round (e.g. Check-out):</source>
            <translation>اسم الجولة الجديدة (مثلًا: الختام):</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>عبارة جديدة</translation>
        </message>
        <message>
            <source>New statement, e.g. I trust this group… (Enter)</source>
            <translation>عبارة جديدة، مثلًا: أثق بهذه المجموعة… (Enter)</translation>
        </message>
        <message>
            <source>Scale of the new statement</source>
            <translation>مقياس العبارة الجديدة</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add statement (Enter)</source>
            <translation>إضافة عبارة (Enter)</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>العبارات</translation>
        </message>
        <message>
            <source>Impact check</source>
            <translation>فحص الأثر</translation>
        </message>
        <message>
            <source>Add the five collective impact statements (Ctrl+I)</source>
            <translation>إضافة عبارات الأثر الجماعي الخمس (Ctrl+I)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the selected statement (Delete)</source>
            <translation>حذف العبارة المحددة (Delete)</translation>
        </message>
        <message>
            <source>Statement asked</source>
            <translation>العبارة المطروحة</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>الجول&amp;ة</translation>
        </message>
        <message>
            <source>Ask again…</source>
            <translation>السؤال مجددًا…</translation>
        </message>
        <message>
            <source>Ask the statement again as a new round (Ctrl+R)</source>
            <translation>طرح العبارة مجددًا في جولة جديدة (Ctrl+R)</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>عرض النتائج</translation>
        </message>
        <message>
            <source>Show or hide this round's results (Ctrl+Shift+R)</source>
            <translation>عرض نتائج هذه الجولة أو إخفاؤها (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translation>مسح الإجابات</translation>
        </message>
        <message>
            <source>Clear this round's tally and answers</source>
            <translation>مسح عدّ هذه الجولة وإجاباتها</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <source>Sho&amp;w the shift</source>
            <translation>عر&amp;ض التغيّر</translation>
        </message>
        <message>
            <source>Show the rounds side by side with the change to the room</source>
            <translation>عرض الجولات جنبًا إلى جنب مع التغيّر على القاعة</translation>
        </message>
        <message>
            <source>Show this statement's rounds side by side, with the change, on the projector</source>
            <translation>عرض جولات هذه العبارة جنبًا إلى جنب، مع التغيّر، على جهاز العرض</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <source>Type the tally</source>
            <translation>كتابة العدّ</translation>
        </message>
        <message>
            <source>Show or hide results</source>
            <translation>عرض النتائج أو إخفاؤها</translation>
        </message>
        <message>
            <source>Collective impact check</source>
            <translation>فحص الأثر الجماعي</translation>
        </message>
        <message>
            <source>Remove statement</source>
            <translation>حذف العبارة</translation>
        </message>
        <message>
            <source>How true is this for you? Show your fingers.</source>
            <translation>إلى أي حد ينطبق هذا عليك؟ أظهر أصابعك.</translation>
        </message>
        <message>
            <source>Add a statement to ask the room (Ctrl+N).</source>
            <translation>أضف عبارة لتطرحها على القاعة (Ctrl+N).</translation>
        </message>
        <message>
            <source>Click here, then press %1–%2 for each answer.</source>
            <translation>انقر هنا، ثم اضغط %1–%2 لكل إجابة.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) typed this round</source>
            <translation>
                <numerusform>لا إجابات مكتوبة في هذه الجولة</numerusform>
                <numerusform>إجابة واحدة مكتوبة في هذه الجولة</numerusform>
                <numerusform>إجابتان مكتوبتان في هذه الجولة</numerusform>
                <numerusform>%n إجابات مكتوبة في هذه الجولة</numerusform>
                <numerusform>%n إجابة مكتوبة في هذه الجولة</numerusform>
                <numerusform>%n إجابة مكتوبة في هذه الجولة</numerusform>
            </translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>مجهول</translation>
        </message>
        <message>
            <source>Results stay hidden while people answer at the laptop; show them with Ctrl+Shift+R. Undo (Ctrl+Z) takes back a wrong key.</source>
            <translation>تبقى النتائج مخفية أثناء إجابة الناس على الحاسوب؛ اعرضها بـCtrl+Shift+R. التراجع (Ctrl+Z) يلغي ضغطة خاطئة.</translation>
        </message>
        <message>
            <source>“%1” looks like the show of hands. Record it as the tally of “%2” (%3) rather than as a new statement?</source>
            <translation>«%1» يبدو نتيجة رفع الأيدي. هل تسجّله عدًّا لـ«%2» (%3) بدلًا من عبارة جديدة؟</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>الختام</translation>
        </message>
        <message>
            <source>%1 is not on this scale: press %2–%3.</source>
            <translation>%1 ليس على هذا المقياس: اضغط %2–%3.</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <source>Who states a purpose</source>
            <extracomment>Which panels show which tables: a change to only these tables refreshes only those panels.</extracomment>
            <translation>من يصوغ غاية</translation>
        </message>
        <message>
            <source>One purpose per participant</source>
            <translation>غاية لكل مشارك</translation>
        </message>
        <message>
            <source>One purpose per organisation</source>
            <translation>غاية لكل منظمة</translation>
        </message>
        <message>
            <source>Language of the statements</source>
            <translation>لغة الغايات</translation>
        </message>
        <message>
            <source>Anonymous on the projector</source>
            <translation>مجهول الهوية على جهاز العرض</translation>
        </message>
        <message>
            <source>Hide who wrote each purpose on the projector</source>
            <translation>إخفاء كاتب كل غاية على جهاز العرض</translation>
        </message>
        <message>
            <source>Purposes from</source>
            <translation>الغايات من</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Blend rounds, drafts and endorsement</source>
            <translation>جولات المزج والمسودات والتأييد</translation>
        </message>
        <message>
            <source>3 · Rounds</source>
            <translation>3 · الجولات</translation>
        </message>
        <message>
            <source>4 · Drafts</source>
            <translation>4 · المسودات</translation>
        </message>
        <message>
            <source>5 · Endorse</source>
            <translation>5 · التأييد</translation>
        </message>
        <message>
            <source>Each party states its own purpose.</source>
            <translation>يصوغ كل طرف غايته الخاصة.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Our common purpose&lt;/b&gt; (draft %1): %2</source>
            <translation>&lt;b&gt;غايتنا المشتركة&lt;/b&gt; (المسودة %1): %2</translation>
        </message>
    </context>
    <context>
        <name>RadarWidget</name>
        <message>
            <source>median %1</source>
            <translation>الوسيط %1</translation>
        </message>
        <message>
            <source>Collective impact radar</source>
            <translation>مخطط الأثر الجماعي</translation>
        </message>
        <message>
            <source>%1: median %2</source>
            <translation>%1: الوسيط %2</translation>
        </message>
    </context>
    <context>
        <name>RankingTable</name>
        <message>
            <source>Rank</source>
            <extracomment>The dots column: its usual width, and how narrow it may get beside a long item.</extracomment>
            <translation>الترتيب</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Weighted dots</source>
            <translation>نقاط مرجّحة</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>%1 (tie)</source>
            <translation>%1 (تعادل)</translation>
        </message>
        <message>
            <source>(%1 on paper)</source>
            <translation>(%1 على الورق)</translation>
        </message>
        <message>
            <source>not ranked: no dots</source>
            <translation>غير مرتّب: لا نقاط</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message>
            <source>Reciprocity map</source>
            <extracomment>A flagged party's border: its colour (≥ 3:1 on white) and a line of its own, so the flag never rests on colour alone (the list beside the map says it in words). Where the names go depends on the parties, the ring and the font, never on the arrows: confirming a match (a new arrow) repaints the map without placing every name again.</extracomment>
            <translation>خريطة التبادل</translation>
        </message>
        <message>
            <source>%1 gives %2 (%3)</source>
            <translation>%1 يعطي %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) on the map</source>
            <translation>
                <numerusform>لا أسماء على الخريطة</numerusform>
                <numerusform>اسم واحد على الخريطة</numerusform>
                <numerusform>اسمان على الخريطة</numerusform>
                <numerusform>%n أسماء على الخريطة</numerusform>
                <numerusform>%n اسمًا على الخريطة</numerusform>
                <numerusform>%n اسم على الخريطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>لا أسهم</numerusform>
                <numerusform>سهم واحد</numerusform>
                <numerusform>سهمان</numerusform>
                <numerusform>%n أسهم</numerusform>
                <numerusform>%n سهمًا</numerusform>
                <numerusform>%n سهم</numerusform>
            </translation>
        </message>
        <message>
            <source>No offers or asks yet: the map fills as they come.</source>
            <translation>لا عروض ولا طلبات بعد: تمتلئ الخريطة كلما وصلت.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>kept secret: fewer than 3 voters</source>
            <extracomment>The longest action text a ranked item becomes. Where a ranking row keeps its item's title (the shown text may be shortened). The domain's words for a small organisation's hidden choices, as the laptop says them.</extracomment>
            <translation>سري: أقل من 3 مصوّتين</translation>
        </message>
        <message>
            <source>Ballots are secret: an organisation's choices are shown only when at least 3 of its people voted (with fewer, they would nearly give away each person's ballot).</source>
            <translation>الأوراق سرية: لا تُعرض اختيارات المنظمة إلا إذا صوّت 3 من أفرادها على الأقل (مع عدد أقل تكاد تكشف ورقة كل شخص).</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <extracomment>Ties named above the ranking (the ranking marks every tie), and items named per tie. Rows of a ranking and of the organisations shown before the results page scrolls.</extracomment>
            <translation>كشف النتائج</translation>
        </message>
        <message>
            <source>Reveal or hide the results</source>
            <translation>كشف النتائج أو إخفاؤها</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+R); undoable</source>
            <translation>كشف النتائج أو إخفاؤها (Ctrl+R)؛ قابل للتراجع</translation>
        </message>
        <message>
            <source>Each organisation &amp;weighs the same</source>
            <translation>و&amp;زن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <source>Each organisation weighs the same</source>
            <translation>وزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <source>Show both rankings side by side: dots as cast, and with each organisation weighing the same</source>
            <translation>عرض الترتيبين جنبًا إلى جنب: النقاط كما أُدلي بها، وبوزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <source>Ranking by dots as cast</source>
            <translation>الترتيب حسب النقاط المُدلى بها</translation>
        </message>
        <message>
            <source>Ranking with each organisation weighing the same</source>
            <translation>الترتيب بوزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dots as cast&lt;/b&gt;</source>
            <translation>&lt;b&gt;النقاط كما أُدلي بها&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Each organisation weighs the same&lt;/b&gt;</source>
            <translation>&lt;b&gt;وزن متساوٍ لكل منظمة&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Ma&amp;ke action</source>
            <translation>&amp;إنشاء إجراء</translation>
        </message>
        <message>
            <source>Make an action from the selected result</source>
            <translation>إنشاء إجراء من النتيجة المحددة</translation>
        </message>
        <message>
            <source>Put the selected result on the workshop's action list (Alt+K or Ctrl+Shift+T); undoable</source>
            <translation>إضافة النتيجة المحددة إلى قائمة إجراءات الورشة (Alt+K أو Ctrl+Shift+T)؛ قابل للتراجع</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>إنشاء إجراء</translation>
        </message>
        <message>
            <source>Breakdown by organisation</source>
            <translation>التوزيع حسب المنظمة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>المصوّتون</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Each dot counts</source>
            <translation>وزن كل نقطة</translation>
        </message>
        <message>
            <source>Most dots on</source>
            <translation>أكثر النقاط على</translation>
        </message>
        <message>
            <source>&lt;b&gt;By organisation&lt;/b&gt;</source>
            <translation>&lt;b&gt;حسب المنظمة&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Make agenda from results</source>
            <translation>إنشاء جدول أعمال من النتائج</translation>
        </message>
        <message>
            <source>T&amp;op</source>
            <translation>ال&amp;أوائل</translation>
        </message>
        <message>
            <source>Take the top items</source>
            <translation>أخذ البنود الأولى</translation>
        </message>
        <message>
            <source>How many top items</source>
            <translation>عدد البنود الأولى</translation>
        </message>
        <message>
            <source>All with at &amp;least</source>
            <translation>&amp;كل ما لديه على الأقل</translation>
        </message>
        <message>
            <source>Take all items with at least this many dots</source>
            <translation>أخذ كل البنود التي لديها هذا العدد من النقاط على الأقل</translation>
        </message>
        <message>
            <source>Minimum dots</source>
            <translation>الحد الأدنى من النقاط</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> نقاط</translation>
        </message>
        <message>
            <source>Timebox of each new item in minutes</source>
            <translation>مدة كل بند جديد بالدقائق</translation>
        </message>
        <message>
            <source> min</source>
            <translation> د</translation>
        </message>
        <message>
            <source>Min&amp;utes each</source>
            <translation>دقائق لكل &amp;بند</translation>
        </message>
        <message>
            <source>&amp;Make agenda from results</source>
            <translation>إنشا&amp;ء جدول أعمال من النتائج</translation>
        </message>
        <message>
            <source>Add the chosen results to the agenda after this vote (Alt+M); undoable</source>
            <translation>إضافة النتائج المختارة إلى جدول الأعمال بعد هذا التصويت (Alt+M)؛ قابل للتراجع</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <source>Results are hidden until you reveal them (Ctrl+R).</source>
            <translation>النتائج مخفية حتى تكشفها (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n people have voted; %2 paper dots tallied.</source>
            <translation>
                <numerusform>صوّت %1 من %n شخص؛ عُدّت %2 نقاط ورقية.</numerusform>
                <numerusform>صوّت %1 من شخص واحد؛ عُدّت %2 نقاط ورقية.</numerusform>
                <numerusform>صوّت %1 من شخصين؛ عُدّت %2 نقاط ورقية.</numerusform>
                <numerusform>صوّت %1 من %n أشخاص؛ عُدّت %2 نقاط ورقية.</numerusform>
                <numerusform>صوّت %1 من %n شخصًا؛ عُدّت %2 نقاط ورقية.</numerusform>
                <numerusform>صوّت %1 من %n شخص؛ عُدّت %2 نقاط ورقية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n voter(s)</source>
            <translation>
                <numerusform>لا مصوّتين</numerusform>
                <numerusform>مصوّت واحد</numerusform>
                <numerusform>مصوّتان</numerusform>
                <numerusform>%n مصوّتين</numerusform>
                <numerusform>%n مصوّتًا</numerusform>
                <numerusform>%n مصوّت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) on ballots</source>
            <translation>
                <numerusform>لا نقاط في الأوراق</numerusform>
                <numerusform>نقطة واحدة في الأوراق</numerusform>
                <numerusform>نقطتان في الأوراق</numerusform>
                <numerusform>%n نقاط في الأوراق</numerusform>
                <numerusform>%n نقطة في الأوراق</numerusform>
                <numerusform>%n نقطة في الأوراق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) cast in all</source>
            <translation>
                <numerusform>لا نقاط إجمالًا</numerusform>
                <numerusform>نقطة واحدة إجمالًا</numerusform>
                <numerusform>نقطتان إجمالًا</numerusform>
                <numerusform>%n نقاط إجمالًا</numerusform>
                <numerusform>%n نقطة إجمالًا</numerusform>
                <numerusform>%n نقطة إجمالًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> و%n غيرها</numerusform>
                <numerusform> وواحد آخر</numerusform>
                <numerusform> واثنان آخران</numerusform>
                <numerusform> و%n أخرى</numerusform>
                <numerusform> و%n غيرها</numerusform>
                <numerusform> و%n غيرها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tie for place %1 (%n dot(s) each): %2</source>
            <translation>
                <numerusform>تعادل على المركز %1 (%n نقطة لكل منها): %2</numerusform>
                <numerusform>تعادل على المركز %1 (نقطة واحدة لكل منها): %2</numerusform>
                <numerusform>تعادل على المركز %1 (نقطتان لكل منها): %2</numerusform>
                <numerusform>تعادل على المركز %1 (%n نقاط لكل منها): %2</numerusform>
                <numerusform>تعادل على المركز %1 (%n نقطة لكل منها): %2</numerusform>
                <numerusform>تعادل على المركز %1 (%n نقطة لكل منها): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more tie(s) (see the ranking).</source>
            <translation>
                <numerusform>… (انظر الترتيب).</numerusform>
                <numerusform>… وتعادل آخر (انظر الترتيب).</numerusform>
                <numerusform>… وتعادلان آخران (انظر الترتيب).</numerusform>
                <numerusform>… و%n تعادلات أخرى (انظر الترتيب).</numerusform>
                <numerusform>… و%n تعادلًا آخر (انظر الترتيب).</numerusform>
                <numerusform>… و%n تعادل آخر (انظر الترتيب).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 min)</source>
            <translation>%1 (%2 د)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the equal-weight ranking: %1.</source>
            <translation>
                <numerusform>لا يضيف أي نشاط بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
                <numerusform>يضيف نشاطًا واحدًا بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
                <numerusform>يضيف نشاطين بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
                <numerusform>يضيف %n أنشطة بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
                <numerusform>يضيف %n نشاطًا بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
                <numerusform>يضيف %n نشاط بعد هذا التصويت، من الترتيب المتساوي الوزن: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the ranking as cast: %1.</source>
            <translation>
                <numerusform>لا يضيف أي نشاط بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
                <numerusform>يضيف نشاطًا واحدًا بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
                <numerusform>يضيف نشاطين بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
                <numerusform>يضيف %n أنشطة بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
                <numerusform>يضيف %n نشاطًا بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
                <numerusform>يضيف %n نشاط بعد هذا التصويت، من الترتيب كما أُدلي به: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reveal the results first, then pick the result to act on.</source>
            <translation>اكشف النتائج أولًا، ثم اختر النتيجة التي تريد العمل عليها.</translation>
        </message>
        <message>
            <source>Select a result in the ranking first: it becomes an action.</source>
            <translation>حدّد نتيجة في الترتيب أولًا: ستصبح إجراءً.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>Greedy by votes</source>
            <extracomment>The rules' names on the laptop, in the app's language (the domain's own labels stay English for the room's catalogue and the handout).</extracomment>
            <translation>الجشع حسب الأصوات</translation>
        </message>
        <message>
            <source>Equal Shares (cost satisfaction)</source>
            <translation>الحصص المتساوية (رضا الكلفة)</translation>
        </message>
        <message>
            <source>Equal Shares (cardinality satisfaction)</source>
            <translation>الحصص المتساوية (رضا العدد)</translation>
        </message>
        <message>
            <source>Equal Shares, completed</source>
            <translation>الحصص المتساوية، مكتملة</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>كشف النتائج</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+Shift+R)</source>
            <translation>كشف النتائج أو إخفاؤها (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Projector &amp;shows:</source>
            <translation>جهاز العرض &amp;يعرض:</translation>
        </message>
        <message>
            <source>Rule the projector shows</source>
            <translation>القاعدة التي يعرضها جهاز العرض</translation>
        </message>
        <message>
            <source>The ballots are secret: the results stay hidden until you reveal them.</source>
            <translation>الأوراق سرية: تبقى النتائج مخفية حتى تكشفها.</translation>
        </message>
        <message>
            <source>Counting the votes… The results appear here when they are ready.</source>
            <translation>جارٍ فرز الأصوات… ستظهر النتائج هنا عندما تكون جاهزة.</translation>
        </message>
        <message>
            <source>Comparison of the two rules</source>
            <translation>مقارنة القاعدتين</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>المشاريع</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>المُنفَق</translation>
        </message>
        <message>
            <source>Voters with a project funded</source>
            <translation>مصوّتون مُوِّل لهم مشروع</translation>
        </message>
        <message>
            <source>Every project under both rules</source>
            <translation>كل مشروع وفق القاعدتين</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>الكلفة</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <source>Greedy</source>
            <translation>الجشع</translation>
        </message>
        <message>
            <source>Why (greedy)</source>
            <translation>السبب (الجشع)</translation>
        </message>
        <message>
            <source>Equal Shares</source>
            <translation>الحصص المتساوية</translation>
        </message>
        <message>
            <source>Why (Equal Shares)</source>
            <translation>السبب (الحصص المتساوية)</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>الوعد</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>For</source>
            <translation>لمن</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>&amp;1 Done</source>
            <translation>&amp;1 منجز</translation>
        </message>
        <message>
            <source>&amp;2 In progress</source>
            <translation>&amp;2 قيد التنفيذ</translation>
        </message>
        <message>
            <source>&amp;3 Dropped</source>
            <translation>&amp;3 متروك</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <extracomment>The domain's promise statuses as the laptop names them.</extracomment>
            <translation>لم يُراجَع</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>متروك</translation>
        </message>
        <message>
            <source>no status</source>
            <extracomment>What an empty cell reads out, per column.</extracomment>
            <translation>بلا حالة</translation>
        </message>
        <message>
            <source>no promise</source>
            <translation>بلا وعد</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>بلا مسؤول</translation>
        </message>
        <message>
            <source>no receiver</source>
            <translation>بلا مستفيد</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>بلا موعد</translation>
        </message>
        <message>
            <source>no meeting</source>
            <translation>بلا اجتماع</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>بلا ملاحظة</translation>
        </message>
        <message>
            <source>What was promised</source>
            <extracomment>Tables whose change redraws the series' side (this meeting's own figures).</extracomment>
            <translation>ما وُعد به</translation>
        </message>
        <message>
            <source>Mark as: %1</source>
            <translation>وضع علامة: %1</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>ملاحظة المراجعة</translation>
        </message>
        <message>
            <source>A note on where it stands (Enter keeps it)</source>
            <translation>ملاحظة عن وضعه الحالي (Enter يحفظها)</translation>
        </message>
        <message>
            <source>Pulse statements across meetings</source>
            <translation>عبارات النبض عبر الاجتماعات</translation>
        </message>
        <message>
            <source>Reciprocity over the series</source>
            <translation>التبادل عبر السلسلة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>العروض</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>موعود</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>التبادل</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised since “%2”</source>
            <translation>الاجتماع %1: ما وُعد به منذ «%2»</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised</source>
            <translation>الاجتماع %1: ما وُعد به</translation>
        </message>
        <message>
            <source>Our common purpose: %1</source>
            <translation>غايتنا المشتركة: %1</translation>
        </message>
        <message>
            <source>Nothing was promised at the last meeting (or this is the first one): use File › Next meeting… from a meeting to bring its promises here.</source>
            <translation>لم يُوعد بشيء في الاجتماع السابق (أو هذا أول اجتماع): استخدم ملف › الاجتماع التالي… من اجتماع لجلب وعوده إلى هنا.</translation>
        </message>
    </context>
    <context>
        <name>RoomSection</name>
        <message>
            <source>LIVE — the room sees this</source>
            <translation>مباشر — القاعة ترى هذا</translation>
        </message>
        <message>
            <source>BLANK — the projector is black</source>
            <translation>مطفأ — شاشة جهاز العرض سوداء</translation>
        </message>
        <message>
            <source>FROZEN — the room sees a still picture</source>
            <translation>مجمّد — القاعة ترى صورة ثابتة</translation>
        </message>
        <message>
            <source>Projector closed (F5 opens it)</source>
            <translation>جهاز العرض مغلق (F5 يفتحه)</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>ما تراه القاعة</translation>
        </message>
        <message>
            <source>The activity the room sees</source>
            <translation>النشاط الذي تراه القاعة</translation>
        </message>
        <message>
            <source>The activity you are looking at (not shown)</source>
            <translation>النشاط الذي تنظر إليه (غير معروض)</translation>
        </message>
        <message>
            <source>Show in room</source>
            <translation>عرض في القاعة</translation>
        </message>
        <message>
            <source>Previous page on the projector</source>
            <translation>الصفحة السابقة على جهاز العرض</translation>
        </message>
        <message>
            <source>Next page on the projector</source>
            <translation>الصفحة التالية على جهاز العرض</translation>
        </message>
        <message>
            <source>Page the room sees</source>
            <translation>الصفحة التي تراها القاعة</translation>
        </message>
        <message>
            <source>Preview of the projector</source>
            <translation>معاينة جهاز العرض</translation>
        </message>
        <message>
            <source>On {screen}, full screen</source>
            <translation>على {screen}، بملء الشاشة</translation>
        </message>
        <message>
            <source>On {screen}, a window</source>
            <translation>على {screen}، في نافذة</translation>
        </message>
        <message>
            <source>the welcome</source>
            <translation>الترحيب</translation>
        </message>
        <message>
            <source>a note in the spotlight (Esc returns) — {name}</source>
            <translation>ملاحظة تحت الضوء (Esc للعودة) — {name}</translation>
        </message>
        <message>
            <source>a cluster in the spotlight (Esc returns) — {name}</source>
            <translation>مجموعة تحت الضوء (Esc للعودة) — {name}</translation>
        </message>
        <message>
            <source>the agenda — {name}</source>
            <translation>جدول الأعمال — {name}</translation>
        </message>
        <message>
            <source>Room sees: {name}</source>
            <translation>القاعة ترى: {name}</translation>
        </message>
        <message>
            <source>You are looking at: {title}</source>
            <translation>أنت تنظر إلى: {title}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <source>Pairs</source>
            <extracomment>Each round's words on the laptop: its name, one group in it ("%1": the number), a new one.</extracomment>
            <translation>الثنائيات</translation>
        </message>
        <message>
            <source>Pair %1</source>
            <translation>الثنائي %1</translation>
        </message>
        <message>
            <source>A new pair</source>
            <translation>ثنائي جديد</translation>
        </message>
        <message>
            <source>Fours</source>
            <translation>الرباعيات</translation>
        </message>
        <message>
            <source>Four %1</source>
            <translation>الرباعي %1</translation>
        </message>
        <message>
            <source>A new four</source>
            <translation>رباعي جديد</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n group(s))</source>
            <translation>
                <numerusform>%1 (لا مجموعات)</numerusform>
                <numerusform>%1 (مجموعة واحدة)</numerusform>
                <numerusform>%1 (مجموعتان)</numerusform>
                <numerusform>%1 (%n مجموعات)</numerusform>
                <numerusform>%1 (%n مجموعة)</numerusform>
                <numerusform>%1 (%n مجموعة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pr&amp;opose pairs</source>
            <translation>اقتراح &amp;ثنائيات</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>اقتراح ثنائيات</translation>
        </message>
        <message>
            <source>Propose fo&amp;urs</source>
            <translation>اقترا&amp;ح رباعيات</translation>
        </message>
        <message>
            <source>Propose fours from the pairs</source>
            <translation>اقتراح رباعيات من الثنائيات</translation>
        </message>
        <message>
            <source>Most &amp;similar together</source>
            <translation>الأ&amp;كثر تشابهًا معًا</translation>
        </message>
        <message>
            <source>Group the most similar statements</source>
            <translation>جمع الغايات الأكثر تشابهًا</translation>
        </message>
        <message>
            <source>By default each group joins the least similar statements, so the blend crosses differences.</source>
            <translation>افتراضيًا تجمع كل مجموعة الغايات الأقل تشابهًا، ليعبر المزيج الاختلافات.</translation>
        </message>
        <message>
            <source>Blend groups</source>
            <translation>مجموعات المزج</translation>
        </message>
        <message>
            <source>Group to move the selected party to</source>
            <translation>المجموعة التي يُنقل إليها الطرف المحدد</translation>
        </message>
        <message>
            <source>Move selected party to</source>
            <translation>تحريك الطرف المحدد إلى</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>نقل</translation>
        </message>
        <message>
            <source>Move the selected party</source>
            <translation>تحريك الطرف المحدد</translation>
        </message>
        <message>
            <source>Clear round</source>
            <translation>مسح الجولة</translation>
        </message>
        <message>
            <source>Clear the selected round</source>
            <translation>مسح الجولة المحددة</translation>
        </message>
        <message>
            <source>Select a group to capture what it blended.</source>
            <translation>حدّد مجموعة لتسجيل ما مزجته.</translation>
        </message>
        <message>
            <source>The selected group's blended statement</source>
            <translation>الغاية الممزوجة للمجموعة المحددة</translation>
        </message>
        <message>
            <source>What this group blended… (Ctrl+Enter captures)</source>
            <translation>ما مزجته هذه المجموعة… (Ctrl+Enter يسجّله)</translation>
        </message>
        <message>
            <source>Captu&amp;re</source>
            <translation>تسج&amp;يل</translation>
        </message>
        <message>
            <source>Capture the group's blended statement</source>
            <translation>تسجيل الغاية الممزوجة للمجموعة</translation>
        </message>
        <message>
            <source>%1: none proposed yet</source>
            <translation>%1: لم يُقترح شيء بعد</translation>
        </message>
        <message>
            <source>similarity %1</source>
            <translation>التشابه %1</translation>
        </message>
        <message>
            <source>What did this group blend? (Ctrl+Enter captures)</source>
            <translation>ماذا مزجت هذه المجموعة؟ (Ctrl+Enter يسجّله)</translation>
        </message>
    </context>
    <context>
        <name>RunClock</name>
        <message>
            <source>Time left</source>
            <translation>الوقت المتبقي</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>بدء المؤقت أو إيقافه مؤقتًا</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>إعادة ضبط</translation>
        </message>
        <message>
            <source>Reset the timer to the full timebox</source>
            <translation>إعادة المؤقت إلى المدة كاملة</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>دقيقة إضافية</translation>
        </message>
        <message>
            <source>One minute less</source>
            <translation>دقيقة أقل</translation>
        </message>
        <message>
            <source>Sound at zero</source>
            <translation>صوت عند الصفر</translation>
        </message>
        <message>
            <source>Beep when the time is up</source>
            <translation>تنبيه صوتي عند انتهاء الوقت</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>overtime — planned {minutes} min</source>
            <translation>وقت إضافي — المخطط {minutes} د</translation>
        </message>
        <message>
            <source>last minute</source>
            <translation>الدقيقة الأخيرة</translation>
        </message>
        <message>
            <source>planned {minutes} min</source>
            <translation>المخطط {minutes} د</translation>
        </message>
        <message>
            <source>done · planned {minutes} min</source>
            <translation>منتهٍ · المخطط {minutes} د</translation>
        </message>
        <message>
            <source>done · took {took} · planned {minutes} min</source>
            <translation>منتهٍ · استغرق {took} · المخطط {minutes} د</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>Start activity</source>
            <translation>بدء النشاط</translation>
        </message>
        <message>
            <source>Start this activity (status: running)</source>
            <translation>بدء هذا النشاط (الحالة: جارٍ)</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translation>إنهاء النشاط</translation>
        </message>
        <message>
            <source>Finish this activity (status: done)</source>
            <translation>إنهاء هذا النشاط (الحالة: منتهٍ)</translation>
        </message>
        <message>
            <source>Go to next</source>
            <translation>الانتقال إلى التالي</translation>
        </message>
        <message>
            <source>Go to the proposed next activity</source>
            <translation>الانتقال إلى النشاط التالي المقترح</translation>
        </message>
        <message>
            <source>Restart activity</source>
            <translation>إعادة بدء النشاط</translation>
        </message>
        <message>
            <source>No activity selected</source>
            <translation>لا نشاط محدد</translation>
        </message>
        <message>
            <source>No workshop open</source>
            <translation>لا ورشة مفتوحة</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>التالي: {title}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>Brainstorm to vote on</source>
            <translation>العصف الذهني للتصويت عليه</translation>
        </message>
        <message>
            <source>Vote on notes or clusters</source>
            <translation>التصويت على الملاحظات أو المجموعات</translation>
        </message>
        <message>
            <source>its notes</source>
            <translation>ملاحظاته</translation>
        </message>
        <message>
            <source>its clusters</source>
            <translation>مجموعاته</translation>
        </message>
        <message>
            <source>its clusters and loose notes</source>
            <translation>مجموعاته والملاحظات المنفردة</translation>
        </message>
        <message>
            <source>What is on the ballot</source>
            <extracomment>What is and is not on the ballot with the settings shown (before Apply too).</extracomment>
            <translation>ما في ورقة الاقتراع</translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>النقاط لكل شخص</translation>
        </message>
        <message>
            <source>Most dots one person may put on one item</source>
            <translation>أقصى نقاط يضعها شخص على بند واحد</translation>
        </message>
        <message>
            <source>People may vote for their own notes</source>
            <translation>يجوز التصويت للملاحظات الخاصة</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>أوراق سرية</translation>
        </message>
        <message>
            <source>The screen shows who has voted, never what.</source>
            <translation>تعرض الشاشة من صوّت، لا بماذا.</translation>
        </message>
        <message>
            <source>Vote on the brainstorm</source>
            <translation>التصويت على العصف الذهني</translation>
        </message>
        <message>
            <source>Vote on</source>
            <translation>التصويت على</translation>
        </message>
        <message>
            <source>Most dots on one item</source>
            <translation>أقصى نقاط للبند</translation>
        </message>
        <message>
            <source>Appl&amp;y settings</source>
            <translation>ت&amp;طبيق الإعدادات</translation>
        </message>
        <message>
            <source>Apply settings</source>
            <translation>تطبيق الإعدادات</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>إعادة ضبط التصويت</translation>
        </message>
        <message>
            <source>Reset vote: remove every ballot and tally (undoable)</source>
            <translation>إعادة ضبط التصويت: حذف كل الأوراق والأعداد (قابل للتراجع)</translation>
        </message>
        <message>
            <source>Removes every ballot, dot and paper tally. Ctrl+Z brings them back.</source>
            <translation>يحذف كل الأوراق والنقاط والأعداد الورقية. Ctrl+Z يعيدها.</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>إغلاق التصويت</translation>
        </message>
        <message>
            <source>Close or reopen the vote</source>
            <translation>إغلاق التصويت أو إعادة فتحه</translation>
        </message>
        <message>
            <source>(choose a brainstorm)</source>
            <translation>(اختر عصفًا ذهنيًا)</translation>
        </message>
        <message>
            <source>Settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>الإعدادات ثابتة لأن نقاطًا قد أُدلي بها. أعد ضبط التصويت لتغييرها (يمكنك التراجع عن إعادة الضبط).</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>إعادة فتح التصويت</translation>
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <source>Share a copy</source>
            <translation>مشاركة نسخة</translation>
        </message>
        <message>
            <source>The copy shows each secret vote as totals per item, not who put which dots.

Keep the list of who has voted (without their choices)?</source>
            <translation>تعرض النسخة كل تصويت سري كمجاميع لكل بند، لا من وضع أي نقاط.

هل تُبقي قائمة من صوّت (دون اختياراتهم)؟</translation>
        </message>
        <message>
            <source>Share an anonymised copy</source>
            <translation>مشاركة نسخة مجهولة الهوية</translation>
        </message>
        <message>
            <source>The shared copy needs another name than the workshop itself.</source>
            <translation>تحتاج النسخة المشتركة اسمًا غير اسم الورشة نفسها.</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item (with who has voted).</source>
            <translation>كُتبت نسخة مجهولة الهوية في «{name}»: بلا كتّاب للملاحظات والغايات والإجابات المجهولة؛ والتصويتات السرية كمجاميع لكل بند (مع من صوّت).</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item.</source>
            <translation>كُتبت نسخة مجهولة الهوية في «{name}»: بلا كتّاب للملاحظات والغايات والإجابات المجهولة؛ والتصويتات السرية كمجاميع لكل بند.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Capture ideas, vote fairly, blend purposes and keep time — offline, in one file.</source>
            <translation>اجمع الأفكار، وصوّت بإنصاف، وامزج الغايات، واضبط الوقت — دون اتصال، في ملف واحد.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>ورشة جديدة…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>فتح العرض التجريبي</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>الورش الأخيرة</translation>
        </message>
    </context>
    <context>
        <name>StatementsPanel</name>
        <message>
            <source>1 · Own purposes</source>
            <translation>1 · الغايات الخاصة</translation>
        </message>
        <message>
            <source>Whose purpose (type a name)</source>
            <translation>غاية من (اكتب اسمًا)</translation>
        </message>
        <message>
            <source>Whose purpose?</source>
            <translation>غاية من؟</translation>
        </message>
        <message>
            <source>Purpose statement</source>
            <translation>صياغة الغاية</translation>
        </message>
        <message>
            <source>We are here to…  (Enter adds it)</source>
            <translation>نحن هنا لـ…  (Enter يضيفها)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>إضافة غاية</translation>
        </message>
        <message>
            <source>Purpose statements</source>
            <translation>الغايات</translation>
        </message>
        <message>
            <source>Edi&amp;t</source>
            <translation>تعدي&amp;ل</translation>
        </message>
        <message>
            <source>Edit the selected statement</source>
            <translation>تعديل الغاية المحددة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove the selected statement</source>
            <translation>حذف الغاية المحددة</translation>
        </message>
        <message>
            <source>Organisation…</source>
            <translation>المنظمة…</translation>
        </message>
        <message>
            <source>Participant…</source>
            <translation>المشارك…</translation>
        </message>
        <message>
            <source>1 · Own purposes (%1)</source>
            <translation>1 · الغايات الخاصة (%1)</translation>
        </message>
        <message>
            <source>Nobody called “%1” is on the participant list.</source>
            <translation>لا أحد باسم «%1» في قائمة المشاركين.</translation>
        </message>
        <message>
            <source>Type whose purpose this is.</source>
            <translation>اكتب صاحب هذه الغاية.</translation>
        </message>
        <message>
            <source>Saved the purpose of %1. Next party:</source>
            <translation>حُفظت غاية %1. الطرف التالي:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Editing the purpose of %1: Enter saves, Escape cancels.</source>
            <translation>تعديل غاية %1: Enter يحفظ، Esc يلغي.</translation>
        </message>
    </context>
    <context>
        <name>TableFilter</name>
        <message>
            <source>Show the notes of</source>
            <translation>عرض ملاحظات</translation>
        </message>
        <message>
            <source>Show every table's notes together, or one table at a time</source>
            <translation>عرض ملاحظات كل الطاولات معًا، أو طاولة واحدة في كل مرة</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>كل الطاولات</translation>
        </message>
        <message>
            <source>Main room only</source>
            <translation>القاعة الرئيسية فقط</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <source>Count the paper dots on each sticky. Type the number and press Enter to go to the next item; + and - adjust the current one; Up/Down move.</source>
            <translation>عُدّ النقاط الورقية على كل ورقة لاصقة. اكتب العدد واضغط Enter للانتقال إلى البند التالي؛ + و- يعدّلان البند الحالي؛ الأسهم للأعلى/للأسفل للتنقل.</translation>
        </message>
        <message>
            <source>Items and their paper dots</source>
            <translation>البنود ونقاطها الورقية</translation>
        </message>
        <message>
            <source>Paper dots on this item</source>
            <translation>النقاط الورقية على هذا البند</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>نقاط</translation>
        </message>
        <message>
            <source>One paper dot less</source>
            <translation>نقطة ورقية أقل</translation>
        </message>
        <message>
            <source>One paper dot more</source>
            <translation>نقطة ورقية أكثر</translation>
        </message>
        <message numerus="yes">
            <source>Paper dots: %1 on %n item(s).</source>
            <translation>
                <numerusform>النقاط الورقية: %1 على %n بند.</numerusform>
                <numerusform>النقاط الورقية: %1 على بند واحد.</numerusform>
                <numerusform>النقاط الورقية: %1 على بندين.</numerusform>
                <numerusform>النقاط الورقية: %1 على %n بنود.</numerusform>
                <numerusform>النقاط الورقية: %1 على %n بندًا.</numerusform>
                <numerusform>النقاط الورقية: %1 على %n بند.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to tally yet.</source>
            <translation>لا شيء للعدّ بعد.</translation>
        </message>
        <message>
            <source>“%1”: %2 on paper</source>
            <translation>«%1»: %2 على الورق</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <source>2 · Where they meet</source>
            <translation>2 · أين تلتقي</translation>
        </message>
        <message>
            <source>Shared themes</source>
            <translation>المواضيع المشتركة</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>الأطراف</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>&amp;Merge (M)</source>
            <translation>&amp;دمج (M)</translation>
        </message>
        <message>
            <source>Merge the selected themes into one</source>
            <translation>دمج المواضيع المحددة في موضوع واحد</translation>
        </message>
        <message>
            <source>Hide (H)</source>
            <translation>إخفاء (H)</translation>
        </message>
        <message>
            <source>Hide the selected themes as noise</source>
            <translation>إخفاء المواضيع المحددة كضجيج</translation>
        </message>
        <message>
            <source>All terms</source>
            <translation>كل المصطلحات</translation>
        </message>
        <message>
            <source>Show terms used by one party too</source>
            <translation>إظهار المصطلحات التي يستعملها طرف واحد أيضًا</translation>
        </message>
        <message>
            <source>Sho&amp;w themes to the room</source>
            <translation>عرض المواضيع على ال&amp;قاعة</translation>
        </message>
        <message>
            <source>Show the shared themes on the projector</source>
            <translation>عرض المواضيع المشتركة على جهاز العرض</translation>
        </message>
        <message>
            <source>Phrases to count as one, separated by =</source>
            <translation>عبارات تُعدّ واحدة، يفصل بينها =</translation>
        </message>
        <message>
            <source>young people = youth   (Enter merges)</source>
            <translation>الشباب = اليافعون   (Enter يدمج)</translation>
        </message>
        <message>
            <source>Merged (select, Delete splits) · Hidden (select, Delete shows)</source>
            <translation>المدمجة (حدّد، Delete يفصل) · المخفية (حدّد، Delete يُظهر)</translation>
        </message>
        <message>
            <source>Merged terms</source>
            <translation>المصطلحات المدمجة</translation>
        </message>
        <message>
            <source>Hidden terms</source>
            <translation>المصطلحات المخفية</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Split the selected merge</source>
            <translation>فصل الدمج المحدد</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Show the selected hidden term again</source>
            <translation>إظهار المصطلح المخفي المحدد من جديد</translation>
        </message>
        <message numerus="yes">
            <source>2 · Where they meet (%n shared theme(s))</source>
            <translation>
                <numerusform>2 · أين تلتقي (لا مواضيع مشتركة)</numerusform>
                <numerusform>2 · أين تلتقي (موضوع مشترك واحد)</numerusform>
                <numerusform>2 · أين تلتقي (موضوعان مشتركان)</numerusform>
                <numerusform>2 · أين تلتقي (%n مواضيع مشتركة)</numerusform>
                <numerusform>2 · أين تلتقي (%n موضوعًا مشتركًا)</numerusform>
                <numerusform>2 · أين تلتقي (%n موضوع مشترك)</numerusform>
            </translation>
        </message>
        <message>
            <source>theme %1, </source>
            <translation>الموضوع %1، </translation>
        </message>
        <message>
            <source>Select two or more themes to merge (Ctrl+click or Shift+arrows).</source>
            <translation>حدّد موضوعين أو أكثر للدمج (Ctrl+نقر أو Shift+الأسهم).</translation>
        </message>
    </context>
    <context>
        <name>TitleEditor</name>
        <message>
            <source>Cluster title</source>
            <translation>عنوان المجموعة</translation>
        </message>
    </context>
    <context>
        <name>TrendsWidget</name>
        <message>
            <source>not asked</source>
            <translation>لم يُسأل</translation>
        </message>
        <message>
            <source> then </source>
            <translation> ثم </translation>
        </message>
        <message>
            <source>Nothing asked yet</source>
            <translation>لم يُسأل شيء بعد</translation>
        </message>
        <message>
            <source>No trend yet: nothing was asked at two meetings.</source>
            <translation>لا اتجاه بعد: لم يُسأل شيء في اجتماعين.</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>الاجتماع %1</translation>
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <source>Ways to vote, results and settings</source>
            <translation>طرق التصويت والنتائج والإعدادات</translation>
        </message>
        <message>
            <source>&amp;Ballot at the laptop</source>
            <translation>ورقة على ال&amp;حاسوب</translation>
        </message>
        <message>
            <source>&amp;Tally from paper</source>
            <translation>عدّ من الور&amp;ق</translation>
        </message>
        <message>
            <source>Pro&amp;xy ballot</source>
            <translation>ورقة &amp;وكالة</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>النتا&amp;ئج</translation>
        </message>
        <message>
            <source>Settin&amp;gs</source>
            <translation>الإع&amp;دادات</translation>
        </message>
        <message>
            <source>&lt;b&gt;Who has voted&lt;/b&gt;</source>
            <translation>&lt;b&gt;من صوّت&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who has voted</source>
            <translation>من صوّت</translation>
        </message>
        <message>
            <source>No brainstorm chosen yet: pick one under Settings.</source>
            <translation>لم يُختر عصف ذهني بعد: اختر واحدًا في الإعدادات.</translation>
        </message>
        <message>
            <source>the vote is closed</source>
            <translation>التصويت مغلق</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>بالوكالة</translation>
        </message>
        <message>
            <source>has voted</source>
            <translation>صوّت</translation>
        </message>
        <message>
            <source>voting</source>
            <translation>يصوّت</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n have voted</source>
            <translation>
                <numerusform>صوّت %1 من %n</numerusform>
                <numerusform>صوّت %1 من واحد</numerusform>
                <numerusform>صوّت %1 من اثنين</numerusform>
                <numerusform>صوّت %1 من %n</numerusform>
                <numerusform>صوّت %1 من %n</numerusform>
                <numerusform>صوّت %1 من %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by proxy)</source>
            <translation>
                <numerusform>(%n بالوكالة)</numerusform>
                <numerusform>(واحد بالوكالة)</numerusform>
                <numerusform>(اثنان بالوكالة)</numerusform>
                <numerusform>(%n بالوكالة)</numerusform>
                <numerusform>(%n بالوكالة)</numerusform>
                <numerusform>(%n بالوكالة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Ballots are secret: this list shows who has voted, never what.</source>
            <translation>الأوراق سرية: تعرض هذه القائمة من صوّت، لا بماذا.</translation>
        </message>
        <message>
            <source>Ballots are open: what each person voted for is shown.</source>
            <translation>الأوراق علنية: يظهر ما صوّت له كل شخص.</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>نقطة واحدة لكل شخص</numerusform>
                <numerusform>نقطتان لكل شخص</numerusform>
                <numerusform>%n نقاط لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
                <numerusform>%n نقطة لكل شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n on one item</source>
            <translation>
                <numerusform>%n كحد أقصى على البند</numerusform>
                <numerusform>واحدة كحد أقصى على البند</numerusform>
                <numerusform>اثنتان كحد أقصى على البند</numerusform>
                <numerusform>%n كحد أقصى على البند</numerusform>
                <numerusform>%n كحد أقصى على البند</numerusform>
                <numerusform>%n كحد أقصى على البند</numerusform>
            </translation>
        </message>
        <message>
            <source>own notes allowed</source>
            <translation>الملاحظات الخاصة مسموحة</translation>
        </message>
        <message>
            <source>not on your own notes</source>
            <translation>ليس على ملاحظاتك الخاصة</translation>
        </message>
        <message>
            <source>secret ballots</source>
            <translation>أوراق سرية</translation>
        </message>
        <message>
            <source>open ballots</source>
            <translation>أوراق علنية</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>On the ballot: every note, one by one (%n note(s)).</source>
            <translation>
                <numerusform>في الورقة: كل ملاحظة على حدة (لا ملاحظات).</numerusform>
                <numerusform>في الورقة: كل ملاحظة على حدة (ملاحظة واحدة).</numerusform>
                <numerusform>في الورقة: كل ملاحظة على حدة (ملاحظتان).</numerusform>
                <numerusform>في الورقة: كل ملاحظة على حدة (%n ملاحظات).</numerusform>
                <numerusform>في الورقة: كل ملاحظة على حدة (%n ملاحظة).</numerusform>
                <numerusform>في الورقة: كل ملاحظة على حدة (%n ملاحظة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cluster(s) are not used.</source>
            <translation>
                <numerusform>لا مجموعات مستعملة.</numerusform>
                <numerusform>المجموعة الواحدة غير مستعملة.</numerusform>
                <numerusform>المجموعتان غير مستعملتين.</numerusform>
                <numerusform>المجموعات الـ%n غير مستعملة.</numerusform>
                <numerusform>المجموعات الـ%n غير مستعملة.</numerusform>
                <numerusform>المجموعات الـ%n غير مستعملة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) (with their %1)</source>
            <translation>
                <numerusform>%n مجموعة (مع %1)</numerusform>
                <numerusform>مجموعة واحدة (مع %1)</numerusform>
                <numerusform>مجموعتان (مع %1)</numerusform>
                <numerusform>%n مجموعات (مع %1)</numerusform>
                <numerusform>%n مجموعة (مع %1)</numerusform>
                <numerusform>%n مجموعة (مع %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>لا ملاحظات</numerusform>
                <numerusform>ملاحظة واحدة</numerusform>
                <numerusform>ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1.</source>
            <translation>في الورقة: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not on it: %n loose note(s) (in no cluster) — choose “clusters and loose notes” to include them.</source>
            <translation>
                <numerusform>خارجها: %n ملاحظة منفردة (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجها.</numerusform>
                <numerusform>خارجها: ملاحظة منفردة واحدة (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجها.</numerusform>
                <numerusform>خارجها: ملاحظتان منفردتان (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجهما.</numerusform>
                <numerusform>خارجها: %n ملاحظات منفردة (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجها.</numerusform>
                <numerusform>خارجها: %n ملاحظة منفردة (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجها.</numerusform>
                <numerusform>خارجها: %n ملاحظة منفردة (خارج المجموعات) — اختر «مجموعاته والملاحظات المنفردة» لإدراجها.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1 and %2.</source>
            <translation>في الورقة: %1 و%2.</translation>
        </message>
        <message numerus="yes">
            <source>%n loose note(s)</source>
            <translation>
                <numerusform>لا ملاحظات منفردة</numerusform>
                <numerusform>ملاحظة منفردة واحدة</numerusform>
                <numerusform>ملاحظتان منفردتان</numerusform>
                <numerusform>%n ملاحظات منفردة</numerusform>
                <numerusform>%n ملاحظة منفردة</numerusform>
                <numerusform>%n ملاحظة منفردة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No dots left: all %n are placed. Remove one to move it, or press Done.</source>
            <translation>
                <numerusform>لا نقاط متبقية. اسحب نقطة لنقلها، أو اضغط تم.</numerusform>
                <numerusform>لا نقاط متبقية: وضعت نقطتك الوحيدة. اسحبها لنقلها، أو اضغط تم.</numerusform>
                <numerusform>لا نقاط متبقية: وضعت النقطتين. اسحب واحدة لنقلها، أو اضغط تم.</numerusform>
                <numerusform>لا نقاط متبقية: وضعت النقاط الـ%n كلها. اسحب واحدة لنقلها، أو اضغط تم.</numerusform>
                <numerusform>لا نقاط متبقية: وضعت النقاط الـ%n كلها. اسحب واحدة لنقلها، أو اضغط تم.</numerusform>
                <numerusform>لا نقاط متبقية: وضعت النقاط الـ%n كلها. اسحب واحدة لنقلها، أو اضغط تم.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Item cap reached: at most %n dot(s) on one item.</source>
            <translation>
                <numerusform>بلغت الحد: %n نقطة كحد أقصى على البند.</numerusform>
                <numerusform>بلغت الحد: نقطة واحدة كحد أقصى على البند.</numerusform>
                <numerusform>بلغت الحد: نقطتان كحد أقصى على البند.</numerusform>
                <numerusform>بلغت الحد: %n نقاط كحد أقصى على البند.</numerusform>
                <numerusform>بلغت الحد: %n نقطة كحد أقصى على البند.</numerusform>
                <numerusform>بلغت الحد: %n نقطة كحد أقصى على البند.</numerusform>
            </translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>التصويت مغلق: لا يمكن إضافة نقاط أخرى.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>هذه ملاحظتك: لا يمكنك في هذا التصويت وضع نقاط على ملاحظاتك.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>التصويت مغلق: لم يعد ممكنًا سحب النقاط.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>لا نقطة لك على هذا البند لسحبها.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>A&amp;ctivity</source>
            <translation>&amp;نشاط</translation>
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation>&amp;إضافة نشاط…</translation>
        </message>
        <message>
            <source>&amp;Use a template agenda…</source>
            <translation>&amp;استخدام جدول أعمال جاهز…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About Workshop</source>
            <translation>&amp;حول Workshop</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>ورشة &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>فتح العرض ال&amp;تجريبي</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>فتح &amp;الأخيرة</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <source>S&amp;hare a copy…</source>
            <translation>&amp;مشاركة نسخة…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>ت&amp;صدير</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;إغلاق الورشة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>الت&amp;فضيلات…</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;النشاط</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;المشاركون</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>الت&amp;فاصيل</translation>
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation>الإج&amp;راءات</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;تراجع عن {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;إعادة {action}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Read-only: this file cannot be changed here. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>للقراءة فقط: لا يمكن تغيير هذا الملف هنا. استخدم ملف › حفظ باسم… للمتابعة في نسخة قابلة للتعديل.</translation>
        </message>
        <message>
            <source>Select an activity in the agenda, or add one (Insert).</source>
            <translation>حدّد نشاطًا في جدول الأعمال، أو أضف واحدًا (Insert).</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;النشاط</translation>
        </message>
        <message>
            <source>Participa&amp;nts</source>
            <translation>الم&amp;شاركون</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>الت&amp;فاصيل</translation>
        </message>
        <message>
            <source>Act&amp;ions</source>
            <translation>الإج&amp;راءات</translation>
        </message>
    </context>
    <context>
        <name>_Exporter</name>
        <message>
            <source>Export handout</source>
            <translation>تصدير النشرة</translation>
        </message>
        <message>
            <source>Laying out the handout…</source>
            <translation>جارٍ تنسيق النشرة…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>لا منظمة لأي مشارك: لا شيء للتقسيم حسبه.</translation>
        </message>
        <message>
            <source>Export a handout per organisation (one file each, beside this name)</source>
            <translation>تصدير نشرة لكل منظمة (ملف لكل منها، بجانب هذا الاسم)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n organisation handout(s) to {folder}: {names}</source>
            <translation>
                <numerusform>كُتبت %n نشرة للمنظمات في {folder}: {names}</numerusform>
                <numerusform>كُتبت نشرة منظمة واحدة في {folder}: {names}</numerusform>
                <numerusform>كُتبت نشرتان للمنظمات في {folder}: {names}</numerusform>
                <numerusform>كُتبت %n نشرات للمنظمات في {folder}: {names}</numerusform>
                <numerusform>كُتبت %n نشرة للمنظمات في {folder}: {names}</numerusform>
                <numerusform>كُتبت %n نشرة للمنظمات في {folder}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export data as CSV into…</source>
            <translation>تصدير البيانات بصيغة CSV إلى…</translation>
        </message>
        <message>
            <source>Writing the CSV files…</source>
            <translation>جارٍ كتابة ملفات CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation>
                <numerusform>كُتب %n ملف CSV في {folder}.</numerusform>
                <numerusform>كُتب ملف CSV واحد في {folder}.</numerusform>
                <numerusform>كُتب ملفا CSV في {folder}.</numerusform>
                <numerusform>كُتبت %n ملفات CSV في {folder}.</numerusform>
                <numerusform>كُتب %n ملفًا بصيغة CSV في {folder}.</numerusform>
                <numerusform>كُتب %n ملف CSV في {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>تصدير بصيغة JSON</translation>
        </message>
        <message>
            <source>Saved the whole workshop as {name}.</source>
            <translation>حُفظت الورشة كاملة باسم {name}.</translation>
        </message>
        <message>
            <source>Open a workshop first.</source>
            <translation>افتح ورشة أولًا.</translation>
        </message>
    </context>
    <context>
        <name>colours</name>
        <message>
            <source>Yellow</source>
            <translation>أصفر</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>وردي</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>أزرق</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>أخضر</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>برتقالي</translation>
        </message>
        <message>
            <source>Lilac</source>
            <translation>ليلكي</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>What the action is</source>
            <translation>وصف الإجراء</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>«{value}» ليس تاريخًا حقيقيًا.</translation>
        </message>
        <message>
            <source>A note cannot be empty: type the idea first.</source>
            <translation>لا يمكن أن تكون الملاحظة فارغة: اكتب الفكرة أولًا.</translation>
        </message>
        <message>
            <source>That note is {count} characters long; a note holds at most {note_text_max}. Nothing was added: shorten it or split it into several notes.</source>
            <translation>طول هذه الملاحظة {count} حرفًا؛ والملاحظة تتسع لـ{note_text_max} على الأكثر. لم يُضف شيء: اختصرها أو قسّمها إلى عدة ملاحظات.</translation>
        </message>
        <message>
            <source>A cluster needs a title.</source>
            <translation>تحتاج المجموعة إلى عنوان.</translation>
        </message>
        <message>
            <source>That cluster title is {count} characters long; the limit is {cluster_title_max}.</source>
            <translation>طول عنوان المجموعة هذا {count} حرفًا؛ والحد هو {cluster_title_max}.</translation>
        </message>
        <message>
            <source>A sticky colour is one of 1–{count}.</source>
            <translation>لون الورقة اللاصقة واحد من 1–{count}.</translation>
        </message>
        <message>
            <source>The cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Type an amount, for example 12000.</source>
            <translation>اكتب مبلغًا، مثلًا 12000.</translation>
        </message>
        <message>
            <source>{what} cannot be negative.</source>
            <translation>{what}: لا يمكن أن تكون القيمة سالبة.</translation>
        </message>
        <message>
            <source>{what} is too large.</source>
            <translation>{what}: القيمة كبيرة جدًا.</translation>
        </message>
        <message>
            <source>A project needs a title.</source>
            <translation>يحتاج المشروع إلى عنوان.</translation>
        </message>
        <message>
            <source>A project title is at most {title_max} characters.</source>
            <translation>لا يتجاوز عنوان المشروع {title_max} حرفًا.</translation>
        </message>
        <message>
            <source>A description is at most {description_max} characters.</source>
            <translation>لا يتجاوز الوصف {description_max} حرفًا.</translation>
        </message>
        <message>
            <source>“{title}” needs a cost above zero.</source>
            <translation>يحتاج «{title}» إلى تكلفة أكبر من صفر.</translation>
        </message>
        <message>
            <source>The ballot names a project that is not on the list.</source>
            <translation>تذكر ورقة الاقتراع مشروعًا غير موجود في القائمة.</translation>
        </message>
        <message>
            <source>A ballot approves each project at most once.</source>
            <translation>تؤيد ورقة الاقتراع كل مشروع مرة واحدة على الأكثر.</translation>
        </message>
        <message>
            <source>At most {max_projects} projects on one ballot.</source>
            <translation>{max_projects} مشروعًا على الأكثر في ورقة اقتراع واحدة.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>«{text}» ليس مبلغًا.</translation>
        </message>
        <message>
            <source>The projects approved cost {total}; at most {max_cost}.</source>
            <translation>تكلفة المشاريع المؤيدة {total}؛ والحد الأقصى {max_cost}.</translation>
        </message>
        <message>
            <source>Points cannot be negative.</source>
            <translation>لا يمكن أن تكون النقاط سالبة.</translation>
        </message>
        <message>
            <source>At most {points} points on one ballot.</source>
            <translation>{points} نقطة على الأكثر في ورقة اقتراع واحدة.</translation>
        </message>
        <message>
            <source>“{value}” is not a workshop language Workshop knows ({known}).</source>
            <translation>«{value}» ليست لغة ورشة يعرفها Workshop ‏({known}).</translation>
        </message>
        <message>
            <source>{section} line {number}: a column name appears twice.</source>
            <translation>{section}، السطر {number}: اسم عمود مكرر مرتين.</translation>
        </message>
        <message>
            <source>META: no “budget” line.</source>
            <translation>META: لا يوجد سطر «budget».</translation>
        </message>
        <message>
            <source>META: the budget is negative.</source>
            <translation>META: الميزانية سالبة.</translation>
        </message>
        <message>
            <source>META: unknown vote_type “{vote_type}”.</source>
            <translation>META: نوع تصويت vote_type غير معروف «{vote_type}».</translation>
        </message>
        <message>
            <source>line {number}: the file must start with META.</source>
            <translation>السطر {number}: يجب أن يبدأ الملف بـMETA.</translation>
        </message>
        <message>
            <source>{section} line {number}: {count} values for {count_b} columns.</source>
            <translation>{section}، السطر {number}: {count} قيمة مقابل {count_b} عمود.</translation>
        </message>
        <message>
            <source>the file has no {name} section.</source>
            <translation>لا يحتوي الملف على قسم {name}.</translation>
        </message>
        <message>
            <source>{section} line {number}: the header has no “{column}” column.</source>
            <translation>{section}، السطر {number}: لا يحتوي العنوان على العمود «{column}».</translation>
        </message>
        <message>
            <source>META: the budget “{budget}” is not a number.</source>
            <translation>META: الميزانية «{budget}» ليست رقمًا.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: a project without project_id.</source>
            <translation>PROJECTS، السطر {number}: مشروع بلا project_id.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: project “{pid}” appears twice.</source>
            <translation>PROJECTS، السطر {number}: المشروع «{pid}» مكرر مرتين.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost is negative.</source>
            <translation>PROJECTS، السطر {number}: التكلفة سالبة.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a vote without voter_id.</source>
            <translation>VOTES، السطر {number}: صوت بلا voter_id.</translation>
        </message>
        <message>
            <source>VOTES line {number}: voter “{voter}” votes twice.</source>
            <translation>VOTES، السطر {number}: المصوّت «{voter}» يصوّت مرتين.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a project is named twice.</source>
            <translation>VOTES، السطر {number}: ذُكر مشروع مرتين.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a choose-1 vote names one project.</source>
            <translation>VOTES، السطر {number}: تصويت choose-1 يذكر مشروعًا واحدًا.</translation>
        </message>
        <message>
            <source>{name} line {number}: the section appears twice.</source>
            <translation>{name}، السطر {number}: القسم مكرر مرتين.</translation>
        </message>
        <message>
            <source>META line {number}: expected “key;value”.</source>
            <translation>META، السطر {number}: المتوقع «مفتاح;قيمة».</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost “{cost}” is not a number.</source>
            <translation>PROJECTS، السطر {number}: التكلفة «{cost}» ليست رقمًا.</translation>
        </message>
        <message>
            <source>VOTES line {number}: project “{pid}” is not in PROJECTS.</source>
            <translation>VOTES، السطر {number}: المشروع «{pid}» غير موجود في PROJECTS.</translation>
        </message>
        <message>
            <source>VOTES line {number}: “points” must give a whole number per project.</source>
            <translation>VOTES، السطر {number}: يجب أن تعطي «points» عددًا صحيحًا لكل مشروع.</translation>
        </message>
        <message>
            <source>A tally must be between 0 and {tally_max}.</source>
            <translation>يجب أن يكون العدّ بين 0 و{tally_max}.</translation>
        </message>
        <message>
            <source>Type the count for each value, lowest first, e.g. “0 1 3 6 2 0”.</source>
            <translation>اكتب العدد لكل قيمة، من الأدنى أولًا، مثل «0 1 3 6 2 0».</translation>
        </message>
        <message>
            <source>The {label} scale has {count} values; {count_b} counts were typed.</source>
            <translation>للمقياس {label} عدد {count} من القيم؛ وكُتب {count_b} من الأعداد.</translation>
        </message>
        <message>
            <source>{value} is not on the {label} scale ({low}–{high}).</source>
            <translation>{value} ليس على المقياس {label} ‏({low}–{high}).</translation>
        </message>
        <message>
            <source>“{part}” is not a count: type whole numbers.</source>
            <translation>«{part}» ليس عددًا: اكتب أعدادًا صحيحة.</translation>
        </message>
        <message>
            <source>“{shown}” is not a language Workshop can analyse; choose one of {names}.</source>
            <translation>«{shown}» ليست لغة يستطيع Workshop تحليلها؛ اختر واحدة من {names}.</translation>
        </message>
        <message>
            <source>Select at least one phrase to start a draft from.</source>
            <translation>اختر عبارة واحدة على الأقل لبدء مسودة منها.</translation>
        </message>
        <message>
            <source>Nobody called “{typed}” is in the room: add them under Participants first, or choose a name from the list.</source>
            <translation>لا أحد باسم «{typed}» في القاعة: أضفه أولًا في المشاركين، أو اختر اسمًا من القائمة.</translation>
        </message>
        <message>
            <source>Type whose card this is: a participant or an organisation.</source>
            <translation>اكتب صاحب هذه البطاقة: مشارك أو منظمة.</translation>
        </message>
        <message>
            <source>Several participants are called “{typed}”: choose one from the list.</source>
            <translation>يوجد عدة مشاركين باسم «{typed}»: اختر واحدًا من القائمة.</translation>
        </message>
        <message>
            <source>A participant's name</source>
            <translation>اسم المشارك</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>The list is empty: one person per line, like “Ana Silva, Library”.</source>
            <translation>القائمة فارغة: شخص واحد في كل سطر، مثل «Ana Silva، المكتبة».</translation>
        </message>
        <message>
            <source>The list is {count} characters long; a list of people holds at most {roster_max_bytes}.</source>
            <translation>طول القائمة {count} حرفًا؛ وقائمة الأشخاص تتسع لـ{roster_max_bytes} على الأكثر.</translation>
        </message>
        <message>
            <source>No names found: one person per line, like “Ana Silva, Library”.</source>
            <translation>لم يُعثر على أسماء: شخص واحد في كل سطر، مثل «Ana Silva، المكتبة».</translation>
        </message>
        <message>
            <source>Line {line_number} has no name before the comma.</source>
            <translation>لا يوجد اسم قبل الفاصلة في السطر {line_number}.</translation>
        </message>
        <message>
            <source>Line {line_number} is longer than {name_max} characters.</source>
            <translation>السطر {line_number} أطول من {name_max} حرفًا.</translation>
        </message>
        <message>
            <source>Line {line_number} has more than two columns; expected “name, organisation”.</source>
            <translation>في السطر {line_number} أكثر من عمودين؛ المتوقع «الاسم، المنظمة».</translation>
        </message>
        <message>
            <source>Line {value} cannot be read: {exc}.</source>
            <translation>تعذّرت قراءة السطر {value}: {exc}.</translation>
        </message>
        <message>
            <source>Line {line_number}: {exc}</source>
            <translation>السطر {line_number}: {exc}</translation>
        </message>
        <message>
            <source>The list has more than {roster_max_people} people; add them in parts.</source>
            <translation>في القائمة أكثر من {roster_max_people} شخص؛ أضفهم على دفعات.</translation>
        </message>
        <message>
            <source>The template “{key}” is not valid: {exc}</source>
            <translation>القالب «{key}» غير صالح: {exc}</translation>
        </message>
        <message>
            <source>The timer cannot count down from less than one minute.</source>
            <translation>لا يمكن للمؤقت العدّ التنازلي من أقل من دقيقة.</translation>
        </message>
        <message>
            <source>{what} cannot be empty.</source>
            <translation>{what}: لا يمكن أن يكون فارغًا.</translation>
        </message>
        <message>
            <source>{what} is {count} characters long; the limit is {limit}.</source>
            <translation>{what}: الطول {count} حرفًا؛ والحد هو {limit}.</translation>
        </message>
        <message>
            <source>“{value}” is not a colour like #ffcc00.</source>
            <translation>«{value}» ليس لونًا مثل ‎#ffcc00.</translation>
        </message>
        <message>
            <source>A timebox must be between 1 and {timebox_max} minutes.</source>
            <translation>يجب أن يكون الوقت المخصص بين 1 و{timebox_max} دقيقة.</translation>
        </message>
        <message>
            <source>“{value}” is not a date like 2026-11-27.</source>
            <translation>«{value}» ليس تاريخًا مثل 2026-11-27.</translation>
        </message>
        <message>
            <source>“{value}” is not a time like 09:30.</source>
            <translation>«{value}» ليس وقتًا مثل 09:30.</translation>
        </message>
        <message>
            <source>Time available must be between 0 minutes and a week.</source>
            <translation>يجب أن يكون الوقت المتاح بين 0 دقيقة وأسبوع.</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>التصويت مغلق: لا يمكن إضافة نقاط أخرى.</translation>
        </message>
        <message>
            <source>No dots left: all {dots} are placed. Remove one to move it, or press Done.</source>
            <translation>لم تبق نقاط: وُضعت النقاط كلها ({dots}). أزل واحدة لتنقلها، أو اضغط تم.</translation>
        </message>
        <message>
            <source>Item cap reached: at most {cap} dots on one item.</source>
            <translation>بلغت الحد: {cap} نقاط على الأكثر على البند الواحد.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>هذه ملاحظتك: لا يمكنك في هذا التصويت وضع نقاط على ملاحظاتك.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>التصويت مغلق: لم يعد ممكنًا إزالة النقاط.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>لا توجد نقطة لك على هذا البند لإزالتها.</translation>
        </message>
        <message>
            <source>Dots per person must be between {dots_min} and {dots_max} (not {dots_per_person}).</source>
            <translation>يجب أن يكون عدد النقاط لكل شخص بين {dots_min} و{dots_max} (وليس {dots_per_person}).</translation>
        </message>
        <message>
            <source>The most dots on one item must be between {dots_min} and {dots_max} (not {max_per_item}).</source>
            <translation>يجب أن يكون أقصى عدد نقاط على البند الواحد بين {dots_min} و{dots_max} (وليس {max_per_item}).</translation>
        </message>
        <message>
            <source>The settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>الإعدادات مثبتة لأن نقاطًا قد وُضعت. أعد ضبط التصويت لتغييرها (يمكنك التراجع عن إعادة الضبط).</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added or removed.</source>
            <translation>التصويت مغلق: لا يمكن إضافة النقاط أو إزالتها.</translation>
        </message>
        <message>
            <source>A paper tally must be between 0 and {tally_max} dots.</source>
            <translation>يجب أن يكون العدّ الورقي بين 0 و{tally_max} نقطة.</translation>
        </message>
        <message>
            <source>Choose either the top N items or a minimum number of dots.</source>
            <translation>اختر إما أول N من البنود أو حدًا أدنى من النقاط.</translation>
        </message>
        <message>
            <source>No item has enough dots to go on the agenda.</source>
            <translation>لا يوجد بند حصل على نقاط كافية ليدخل جدول الأعمال.</translation>
        </message>
        <message>
            <source>A ballot cannot hold a negative number of dots.</source>
            <translation>لا يمكن أن تحمل ورقة الاقتراع عددًا سالبًا من النقاط.</translation>
        </message>
        <message>
            <source>One of the items on this ballot no longer exists.</source>
            <translation>أحد بنود ورقة الاقتراع هذه لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>Take at least the top 1 item.</source>
            <translation>خذ البند الأول على الأقل.</translation>
        </message>
        <message>
            <source>The minimum number of dots must be more than 0.</source>
            <translation>يجب أن يكون الحد الأدنى من النقاط أكبر من 0.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file in “{parent}”.</source>
            <translation>تعذّر إنشاء ملف مؤقت في «{parent}».</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist.</source>
            <translation>المجلد «{folder}» غير موجود.</translation>
        </message>
        <message>
            <source>“{folder}” is not a folder.</source>
            <translation>«{folder}» ليس مجلدًا.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{folder}”.</source>
            <translation>لا يمكن الكتابة في المجلد «{folder}».</translation>
        </message>
        <message>
            <source>“{target}” is a folder, not a file name.</source>
            <translation>«{target}» مجلد وليس اسم ملف.</translation>
        </message>
        <message>
            <source>“{target}” already exists (use --force to replace it).</source>
            <translation>«{target}» موجود مسبقًا (استخدم ‎--force لاستبداله).</translation>
        </message>
        <message>
            <source>Cannot write in “{parent}”: {reason}.</source>
            <translation>لا يمكن الكتابة في «{parent}»: {reason}.</translation>
        </message>
        <message>
            <source>Could not write “{targets}”: {reason}.</source>
            <translation>تعذّرت كتابة «{targets}»: {reason}.</translation>
        </message>
        <message>
            <source>The bundled font {file} is missing or damaged.</source>
            <translation>الخط المرفق {file} مفقود أو تالف.</translation>
        </message>
        <message>
            <source>“{name}”, {where}: {reason}.</source>
            <translation>«{name}»، {where}: {reason}.</translation>
        </message>
        <message>
            <source>The file has a value that is neither text nor a number.</source>
            <translation>في الملف قيمة ليست نصًا ولا رقمًا.</translation>
        </message>
        <message>
            <source>The file has a list where a single value belongs.</source>
            <translation>في الملف قائمة في موضع قيمة واحدة.</translation>
        </message>
        <message>
            <source>“{name}” is JSON, but not a Workshop export.</source>
            <translation>«{name}» بصيغة JSON لكنه ليس تصديرًا من Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid format_version.</source>
            <translation>لا يحتوي «{name}» على format_version صالح.</translation>
        </message>
        <message>
            <source>“{name}” was exported by a newer Workshop (export format {version}); this version reads format {format_version}. Please update Workshop.</source>
            <translation>صُدّر «{name}» بإصدار أحدث من Workshop (صيغة التصدير {version})؛ وهذا الإصدار يقرأ الصيغة {format_version}. يرجى تحديث Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid document_format.</source>
            <translation>لا يحتوي «{name}» على document_format صالح.</translation>
        </message>
        <message>
            <source>“{name}” holds a workshop from a newer Workshop (file format {format_major}.{format_minor}). Please update Workshop.</source>
            <translation>يحتوي «{name}» على ورشة من إصدار أحدث من Workshop (صيغة الملف {format_major}.{format_minor}). يرجى تحديث Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid tables.</source>
            <translation>لا يحتوي «{name}» على جداول صالحة.</translation>
        </message>
        <message>
            <source>“{name}” has tables this version does not know ({names}): it was exported by a newer Workshop.</source>
            <translation>يحتوي «{name}» على جداول لا يعرفها هذا الإصدار ({names}): صدّره إصدار أحدث من Workshop.</translation>
        </message>
        <message>
            <source>“{name}” holds {total} rows; Workshop imports at most {max_rows} (see docs/file-format.md, “Limits”).</source>
            <translation>يحتوي «{name}» على {total} صفًا؛ ويستورد Workshop ‏{max_rows} على الأكثر (انظر docs/file-format.md، «Limits»).</translation>
        </message>
        <message>
            <source>“{name}” has a board of {values} notes; Workshop imports at most {max_notes_per_board} notes on one board, so that the board stays responsive (see docs/file-format.md, “Limits”).</source>
            <translation>يحتوي «{name}» على لوحة من {values} ملاحظة؛ ويستورد Workshop ‏{max_notes_per_board} ملاحظة على الأكثر في اللوحة الواحدة كي تبقى سريعة الاستجابة (انظر docs/file-format.md، «Limits»).</translation>
        </message>
        <message>
            <source>“{name}” is {value} MB; Workshop imports JSON files of at most {value_b} MB (see docs/file-format.md, “Limits”).</source>
            <translation>حجم «{name}» ‏{value} ميغابايت؛ ويستورد Workshop ملفات JSON لا تتجاوز {value_b} ميغابايت (انظر docs/file-format.md، «Limits»).</translation>
        </message>
        <message>
            <source>“{source}” does not exist.</source>
            <translation>«{source}» غير موجود.</translation>
        </message>
        <message>
            <source>“{source}” is a folder, not a JSON file.</source>
            <translation>«{source}» مجلد وليس ملف JSON.</translation>
        </message>
        <message>
            <source>“{source}” cannot be read: {value}.</source>
            <translation>تعذّرت قراءة «{source}»: {value}.</translation>
        </message>
        <message>
            <source>“{name}” is not a Workshop JSON export (not text).</source>
            <translation>«{name}» ليس تصدير JSON من Workshop (ليس نصًا).</translation>
        </message>
        <message>
            <source>“{name}” holds a number JSON does not allow ({exc}).</source>
            <translation>يحتوي «{name}» على رقم لا يسمح به JSON ‏({exc}).</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (it may be truncated): {msg} at line {lineno}.</source>
            <translation>«{name}» ليس JSON صالحًا (ربما هو مقتطع): {msg} في السطر {lineno}.</translation>
        </message>
        <message>
            <source>“{name}” is nested too deeply to be a Workshop export.</source>
            <translation>«{name}» متداخل بعمق زائد فلا يمكن أن يكون تصديرًا من Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is not a consistent workshop: {exc}.</source>
            <translation>«{name}» ليس ورشة متسقة: {exc}.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>مفقود</translation>
        </message>
        <message>
            <source>A binary value in the file is damaged.</source>
            <translation>قيمة ثنائية في الملف تالفة.</translation>
        </message>
        <message>
            <source>“{name}” is too large for a Pabulib file.</source>
            <translation>«{name}» كبير جدًا على ملف Pabulib.</translation>
        </message>
        <message>
            <source>“{file}” does not exist.</source>
            <translation>«{file}» غير موجود.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a .pb file.</source>
            <translation>«{file}» مجلد وليس ملف ‎.pb.</translation>
        </message>
        <message>
            <source>Cannot read “{file}”: {value}.</source>
            <translation>تعذّرت قراءة «{file}»: {value}.</translation>
        </message>
        <message>
            <source>“{name}” line {line} is not UTF-8 text.</source>
            <translation>«{name}»، السطر {line}، ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <source>Unknown page size “{page_size}”: use A4 or Letter.</source>
            <translation>حجم صفحة غير معروف «{page_size}»: استخدم A4 أو Letter.</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>لا ينتمي أي مشارك إلى منظمة: لا يوجد ما يُقسم بحسبه.</translation>
        </message>
        <message>
            <source>The page sent something unexpected; reload it.</source>
            <translation>أرسلت الصفحة شيئًا غير متوقع؛ أعد تحميلها.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>غير موجود.</translation>
        </message>
        <message>
            <source>That is too long to send.</source>
            <translation>هذا أطول من أن يُرسل.</translation>
        </message>
        <message>
            <source>That name is no longer on the list.</source>
            <translation>لم يعد هذا الاسم في القائمة.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{parent}”.</source>
            <translation>لا يمكن الكتابة في المجلد «{parent}».</translation>
        </message>
        <message>
            <source>Could not write a copy to “{target}”: {reason}.</source>
            <translation>تعذّرت كتابة نسخة في «{target}»: {reason}.</translation>
        </message>
        <message>
            <source>The number of tables must be 1 to {max_tables} (got {count}).</source>
            <translation>يجب أن يكون عدد الطاولات من 1 إلى {max_tables} (المُدخل {count}).</translation>
        </message>
        <message>
            <source>“{name}” is itself a breakout copy: make breakouts from the main workshop.</source>
            <translation>«{name}» نفسه نسخة طاولة: أنشئ النسخ من الورشة الرئيسية.</translation>
        </message>
        <message>
            <source>The folder “{out_dir}” does not exist.</source>
            <translation>المجلد «{out_dir}» غير موجود.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{out_dir}”.</source>
            <translation>لا يمكن الكتابة في المجلد «{out_dir}».</translation>
        </message>
        <message>
            <source>Give one non-empty label per table.</source>
            <translation>أعطِ كل طاولة تسمية واحدة غير فارغة.</translation>
        </message>
        <message>
            <source>Two tables have the same label.</source>
            <translation>لطاولتين التسمية نفسها.</translation>
        </message>
        <message>
            <source>Could not write the breakout copies: {exc}.</source>
            <translation>تعذّرت كتابة نسخ الطاولات: {exc}.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>تعذّر التراجع عن «{label}»: منذ ذلك الحين أضاف برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} (رقم {number}) في مكانه. لم يُتراجع عن شيء: يبقى ذلك التغيير، ويتوقف التراجع عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>تعذّرت إعادة «{label}»: منذ ذلك الحين أضاف برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} (رقم {number}) في مكانه. لم يُعد شيء: يبقى ذلك التغيير، وتتوقف الإعادة عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>تعذّر التراجع عن «{label}»: منذ ذلك الحين حذف برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row}. لم يُتراجع عن شيء: يبقى ذلك التغيير، ويتوقف التراجع عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>تعذّرت إعادة «{label}»: منذ ذلك الحين حذف برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row}. لم يُعد شيء: يبقى ذلك التغيير، وتتوقف الإعادة عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>تعذّر التراجع عن «{label}»: منذ ذلك الحين غيّر برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row} ‏({columns}). لم يُتراجع عن شيء: يبقى ذلك التغيير، ويتوقف التراجع عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>تعذّرت إعادة «{label}»: منذ ذلك الحين غيّر برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row} ‏({columns}). لم يُعد شيء: يبقى ذلك التغيير، وتتوقف الإعادة عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>تعذّر التراجع عن «{label}»: منذ ذلك الحين غيّر برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row}. لم يُتراجع عن شيء: يبقى ذلك التغيير، ويتوقف التراجع عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>تعذّرت إعادة «{label}»: منذ ذلك الحين غيّر برنامج آخر، مثل sqlite-utils أو Datasette، ‏{noun} {row}. لم يُعد شيء: يبقى ذلك التغيير، وتتوقف الإعادة عند هذه الخطوة.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a workshop file.</source>
            <translation>«{file}» مجلد وليس ملف ورشة.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» فارغ: ليس ملف ورشة.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not a SQLite database).</source>
            <translation>«{name}» ليس ملف ورشة (ليس قاعدة بيانات SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is truncated: its header is incomplete.</source>
            <translation>«{name}» مقتطع: ترويسته غير مكتملة.</translation>
        </message>
        <message>
            <source>“{name}” is a SQLite database, but not a workshop file.</source>
            <translation>«{name}» قاعدة بيانات SQLite لكنه ليس ملف ورشة.</translation>
        </message>
        <message>
            <source>“{name}” was made by a newer Workshop (file format {major}.{minor}); this version reads format {format_major}. Please update Workshop.</source>
            <translation>أُنشئ «{name}» بإصدار أحدث من Workshop (صيغة الملف {major}.{minor})؛ وهذا الإصدار يقرأ الصيغة {format_major}. يرجى تحديث Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is an incomplete workshop file (no format).</source>
            <translation>«{name}» ملف ورشة غير مكتمل (بلا صيغة).</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({result}). An automatic backup may help.</source>
            <translation>«{name}» تالف ({result}). قد تفيد نسخة احتياطية تلقائية.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a file name.</source>
            <translation>«{file}» مجلد وليس اسم ملف.</translation>
        </message>
        <message>
            <source>“{file}” already exists (use --force to replace it).</source>
            <translation>«{file}» موجود مسبقًا (استخدم ‎--force لاستبداله).</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>المجلد «{parent}» غير موجود.</translation>
        </message>
        <message>
            <source>The change could not be saved: an earlier one failed.</source>
            <translation>تعذّر حفظ التغيير: فشل تغيير سابق.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only: changes cannot be saved. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>«{name}» مفتوح للقراءة فقط: لا يمكن حفظ التغييرات. استخدم ملف › حفظ باسم… لتتابع في نسخة يمكنك تحريرها.</translation>
        </message>
        <message>
            <source>“{file}” cannot be read: {reason}.</source>
            <translation>تعذّرت قراءة «{file}»: {reason}.</translation>
        </message>
        <message>
            <source>Cannot create “{file}”: {reason}.</source>
            <translation>تعذّر إنشاء «{file}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({reason}). An automatic backup may help.</source>
            <translation>«{name}» تالف وتعذّرت قراءته ({reason}). قد تفيد نسخة احتياطية تلقائية.</translation>
        </message>
        <message>
            <source>The change could not be saved: {reason}.</source>
            <translation>تعذّر حفظ التغيير: {reason}.</translation>
        </message>
        <message>
            <source>Cannot {verb} “{label}”: rows added outside Workshop since then depend on it ({reason}). Nothing was changed.</source>
            <translation>تعذّر تنفيذ «{label}» ‏({verb}): تعتمد عليه صفوف أضيفت خارج Workshop منذ ذلك الحين ({reason}). لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Could not save a copy as “{target}”: {reason}.</source>
            <translation>تعذّر حفظ نسخة باسم «{target}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” uses an older format and is read-only, so it cannot be upgraded. Copy it to a folder you can write to and open the copy.</source>
            <translation>«{name}» بصيغة أقدم ومفتوح للقراءة فقط، فلا يمكن ترقيته. انسخه إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
        </message>
        <message>
            <source>“{name}” is already open in another Workshop window (through another name for the same file: a link or another path). Switch to that window, or close it first.</source>
            <translation>«{name}» مفتوح مسبقًا في نافذة Workshop أخرى (باسم آخر للملف نفسه: رابط أو مسار آخر). انتقل إلى تلك النافذة أو أغلقها أولًا.</translation>
        </message>
        <message>
            <source>“{document}” is already open in another Workshop window{holder}. Switch to that window, or close it first.</source>
            <translation>«{document}» مفتوح مسبقًا في نافذة Workshop أخرى{holder}. انتقل إلى تلك النافذة أو أغلقها أولًا.</translation>
        </message>
        <message>
            <source>Cannot write “{document}”: the folder “{parent}” does not accept new files ({reason}).</source>
            <translation>تعذّرت كتابة «{document}»: لا يقبل المجلد «{parent}» ملفات جديدة ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({exc}). An automatic backup may help.</source>
            <translation>«{name}» تالف وتعذّرت قراءته ({exc}). قد تفيد نسخة احتياطية تلقائية.</translation>
        </message>
        <message>
            <source>No breakout files to merge.</source>
            <translation>لا توجد ملفات طاولات للدمج.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy of a workshop.</source>
            <translation>«{name}» ليس نسخة طاولة من ورشة.</translation>
        </message>
        <message>
            <source>“{name}” is a breakout of another workshop, not of this one.</source>
            <translation>«{name}» نسخة طاولة من ورشة أخرى، لا من هذه.</translation>
        </message>
        <message>
            <source>“{name}” holds {what}, which Workshop itself would not accept (was it edited with another tool?): nothing was merged.</source>
            <translation>يحتوي «{name}» على {what}، وهو ما لا يقبله Workshop نفسه (هل حُرّر بأداة أخرى؟): لم يُدمج شيء.</translation>
        </message>
        <message>
            <source>“{name}” and “{name_b}” are the same table: merge one of them.</source>
            <translation>«{name}» و«{name_b}» الطاولة نفسها: ادمج واحدًا منهما فقط.</translation>
        </message>
        <message>
            <source>The breakouts could not be merged: {exc}.</source>
            <translation>تعذّر دمج الطاولات: {exc}.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy (it was made by an older Workshop).</source>
            <translation>«{name}» ليس نسخة طاولة (أنشأه إصدار أقدم من Workshop).</translation>
        </message>
        <message>
            <source>Select the actions to remove first.</source>
            <translation>اختر أولًا الإجراءات المراد إزالتها.</translation>
        </message>
        <message>
            <source>That action no longer exists.</source>
            <translation>لم يعد هذا الإجراء موجودًا.</translation>
        </message>
        <message>
            <source>Choose what the action comes from.</source>
            <translation>اختر مصدر الإجراء.</translation>
        </message>
        <message>
            <source>What the action comes from no longer exists.</source>
            <translation>لم يعد مصدر الإجراء موجودًا.</translation>
        </message>
        <message>
            <source>The activity title</source>
            <translation>عنوان النشاط</translation>
        </message>
        <message>
            <source>The prompt</source>
            <translation>السؤال المطروح</translation>
        </message>
        <message>
            <source>The facilitator notes</source>
            <translation>ملاحظات الميسّر</translation>
        </message>
        <message>
            <source>Select the activities to remove first.</source>
            <translation>اختر أولًا الأنشطة المراد إزالتها.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>لم يعد هذا النشاط موجودًا.</translation>
        </message>
        <message>
            <source>The agenda already has activities; a template fills an empty one.</source>
            <translation>في جدول الأعمال أنشطة مسبقًا؛ القالب يملأ جدولًا فارغًا فقط.</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>There is no text to add as notes.</source>
            <translation>لا يوجد نص لإضافته كملاحظات.</translation>
        </message>
        <message>
            <source>Select the notes to group first.</source>
            <translation>اختر أولًا الملاحظات المراد تجميعها.</translation>
        </message>
        <message>
            <source>Select a cluster to ungroup first.</source>
            <translation>اختر أولًا مجموعة لفكّها.</translation>
        </message>
        <message>
            <source>That participant no longer exists.</source>
            <translation>لم يعد هذا المشارك موجودًا.</translation>
        </message>
        <message>
            <source>Select one or more notes first.</source>
            <translation>اختر أولًا ملاحظة واحدة أو أكثر.</translation>
        </message>
        <message>
            <source>Some of those notes no longer exist.</source>
            <translation>بعض هذه الملاحظات لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>That cluster no longer exists.</source>
            <translation>لم تعد هذه المجموعة موجودة.</translation>
        </message>
        <message>
            <source>Only notes of one board can be grouped together.</source>
            <translation>لا يمكن تجميع إلا ملاحظات من لوحة واحدة.</translation>
        </message>
        <message>
            <source>Line {number}: {exc}</source>
            <translation>السطر {number}: {exc}</translation>
        </message>
        <message>
            <source>Notes can only join a cluster on their own board.</source>
            <translation>لا يمكن للملاحظات الانضمام إلا إلى مجموعة على لوحتها.</translation>
        </message>
        <message>
            <source>The budget</source>
            <translation>الميزانية</translation>
        </message>
        <message>
            <source>This works only in a participatory budget activity.</source>
            <translation>يعمل هذا فقط في نشاط الميزانية التشاركية.</translation>
        </message>
        <message>
            <source>{what} can have at most two decimals.</source>
            <translation>{what}: منزلتان عشريتان على الأكثر.</translation>
        </message>
        <message>
            <source>The budget must be above zero.</source>
            <translation>يجب أن تكون الميزانية أكبر من صفر.</translation>
        </message>
        <message>
            <source>A currency is at most {currency_max} characters (e.g. EUR, zł).</source>
            <translation>لا تتجاوز العملة {currency_max} أحرف (مثل EUR، zł).</translation>
        </message>
        <message>
            <source>A ballot must allow at least one project.</source>
            <translation>يجب أن تسمح ورقة الاقتراع بمشروع واحد على الأقل.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost</source>
            <translation>حد التكلفة لورقة الاقتراع</translation>
        </message>
        <message>
            <source>Points per ballot: between 0 (approval) and 1,000.</source>
            <translation>النقاط لكل ورقة اقتراع: بين 0 (تأييد) و1000.</translation>
        </message>
        <message>
            <source>A category or organisation is at most {category_max} characters.</source>
            <translation>لا تتجاوز الفئة أو المنظمة {category_max} حرفًا.</translation>
        </message>
        <message>
            <source>Nothing to add: paste one project a line, “title; cost”.</source>
            <translation>لا شيء لإضافته: الصق مشروعًا واحدًا في كل سطر، «العنوان; التكلفة».</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>لم تعد هذه الملاحظة موجودة.</translation>
        </message>
        <message>
            <source>A paper tally is between 0 and {tally_max} approvals.</source>
            <translation>العدّ الورقي بين 0 و{tally_max} تأييدًا.</translation>
        </message>
        <message>
            <source>That project is no longer on the list.</source>
            <translation>لم يعد هذا المشروع في القائمة.</translation>
        </message>
        <message>
            <source>There are no paper approvals on this project to take away.</source>
            <translation>لا توجد تأييدات ورقية على هذا المشروع لطرحها.</translation>
        </message>
        <message>
            <source>A paper ballot ticks each project once.</source>
            <translation>تؤشّر الورقة الورقية كل مشروع مرة واحدة.</translation>
        </message>
        <message>
            <source>The file has more than {ballots_max} votes.</source>
            <translation>في الملف أكثر من {ballots_max} صوت.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost must be above zero.</source>
            <translation>يجب أن يكون حد التكلفة لورقة الاقتراع أكبر من صفر.</translation>
        </message>
        <message>
            <source>Ballots were cast under the present rules: clear them before changing the rules.</source>
            <translation>أُدليت أوراق اقتراع وفق القواعد الحالية: امسحها قبل تغيير القواعد.</translation>
        </message>
        <message>
            <source>That project no longer exists.</source>
            <translation>لم يعد هذا المشروع موجودًا.</translation>
        </message>
        <message>
            <source>Line {number}: write “title; cost”.</source>
            <translation>السطر {number}: اكتب «العنوان; التكلفة».</translation>
        </message>
        <message>
            <source>A project comes from a note or a cluster.</source>
            <translation>ينشأ المشروع من ملاحظة أو مجموعة.</translation>
        </message>
        <message>
            <source>That note is already a project.</source>
            <translation>هذه الملاحظة مشروع مسبقًا.</translation>
        </message>
        <message>
            <source>That cluster is already a project.</source>
            <translation>هذه المجموعة مشروع مسبقًا.</translation>
        </message>
        <message>
            <source>{name} has already voted in this budget.</source>
            <translation>صوّت {name} مسبقًا في هذه الميزانية.</translation>
        </message>
        <message>
            <source>This budget holds as many ballots as it can.</source>
            <translation>تحمل هذه الميزانية أقصى عدد ممكن من أوراق الاقتراع.</translation>
        </message>
        <message>
            <source>A tallied approval is a ballot for “{title}” alone, and such a ballot breaks the rules: {problem}</source>
            <translation>التأييد المعدود ورقة اقتراع لـ«{title}» وحده، وهذه الورقة تخالف القواعد: {problem}</translation>
        </message>
        <message>
            <source>“{part}” is not a project number (1–{count}).</source>
            <translation>«{part}» ليس رقم مشروع (1–{count}).</translation>
        </message>
        <message>
            <source>That ballot no longer exists.</source>
            <translation>لم تعد ورقة الاقتراع هذه موجودة.</translation>
        </message>
        <message>
            <source>This budget already has projects: import into a new participatory budget.</source>
            <translation>في هذه الميزانية مشاريع مسبقًا: استورد إلى ميزانية تشاركية جديدة.</translation>
        </message>
        <message>
            <source>PROJECTS, project “{id}”: {exc}</source>
            <translation>PROJECTS، المشروع «{id}»: {exc}</translation>
        </message>
        <message>
            <source>The venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>The facilitator's name</source>
            <translation>اسم الميسّر</translation>
        </message>
        <message>
            <source>The goal</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>لا شيء لتغييره.</translation>
        </message>
        <message>
            <source>There is nobody to add.</source>
            <translation>لا يوجد أحد لإضافته.</translation>
        </message>
        <message>
            <source>Select the participants to remove first.</source>
            <translation>اختر أولًا المشاركين المراد إزالتهم.</translation>
        </message>
        <message>
            <source>A join code is {code_length} letters or digits.</source>
            <translation>رمز الانضمام {code_length} أحرف أو أرقام.</translation>
        </message>
        <message>
            <source>Phones have nothing to do in “{title}”.</source>
            <translation>لا شيء تفعله الهواتف في «{title}».</translation>
        </message>
        <message>
            <source>Those phone notes are no longer waiting.</source>
            <translation>لم تعد ملاحظات الهواتف هذه في الانتظار.</translation>
        </message>
        <message>
            <source>The phone sent a post without a valid key; reload the page.</source>
            <translation>أرسل الهاتف مشاركة بلا مفتاح صالح؛ أعد تحميل الصفحة.</translation>
        </message>
        <message>
            <source>Ask the facilitator to add you to the list.</source>
            <translation>اطلب من الميسّر أن يضيفك إلى القائمة.</translation>
        </message>
        <message>
            <source>You are no longer on the participant list: join again.</source>
            <translation>لم تعد في قائمة المشاركين: انضم مجددًا.</translation>
        </message>
        <message>
            <source>This activity is not open to phones.</source>
            <translation>هذا النشاط غير مفتوح للهواتف.</translation>
        </message>
        <message>
            <source>The activity has changed: the page will follow.</source>
            <translation>تغيّر النشاط: ستتبعه الصفحة.</translation>
        </message>
        <message>
            <source>That question is no longer asked.</source>
            <translation>لم يعد هذا السؤال مطروحًا.</translation>
        </message>
        <message>
            <source>You have already answered this one.</source>
            <translation>لقد أجبت عن هذا مسبقًا.</translation>
        </message>
        <message>
            <source>That draft is no longer there.</source>
            <translation>لم تعد هذه المسودة موجودة.</translation>
        </message>
        <message>
            <source>This purpose is rated by organisation, and yours is not on the list: ask the facilitator.</source>
            <translation>تُقيّم المنظمات هذا الهدف، ومنظمتك ليست في القائمة: اسأل الميسّر.</translation>
        </message>
        <message>
            <source>The statement</source>
            <translation>العبارة</translation>
        </message>
        <message>
            <source>The round's name</source>
            <translation>اسم الجولة</translation>
        </message>
        <message>
            <source>Statements can only be added to a pulse check activity.</source>
            <translation>لا يمكن إضافة العبارات إلا إلى نشاط قياس النبض.</translation>
        </message>
        <message>
            <source>“{condition_key}” is not a collective impact condition.</source>
            <translation>«{condition_key}» ليس شرطًا من شروط الأثر الجماعي.</translation>
        </message>
        <message>
            <source>That round no longer exists.</source>
            <translation>لم تعد هذه الجولة موجودة.</translation>
        </message>
        <message>
            <source>This activity already asks all five collective impact checks.</source>
            <translation>يطرح هذا النشاط مسبقًا أسئلة الأثر الجماعي الخمسة كلها.</translation>
        </message>
        <message>
            <source>That statement no longer exists.</source>
            <translation>لم تعد هذه العبارة موجودة.</translation>
        </message>
        <message>
            <source>A statement has at least one round: clear its answers, or remove the statement.</source>
            <translation>للعبارة جولة واحدة على الأقل: امسح إجاباتها، أو أزل العبارة.</translation>
        </message>
        <message>
            <source>That statement has been removed.</source>
            <translation>أُزيلت هذه العبارة.</translation>
        </message>
        <message>
            <source>People have already answered on this scale: add a new statement to use another scale.</source>
            <translation>أُجيب مسبقًا على هذا المقياس: أضف عبارة جديدة لاستخدام مقياس آخر.</translation>
        </message>
        <message>
            <source>This pulse check is anonymous: answers are not linked to people. Turn anonymity off for this activity to record who answered.</source>
            <translation>قياس النبض هذا مجهول الهوية: الإجابات غير مرتبطة بالأشخاص. أوقف إخفاء الهوية لهذا النشاط لتسجيل من أجاب.</translation>
        </message>
        <message>
            <source>That participant is no longer on the list.</source>
            <translation>لم يعد هذا المشارك في القائمة.</translation>
        </message>
        <message>
            <source>{name} has already answered this round.</source>
            <translation>أجاب {name} مسبقًا في هذه الجولة.</translation>
        </message>
        <message>
            <source>A purpose statement</source>
            <translation>بيان الهدف</translation>
        </message>
        <message>
            <source>The blended statement</source>
            <translation>البيان المدمج</translation>
        </message>
        <message>
            <source>The comment</source>
            <translation>التعليق</translation>
        </message>
        <message>
            <source>The draft</source>
            <translation>المسودة</translation>
        </message>
        <message>
            <source>Those terms are no longer merged.</source>
            <translation>لم تعد هذه المصطلحات مدمجة.</translation>
        </message>
        <message>
            <source>That term is not hidden any more.</source>
            <translation>لم يعد هذا المصطلح مخفيًا.</translation>
        </message>
        <message>
            <source>Choose pairs or fours.</source>
            <translation>اختر الثنائيات أو الرباعيات.</translation>
        </message>
        <message>
            <source>That group no longer exists.</source>
            <translation>لم تعد هذه المجموعة موجودة.</translation>
        </message>
        <message>
            <source>A rating is a whole number from {score_min} to {score_max}.</source>
            <translation>التقييم عدد صحيح من {score_min} إلى {score_max}.</translation>
        </message>
        <message>
            <source>That activity is not a purpose blend.</source>
            <translation>هذا النشاط ليس دمجًا للأهداف.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per organisation: choose one.</source>
            <translation>يقبل هذا النشاط هدفًا واحدًا لكل منظمة: اختر واحدًا.</translation>
        </message>
        <message>
            <source>The organisation's name</source>
            <translation>اسم المنظمة</translation>
        </message>
        <message>
            <source>Choose at least two different terms to merge.</source>
            <translation>اختر مصطلحين مختلفين على الأقل لدمجهما.</translation>
        </message>
        <message>
            <source>Type a term.</source>
            <translation>اكتب مصطلحًا.</translation>
        </message>
        <message>
            <source>A draft cannot be empty.</source>
            <translation>لا يمكن أن تكون المسودة فارغة.</translation>
        </message>
        <message>
            <source>That draft no longer exists.</source>
            <translation>لم تعد هذه المسودة موجودة.</translation>
        </message>
        <message>
            <source>Statements have already been captured by participant; remove them before changing who states purposes.</source>
            <translation>جُمعت بيانات مسبقًا حسب المشاركين؛ أزلها قبل تغيير من يصوغ الأهداف.</translation>
        </message>
        <message>
            <source>Statements have already been captured by organisation; remove them before changing who states purposes.</source>
            <translation>جُمعت بيانات مسبقًا حسب المنظمات؛ أزلها قبل تغيير من يصوغ الأهداف.</translation>
        </message>
        <message>
            <source>{label} already has a purpose statement; edit that one.</source>
            <translation>لدى {label} بيان هدف مسبقًا؛ حرّر ذلك البيان.</translation>
        </message>
        <message>
            <source>Those terms are already counted as one.</source>
            <translation>هذه المصطلحات تُحسب مسبقًا كمصطلح واحد.</translation>
        </message>
        <message>
            <source>“{already}” is already hidden.</source>
            <translation>«{already}» مخفي مسبقًا.</translation>
        </message>
        <message>
            <source>Pairs need at least two purpose statements.</source>
            <translation>تحتاج الثنائيات إلى بياني هدف على الأقل.</translation>
        </message>
        <message>
            <source>Fours need at least three purpose statements.</source>
            <translation>تحتاج الرباعيات إلى ثلاثة بيانات أهداف على الأقل.</translation>
        </message>
        <message>
            <source>The statement is already in that group.</source>
            <translation>البيان موجود مسبقًا في تلك المجموعة.</translation>
        </message>
        <message>
            <source>Draft {number} has been rated or adopted, so it stays as it was; start a new draft from it instead.</source>
            <translation>قُيّمت المسودة {number} أو اعتُمدت، فتبقى كما هي؛ ابدأ منها مسودة جديدة بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Draft {number} is the adopted purpose; un-adopt it first.</source>
            <translation>المسودة {number} هي الهدف المعتمد؛ ألغِ اعتمادها أولًا.</translation>
        </message>
        <message>
            <source>Draft {number} is adopted: its ratings are kept as they were at adoption. Un-adopt it to change them.</source>
            <translation>المسودة {number} معتمدة: تبقى تقييماتها كما كانت عند الاعتماد. ألغِ الاعتماد لتغييرها.</translation>
        </message>
        <message>
            <source>That rating no longer exists.</source>
            <translation>لم يعد هذا التقييم موجودًا.</translation>
        </message>
        <message>
            <source>Draft {row} is adopted; un-adopt it to change ratings.</source>
            <translation>المسودة {row} معتمدة؛ ألغِ اعتمادها لتغيير التقييمات.</translation>
        </message>
        <message>
            <source>Draft {number} is already the adopted purpose.</source>
            <translation>المسودة {number} هي الهدف المعتمد مسبقًا.</translation>
        </message>
        <message>
            <source>Draft {number} is not adopted.</source>
            <translation>المسودة {number} غير معتمدة.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per participant: choose one.</source>
            <translation>يقبل هذا النشاط هدفًا واحدًا لكل مشارك: اختر واحدًا.</translation>
        </message>
        <message>
            <source>“{phrase}” has only common words, which are never counted.</source>
            <translation>«{phrase}» لا يحتوي إلا على كلمات شائعة لا تُحسب أبدًا.</translation>
        </message>
        <message>
            <source>The draft to start from no longer exists.</source>
            <translation>لم تعد المسودة التي يُبدأ منها موجودة.</translation>
        </message>
        <message>
            <source>A term</source>
            <translation>المصطلح</translation>
        </message>
        <message>
            <source>The commitment</source>
            <translation>الالتزام</translation>
        </message>
        <message>
            <source>{name} is no longer on the participant list.</source>
            <translation>لم يعد {name} في قائمة المشاركين.</translation>
        </message>
        <message>
            <source>Offers and asks can only be added to an offers-and-asks activity.</source>
            <translation>لا يمكن إضافة العروض والطلبات إلا إلى نشاط العروض والطلبات.</translation>
        </message>
        <message>
            <source>Select the cards to remove first.</source>
            <translation>اختر أولًا البطاقات المراد إزالتها.</translation>
        </message>
        <message>
            <source>Select the commitments to remove first.</source>
            <translation>اختر أولًا الالتزامات المراد إزالتها.</translation>
        </message>
        <message>
            <source>That card no longer exists.</source>
            <translation>لم تعد هذه البطاقة موجودة.</translation>
        </message>
        <message>
            <source>This card is part of a commitment: remove the commitment before changing whose card it is or whether it offers or asks.</source>
            <translation>هذه البطاقة جزء من التزام: أزل الالتزام قبل تغيير صاحب البطاقة أو كونها عرضًا أو طلبًا.</translation>
        </message>
        <message>
            <source>A commitment joins an offer to an ask.</source>
            <translation>يربط الالتزام عرضًا بطلب.</translation>
        </message>
        <message>
            <source>The offer and the ask belong to different activities.</source>
            <translation>العرض والطلب ينتميان إلى نشاطين مختلفين.</translation>
        </message>
        <message>
            <source>{label} cannot meet their own ask: choose an offer from someone else.</source>
            <translation>لا يمكن لـ{label} تلبية طلبه بنفسه: اختر عرضًا من شخص آخر.</translation>
        </message>
        <message>
            <source>This offer is already committed to this ask.</source>
            <translation>هذا العرض ملتزم مسبقًا بهذا الطلب.</translation>
        </message>
        <message>
            <source>That commitment no longer exists.</source>
            <translation>لم يعد هذا الالتزام موجودًا.</translation>
        </message>
        <message>
            <source>The action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>That promise is no longer on the list.</source>
            <translation>لم يعد هذا الوعد في القائمة.</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>ملاحظة المراجعة</translation>
        </message>
        <message>
            <source>Add or take away at least one minute.</source>
            <translation>أضف دقيقة واحدة على الأقل أو اطرحها.</translation>
        </message>
        <message>
            <source>Start the activity first: its timer runs while it is under way.</source>
            <translation>ابدأ النشاط أولًا: يعمل مؤقته ما دام جاريًا.</translation>
        </message>
        <message>
            <source>“{title}” is not a dot vote.</source>
            <translation>«{title}» ليس تصويتًا بالنقاط.</translation>
        </message>
        <message>
            <source>That item is no longer on the board.</source>
            <translation>لم يعد هذا البند على اللوحة.</translation>
        </message>
        <message>
            <source>{name} has already finished their ballot.</source>
            <translation>أنهى {name} ورقة اقتراعه مسبقًا.</translation>
        </message>
        <message>
            <source>{name} already has a ballot in this vote.</source>
            <translation>لدى {name} ورقة اقتراع مسبقًا في هذا التصويت.</translation>
        </message>
        <message>
            <source>There are no paper dots on this item to take away.</source>
            <translation>لا توجد نقاط ورقية على هذا البند لطرحها.</translation>
        </message>
        <message>
            <source>Choose a brainstorm for the vote to vote on.</source>
            <translation>اختر العصف الذهني الذي يُصوَّت عليه.</translation>
        </message>
        <message>
            <source>{name} already has a proxy ballot in this vote.</source>
            <translation>لدى {name} ورقة اقتراع بالوكالة مسبقًا في هذا التصويت.</translation>
        </message>
        <message>
            <source>The facilitator's notes</source>
            <translation>ملاحظات الميسّر</translation>
        </message>
        <message>
            <source>A cluster title</source>
            <translation>عنوان المجموعة</translation>
        </message>
        <message>
            <source>A blend</source>
            <translation>الدمج</translation>
        </message>
        <message>
            <source>A draft</source>
            <translation>المسودة</translation>
        </message>
        <message>
            <source>An offer or ask</source>
            <translation>عرض أو طلب</translation>
        </message>
        <message>
            <source>The condition</source>
            <translation>الشرط</translation>
        </message>
        <message>
            <source>{x} is not 0 (no) or 1 (yes).</source>
            <translation>{x} ليس 0 (لا) ولا 1 (نعم).</translation>
        </message>
        <message>
            <source>The merged terms are not a list of at least two terms.</source>
            <translation>المصطلحات المدمجة ليست قائمة من مصطلحين على الأقل.</translation>
        </message>
        <message>
            <source>this version does not know this column (a newer Workshop made it?)</source>
            <translation>لا يعرف هذا الإصدار هذا العمود (هل أنشأه إصدار أحدث من Workshop؟)</translation>
        </message>
        <message>
            <source>{shown} is out of range (at most {int_max})</source>
            <translation>{shown} خارج النطاق (الحد الأقصى {int_max})</translation>
        </message>
        <message>
            <source>“{one_line}” is not one of {names}.</source>
            <translation>«{one_line}» ليس واحدًا من {names}.</translation>
        </message>
        <message>
            <source>{x} is outside {low} to {high}.</source>
            <translation>{x} خارج النطاق من {low} إلى {high}.</translation>
        </message>
        <message>
            <source>The merged terms are not a list.</source>
            <translation>المصطلحات المدمجة ليست قائمة.</translation>
        </message>
        <message>
            <source>cannot be empty (null)</source>
            <translation>لا يمكن أن يكون فارغًا (null)</translation>
        </message>
        <message>
            <source>{typed} is not an id (a whole number from 1 to {id_max})</source>
            <translation>{typed} ليس معرّفًا (عددًا صحيحًا من 1 إلى {id_max})</translation>
        </message>
        <message>
            <source>a whole number is needed, not {shown}</source>
            <translation>المطلوب عدد صحيح، لا {shown}</translation>
        </message>
        <message>
            <source>a number is needed, not {shown}</source>
            <translation>المطلوب رقم، لا {shown}</translation>
        </message>
        <message>
            <source>a finite number is needed</source>
            <translation>المطلوب رقم منتهٍ</translation>
        </message>
        <message>
            <source>text is needed, not {shown}</source>
            <translation>المطلوب نص، لا {shown}</translation>
        </message>
        <message>
            <source>the text holds a broken character (a lone surrogate)</source>
            <translation>يحتوي النص على حرف تالف (بديل منفرد)</translation>
        </message>
        <message>
            <source>The next meeting needs a file of its own: choose another name.</source>
            <translation>يحتاج الاجتماع القادم إلى ملف خاص به: اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>The workshop has just closed.</source>
            <translation>أُغلقت الورشة للتو.</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Brainstorm</source>
            <translation>عصف ذهني</translation>
        </message>
        <message>
            <source>Participatory budget</source>
            <translation>ميزانية تشاركية</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>ترحيب</translation>
        </message>
        <message>
            <source>Prompt / discussion</source>
            <translation>سؤال / نقاش</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>استراحة</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ختام</translation>
        </message>
        <message>
            <source>Dot vote</source>
            <translation>تصويت بالنقاط</translation>
        </message>
        <message>
            <source>Offers and asks</source>
            <translation>العروض والطلبات</translation>
        </message>
        <message>
            <source>Pulse check</source>
            <translation>قياس النبض</translation>
        </message>
        <message>
            <source>Purpose blend</source>
            <translation>مزج الغايات</translation>
        </message>
        <message>
            <source>Review of promises</source>
            <translation>مراجعة الوعود</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>en</source>
            <translation>ar</translation>
        </message>
    </context>
    <context>
        <name>pulse</name>
        <message>
            <source>Fist of five (0–5)</source>
            <translation>قبضة الخمسة (0–5)</translation>
        </message>
        <message>
            <source>Agreement (1–5)</source>
            <translation>الموافقة (1–5)</translation>
        </message>
        <message>
            <source>Fist: block</source>
            <translation>قبضة: اعتراض</translation>
        </message>
        <message>
            <source>Serious doubts</source>
            <translation>شكوك جدية</translation>
        </message>
        <message>
            <source>Some doubts</source>
            <translation>بعض الشكوك</translation>
        </message>
        <message>
            <source>Can live with it</source>
            <translation>أستطيع قبوله</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>جيد</translation>
        </message>
        <message>
            <source>Fully behind it</source>
            <translation>أؤيده تمامًا</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>أعارض بشدة</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>أعارض</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>محايد</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>أوافق</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>أوافق بشدة</translation>
        </message>
        <message>
            <source>Common agenda</source>
            <extracomment>The collective impact conditions: (full name, the short name charts use).</extracomment>
            <translation>أجندة مشتركة</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>الأجندة</translation>
        </message>
        <message>
            <source>Shared measurement</source>
            <translation>قياس مشترك</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>القياس</translation>
        </message>
        <message>
            <source>Mutually reinforcing activities</source>
            <translation>أنشطة يعزز بعضها بعضًا</translation>
        </message>
        <message>
            <source>Reinforcing</source>
            <translation>التعزيز</translation>
        </message>
        <message>
            <source>Continuous communication</source>
            <translation>تواصل مستمر</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <source>Backbone support</source>
            <translation>دعم تنسيقي</translation>
        </message>
        <message>
            <source>Backbone</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>الجولة %1</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>لا إجابات بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>لا إجابات</numerusform>
                <numerusform>إجابة واحدة</numerusform>
                <numerusform>إجابتان</numerusform>
                <numerusform>%n إجابات</numerusform>
                <numerusform>%n إجابة</numerusform>
                <numerusform>%n إجابة</numerusform>
            </translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>الوسيط %1</translation>
        </message>
        <message>
            <source>middle half %1–%2</source>
            <translation>النصف الأوسط %1–%2</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Make 1 breakout copy</source>
            <translation>إنشاء نسخة طاولة واحدة</translation>
        </message>
        <message>
            <source>Make {count} breakout copies</source>
            <translation>إنشاء نسخ الطاولات ({count})</translation>
        </message>
        <message>
            <source>Merge {count} breakout tables</source>
            <translation>دمج الطاولات ({count})</translation>
        </message>
        <message>
            <source>Merge {table}</source>
            <translation>دمج {table}</translation>
        </message>
        <message>
            <source>Mark action open</source>
            <translation>وسم الإجراء كمفتوح</translation>
        </message>
        <message>
            <source>Mark action doing</source>
            <translation>وسم الإجراء كجارٍ</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>وسم الإجراء كمنجز</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>إزالة الإجراء</translation>
        </message>
        <message>
            <source>Remove {count} actions</source>
            <translation>إزالة الإجراءات ({count})</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>إنشاء إجراء</translation>
        </message>
        <message>
            <source>Make {count} actions</source>
            <translation>إنشاء إجراءات ({count})</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>تحرير الإجراء</translation>
        </message>
        <message>
            <source>Add action “{text}”</source>
            <translation>إضافة الإجراء «{text}»</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>إزالة النشاط</translation>
        </message>
        <message>
            <source>Remove {count} activities</source>
            <translation>إزالة الأنشطة ({count})</translation>
        </message>
        <message>
            <source>Change timebox</source>
            <translation>تغيير الوقت المخصص</translation>
        </message>
        <message>
            <source>Reorder agenda</source>
            <translation>إعادة ترتيب جدول الأعمال</translation>
        </message>
        <message>
            <source>Start activity</source>
            <translation>بدء النشاط</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translation>إنهاء النشاط</translation>
        </message>
        <message>
            <source>Mark activity as planned</source>
            <translation>وسم النشاط كمخطط له</translation>
        </message>
        <message>
            <source>Add activity “{title}”</source>
            <translation>إضافة النشاط «{title}»</translation>
        </message>
        <message>
            <source>Edit activity “{title}”</source>
            <translation>تحرير النشاط «{title}»</translation>
        </message>
        <message>
            <source>Use template “{name}”</source>
            <translation>استخدام القالب «{name}»</translation>
        </message>
        <message>
            <source>Add {count} notes</source>
            <translation>إضافة الملاحظات ({count})</translation>
        </message>
        <message>
            <source>Colour note {name}</source>
            <translation>تلوين الملاحظة: {name}</translation>
        </message>
        <message>
            <source>Colour {count} notes {name}</source>
            <translation>تلوين الملاحظات ({count}): {name}</translation>
        </message>
        <message>
            <source>Change author of note</source>
            <translation>تغيير كاتب الملاحظة</translation>
        </message>
        <message>
            <source>Change author of {count} notes</source>
            <translation>تغيير كاتب الملاحظات ({count})</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>فك التجميع</translation>
        </message>
        <message>
            <source>Ungroup {count} clusters</source>
            <translation>فك تجميع المجموعات ({count})</translation>
        </message>
        <message>
            <source>Group note as “{title}”, moved out of: {moved}</source>
            <translation>تجميع الملاحظة باسم «{title}»، نُقلت من: {moved}</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”, moved out of: {moved}</source>
            <translation>تجميع الملاحظات ({count}) باسم «{title}»، نُقلت من: {moved}</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and {notes} notes</source>
            <translation>تحريك المجموعات ({clusters}) والملاحظات ({notes})</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>حذف التحديد</translation>
        </message>
        <message>
            <source>Add note “{text}”</source>
            <translation>إضافة الملاحظة «{text}»</translation>
        </message>
        <message>
            <source>Take note out of cluster</source>
            <translation>إخراج الملاحظة من المجموعة</translation>
        </message>
        <message>
            <source>Take {count} notes out of cluster</source>
            <translation>إخراج الملاحظات من المجموعة ({count})</translation>
        </message>
        <message>
            <source>Put note in cluster</source>
            <translation>وضع الملاحظة في المجموعة</translation>
        </message>
        <message>
            <source>Put {count} notes in cluster</source>
            <translation>وضع الملاحظات في المجموعة ({count})</translation>
        </message>
        <message>
            <source>Move cluster</source>
            <translation>تحريك المجموعة</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>ترتيب</translation>
        </message>
        <message>
            <source>Group note as “{title}”</source>
            <translation>تجميع الملاحظة باسم «{title}»</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”</source>
            <translation>تجميع الملاحظات ({count}) باسم «{title}»</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>تحريك الملاحظة</translation>
        </message>
        <message>
            <source>Move {count} notes</source>
            <translation>تحريك الملاحظات ({count})</translation>
        </message>
        <message>
            <source>Move {count} clusters</source>
            <translation>تحريك المجموعات ({count})</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and 1 note</source>
            <translation>تحريك المجموعات ({clusters}) وملاحظة واحدة</translation>
        </message>
        <message>
            <source>Edit note “{text}”</source>
            <translation>تحرير الملاحظة «{text}»</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>حذف الملاحظة</translation>
        </message>
        <message>
            <source>Delete {count} notes</source>
            <translation>حذف الملاحظات ({count})</translation>
        </message>
        <message>
            <source>Rename cluster to “{title}”</source>
            <translation>إعادة تسمية المجموعة إلى «{title}»</translation>
        </message>
        <message>
            <source>Move 1 cluster and 1 note</source>
            <translation>تحريك مجموعة واحدة وملاحظة واحدة</translation>
        </message>
        <message>
            <source>Move 1 cluster and {notes} notes</source>
            <translation>تحريك مجموعة واحدة والملاحظات ({notes})</translation>
        </message>
        <message>
            <source>Show Greedy by votes</source>
            <translation>عرض: الجشع حسب الأصوات</translation>
        </message>
        <message>
            <source>Show Equal Shares (cost satisfaction)</source>
            <translation>عرض: الحصص المتساوية (رضا الكلفة)</translation>
        </message>
        <message>
            <source>Show Equal Shares (cardinality satisfaction)</source>
            <translation>عرض: الحصص المتساوية (رضا العدد)</translation>
        </message>
        <message>
            <source>Show Equal Shares, completed</source>
            <translation>عرض: الحصص المتساوية، مكتملة</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>تحديد الميزانية</translation>
        </message>
        <message>
            <source>Set ballot rules</source>
            <translation>تحديد قواعد الاقتراع</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>اقتراع سري</translation>
        </message>
        <message>
            <source>Open ballots</source>
            <translation>اقتراع علني</translation>
        </message>
        <message>
            <source>Reveal budget results</source>
            <translation>كشف نتائج الميزانية</translation>
        </message>
        <message>
            <source>Hide budget results</source>
            <translation>إخفاء نتائج الميزانية</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>إضافة مشروع</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>تحرير المشروع</translation>
        </message>
        <message>
            <source>Remove project</source>
            <translation>إزالة المشروع</translation>
        </message>
        <message>
            <source>Project from the board</source>
            <translation>مشروع من اللوحة</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>إزالة ورقة الاقتراع</translation>
        </message>
        <message>
            <source>Clear ballots</source>
            <translation>مسح أوراق الاقتراع</translation>
        </message>
        <message>
            <source>Import participatory budget</source>
            <translation>استيراد ميزانية تشاركية</translation>
        </message>
        <message>
            <source>Paste {count} projects</source>
            <translation>لصق المشاريع ({count})</translation>
        </message>
        <message>
            <source>Paper ballot</source>
            <translation>ورقة اقتراع ورقية</translation>
        </message>
        <message>
            <source>Paper tally of project {number}</source>
            <translation>العدّ الورقي للمشروع {number}</translation>
        </message>
        <message>
            <source>Proxy ballot for {name}</source>
            <translation>اقتراع بالوكالة عن {name}</translation>
        </message>
        <message>
            <source>Ballot of {name}</source>
            <translation>ورقة اقتراع {name}</translation>
        </message>
        <message>
            <source>Rename workshop</source>
            <translation>إعادة تسمية الورشة</translation>
        </message>
        <message>
            <source>Change anonymity</source>
            <translation>تغيير إخفاء الهوية</translation>
        </message>
        <message>
            <source>Change the workshop's language</source>
            <translation>تغيير لغة الورشة</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>تحرير تفاصيل الورشة</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>إزالة المشارك</translation>
        </message>
        <message>
            <source>Remove {count} participants</source>
            <translation>إزالة المشاركين ({count})</translation>
        </message>
        <message>
            <source>Add {count} participants</source>
            <translation>إضافة المشاركين ({count})</translation>
        </message>
        <message>
            <source>Add “{name}”</source>
            <translation>إضافة «{name}»</translation>
        </message>
        <message>
            <source>Add participant “{name}”</source>
            <translation>إضافة المشارك «{name}»</translation>
        </message>
        <message>
            <source>Edit participant “{name}”</source>
            <translation>تحرير المشارك «{name}»</translation>
        </message>
        <message>
            <source>Phone notes wait for approval</source>
            <translation>ملاحظات الهواتف تنتظر الموافقة</translation>
        </message>
        <message>
            <source>Phone notes go to the board</source>
            <translation>ملاحظات الهواتف تذهب إلى اللوحة</translation>
        </message>
        <message>
            <source>People may add themselves</source>
            <translation>يمكن للأشخاص إضافة أنفسهم</translation>
        </message>
        <message>
            <source>Only listed people may join</source>
            <translation>لا ينضم إلا الأشخاص المدرجون</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>فتح «{title}» للهواتف</translation>
        </message>
        <message>
            <source>Close “{title}” to phones</source>
            <translation>إغلاق «{title}» أمام الهواتف</translation>
        </message>
        <message>
            <source>Approve phone note</source>
            <translation>الموافقة على ملاحظة الهاتف</translation>
        </message>
        <message>
            <source>Approve {count} phone notes</source>
            <translation>الموافقة على ملاحظات الهواتف ({count})</translation>
        </message>
        <message>
            <source>Discard phone note</source>
            <translation>تجاهل ملاحظة الهاتف</translation>
        </message>
        <message>
            <source>Discard {count} phone notes</source>
            <translation>تجاهل ملاحظات الهواتف ({count})</translation>
        </message>
        <message>
            <source>Phone note “{text}”</source>
            <translation>ملاحظة من الهاتف «{text}»</translation>
        </message>
        <message>
            <source>Offer from a phone</source>
            <translation>عرض من هاتف</translation>
        </message>
        <message>
            <source>Ask from a phone</source>
            <translation>طلب من هاتف</translation>
        </message>
        <message>
            <source>Phones on</source>
            <translation>تشغيل الهواتف</translation>
        </message>
        <message>
            <source>Stop sharing with phones</source>
            <translation>إيقاف المشاركة مع الهواتف</translation>
        </message>
        <message>
            <source>New join code</source>
            <translation>رمز انضمام جديد</translation>
        </message>
        <message>
            <source>Join from a phone</source>
            <translation>انضمام من هاتف</translation>
        </message>
        <message>
            <source>Ballot from a phone</source>
            <translation>اقتراع من هاتف</translation>
        </message>
        <message>
            <source>Answer from a phone</source>
            <translation>إجابة من هاتف</translation>
        </message>
        <message>
            <source>Rating from a phone</source>
            <translation>تقييم من هاتف</translation>
        </message>
        <message>
            <source>Budget ballot from a phone</source>
            <translation>اقتراع ميزانية من هاتف</translation>
        </message>
        <message>
            <source>Add pulse statement</source>
            <translation>إضافة عبارة النبض</translation>
        </message>
        <message>
            <source>Add collective impact check</source>
            <translation>إضافة سؤال الأثر الجماعي</translation>
        </message>
        <message>
            <source>Edit pulse statement</source>
            <translation>تحرير عبارة النبض</translation>
        </message>
        <message>
            <source>Remove pulse statement</source>
            <translation>إزالة عبارة النبض</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>السؤال مجددًا</translation>
        </message>
        <message>
            <source>Rename round</source>
            <translation>إعادة تسمية الجولة</translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>إزالة الجولة</translation>
        </message>
        <message>
            <source>Enter tally</source>
            <translation>إدخال العدّ</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>إضافة إجابة</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translation>مسح الإجابات</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>عرض النتائج</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <source>Show the shift to the room</source>
            <translation>عرض التحوّل على القاعة</translation>
        </message>
        <message>
            <source>Show statement to the room</source>
            <translation>عرض العبارة على القاعة</translation>
        </message>
        <message>
            <source>Change purpose settings</source>
            <translation>تغيير إعدادات الأهداف</translation>
        </message>
        <message>
            <source>Hide “{term}”</source>
            <translation>إخفاء «{term}»</translation>
        </message>
        <message>
            <source>Hide {count} terms</source>
            <translation>إخفاء المصطلحات ({count})</translation>
        </message>
        <message>
            <source>Clear pairs</source>
            <translation>مسح الثنائيات</translation>
        </message>
        <message>
            <source>Clear fours</source>
            <translation>مسح الرباعيات</translation>
        </message>
        <message>
            <source>Show themes to the room</source>
            <translation>عرض المحاور على القاعة</translation>
        </message>
        <message>
            <source>Hide themes from the room</source>
            <translation>إخفاء المحاور عن القاعة</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>إضافة بيان هدف</translation>
        </message>
        <message>
            <source>Add purpose of {party}</source>
            <translation>إضافة هدف {party}</translation>
        </message>
        <message>
            <source>Edit purpose statement</source>
            <translation>تحرير بيان الهدف</translation>
        </message>
        <message>
            <source>Remove purpose statement</source>
            <translation>إزالة بيان الهدف</translation>
        </message>
        <message>
            <source>Merge terms</source>
            <translation>دمج المصطلحات</translation>
        </message>
        <message>
            <source>Merge “{terms}”</source>
            <translation>دمج «{terms}»</translation>
        </message>
        <message>
            <source>Split merged terms</source>
            <translation>فصل المصطلحات المدمجة</translation>
        </message>
        <message>
            <source>Hide terms</source>
            <translation>إخفاء المصطلحات</translation>
        </message>
        <message>
            <source>Show hidden term</source>
            <translation>إظهار المصطلح المخفي</translation>
        </message>
        <message>
            <source>Move to another group</source>
            <translation>النقل إلى مجموعة أخرى</translation>
        </message>
        <message>
            <source>Capture blended statement</source>
            <translation>تسجيل البيان المدمج</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>مسودة جديدة</translation>
        </message>
        <message>
            <source>Draft {number}</source>
            <translation>المسودة {number}</translation>
        </message>
        <message>
            <source>Edit draft</source>
            <translation>تحرير المسودة</translation>
        </message>
        <message>
            <source>Edit draft {number}</source>
            <translation>تحرير المسودة {number}</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>إزالة المسودة</translation>
        </message>
        <message>
            <source>Remove draft {number}</source>
            <translation>إزالة المسودة {number}</translation>
        </message>
        <message>
            <source>Rate draft</source>
            <translation>تقييم المسودة</translation>
        </message>
        <message>
            <source>Rate draft {number}: {party} {score}/5</source>
            <translation>تقييم المسودة {number}: {party} {score}/5</translation>
        </message>
        <message>
            <source>Remove rating</source>
            <translation>إزالة التقييم</translation>
        </message>
        <message>
            <source>Adopt draft</source>
            <translation>اعتماد المسودة</translation>
        </message>
        <message>
            <source>Adopt draft {number}</source>
            <translation>اعتماد المسودة {number}</translation>
        </message>
        <message>
            <source>Un-adopt draft</source>
            <translation>إلغاء اعتماد المسودة</translation>
        </message>
        <message>
            <source>Un-adopt draft {number}</source>
            <translation>إلغاء اعتماد المسودة {number}</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>اقتراح الثنائيات</translation>
        </message>
        <message>
            <source>Propose fours</source>
            <translation>اقتراح الرباعيات</translation>
        </message>
        <message>
            <source>Add offer “{text}”</source>
            <translation>إضافة العرض «{text}»</translation>
        </message>
        <message>
            <source>Add ask “{text}”</source>
            <translation>إضافة الطلب «{text}»</translation>
        </message>
        <message>
            <source>Remove card</source>
            <translation>إزالة البطاقة</translation>
        </message>
        <message>
            <source>Remove {count} cards</source>
            <translation>إزالة البطاقات ({count})</translation>
        </message>
        <message>
            <source>Confirm: {giver} → {receiver}</source>
            <translation>تأكيد: {giver} ← {receiver}</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>إزالة الالتزام</translation>
        </message>
        <message>
            <source>Remove {count} commitments</source>
            <translation>إزالة الالتزامات ({count})</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>تحرير البطاقة</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>تأكيد الالتزام</translation>
        </message>
        <message>
            <source>Edit commitment</source>
            <translation>تحرير الالتزام</translation>
        </message>
        <message>
            <source>Review promise: not reviewed</source>
            <translation>مراجعة الوعد: لم يُراجع</translation>
        </message>
        <message>
            <source>Review promise: in progress</source>
            <translation>مراجعة الوعد: قيد التنفيذ</translation>
        </message>
        <message>
            <source>Review promise: done</source>
            <translation>مراجعة الوعد: منجز</translation>
        </message>
        <message>
            <source>Review promise: dropped</source>
            <translation>مراجعة الوعد: متروك</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>بدء «{title}»</translation>
        </message>
        <message>
            <source>Finish “{title}”</source>
            <translation>إنهاء «{title}»</translation>
        </message>
        <message>
            <source>Pause timer</source>
            <translation>إيقاف المؤقت مؤقتًا</translation>
        </message>
        <message>
            <source>Resume timer</source>
            <translation>استئناف المؤقت</translation>
        </message>
        <message>
            <source>Reset timer</source>
            <translation>إعادة ضبط المؤقت</translation>
        </message>
        <message>
            <source>Timer +{minutes} min</source>
            <translation>المؤقت +{minutes} د</translation>
        </message>
        <message>
            <source>Timer −{minutes} min</source>
            <translation>المؤقت −{minutes} د</translation>
        </message>
        <message>
            <source>Weigh organisations equally</source>
            <translation>وزن المنظمات بالتساوي</translation>
        </message>
        <message>
            <source>Count dots as cast</source>
            <translation>عدّ النقاط كما وُضعت</translation>
        </message>
        <message>
            <source>Make agenda from results (1 item)</source>
            <translation>إنشاء جدول الأعمال من النتائج (بند واحد)</translation>
        </message>
        <message>
            <source>Make agenda from results ({count} items)</source>
            <translation>إنشاء جدول الأعمال من النتائج (البنود: {count})</translation>
        </message>
        <message>
            <source>Change vote settings</source>
            <translation>تغيير إعدادات التصويت</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>إضافة نقطة</translation>
        </message>
        <message>
            <source>Remove a dot</source>
            <translation>إزالة نقطة</translation>
        </message>
        <message>
            <source>Tally paper dots</source>
            <translation>عدّ النقاط الورقية</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>كشف النتائج</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>إغلاق التصويت</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>إعادة فتح التصويت</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>إعادة ضبط التصويت</translation>
        </message>
        <message>
            <source>Ballot of {name} done</source>
            <translation>اكتملت ورقة اقتراع {name}</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>الاجتماع القادم</translation>
        </message>
    </context>
</TS>
