<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/activity_dialog.ui" line="+5" />
            <source>Activity</source>
            <translation>نشاط</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kind</source>
            <translation>&amp;النوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity kind</source>
            <translation>نوع النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title</source>
            <translation>&amp;العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity title</source>
            <translation>عنوان النشاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prompt for the room</source>
            <translation>&amp;سؤال للقاعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time&amp;box</source>
            <translation>&amp;المدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timebox in minutes</source>
            <translation>المدة بالدقائق</translation>
        </message>
        <message>
            <location line="+0" />
            <source> min</source>
            <translation> د</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Authors</source>
            <translation>&amp;الكتّاب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show authors</source>
            <translation>إظهار الكتّاب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Facilitator notes</source>
            <translation>&amp;ملاحظات الميسّر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator notes, never shown to the room</source>
            <translation>ملاحظات الميسّر، لا تُعرض على القاعة أبدًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only on this laptop, never on the projector</source>
            <translation>على هذا الحاسوب فقط، لا تظهر على جهاز العرض أبدًا</translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/ballots.py" line="+45" />
            <source>Who votes</source>
            <extracomment>True while a ballot is being filled in at the laptop (undo must not act then).</extracomment>
            <translation>من يصوّت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by proxy</source>
            <translation>بالوكالة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cast by proxy for someone absent</source>
            <translation>التصويت بالوكالة عن شخص غائب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>V&amp;oter:</source>
            <translation>&amp;المصوّت:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Projects to approve</source>
            <translation>مشاريع للموافقة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cast ballot</source>
            <translation>الإدلاء بالصوت</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cast this ballot (Ctrl+Enter)</source>
            <translation>الإدلاء بهذه الورقة (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the ticks without casting</source>
            <translation>إزالة العلامات دون تصويت</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paper ballot — type the numbers it ticks, then Enter:</source>
            <translation>ورقة اقتراع ورقية: اكتب الأرقام المؤشَّر عليها ثم Enter:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paper ballot: project numbers</source>
            <translation>ورقة اقتراع ورقية: أرقام المشاريع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 5 7</source>
            <translation>مثلًا 2 5 7</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ballots cast (who, never what)</source>
            <translation>الأوراق المُدلى بها (من صوّت، لا بماذا)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove ballot</source>
            <translation>حذف الورقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected ballot</source>
            <translation>حذف الورقة المحددة</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 (proxy)</source>
            <translation>%1 (بالوكالة)</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
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
            <location line="+3" />
            <source>at most %1</source>
            <translation>%1 كحد أقصى</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
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
            <location line="+5" />
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Everyone on the list has voted: type paper ballots instead.</source>
            <translation>صوّت كل من في القائمة: أدخل أوراقًا ورقية بدلًا من ذلك.</translation>
        </message>
    </context>
    <context>
        <name>BudgetScreen</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/screen.py" line="+42" />
            <source>Pro&amp;jects</source>
            <translation>&amp;المشاريع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ballots</source>
            <translation>&amp;الأوراق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;ults</source>
            <translation>&amp;النتائج</translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/widgets.py" line="+137" />
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
            <location line="+1" />
            <source>(your note: not for your dots)</source>
            <translation>(ملاحظتك: لا يمكنك التصويت لها)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
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
            <location line="+71" />
            <source>Item %1: Space puts a dot on it, or type the next digit.</source>
            <translation>البند %1: مفتاح المسافة يضع عليه نقطة، أو اكتب الرقم التالي.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no item %1: the items are 1–%2.</source>
            <translation>لا يوجد بند %1: البنود من 1 إلى %2.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No item has “%1” in it.</source>
            <translation>لا يحتوي أي بند على «%1».</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/drafts.py" line="+49" />
            <source>Draft %1</source>
            <translation>المسودة %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(from draft %1)</source>
            <translation>(من المسودة %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>adopted</source>
            <translation>معتمدة</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Drafts of the common purpose</source>
            <translation>مسودات الغاية المشتركة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start from selected (Ctrl+D)</source>
            <translation>البدء من المحددة (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a new draft from the selected</source>
            <translation>بدء مسودة جديدة من المسودة المحددة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove draft</source>
            <translation>حذف المسودة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected draft</source>
            <translation>حذف المسودة المحددة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New draft</source>
            <translation>مسودة جديدة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text of the next draft</source>
            <translation>نص المسودة التالية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Together we… (Ctrl+Enter keeps it as a new draft)</source>
            <translation>معًا نحن… (Ctrl+Enter يحفظها مسودة جديدة)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Keep as new draft</source>
            <translation>&amp;حفظ كمسودة جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the text as a new numbered draft</source>
            <translation>حفظ النص كمسودة جديدة مرقّمة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Pick phrases: select words below, Ctrl+P adds them to the list</source>
            <translation>اختر العبارات: حدّد كلمات أدناه، وCtrl+P يضيفها إلى القائمة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Statements and blends to pick phrases from</source>
            <translation>الغايات والمزائج لاختيار العبارات منها</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Phrases for a new draft</source>
            <translation>عبارات لمسودة جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add phrase (Ctrl+P)</source>
            <translation>إضافة عبارة (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the selected words as a phrase</source>
            <translation>إضافة الكلمات المحددة كعبارة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft from phrase&amp;s</source>
            <translation>مسودة من ال&amp;عبارات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make a new draft from the phrases</source>
            <translation>إنشاء مسودة جديدة من العبارات</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Blend:</source>
            <translation>مزيج:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Next draft starts from draft %1</source>
            <translation>المسودة التالية تبدأ من المسودة %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next draft: new text</source>
            <translation>المسودة التالية: نص جديد</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Select some words in the statements first.</source>
            <translation>حدّد بعض الكلمات في الغايات أولًا.</translation>
        </message>
    </context>
    <context>
        <name>EndorsePanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/endorse.py" line="+39" />
            <source>Party</source>
            <extracomment>The ratings table's headings (translated when the table is made).</extracomment>
            <translation>الطرف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rating</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covered</source>
            <translation>مغطّى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the draft</source>
            <translation>في المسودة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>ناقص</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Draft being rated</source>
            <translation>المسودة قيد التقييم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft</source>
            <translation>المسودة</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+118" />
            <location line="+4" />
            <source>Ad&amp;opt this draft</source>
            <translation>&amp;اعتماد هذه المسودة</translation>
        </message>
        <message>
            <location line="-121" />
            <location line="+125" />
            <source>Adopt this draft as the common purpose</source>
            <translation>اعتماد هذه المسودة غايةً مشتركة</translation>
        </message>
        <message>
            <location line="-118" />
            <source>Text of the draft being rated</source>
            <translation>نص المسودة قيد التقييم</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Party giving the rating</source>
            <translation>الطرف المقيِّم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rated by</source>
            <translation>يقيّمها</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fist of five, 0 to 5</source>
            <translation>قبضة الخمسة، من 0 إلى 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fist of five: </source>
            <translation>قبضة الخمسة: </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Comment with the rating (optional)</source>
            <translation>تعليق مع التقييم (اختياري)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comment (optional) — Enter rates</source>
            <translation>تعليق (اختياري) — Enter يسجّل التقييم</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rate</source>
            <translation>&amp;تقييم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the rating</source>
            <translation>تسجيل التقييم</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ratings and coverage per party</source>
            <translation>التقييمات والتغطية لكل طرف</translation>
        </message>
        <message>
            <location line="+71" />
            <source>No draft yet: write one in the Drafts tab.</source>
            <translation>لا مسودة بعد: اكتب واحدة في تبويب المسودات.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Un-ad&amp;opt</source>
            <translation>&amp;إلغاء الاعتماد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Un-adopt this draft</source>
            <translation>إلغاء اعتماد هذه المسودة</translation>
        </message>
        <message>
            <location line="+15" />
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no comment</source>
            <translation>بلا تعليق</translation>
        </message>
        <message>
            <location line="+7" />
            <source>nothing yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Least covered: %1</source>
            <translation>الأقل تغطية: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adopted: its ratings are kept as they were.</source>
            <translation>معتمدة: تبقى تقييماتها كما كانت.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose a draft and a party to rate it.</source>
            <translation>اختر مسودة وطرفًا يقيّمها.</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/charts.py" line="+203" />
            <source>counts %1</source>
            <extracomment>A round's histogram on the facilitator's screen: narrow enough for two beside the radar.</extracomment>
            <translation>الأعداد %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactAcrossWidget</name>
        <message>
            <location filename="../../src/workshop/ui/series/charts.py" line="+193" />
            <source>Meeting %1</source>
            <translation>الاجتماع %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Collective impact across meetings</source>
            <translation>الأثر الجماعي عبر الاجتماعات</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not asked</source>
            <translation>لم يُسأل</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Meetings %1 (latest boldest)</source>
            <translation>الاجتماعات %1 (الأحدث أوضح)</translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/collect.py" line="+55" />
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
            <location line="+9" />
            <source>The item shown: its whole text and the notes inside it</source>
            <translation>البند المعروض: نصه كاملًا والملاحظات التي يضمها</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Message for the next voter</source>
            <extracomment>True while someone is voting (the screen locks the other tabs meanwhile).</extracomment>
            <translation>رسالة للمصوّت التالي</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Step up to vote: choose your name (type to jump to it) and press Enter.</source>
            <translation>تقدّم للتصويت: اختر اسمك (اكتب للانتقال إليه) واضغط Enter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose your name</source>
            <translation>اختر اسمك</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Start my ballot</source>
            <translation>بدء ورقتي</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type an item's number to put a dot on it (or click it, or Space / + on the one shown); letters find an item. Right-click, - or Backspace takes a dot back. Ctrl+Enter when you are done.</source>
            <translation>اكتب رقم البند لتضع عليه نقطة (أو انقره، أو المسافة / + على البند المعروض)؛ الحروف تبحث عن بند. النقر بالزر الأيمن أو - أو Backspace يسحب نقطة. Ctrl+Enter عند الانتهاء.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Items to vote on</source>
            <translation>بنود التصويت</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why the dot was refused</source>
            <translation>سبب رفض النقطة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not now (Esc)</source>
            <translation>ليس الآن (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave without finishing</source>
            <translation>المغادرة دون إنهاء</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done: hide my ballot</source>
            <translation>تم: إخفاء ورقتي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done, hide my ballot</source>
            <translation>تم، إخفاء ورقتي</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1: has voted</source>
            <translation>%1: صوّت</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: voted by proxy</source>
            <translation>%1: صوّت بالوكالة</translation>
        </message>
        <message>
            <location line="+27" />
            <source>There is nothing to vote on yet: the brainstorm has no items.</source>
            <translation>لا شيء للتصويت عليه بعد: لا بنود في العصف الذهني.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a name that has not voted yet.</source>
            <translation>اختر اسمًا لم يصوّت بعد.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The vote is closed.</source>
            <translation>التصويت مغلق.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is voting</source>
            <translation>%1 يصوّت الآن</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Thank you, %1. Your ballot is saved and hidden. Next person: choose your name.</source>
            <translation>شكرًا، %1. حُفظت ورقتك وأُخفيت. الشخص التالي: اختر اسمك.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ballot left open. Next person: choose your name.</source>
            <translation>تُركت الورقة مفتوحة. الشخص التالي: اختر اسمك.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <location filename="../../ui/new_workshop_dialog.ui" line="+5" />
            <source>New workshop</source>
            <translation>ورشة جديدة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Title</source>
            <translation>&amp;العنوان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workshop title</source>
            <translation>عنوان الورشة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Riverside partnership kick-off</source>
            <translation>مثلًا: انطلاق شراكة الحي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start from</source>
            <translation>&amp;البدء من</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda template</source>
            <translation>قالب جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/screen.py" line="+70" />
            <source>no match yet</source>
            <extracomment>Asks for a card's new text (None to cancel); tests replace it. The balance's flags (the domain's words) as the laptop names them.</extracomment>
            <translation>لا تطابق بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only gives</source>
            <translation>يعطي فقط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only receives</source>
            <translation>يتلقى فقط</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Confirm commitment</source>
            <translation>تأكيد الالتزام</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when? (YYYY-MM-DD, or leave empty)</source>
            <translation>بحلول متى؟ (YYYY-MM-DD، أو اتركه فارغًا)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+244" />
            <source>Edit card</source>
            <translation>تعديل البطاقة</translation>
        </message>
        <message>
            <location line="-243" />
            <source>Text:</source>
            <translation>النص:</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Prompt shown to the room</source>
            <translation>السؤال المعروض على القاعة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Offer</source>
            <translation>عرض</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The next cards are offers (Alt+O)</source>
            <translation>البطاقات التالية عروض (Alt+O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next card is an offer</source>
            <translation>البطاقة التالية عرض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask</source>
            <translation>طلب</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The next cards are asks (Alt+K)</source>
            <translation>البطاقات التالية طلبات (Alt+K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next card is an ask</source>
            <translation>البطاقة التالية طلب</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Whose card: participant or organisation</source>
            <translation>صاحب البطاقة: مشارك أو منظمة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Card text</source>
            <translation>نص البطاقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What they offer or need (Enter adds; start with + offer, ? ask)</source>
            <translation>ما يقدّمونه أو يحتاجونه (Enter يضيف؛ ابدأ بـ + للعرض، ? للطلب)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add card</source>
            <translation>إضافة بطاقة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the card (Enter)</source>
            <translation>إضافة البطاقة (Enter)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+74" />
            <source>Offers</source>
            <translation>العروض</translation>
        </message>
        <message>
            <location line="-73" />
            <location line="+74" />
            <source>Asks</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Suggested offers for the ask</source>
            <translation>عروض مقترحة للطلب</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Confirm ma&amp;tch…</source>
            <translation>&amp;تأكيد التطابق…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirm the selected match as a commitment</source>
            <translation>تأكيد التطابق المحدد كالتزام</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirm the selected offer for this ask (Ctrl+M)</source>
            <translation>تأكيد العرض المحدد لهذا الطلب (Ctrl+M)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Balance: what each party gives and receives</source>
            <translation>الميزان: ما يعطيه كل طرف وما يتلقاه</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Party</source>
            <translation>الطرف</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+10" />
            <source>Gives</source>
            <translation>يعطي</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Gets</source>
            <translation>يتلقى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Commitments</source>
            <translation>الالتزامات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>بحلول</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Balance</source>
            <translation>&amp;الميزان</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;mmitments</source>
            <translation>الا&amp;لتزامات</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Who</source>
            <translation>&amp;من</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Suggested matches</source>
            <translation>تطابقات مقترحة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reciprocity map</source>
            <translation>خريطة التبادل</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Confirm match</source>
            <translation>تأكيد التطابق</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New card</source>
            <translation>بطاقة جديدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next cards are offers</source>
            <translation>البطاقات التالية عروض</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next cards are asks</source>
            <translation>البطاقات التالية طلبات</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove cards</source>
            <translation>حذف البطاقات</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove commitment</source>
            <translation>حذف الالتزام</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change the date</source>
            <translation>تغيير التاريخ</translation>
        </message>
        <message>
            <location line="+15" />
            <source>What can you offer? What do you need?</source>
            <translation>ماذا يمكنك أن تقدّم؟ ماذا تحتاج؟</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Offers (%1)</source>
            <translation>العروض (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asks (%1)</source>
            <translation>الطلبات (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
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
            <location line="+1" />
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
            <location line="+1" />
            <source>Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · F2 edit or re-date</source>
            <translation>Alt+O عرض · Alt+K طلب · Ctrl+M تأكيد · Delete حذف · F2 تعديل أو تغيير التاريخ</translation>
        </message>
        <message>
            <location line="+40" />
            <source>gives and receives</source>
            <translation>يعطي ويتلقى</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 offers, %2 asks</source>
            <translation>%1 عروض، %2 طلبات</translation>
        </message>
        <message>
            <location line="+23" />
            <source>no date yet</source>
            <translation>بلا تاريخ بعد</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Select an ask to see the offers that could meet it.</source>
            <translation>حدّد طلبًا لترى العروض التي قد تلبيه.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For “%1” (%2):</source>
            <translation>لـ«%1» (%2):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>why: %1</source>
            <translation>السبب: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No offer meets this ask yet (nothing beyond common words like “help” is shared).</source>
            <translation>لا عرض يلبي هذا الطلب بعد (لا شيء مشترك سوى كلمات عامة مثل «مساعدة»).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Select an ask and one of its suggested offers first.</source>
            <translation>حدّد أولًا طلبًا وأحد العروض المقترحة له.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 gives “%2” to %3.</source>
            <translation>%1 يعطي «%2» لـ%3.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 gives “%2” to %3 (now: %4).</source>
            <translation>%1 يعطي «%2» لـ%3 (حاليًا: %4).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Part of a commitment</source>
            <translation>جزء من التزام</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../ui/participant_dialog.ui" line="+5" />
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;الاسم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participant name</source>
            <translation>اسم المشارك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation</source>
            <translation>&amp;المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Colour</source>
            <translation>&amp;اللون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional, like #ffcc00</source>
            <translation>اختياري، مثل #ffcc00</translation>
        </message>
    </context>
    <context>
        <name>PartyEdit</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/party_edit.py" line="+28" />
            <source>Owner (optional): a person or an organisation</source>
            <translation>المسؤول (اختياري): شخص أو منظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who: a person or an organisation</source>
            <translation>من: شخص أو منظمة</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/projects.py" line="+49" />
            <source>Paste projects</source>
            <extracomment>Asks for pasted lines (None to cancel); tests replace it. Asks for a .pb path to open or to save (None to cancel); tests replace them.</extracomment>
            <translation>لصق المشاريع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One project a line: title; cost; category; organisation</source>
            <translation>مشروع في كل سطر: العنوان؛ الكلفة؛ الفئة؛ المنظمة</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+109" />
            <source>Import a Pabulib file</source>
            <translation>استيراد ملف Pabulib</translation>
        </message>
        <message>
            <location line="-109" />
            <location line="+7" />
            <source>Pabulib (*.pb)</source>
            <translation>Pabulib (*.pb)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export as Pabulib</source>
            <translation>تصدير بصيغة Pabulib</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Budget</source>
            <translation>الميزانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 20000</source>
            <translation>مثلًا 20000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set budget</source>
            <translation>تحديد الميزانية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the budget and its currency</source>
            <translation>تحديد الميزانية وعملتها</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Budget:</source>
            <translation>الميزانية:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secret ballots until revealed</source>
            <translation>أوراق سرية حتى الكشف</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Most projects on a ballot</source>
            <translation>أقصى عدد مشاريع في الورقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Most total cost on a ballot</source>
            <translation>أقصى كلفة إجمالية في الورقة</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+89" />
            <source>no limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Points per ballot (cumulative)</source>
            <translation>النقاط لكل ورقة (تراكمي)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set</source>
            <translation>تحديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set the ballot rules</source>
            <translation>تحديد قواعد الورقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ballot limits:</source>
            <translation>حدود الورقة:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Projects</source>
            <translation>المشاريع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <location line="+1" />
            <source>Cost</source>
            <translation>الكلفة</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <location line="+1" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Project title</source>
            <translation>عنوان المشروع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New project…</source>
            <translation>مشروع جديد…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the project (Enter)</source>
            <translation>إضافة المشروع (Enter)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Note or cluster to make a project from</source>
            <translation>ملاحظة أو مجموعة لتحويلها إلى مشروع</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fro&amp;m the board:</source>
            <translation>&amp;من اللوحة:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Make project</source>
            <translation>إنشاء مشروع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a project from the note or cluster, with the cost typed</source>
            <translation>إنشاء مشروع من الملاحظة أو المجموعة بالكلفة المكتوبة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste…</source>
            <translation>لصق…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste projects, one a line</source>
            <translation>لصق المشاريع، واحد في كل سطر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected project</source>
            <translation>حذف المشروع المحدد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import .pb…</source>
            <translation>استيراد ‎.pb…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export .pb…</source>
            <translation>تصدير ‎.pb…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as a Pabulib file</source>
            <translation>تصدير كملف Pabulib</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 (0: no limit)</source>
            <translation>%1 (0: بلا حد)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>approval</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <location line="+77" />
            <source>No brainstorm notes or clusters to make a project from.</source>
            <translation>لا توجد ملاحظات أو مجموعات عصف ذهني لإنشاء مشروع منها.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the project's cost in the Cost box first.</source>
            <translation>اكتب كلفة المشروع في خانة الكلفة أولًا.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Imported. %1</source>
            <translation>تم الاستيراد. %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The ballots are secret: reveal the results before exporting.</source>
            <translation>الأوراق سرية: اكشف النتائج قبل التصدير.</translation>
        </message>
    </context>
    <context>
        <name>ProxyPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/collect.py" line="+164" />
            <source>Vote on behalf of:</source>
            <translation>التصويت نيابة عن:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Participant voted for by proxy</source>
            <translation>المشارك الذي يُصوَّت عنه بالوكالة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Place their dots as they asked (click or +, right-click or -), then cast the ballot (Ctrl+Enter). It is recorded as a proxy.</source>
            <translation>ضع نقاطه كما طلب (نقر أو +، نقر أيمن أو -) ثم أدلِ بالورقة (Ctrl+Enter). تُسجَّل تصويتًا بالوكالة.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Items on the proxy ballot</source>
            <translation>بنود ورقة الوكالة</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Start over</source>
            <translation>البدء من جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the proxy ballot</source>
            <translation>مسح ورقة الوكالة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cast proxy ballot (Ctrl+Enter)</source>
            <translation>الإدلاء بصوت الوكالة (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cast proxy ballot</source>
            <translation>الإدلاء بصوت الوكالة</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Everyone already has a ballot.</source>
            <translation>لكل شخص ورقة بالفعل.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Proxy ballot for %1 cast.</source>
            <translation>أُدلي بصوت الوكالة عن %1.</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/screen.py" line="+76" />
            <source>Who states a purpose</source>
            <extracomment>Which panels show which tables: a change to only these tables refreshes only those panels.</extracomment>
            <translation>من يصوغ غاية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One purpose per participant</source>
            <translation>غاية لكل مشارك</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One purpose per organisation</source>
            <translation>غاية لكل منظمة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language of the statements</source>
            <translation>لغة الغايات</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Anonymous on the projector</source>
            <translation>مجهول الهوية على جهاز العرض</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide who wrote each purpose on the projector</source>
            <translation>إخفاء كاتب كل غاية على جهاز العرض</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Purposes from</source>
            <translation>الغايات من</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Blend rounds, drafts and endorsement</source>
            <translation>جولات المزج والمسودات والتأييد</translation>
        </message>
        <message>
            <location line="+5" />
            <source>3 · Rounds</source>
            <translation>3 · الجولات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>4 · Drafts</source>
            <translation>4 · المسودات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 · Endorse</source>
            <translation>5 · التأييد</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Each party states its own purpose.</source>
            <translation>يصوغ كل طرف غايته الخاصة.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Our common purpose&lt;/b&gt; (draft %1): %2</source>
            <translation>&lt;b&gt;غايتنا المشتركة&lt;/b&gt; (المسودة %1): %2</translation>
        </message>
    </context>
    <context>
        <name>RadarWidget</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/charts.py" line="-39" />
            <source>median %1</source>
            <translation>الوسيط %1</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Collective impact radar</source>
            <translation>مخطط الأثر الجماعي</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: median %2</source>
            <translation>%1: الوسيط %2</translation>
        </message>
    </context>
    <context>
        <name>RankingTable</name>
        <message>
            <location filename="../../src/workshop/ui/vote/results.py" line="+101" />
            <source>Rank</source>
            <extracomment>The dots column: its usual width, and how narrow it may get beside a long item.</extracomment>
            <translation>الترتيب</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weighted dots</source>
            <translation>نقاط مرجّحة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dots</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 (tie)</source>
            <translation>%1 (تعادل)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(%1 on paper)</source>
            <translation>(%1 على الورق)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not ranked: no dots</source>
            <translation>غير مرتّب: لا نقاط</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message>
            <location filename="../../src/workshop/ui/reciprocity/map.py" line="+307" />
            <source>Reciprocity map</source>
            <extracomment>A flagged party's border: its colour (≥ 3:1 on white) and a line of its own, so the flag never rests on colour alone (the list beside the map says it in words). Where the names go depends on the parties, the ring and the font, never on the arrows: confirming a match (a new arrow) repaints the map without placing every name again.</extracomment>
            <translation>خريطة التبادل</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 gives %2 (%3)</source>
            <translation>%1 يعطي %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
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
            <location line="+1" />
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
            <location line="+16" />
            <source>No offers or asks yet: the map fills as they come.</source>
            <translation>لا عروض ولا طلبات بعد: تمتلئ الخريطة كلما وصلت.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/results.py" line="-92" />
            <source>kept secret: fewer than 3 voters</source>
            <extracomment>The longest action text a ranked item becomes. Where a ranking row keeps its item's title (the shown text may be shortened). The domain's words for a small organisation's hidden choices, as the laptop says them.</extracomment>
            <translation>سري: أقل من 3 مصوّتين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballots are secret: an organisation's choices are shown only when at least 3 of its people voted (with fewer, they would nearly give away each person's ballot).</source>
            <translation>الأوراق سرية: لا تُعرض اختيارات المنظمة إلا إذا صوّت 3 من أفرادها على الأقل (مع عدد أقل تكاد تكشف ورقة كل شخص).</translation>
        </message>
        <message>
            <location line="+147" />
            <location line="+191" />
            <source>Reveal results</source>
            <extracomment>Ties named above the ranking (the ranking marks every tie), and items named per tie. Rows of a ranking and of the organisations shown before the results page scrolls.</extracomment>
            <translation>كشف النتائج</translation>
        </message>
        <message>
            <location line="-189" />
            <source>Reveal or hide the results</source>
            <translation>كشف النتائج أو إخفاؤها</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reveal or hide the results (Ctrl+R); undoable</source>
            <translation>كشف النتائج أو إخفاؤها (Ctrl+R)؛ قابل للتراجع</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Each organisation &amp;weighs the same</source>
            <translation>&amp;وزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each organisation weighs the same</source>
            <translation>وزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show both rankings side by side: dots as cast, and with each organisation weighing the same</source>
            <translation>عرض الترتيبين جنبًا إلى جنب: النقاط كما أُدلي بها، وبوزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ranking by dots as cast</source>
            <translation>الترتيب حسب النقاط المُدلى بها</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ranking with each organisation weighing the same</source>
            <translation>الترتيب بوزن متساوٍ لكل منظمة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Dots as cast&lt;/b&gt;</source>
            <translation>&lt;b&gt;النقاط كما أُدلي بها&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Each organisation weighs the same&lt;/b&gt;</source>
            <translation>&lt;b&gt;وزن متساوٍ لكل منظمة&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ma&amp;ke action</source>
            <translation>&amp;إنشاء إجراء</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make an action from the selected result</source>
            <translation>إنشاء إجراء من النتيجة المحددة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the selected result on the workshop's action list (Alt+K or Ctrl+Shift+T); undoable</source>
            <translation>إضافة النتيجة المحددة إلى قائمة إجراءات الورشة (Alt+K أو Ctrl+Shift+T)؛ قابل للتراجع</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make action</source>
            <translation>إنشاء إجراء</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Breakdown by organisation</source>
            <translation>التوزيع حسب المنظمة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Voters</source>
            <translation>المصوّتون</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dots</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each dot counts</source>
            <translation>وزن كل نقطة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Most dots on</source>
            <translation>أكثر النقاط على</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;By organisation&lt;/b&gt;</source>
            <translation>&lt;b&gt;حسب المنظمة&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+34" />
            <source>Make agenda from results</source>
            <translation>إنشاء جدول أعمال من النتائج</translation>
        </message>
        <message>
            <location line="-31" />
            <source>T&amp;op</source>
            <translation>&amp;الأوائل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take the top items</source>
            <translation>أخذ البنود الأولى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many top items</source>
            <translation>عدد البنود الأولى</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All with at &amp;least</source>
            <translation>كل ما لديه &amp;على الأقل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take all items with at least this many dots</source>
            <translation>أخذ كل البنود التي لديها هذا العدد من النقاط على الأقل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum dots</source>
            <translation>الحد الأدنى من النقاط</translation>
        </message>
        <message>
            <location line="+3" />
            <source> dots</source>
            <translation> نقاط</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timebox of each new item in minutes</source>
            <translation>مدة كل بند جديد بالدقائق</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> د</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min&amp;utes each</source>
            <translation>&amp;دقائق لكل بند</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Make agenda from results</source>
            <translation>إنشاء &amp;جدول أعمال من النتائج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the chosen results to the agenda after this vote (Alt+M); undoable</source>
            <translation>إضافة النتائج المختارة إلى جدول الأعمال بعد هذا التصويت (Alt+M)؛ قابل للتراجع</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Results are hidden until you reveal them (Ctrl+R).</source>
            <translation>النتائج مخفية حتى تكشفها (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
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
            <location line="+20" />
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
            <location line="+2" />
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
            <location line="+3" />
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
            <location line="+2" />
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
            <location line="+11" />
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
            <location line="+2" />
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
            <location line="+5" />
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
            <location line="+47" />
            <source>%1 (%2 min)</source>
            <translation>%1 (%2 د)</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
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
            <location line="+3" />
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
            <location line="+58" />
            <source>Reveal the results first, then pick the result to act on.</source>
            <translation>اكشف النتائج أولًا، ثم اختر النتيجة التي تريد العمل عليها.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select a result in the ranking first: it becomes an action.</source>
            <translation>حدّد نتيجة في الترتيب أولًا: ستصبح إجراءً.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Make %n actions</source>
            <translation>
                <numerusform>إنشاء %n إجراء</numerusform>
                <numerusform>إنشاء إجراء واحد</numerusform>
                <numerusform>إنشاء إجراءين</numerusform>
                <numerusform>إنشاء %n إجراءات</numerusform>
                <numerusform>إنشاء %n إجراءً</numerusform>
                <numerusform>إنشاء %n إجراء</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <location filename="../../src/workshop/ui/budgeting/results.py" line="+35" />
            <source>Greedy by votes</source>
            <extracomment>The rules' names on the laptop, in the app's language (the domain's own labels stay English for the room's catalogue and the handout).</extracomment>
            <translation>الجشع حسب الأصوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares (cost satisfaction)</source>
            <translation>الحصص المتساوية (رضا الكلفة)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares (cardinality satisfaction)</source>
            <translation>الحصص المتساوية (رضا العدد)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Equal Shares, completed</source>
            <translation>الحصص المتساوية، مكتملة</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+56" />
            <source>Reveal results</source>
            <translation>كشف النتائج</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Reveal or hide the results (Ctrl+Shift+R)</source>
            <translation>كشف النتائج أو إخفاؤها (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector &amp;shows:</source>
            <translation>جهاز العرض &amp;يعرض:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rule the projector shows</source>
            <translation>القاعدة التي يعرضها جهاز العرض</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The ballots are secret: the results stay hidden until you reveal them.</source>
            <translation>الأوراق سرية: تبقى النتائج مخفية حتى تكشفها.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Comparison of the two rules</source>
            <translation>مقارنة القاعدتين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Projects</source>
            <translation>المشاريع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spent</source>
            <translation>المُنفَق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Voters with a project funded</source>
            <translation>مصوّتون مُوِّل لهم مشروع</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every project under both rules</source>
            <translation>كل مشروع وفق القاعدتين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cost</source>
            <translation>الكلفة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Greedy</source>
            <translation>الجشع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why (greedy)</source>
            <translation>السبب (الجشع)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Equal Shares</source>
            <translation>الحصص المتساوية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why (Equal Shares)</source>
            <translation>السبب (الحصص المتساوية)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Hide results</source>
            <translation>إخفاء النتائج</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../src/workshop/ui/series/review_screen.py" line="+40" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Promise</source>
            <translation>الوعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For</source>
            <translation>لمن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;1 Done</source>
            <translation>&amp;1 منجز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;2 In progress</source>
            <translation>&amp;2 قيد التنفيذ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;3 Dropped</source>
            <translation>&amp;3 متروك</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not reviewed</source>
            <extracomment>The domain's promise statuses as the laptop names them.</extracomment>
            <translation>لم يُراجَع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>متروك</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no status</source>
            <extracomment>What an empty cell reads out, per column.</extracomment>
            <translation>بلا حالة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no promise</source>
            <translation>بلا وعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no owner</source>
            <translation>بلا مسؤول</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no receiver</source>
            <translation>بلا مستفيد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no due date</source>
            <translation>بلا موعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no meeting</source>
            <translation>بلا اجتماع</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no note</source>
            <translation>بلا ملاحظة</translation>
        </message>
        <message>
            <location line="+32" />
            <source>What was promised</source>
            <extracomment>Tables whose change redraws the series' side (this meeting's own figures).</extracomment>
            <translation>ما وُعد به</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Mark as: %1</source>
            <translation>وضع علامة: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Review note</source>
            <translation>ملاحظة المراجعة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note on where it stands (Enter keeps it)</source>
            <translation>ملاحظة عن وضعه الحالي (Enter يحفظها)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Pulse statements across meetings</source>
            <translation>عبارات النبض عبر الاجتماعات</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reciprocity over the series</source>
            <translation>التبادل عبر السلسلة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offers</source>
            <translation>العروض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asks</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Promised</source>
            <translation>موعود</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered</source>
            <translation>منجز</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trends</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reciprocity</source>
            <translation>التبادل</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Meeting %1: what was promised since “%2”</source>
            <translation>الاجتماع %1: ما وُعد به منذ «%2»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting %1: what was promised</source>
            <translation>الاجتماع %1: ما وُعد به</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Our common purpose: %1</source>
            <translation>غايتنا المشتركة: %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Nothing was promised at the last meeting (or this is the first one): use File › Next meeting… from a meeting to bring its promises here.</source>
            <translation>لم يُوعد بشيء في الاجتماع السابق (أو هذا أول اجتماع): استخدم ملف › الاجتماع التالي… من اجتماع لجلب وعوده إلى هنا.</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/rounds.py" line="+51" />
            <source>Pairs</source>
            <extracomment>Each round's words on the laptop: its name, one group in it ("%1": the number), a new one.</extracomment>
            <translation>الثنائيات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pair %1</source>
            <translation>الثنائي %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new pair</source>
            <translation>ثنائي جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fours</source>
            <translation>الرباعيات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Four %1</source>
            <translation>الرباعي %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new four</source>
            <translation>رباعي جديد</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
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
            <location line="+20" />
            <source>Pr&amp;opose pairs</source>
            <translation>&amp;اقتراح ثنائيات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose pairs</source>
            <translation>اقتراح ثنائيات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose fo&amp;urs</source>
            <translation>ا&amp;قتراح رباعيات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Propose fours from the pairs</source>
            <translation>اقتراح رباعيات من الثنائيات</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Most &amp;similar together</source>
            <translation>الأكثر &amp;تشابهًا معًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group the most similar statements</source>
            <translation>جمع الغايات الأكثر تشابهًا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By default each group joins the least similar statements, so the blend crosses differences.</source>
            <translation>افتراضيًا تجمع كل مجموعة الغايات الأقل تشابهًا، ليعبر المزيج الاختلافات.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Blend groups</source>
            <translation>مجموعات المزج</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Group to move the selected party to</source>
            <translation>المجموعة التي يُنقل إليها الطرف المحدد</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move selected party to</source>
            <translation>نقل الطرف المحدد إلى</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move</source>
            <translation>نقل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move the selected party</source>
            <translation>نقل الطرف المحدد</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clear round</source>
            <translation>مسح الجولة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the selected round</source>
            <translation>مسح الجولة المحددة</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+134" />
            <source>Select a group to capture what it blended.</source>
            <translation>حدّد مجموعة لتسجيل ما مزجته.</translation>
        </message>
        <message>
            <location line="-129" />
            <source>The selected group's blended statement</source>
            <translation>الغاية الممزوجة للمجموعة المحددة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What this group blended… (Ctrl+Enter captures)</source>
            <translation>ما مزجته هذه المجموعة… (Ctrl+Enter يسجّله)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Captu&amp;re</source>
            <translation>&amp;تسجيل</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capture the group's blended statement</source>
            <translation>تسجيل الغاية الممزوجة للمجموعة</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: none proposed yet</source>
            <translation>%1: لم يُقترح شيء بعد</translation>
        </message>
        <message>
            <location line="+13" />
            <source>similarity %1</source>
            <translation>التشابه %1</translation>
        </message>
        <message>
            <location line="+90" />
            <source>What did this group blend? (Ctrl+Enter captures)</source>
            <translation>ماذا مزجت هذه المجموعة؟ (Ctrl+Enter يسجّله)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/setup.py" line="+37" />
            <source>Brainstorm to vote on</source>
            <translation>العصف الذهني للتصويت عليه</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Vote on notes or clusters</source>
            <translation>التصويت على الملاحظات أو المجموعات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its notes</source>
            <translation>ملاحظاته</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its clusters</source>
            <translation>مجموعاته</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its clusters and loose notes</source>
            <translation>مجموعاته والملاحظات المنفردة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What is on the ballot</source>
            <extracomment>What is and is not on the ballot with the settings shown (before Apply too).</extracomment>
            <translation>ما في ورقة الاقتراع</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+23" />
            <source>Dots per person</source>
            <translation>النقاط لكل شخص</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Most dots one person may put on one item</source>
            <translation>أقصى نقاط يضعها شخص على بند واحد</translation>
        </message>
        <message>
            <location line="+4" />
            <source>People may vote for their own notes</source>
            <translation>يجوز التصويت للملاحظات الخاصة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Secret ballots</source>
            <translation>أوراق سرية</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The screen shows who has voted, never what.</source>
            <translation>تعرض الشاشة من صوّت، لا بماذا.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Vote on the brainstorm</source>
            <translation>التصويت على العصف الذهني</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vote on</source>
            <translation>التصويت على</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Most dots on one item</source>
            <translation>أقصى نقاط للبند</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appl&amp;y settings</source>
            <translation>&amp;تطبيق الإعدادات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply settings</source>
            <translation>تطبيق الإعدادات</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reset vote</source>
            <translation>إعادة ضبط التصويت</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset vote: remove every ballot and tally (undoable)</source>
            <translation>إعادة ضبط التصويت: حذف كل الأوراق والأعداد (قابل للتراجع)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removes every ballot, dot and paper tally. Ctrl+Z brings them back.</source>
            <translation>يحذف كل الأوراق والنقاط والأعداد الورقية. Ctrl+Z يعيدها.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+48" />
            <source>Close vote</source>
            <translation>إغلاق التصويت</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Close or reopen the vote</source>
            <translation>إغلاق التصويت أو إعادة فتحه</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(choose a brainstorm)</source>
            <translation>(اختر عصفًا ذهنيًا)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>الإعدادات ثابتة لأن نقاطًا قد أُدلي بها. أعد ضبط التصويت لتغييرها (يمكنك التراجع عن إعادة الضبط).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reopen vote</source>
            <translation>إعادة فتح التصويت</translation>
        </message>
    </context>
    <context>
        <name>StatementsPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/statements.py" line="+67" />
            <source>1 · Own purposes</source>
            <translation>1 · الغايات الخاصة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Whose purpose (type a name)</source>
            <translation>غاية من (اكتب اسمًا)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose purpose?</source>
            <translation>غاية من؟</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Purpose statement</source>
            <translation>صياغة الغاية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We are here to…  (Enter adds it)</source>
            <translation>نحن هنا لـ…  (Enter يضيفها)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+112" />
            <location line="+42" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location line="-153" />
            <source>Add purpose statement</source>
            <translation>إضافة غاية</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Purpose statements</source>
            <translation>الغايات</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Edi&amp;t</source>
            <translation>&amp;تعديل</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit the selected statement</source>
            <translation>تعديل الغاية المحددة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove the selected statement</source>
            <translation>حذف الغاية المحددة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Organisation…</source>
            <translation>المنظمة…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Participant…</source>
            <translation>المشارك…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>1 · Own purposes (%1)</source>
            <translation>1 · الغايات الخاصة (%1)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Nobody called “%1” is on the participant list.</source>
            <translation>لا أحد باسم «%1» في قائمة المشاركين.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type whose purpose this is.</source>
            <translation>اكتب صاحب هذه الغاية.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Saved the purpose of %1. Next party:</source>
            <translation>حُفظت غاية %1. الطرف التالي:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Editing the purpose of %1: Enter saves, Escape cancels.</source>
            <translation>تعديل غاية %1: Enter يحفظ، Esc يلغي.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <location filename="../../src/workshop/ui/vote/collect.py" line="-262" />
            <source>Count the paper dots on each sticky. Type the number and press Enter to go to the next item; + and - adjust the current one; Up/Down move.</source>
            <translation>عُدّ النقاط الورقية على كل ورقة لاصقة. اكتب العدد واضغط Enter للانتقال إلى البند التالي؛ + و- يعدّلان البند الحالي؛ الأسهم للأعلى/للأسفل للتنقل.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Items and their paper dots</source>
            <translation>البنود ونقاطها الورقية</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paper dots on this item</source>
            <translation>النقاط الورقية على هذا البند</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dots</source>
            <translation>نقاط</translation>
        </message>
        <message>
            <location line="+6" />
            <source>One paper dot less</source>
            <translation>نقطة ورقية أقل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One paper dot more</source>
            <translation>نقطة ورقية أكثر</translation>
        </message>
        <message numerus="yes">
            <location line="+32" />
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
            <location line="+15" />
            <source>Nothing to tally yet.</source>
            <translation>لا شيء للعدّ بعد.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1”: %2 on paper</source>
            <translation>«%1»: %2 على الورق</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <location filename="../../src/workshop/ui/purpose/themes.py" line="+67" />
            <source>2 · Where they meet</source>
            <translation>2 · أين تلتقي</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shared themes</source>
            <translation>المواضيع المشتركة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parties</source>
            <translation>الأطراف</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Merge (M)</source>
            <translation>&amp;دمج (M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge the selected themes into one</source>
            <translation>دمج المواضيع المحددة في موضوع واحد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hide (H)</source>
            <translation>إخفاء (H)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide the selected themes as noise</source>
            <translation>إخفاء المواضيع المحددة كضجيج</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All terms</source>
            <translation>كل المصطلحات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show terms used by one party too</source>
            <translation>إظهار المصطلحات التي يستعملها طرف واحد أيضًا</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sho&amp;w themes to the room</source>
            <translation>&amp;عرض المواضيع على القاعة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the shared themes on the projector</source>
            <translation>عرض المواضيع المشتركة على جهاز العرض</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Phrases to count as one, separated by =</source>
            <translation>عبارات تُعدّ واحدة، يفصل بينها =</translation>
        </message>
        <message>
            <location line="+1" />
            <source>young people = youth   (Enter merges)</source>
            <translation>الشباب = اليافعون   (Enter يدمج)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merged (select, Delete splits) · Hidden (select, Delete shows)</source>
            <translation>المدمجة (حدّد، Delete يفصل) · المخفية (حدّد، Delete يُظهر)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merged terms</source>
            <translation>المصطلحات المدمجة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hidden terms</source>
            <translation>المصطلحات المخفية</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Split</source>
            <translation>فصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split the selected merge</source>
            <translation>فصل الدمج المحدد</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the selected hidden term again</source>
            <translation>إظهار المصطلح المخفي المحدد من جديد</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
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
            <location line="+52" />
            <source>theme %1, </source>
            <translation>الموضوع %1، </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Select two or more themes to merge (Ctrl+click or Shift+arrows).</source>
            <translation>حدّد موضوعين أو أكثر للدمج (Ctrl+نقر أو Shift+الأسهم).</translation>
        </message>
    </context>
    <context>
        <name>TrendsWidget</name>
        <message>
            <location filename="../../src/workshop/ui/series/charts.py" line="-56" />
            <source>not asked</source>
            <translation>لم يُسأل</translation>
        </message>
        <message>
            <location line="+3" />
            <source> then </source>
            <translation> ثم </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing asked yet</source>
            <translation>لم يُسأل شيء بعد</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No trend yet: nothing was asked at two meetings.</source>
            <translation>لا اتجاه بعد: لم يُسأل شيء في اجتماعين.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Meeting %1</source>
            <translation>الاجتماع %1</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <location filename="../../src/workshop/ui/vote/screen.py" line="+56" />
            <source>Ways to vote, results and settings</source>
            <translation>طرق التصويت والنتائج والإعدادات</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Ballot at the laptop</source>
            <translation>&amp;ورقة على الحاسوب</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tally from paper</source>
            <translation>&amp;عدّ من الورق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pro&amp;xy ballot</source>
            <translation>ورقة &amp;وكالة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Results</source>
            <translation>ال&amp;نتائج</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settin&amp;gs</source>
            <translation>الإ&amp;عدادات</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Who has voted&lt;/b&gt;</source>
            <translation>&lt;b&gt;من صوّت&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who has voted</source>
            <translation>من صوّت</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No brainstorm chosen yet: pick one under Settings.</source>
            <translation>لم يُختر عصف ذهني بعد: اختر واحدًا في الإعدادات.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the vote is closed</source>
            <translation>التصويت مغلق</translation>
        </message>
        <message>
            <location line="+15" />
            <source>by proxy</source>
            <translation>بالوكالة</translation>
        </message>
        <message>
            <location line="+4" />
            <source>has voted</source>
            <translation>صوّت</translation>
        </message>
        <message>
            <location line="+3" />
            <source>voting</source>
            <translation>يصوّت</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
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
            <location line="+3" />
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
            <location line="+3" />
            <source>Ballots are secret: this list shows who has voted, never what.</source>
            <translation>الأوراق سرية: تعرض هذه القائمة من صوّت، لا بماذا.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ballots are open: what each person voted for is shown.</source>
            <translation>الأوراق علنية: يظهر ما صوّت له كل شخص.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workshop/ui/vote/words.py" line="+17" />
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
            <location line="+1" />
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
            <location line="+1" />
            <source>own notes allowed</source>
            <translation>الملاحظات الخاصة مسموحة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not on your own notes</source>
            <translation>ليس على ملاحظاتك الخاصة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>secret ballots</source>
            <translation>أوراق سرية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open ballots</source>
            <translation>أوراق علنية</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
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
            <location line="+3" />
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
            <location line="+3" />
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
            <location line="+2" />
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
            <location line="+2" />
            <source>On the ballot: %1.</source>
            <translation>في الورقة: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
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
            <location line="+4" />
            <source>On the ballot: %1 and %2.</source>
            <translation>في الورقة: %1 و%2.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
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
    </context>
    <context>
        <name>pulse</name>
        <message>
            <location filename="../../src/workshop/ui/pulse/words.py" line="+17" />
            <source>Fist of five (0–5)</source>
            <translation>قبضة الخمسة (0–5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement (1–5)</source>
            <translation>الموافقة (1–5)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fist: block</source>
            <translation>قبضة: اعتراض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serious doubts</source>
            <translation>شكوك جدية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some doubts</source>
            <translation>بعض الشكوك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Can live with it</source>
            <translation>أستطيع قبوله</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>جيد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fully behind it</source>
            <translation>أؤيده تمامًا</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strongly disagree</source>
            <translation>أعارض بشدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disagree</source>
            <translation>أعارض</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neither</source>
            <translation>محايد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agree</source>
            <translation>أوافق</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strongly agree</source>
            <translation>أوافق بشدة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Common agenda</source>
            <extracomment>The collective impact conditions: (full name, the short name charts use).</extracomment>
            <translation>أجندة مشتركة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation>الأجندة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared measurement</source>
            <translation>قياس مشترك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measures</source>
            <translation>القياس</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mutually reinforcing activities</source>
            <translation>أنشطة يعزز بعضها بعضًا</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reinforcing</source>
            <translation>التعزيز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continuous communication</source>
            <translation>تواصل مستمر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Communication</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backbone support</source>
            <translation>دعم تنسيقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backbone</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No answers yet</source>
            <translation>لا إجابات بعد</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
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
            <location line="+1" />
            <source>median %1</source>
            <translation>الوسيط %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>middle half %1–%2</source>
            <translation>النصف الأوسط %1–%2</translation>
        </message>
    </context>
</TS>
