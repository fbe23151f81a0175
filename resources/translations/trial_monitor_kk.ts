<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Контакт қосу</translation>
    </message>
    <message>
        <source>Name on the key card</source>
        <translation>Кілт карточкасындағы аты</translation>
    </message>
    <message>
        <source>You already have a contact with a name like this: {names}. It may be someone else using the same name. Only the fingerprint tells you who this card belongs to.</source>
        <translation>Сізде осындай аты бар контакт бар: {names}. Бұл сол атты қолданатын басқа адам болуы мүмкін. Карточканың кімдікі екенін тек саусақ ізі көрсетеді.</translation>
    </message>
    <message>
        <source>Make sure this card really comes from its owner before you add it. Call them or meet them, and ask them to read out the fingerprint that their Trial Monitor shows under Contacts. Compare every group with these:</source>
        <translation>Карточканы қоспас бұрын оның шынымен иесінен келгеніне көз жеткізіңіз. Иесіне қоңырау шалыңыз немесе кездесіп, оның Trial Monitor «Контактілер» бөлімінде көрсететін саусақ ізін дауыстап оқып беруін сұраңыз. Әр топты мыналармен салыстырыңыз:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>If even one digit differs, do not add the card: it may have been swapped on the way. Ask for it again by another route. Do not compare by e-mail or chat, which is how a swapped card would travel.</source>
        <translation>Бір ғана цифр сәйкес келмесе де, карточканы қоспаңыз: ол жолда ауыстырылған болуы мүмкін. Оны басқа жолмен қайта жіберуді сұраңыз. Электрондық пошта немесе чат арқылы салыстырмаңыз: ауыстырылған карточка дәл солай келер еді.</translation>
    </message>
    <message>
        <source>I compared every group with the owner, by voice, and they all &amp;match</source>
        <translation>Әр топты иесімен дауыстап салыстырдым, бәрі &amp;сәйкес келеді</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Контакт &amp;қосу</translation>
    </message>
</context>
<context>
    <name>AftermathForm</name>
    <message>
        <source>Defendant</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <source>Exactly as said: kept as a quotation</source>
        <translation>Айтылғандай сөзбе-сөз: дәйексөз ретінде сақталады</translation>
    </message>
    <message>
        <source>A verbatim quotation</source>
        <translation>Сөзбе-сөз дәйексөз</translation>
    </message>
</context>
<context>
    <name>AftermathPane</name>
    <message>
        <source>Sentence</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <source>Add sentence ele&amp;ment…</source>
        <translation>Жаза &amp;шарасын қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>After the verdict</source>
        <translation>Үкімнен кейін</translation>
    </message>
    <message>
        <source>Add proceedin&amp;g…</source>
        <translation>Іс жүр&amp;гізуді қосу…</translation>
    </message>
    <message>
        <source>An appeal, a request for clarification, a violation hearing, a pardon…</source>
        <translation>Апелляция, түсіндіру туралы өтінішхат, бұзушылық туралы отырыс, кешірім…</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) of the sentence</source>
        <translation>
            <numerusform>%n жаза шарасы</numerusform>
            <numerusform>%n жаза шарасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proceeding(s) after the verdict</source>
        <translation>
            <numerusform>үкімнен кейін %n іс жүргізу</numerusform>
            <numerusform>үкімнен кейін %n іс жүргізу</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an element of the sentence or a proceeding to see it in full, with the words of the judgment and of the court.</source>
        <translation>Толық көру үшін жаза шарасын немесе іс жүргізуді таңдаңыз: үкімнің және соттың сөздерімен бірге.</translation>
    </message>
    <message>
        <source>Judgment: {judgment}</source>
        <translation>Үкім: {judgment}</translation>
    </message>
    <message>
        <source>Starts: {date}</source>
        <translation>Басталуы: {date}</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>Мерзімі: {term}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Сомасы: {amount}</translation>
    </message>
    <message>
        <source>Standards: {standards}</source>
        <translation>Стандарттар: {standards}</translation>
    </message>
    <message>
        <source>As pronounced (verbatim):</source>
        <translation>Жарияланғандай (сөзбе-сөз):</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Күні: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Соңғы мерзімі: {date}</translation>
    </message>
    <message>
        <source>Brought by: {who}</source>
        <translation>Бастамашысы: {who}</translation>
    </message>
    <message>
        <source>Situation: {situation}</source>
        <translation>Жағдайы: {situation}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Нәтижесі: {outcome}</translation>
    </message>
    <message>
        <source>Asked (verbatim):</source>
        <translation>Сұрақ (сөзбе-сөз):</translation>
    </message>
    <message>
        <source>The court&apos;s answer (verbatim):</source>
        <translation>Соттың жауабы (сөзбе-сөз):</translation>
    </message>
    <message>
        <source>Concerns: {element}</source>
        <translation>Қатысты: {element}</translation>
    </message>
    <message>
        <source>Hearing: {when} ({type})</source>
        <translation>Сот отырысы: {when} ({type})</translation>
    </message>
    <message>
        <source>Conduct alleged: {conduct}</source>
        <translation>Айыпталған әрекет: {conduct}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Ескертпелер: {notes}</translation>
    </message>
    <message>
        <source>Delete element of the sentence</source>
        <translation>Жаза шарасын жою</translation>
    </message>
    <message>
        <source>Delete proceeding</source>
        <translation>Іс жүргізуді жою</translation>
    </message>
</context>
<context>
    <name>AftermathWords</name>
    <message>
        <source>{element}: {activities}</source>
        <translation>{element}: {activities}</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>ended early on {date} ({how})</source>
        <translation>{date} мерзімінен бұрын тоқтатылды ({how})</translation>
    </message>
    <message>
        <source>in force, no end set</source>
        <translation>күшінде, аяқталу мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>ends {date}</source>
        <translation>{date} аяқталады</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>{date} аяқталды</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>{date} басталады</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>enter the start date to work out the end</source>
        <translation>аяқталуын есептеу үшін басталу күнін енгізіңіз</translation>
    </message>
</context>
<context>
    <name>AnnotateEventDialog</name>
    <message>
        <source>Annotate an event</source>
        <translation>Оқиғаға ескертпе</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Ескертпені &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Trial to assess</source>
        <translation>Бағаланатын сот процесі</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарттар</translation>
    </message>
    <message>
        <source>Conclusion and grade</source>
        <translation>Қорытынды және баға</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>Standards with events</source>
        <translation>Оқиғалар қатысты стандарттар</translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation>Алаңдаушылық деңгейі</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Events relied on</source>
        <translation>Бағалауға негіз болған оқиғалар</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Бағалауды &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>&amp;Алаңдаушылық деңгейі:</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>&amp;Events relied on:</source>
        <translation>&amp;Бағалауға негіз болған оқиғалар:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>Баға әлі қойылмаған</translation>
    </message>
    <message>
        <source>Save as &amp;draft (no grade)</source>
        <translation>Жоба ретінде &amp;сақтау (бағасыз)</translation>
    </message>
    <message>
        <source>&amp;Issue grade</source>
        <translation>&amp;Бағаны қою</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendations:</source>
        <translation>&amp;Ұсынымдар:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>Ба&amp;ға:</translation>
    </message>
    <message>
        <source>History of the assessment</source>
        <translation>Бағалау тарихы</translation>
    </message>
    <message>
        <source>Choose a trial to assess.</source>
        <translation>Бағалайтын сот процесін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) with events</source>
        <translation>
            <numerusform>оқиғалары бар %n стандарт</numerusform>
            <numerusform>оқиғалары бар %n стандарт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without reasoning.</source>
        <translation>
            <numerusform>негіздемесіз — %n.</numerusform>
            <numerusform>негіздемесіз — %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: {grade} ({label}).</source>
        <translation>Баға: {grade} ({label}).</translation>
    </message>
    <message>
        <source>No grade yet.</source>
        <translation>Баға әлі қойылмаған.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n нұсқаны оқу мүмкін болмады, ол есепке алынбады.</numerusform>
            <numerusform>%n нұсқаны оқу мүмкін болмады, олар есепке алынбады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a standard in the list.</source>
        <translation>Тізімнен стандартты таңдаңыз.</translation>
    </message>
    <message>
        <source>Not assessed yet: what you save is the assessment.</source>
        <translation>Әзірге бағаланбаған: сіз сақтағаны бағалау болады.</translation>
    </message>
    <message>
        <source>Yours, last saved {when}.</source>
        <translation>Сіздікі, соңғы рет {when} сақталған.</translation>
    </message>
    <message>
        <source>By {name}, last saved {when}.</source>
        <translation>Авторы: {name}, соңғы рет {when} сақталған.</translation>
    </message>
    <message>
        <source>What you save is your comment, under your name; theirs stays the current one.</source>
        <translation>Сіз сақтағаны өз атыңызбен берілген түсініктемеңіз болады; қолданыстағысы авторыкі болып қалады.</translation>
    </message>
    <message>
        <source>Your comment is shown in the fields.</source>
        <translation>Өрістерде сіздің түсініктемеңіз көрсетілген.</translation>
    </message>
    <message>
        <source>{label} {time}: {conditions}; seen by {seen} of {present}</source>
        <translation>{label} {time}: {conditions}; {present} бақылаушының {seen} көрді</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cited were regrouped since; found again.</source>
        <translation>
            <numerusform>Сілтеме жасалған %n оқиға содан бері қайта топталды; ол қайта табылды.</numerusform>
            <numerusform>Сілтеме жасалған %n оқиға содан бері қайта топталды; олар қайта табылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cited are no events of this trial now.</source>
        <translation>
            <numerusform>Сілтеме жасалған %n оқиға енді бұл процестің оқиғасы емес.</numerusform>
            <numerusform>Сілтеме жасалған %n оқиға енді бұл процестің оқиғалары емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>баға {grade}</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>бағасыз</translation>
    </message>
    <message>
        <source>Comments by others (theirs, not the assessment):</source>
        <translation>Басқалардың түсініктемелері (өздерінікі, бағалаудың өзі емес):</translation>
    </message>
    <message>
        <source>{name}, {when}: {words}</source>
        <translation>{name}, {when}: {words}</translation>
    </message>
    <message>
        <source>No conclusion yet: what you save is the conclusion.</source>
        <translation>Әзірге қорытынды жоқ: сіз сақтағаны қорытынды болады.</translation>
    </message>
    <message>
        <source>A conclusion without a grade is a draft.</source>
        <translation>Бағасыз қорытынды — жоба.</translation>
    </message>
    <message>
        <source>A grade of another scale: no definition.</source>
        <translation>Басқа шкаланың бағасы: анықтамасы жоқ.</translation>
    </message>
    <message>
        <source>Choose a grade to issue first.</source>
        <translation>Алдымен қойылатын бағаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Saved as your comment on {name}&apos;s work; theirs stays current.</source>
        <translation>{name} жұмысына түсініктемеңіз ретінде сақталды; қолданыстағысы соныкі болып қалады.</translation>
    </message>
    <message>
        <source>Saved the assessment of {standard}.</source>
        <translation>{standard} стандарты бойынша бағалау сақталды.</translation>
    </message>
    <message>
        <source>Grade {grade} issued.</source>
        <translation>{grade} бағасы қойылды.</translation>
    </message>
    <message>
        <source>Saved the conclusion as a draft, without a grade.</source>
        <translation>Қорытынды бағасыз жоба ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Sealed in the vault</source>
        <translation>Қоймада шифрланған</translation>
    </message>
    <message>
        <source>Sealed when you press OK</source>
        <translation>OK басқанда шифрланады</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>In the courtroom</source>
        <translation>Сот залында</translation>
    </message>
    <message>
        <source>Remotely</source>
        <translation>Қашықтан</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing yet</source>
        <translation>әзірге ештеңе жоқ</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working, please wait</source>
        <translation>Орындалуда, күте тұрыңыз</translation>
    </message>
</context>
<context>
    <name>ChangeCount</name>
    <message>
        <source>%n saved change(s)</source>
        <translation>%n сақталған өзгеріс</translation>
    </message>
    <message>
        <source>%n record(s)</source>
        <translation>%n жазба</translation>
    </message>
    <message>
        <source>{changes} to {records}</source>
        <translation>{records} бойынша {changes}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Құпия фразаны &amp;өзгерту</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Ағымдағы құпия фраза:</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Your recovery code stays the same.</source>
        <translation>Ағымдағы құпия фразаңызды, содан кейін жаңасын екі рет теріңіз. Қалпына келтіру кодыңыз өзгермейді.</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Ағымдағы құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Құпия фраза өзгертілді. Қоймаңыз Trial Monitor-дың ескі нұсқасымен жасалған, сондықтан оның қалпына келтіру кодын сақтау мүмкін болмады: ескі код енді жарамсыз. Міне, жаңасы.</translation>
    </message>
</context>
<context>
    <name>ChecklistAnswer</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Түсініксіз</translation>
    </message>
</context>
<context>
    <name>ChecklistCompareModel</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>they differ</source>
        <translation>жауаптар әртүрлі</translation>
    </message>
    <message>
        <source>same</source>
        <translation>бірдей</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>{answer}: chosen</source>
        <translation>{answer}: таңдалды</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Тексеру парағы</translation>
    </message>
    <message>
        <source>Click an answer or press Space on it; double-click a comment or start typing to write one. Each answer is saved at once.</source>
        <translation>Жауапты басыңыз немесе оны таңдап, Бос орын пернесін басыңыз; түсініктеме жазу үшін оны екі рет басыңыз немесе жай теріп бастаңыз. Әр жауап бірден сақталады.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>{total} сұрақтың {answered} жауабы берілді</translation>
    </message>
</context>
<context>
    <name>CitedEventsModel</name>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Бұзушылықтар мен жағдайлар</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Белгілегендер</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{m} ішінен {n}</translation>
    </message>
</context>
<context>
    <name>CodeHandover</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Қалпына келтіру кодыңыз</translation>
    </message>
</context>
<context>
    <name>ComingUpPage</name>
    <message>
        <source>Days ahead</source>
        <translation>Алдағы күндер саны</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Алдағы</translation>
    </message>
    <message>
        <source>&amp;Days ahead:</source>
        <translation>&amp;Алдағы күндер саны:</translation>
    </message>
    <message>
        <source>What falls in the coming days across every trial: hearings, deadlines to appeal or report, reporting dates, hearings of proceedings still pending, and the ends of bans and other parts of sentences. Each day is the court&apos;s own.</source>
        <translation>Барлық сот процестері бойынша алдағы күндерде не күтіледі: сот отырыстары, шағымдану және келу мерзімдері, тіркеуге келу күндері, әлі аяқталмаған іс жүргізулерді қарау, тыйымдар мен үкімдердің басқа бөліктерінің аяқталуы. Әр күн соттың уақыты бойынша.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the next {days}.</source>
        <translation>
            <numerusform>Алдағы {days} ішінде: %n оқиға.</numerusform>
            <numerusform>Алдағы {days} ішінде: %n оқиға.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingUpPanel</name>
    <message numerus="yes">
        <source>Coming up: the next %n day(s)</source>
        <translation>
            <numerusform>Алдағы оқиғалар: %n күн</numerusform>
            <numerusform>Алдағы оқиғалар: %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Алдағы оқиғалар</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>Алдағы %n күнде ештеңе жоқ.</numerusform>
            <numerusform>Алдағы %n күнде ештеңе жоқ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompactLogger</name>
    <message>
        <source>Compact logger</source>
        <translation>Шағын журнал</translation>
    </message>
</context>
<context>
    <name>ConcernLevel</name>
    <message>
        <source>No concern</source>
        <translation>Алаңдаушылық жоқ</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Болмашы</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Елеулі</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Аса ауыр</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <source>Your key card</source>
        <translation>Сіздің кілт карточкаңыз</translation>
    </message>
    <message>
        <source>Your name on the card: {name}</source>
        <translation>Карточкадағы атыңыз: {name}</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Сіздің саусақ ізіңіз</translation>
    </message>
    <message>
        <source>&amp;Export my key card…</source>
        <translation>Кілт карточкамды &amp;сақтау…</translation>
    </message>
    <message>
        <source>Send your key card file to the people you exchange notes with. When they add it, read them this fingerprint by voice so they can check it:</source>
        <translation>Кілт карточкаңыздың файлын өзіңіз жазбалар алмасатын адамдарға жіберіңіз. Олар оны қосқан кезде, тексере алуы үшін осы саусақ ізін оларға дауыстап оқып беріңіз:</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Сіздің контактілеріңіз</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Контакт &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>The people whose key cards you added: you can send them bundles, and import the bundles and receipts they sign.</source>
        <translation>Кілт карточкаларын қосқан адамдарыңыз: оларға пакет жібере аласыз, ал олар қол қойған пакеттер мен түбіртектерді импорттай аласыз.</translation>
    </message>
    <message>
        <source>Export your key card</source>
        <translation>Кілт карточкаңызды сақтау</translation>
    </message>
    <message>
        <source>Key cards (*.json)</source>
        <translation>Кілт карточкалары (*.json)</translation>
    </message>
    <message>
        <source>Your key card is saved as {file}. Send it to your contact, then read them your fingerprint.</source>
        <translation>Кілт карточкаңыз {file} ретінде сақталды. Оны контактіңізге жіберіңіз, содан кейін оған саусақ ізіңізді оқып беріңіз.</translation>
    </message>
    <message>
        <source>Choose a key card</source>
        <translation>Кілт карточкасын таңдаңыз</translation>
    </message>
    <message>
        <source>Key cards (*.json);;All files (*)</source>
        <translation>Кілт карточкалары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>{name} is already a contact.</source>
        <translation>{name} контактілерде бұрыннан бар.</translation>
    </message>
    <message>
        <source>{name} is now a contact.</source>
        <translation>{name} контактілерге қосылды.</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>Карантиндегі пакеттер</translation>
    </message>
    <message numerus="yes">
        <source>In quarantine: %n bundle(s) signed with this key card. Import now?</source>
        <translation>
            <numerusform>Осы кілт карточкасымен қол қойылған %n пакет карантинде тұр. Қазір импорттау керек пе?</numerusform>
            <numerusform>Осы кілт карточкасымен қол қойылған %n пакет карантинде тұр. Қазір импорттау керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Қазір &amp;импорттау</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Контактіні жою</translation>
    </message>
    <message>
        <source>Remove {name} from your contacts?</source>
        <translation>{name} контактілерден жойылсын ба?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>You will no longer be able to send them bundles, and bundles they sign will be quarantined until you add their key card again. Nothing they sent before is removed.</source>
        <translation>Енді оған пакет жібере алмайсыз, ал ол қол қойған пакеттер оның кілт карточкасын қайта қосқанша карантинге түседі. Бұрын жіберген ештеңесі жойылмайды.</translation>
    </message>
    <message>
        <source>{name} is no longer a contact.</source>
        <translation>{name} енді контакт емес.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{name} (same name as another contact)</source>
        <translation>{name} (басқа контактінің атымен бірдей)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>observer {id}</source>
        <translation>бақылаушы {id}</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Findings and reports</source>
        <translation>Қорытындылар мен есептер</translation>
    </message>
    <message>
        <source>Reading the observers&apos; notes</source>
        <translation>Бақылаушылардың жазбалары оқылуда</translation>
    </message>
    <message>
        <source>Working out the figures across every trial</source>
        <translation>Барлық сот процестері бойынша көрсеткіштер есептелуде</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процестер</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Hearing sessions</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Алдағы</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Кіріс бума</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Тұжырымдар</translation>
    </message>
    <message>
        <source>Across trials</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s) among the lists of trials and the trial shown, left out of every tab and report:</source>
        <translation>
            <numerusform>Процестер тізімдері мен көрсетілген процесс арасында %n жазба оқылмады; олар ешбір қойындыда және ешбір есепте көрсетілмейді:</numerusform>
            <numerusform>Процестер тізімдері мен көрсетілген процесс арасында %n жазба оқылмады; олар ешбір қойындыда және ешбір есепте көрсетілмейді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s), left out of every tab and report:</source>
        <translation>
            <numerusform>%n жазба оқылмады; олар ешбір қойындыда және ешбір есепте көрсетілмейді:</numerusform>
            <numerusform>%n жазба оқылмады; олар ешбір қойындыда және ешбір есепте көрсетілмейді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from the watch folder.</source>
        <translation>
            <numerusform>Қабылдау бумасынан %n жаңа өзгеріс импортталды.</numerusform>
            <numerusform>Қабылдау бумасынан %n жаңа өзгеріс импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>және тағы %n.</numerusform>
            <numerusform>және тағы %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>it does not exist</source>
        <translation>ол жоқ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>файл бұл диск үшін тым үлкен</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>жолдың бір бөлігі қалта емес</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>атауы тым ұзын</translation>
    </message>
    <message>
        <source>the device failed to read or write</source>
        <translation>құрылғы деректерді оқи немесе жаза алмады</translation>
    </message>
    <message>
        <source>system error {errno}</source>
        <translation>жүйелік қате {errno}</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Диск толы. Ештеңе сақталған жоқ; орын босатып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>Диск толы. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to. Nothing was saved.</source>
        <translation>Қойма қалтасына жазу мүмкін емес. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The vault is busy in another Trial Monitor window. Nothing was saved; try again.</source>
        <translation>Қойма Trial Monitor-дың басқа терезесінде бос емес. Ештеңе сақталған жоқ; қайта көріңіз.</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not a Trial Monitor vault.</source>
        <translation>Қойма файлы бүлінген немесе Trial Monitor қоймасы емес.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing was saved.</source>
        <translation>Қойманы оқу не жазу мүмкін болмады. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>{path} is not a Trial Monitor vault.</source>
        <translation>{path} — Trial Monitor қоймасы емес.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Trial Monitor. Update the app to open it.</source>
        <translation>Бұл қойма Trial Monitor-дың жаңарақ нұсқасында жасалған. Оны ашу үшін қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The vault was locked. Nothing was changed; unlock it and try again.</source>
        <translation>Қойма құлыпталды. Ештеңе өзгерген жоқ; оның құлпын ашып, қайта көріңіз.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Қойма құлыптаулы. Алдымен оның құлпын ашыңыз.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>{folder} қалтасына жазу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {name} in {folder}: {reason}. No file was left.</source>
        <translation>{name} файлын {folder} қалтасына жазу мүмкін емес: {reason}. Ешбір файл қалған жоқ.</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym.</source>
        <translation>Көрсетілетін атты немесе бүркеншік атты енгізіңіз.</translation>
    </message>
    <message>
        <source>The vault is incomplete: its identity is missing.</source>
        <translation>Қойма толық емес: оның сәйкестендіргіші жоқ.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}.</source>
        <translation>{folder} қалтасында қойма бұрыннан бар.</translation>
    </message>
    <message>
        <source>There is no Trial Monitor vault in {folder}.</source>
        <translation>{folder} қалтасында Trial Monitor қоймасы жоқ.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>Құпия фраза дұрыс емес. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Ағымдағы құпия фраза дұрыс емес. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>That is not a recovery code: it has {groups} groups of {letters} letters and digits. Nothing was changed.</source>
        <translation>Бұл қалпына келтіру коды емес: онда әрқайсысы {letters} әріп пен цифрдан тұратын {groups} топ бар. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The recovery code does not open this vault. Check it for typos. Nothing was changed.</source>
        <translation>Бұл қалпына келтіру коды қойманы ашпайды. Қате терілмегенін тексеріңіз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The vault&apos;s key slot is missing.</source>
        <translation>Қойманың кілт ұясы жоқ.</translation>
    </message>
    <message>
        <source>The vault&apos;s key slot is missing or of an unknown kind.</source>
        <translation>Қойманың кілт ұясы жоқ немесе белгісіз түрде.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>Қоймада мынасы жоқ: {name}.</translation>
    </message>
    <message>
        <source>A vault setting failed its integrity check; it may have been altered.</source>
        <translation>Қойма баптауы тұтастық тексеруінен өтпеді; оны біреу өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>A vault setting is malformed.</source>
        <translation>Қойма баптауы бүлінген.</translation>
    </message>
    <message>
        <source>A record in the vault failed its integrity check; it may have been altered.</source>
        <translation>Қоймадағы жазба тұтастық тексеруінен өтпеді; оны біреу өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>An attachment in the vault failed its integrity check; it may have been altered.</source>
        <translation>Қоймадағы тіркеме тұтастық тексеруінен өтпеді; оны біреу өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>A sync record in the vault failed its integrity check; it may have been altered.</source>
        <translation>Қоймадағы синхрондау жазбасы тұтастық тексеруінен өтпеді; оны біреу өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>A kept bundle in the vault failed its integrity check; it may have been altered.</source>
        <translation>Қоймада сақталған пакет тұтастық тексеруінен өтпеді; оны біреу өзгерткен болуы мүмкін.</translation>
    </message>
    <message>
        <source>A sync record in the vault is unreadable or malformed.</source>
        <translation>Қоймадағы синхрондау жазбасы оқылмайды немесе бүлінген.</translation>
    </message>
    <message>
        <source>A quarantined bundle&apos;s record in the vault is unreadable or malformed.</source>
        <translation>Қоймадағы карантиндегі пакет жазбасы оқылмайды немесе бүлінген.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is shorter than {min_chars} characters. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол {min_chars} таңбадан қысқа. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is one of the most common passwords, or close to one. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол ең көп тараған құпиясөздердің бірі немесе соған өте жақын. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is made of a common word or place name, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол жиі кездесетін сөзден немесе жер атауынан тұрады, ал оларды алдымен тексереді. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is made of a common name, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол жиі кездесетін есімнен тұрады, ал оларды алдымен тексереді. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains your display name, which others know. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: онда басқаларға белгілі көрсетілетін атыңыз бар. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it follows a row or a pattern of keys on the keyboard. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол пернетақтадағы пернелер қатарын немесе өрнегін қайталайды. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains a sequence such as abc or 1234. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: онда abc немесе 1234 сияқты тізбек бар. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it repeats characters or a group of characters. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: онда таңбалар немесе таңбалар тобы қайталанады. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains a date or a year, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: онда күн немесе жыл бар, ал оларды алдымен тексереді. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is too simple for its length to withstand guessing. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Бұл құпия фразаны табу тым оңай: ол өз ұзындығына қарағанда тым қарапайым, іріктеуге төтеп бере алмайды. Бір-бірімен байланыссыз бірнеше сөз есте сақтауға оңай әрі берік фраза береді.</translation>
    </message>
    <message>
        <source>A revision has an unknown format version.</source>
        <translation>Нұсқаның пішім нұсқасы белгісіз.</translation>
    </message>
    <message>
        <source>A revision is malformed.</source>
        <translation>Нұсқа бүлінген.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{name}&apos;. Use a name such as Europe/Moscow or Asia/Almaty.</source>
        <translation>Белгісіз уақыт белдеуі: «{name}». Europe/Moscow немесе Asia/Almaty сияқты атауды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time. Use ISO-8601, e.g. 2026-11-24T10:30 or 2026-11-24T10:30+03:00.</source>
        <translation>«{text}» күн мен уақыт емес. ISO-8601 пішімін пайдаланыңыз, мысалы 2026-11-24T10:30 немесе 2026-11-24T10:30+03:00.</translation>
    </message>
    <message>
        <source>A time without a time zone cannot be stored.</source>
        <translation>Уақыт белдеуі жоқ уақытты сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Unknown record kind &apos;{kind}&apos;.</source>
        <translation>Белгісіз жазба түрі: «{kind}».</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>{id} идентификаторы бар жазба жоқ.</translation>
    </message>
    <message>
        <source>Record {id} is a {kind}, not a {wanted}.</source>
        <translation>{id} жазбасы — {wanted} емес, {kind}.</translation>
    </message>
    <message>
        <source>A purged revision&apos;s chain link is unreadable.</source>
        <translation>Жойылған нұсқаның тізбек буыны оқылмайды.</translation>
    </message>
    <message>
        <source>A purged revision&apos;s chain link does not match its row.</source>
        <translation>Жойылған нұсқаның тізбек буыны өз жолымен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is missing from the vault.</source>
        <translation>Тіркеменің мазмұны қоймада жоқ.</translation>
    </message>
    <message>
        <source>A record in the vault is unreadable.</source>
        <translation>Қоймадағы жазба оқылмайды.</translation>
    </message>
    <message>
        <source>A {kind} record is filed under another trial or hearing than it names.</source>
        <translation>«{kind}» түріндегі жазба онда аталған сот процесіне немесе отырысқа емес, басқасына тіркелген.</translation>
    </message>
    <message>
        <source>A record&apos;s sealed content does not match its row.</source>
        <translation>Жазбаның шифрланған мазмұны өз жолымен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Mode must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Өткізу түрі мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Attendance must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Қатысу мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Status must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Мәртебе мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Hearing type must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Сот отырысының түрі мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Source must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Дереккөз мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Answer must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Жауап мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Severity must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Ауырлық дәрежесі мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Affected party must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Зардап шеккен тарап мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>What the court did must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Соттың әрекеті мыналардың бірі болуы керек: {allowed} (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>The text of {field} is longer than {max_chars} characters.</source>
        <translation>{field} өрісінің мәтіні {max_chars} таңбадан ұзын.</translation>
    </message>
    <message>
        <source>No {kind} with id {id}.</source>
        <translation>{id} идентификаторы бар {kind} түріндегі жазба жоқ.</translation>
    </message>
    <message>
        <source>Give a reason for the deletion; it is kept in the history.</source>
        <translation>Жою себебін көрсетіңіз; ол тарихта сақталады.</translation>
    </message>
    <message>
        <source>Record {id} is already deleted.</source>
        <translation>{id} жазбасы бұрын жойылған.</translation>
    </message>
    <message>
        <source>A trial needs a title.</source>
        <translation>Сот процесінің атауы болуы керек.</translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO code such as RU or BY (got &apos;{got}&apos;).</source>
        <translation>Ел RU немесе BY сияқты екі әріпті ISO кодымен көрсетіледі (берілгені: «{got}»).</translation>
    </message>
    <message>
        <source>Status must be postponed, adjourned or cancelled.</source>
        <translation>Мәртебе «кейінге қалдырылды», «үзіліс» немесе «болдырылмады» болуы керек.</translation>
    </message>
    <message>
        <source>The scheduled end is before the scheduled start.</source>
        <translation>Жоспарланған аяқталуы жоспарланған басталуынан ерте.</translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation>Нақты аяқталуы нақты басталуынан ерте.</translation>
    </message>
    <message>
        <source>That observation is not an open interval.</source>
        <translation>Бұл бақылау ашық аралық емес.</translation>
    </message>
    <message>
        <source>No hearing or trial with id {id}.</source>
        <translation>{id} идентификаторы бар сот отырысы немесе сот процесі жоқ.</translation>
    </message>
    <message>
        <source>The vault&apos;s key settings are malformed ({field} is missing or not a whole number); the file may have been altered. Nothing was changed.</source>
        <translation>Қойманың кілт параметрлері бүлінген ({field} жоқ немесе бүтін сан емес); файл өзгертілген болуы мүмкін. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The vault&apos;s key settings are out of bounds ({field} is {value}, allowed {low} to {high}); the file may have been altered. Nothing was changed.</source>
        <translation>Қойманың кілт параметрлері рұқсат етілген шектен тыс ({field} мәні {value}, рұқсат етілгені {low}–{high}); файл өзгертілген болуы мүмкін. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>A key slot of the vault has a salt of {got} bytes, not {expected}; the file may have been altered. Nothing was changed.</source>
        <translation>Қойманың кілт ұяшығындағы тұздың ұзындығы {expected} емес, {got} байт; файл өзгертілген болуы мүмкін. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Make between {low} and {high} shares, with at least {low} needed to restore access and no more needed than made ({threshold} of {count} asked).</source>
        <translation>{low} мен {high} аралығында үлес жасаңыз: қолжетімділікті қалпына келтіруге кемінде {low} үлес қажет болсын және жасалғаннан көп болмасын ({count} ішінен {threshold} сұралды).</translation>
    </message>
    <message>
        <source>This vault has no trustee shares. Nothing was changed.</source>
        <translation>Бұл қойманың сенім білдірілген адамдар үлестері жоқ. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Enter the words of the shares.</source>
        <translation>Үлестердің сөздерін енгізіңіз.</translation>
    </message>
    <message>
        <source>Share {share}: word {word} is not a share word. Check it against the sheet.</source>
        <translation>{share}-үлес: {word}-сөз үлес сөзі емес. Оны парақпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Share {share} has {got} words; a share has {expected}.</source>
        <translation>{share}-үлесте {got} сөз бар; үлесте {expected} сөз болуы керек.</translation>
    </message>
    <message>
        <source>Share {share} has a mistake: its words do not check out. Compare each word with the sheet.</source>
        <translation>{share}-үлесте қате бар: оның сөздері тексеруден өтпейді. Әр сөзді парақпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Share {share} is not a Trial Monitor trustee share.</source>
        <translation>{share}-үлес Trial Monitor сенім білдірілген адамының үлесі емес.</translation>
    </message>
    <message>
        <source>Share {share} belongs to a different set of shares than share {first}: use shares of one set (the same fingerprint on every sheet).</source>
        <translation>{share}-үлес {first}-үлеспен басқа үлестер жинағына жатады: бір жинақтың үлестерін пайдаланыңыз (әр парақта бірдей саусақ ізі).</translation>
    </message>
    <message>
        <source>Share {share} is the same share as share {first}: enter different ones.</source>
        <translation>{share}-үлес {first}-үлеспен бірдей: әртүрлі үлестерді енгізіңіз.</translation>
    </message>
    <message>
        <source>This set needs {needed} different shares; {given} given.</source>
        <translation>Бұл жинаққа {needed} әртүрлі үлес қажет; {given} енгізілді.</translation>
    </message>
    <message>
        <source>The shares do not fit together: one of them was altered. Check each against its sheet.</source>
        <translation>Үлестер бір-біріне сәйкес келмейді: біреуі өзгертілген. Әрқайсысын өз парағымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>These shares do not open this vault: they are from a set that was replaced, or from another vault. Nothing was changed.</source>
        <translation>Бұл үлестер осы қойманы ашпайды: олар ауыстырылған жинақтан немесе басқа қоймадан. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The {count} revisions to send are more than one bundle may carry; nothing was written. They must be sent as several bundles.</source>
        <translation>Жіберілетін {count} түзету бір пакет сыйғыза алатыннан көп; ештеңе жазылмады. Оларды бірнеше пакетпен жіберу керек.</translation>
    </message>
    <message>
        <source>Your revision number {seq} is larger than a bundle may carry, so it cannot be sent; nothing was written.</source>
        <translation>Сіздің {seq} нөмірлі түзетуіңіз пакет сыйғыза алатыннан үлкен, сондықтан оны жіберу мүмкін емес; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The file is larger than the quarantine&apos;s free room, and who signed it cannot be told from its start, so it was not opened. Nothing was changed. Make room in the quarantine (import or discard its bundles, or raise its limit in Settings), then import the file again.</source>
        <translation>Файл карантиндегі бос орыннан үлкен, ал оның басынан кім қол қойғанын анықтау мүмкін емес, сондықтан ол ашылмады. Ештеңе өзгертілмеді. Карантинде орын босатыңыз (оның пакеттерін импорттаңыз немесе жойыңыз, не баптауларда шекті арттырыңыз), содан кейін файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Not kept: signed by someone who is not a contact (claims to be {name}, fingerprint {fingerprint}), and its {size} MB would take the quarantine past its limit of {limit} MB ({used} MB in use). Nothing was changed. Import or discard the quarantined bundles, or raise the limit in Settings.</source>
        <translation>Сақталмады: контактілер арасында жоқ адам қол қойған ({name} деп аталады, саусақ ізі {fingerprint}), ал оның {size} МБ көлемі карантиннің {limit} МБ шегінен асырар еді ({used} МБ бос емес). Ештеңе өзгертілмеді. Карантиндегі пакеттерді импорттаңыз немесе жойыңыз, не баптауларда шекті арттырыңыз.</translation>
    </message>
    <message>
        <source>The quarantine&apos;s bundle limit must be from {low} to {high}, not {got}.</source>
        <translation>Карантиндегі пакеттер санының шегі {low} мен {high} аралығында болуы керек, {got} емес.</translation>
    </message>
    <message>
        <source>The quarantine&apos;s size limit must be from {low} to {high} MB, not {got}.</source>
        <translation>Карантин көлемінің шегі {low} мен {high} МБ аралығында болуы керек, {got} емес.</translation>
    </message>
    <message>
        <source>The quarantine limits stored in the vault are malformed.</source>
        <translation>Қоймада сақталған карантин шектері бүлінген.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Nothing was changed.</source>
        <translation>Файл оқылып жатқанда өзгерді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The revisions hold more than {limit} lines, more than a bundle may.</source>
        <translation>Түзетулерде {limit} жолдан көп — пакетке рұқсат етілгеннен көп.</translation>
    </message>
    <message>
        <source>The revisions hold more than {limit} blank lines.</source>
        <translation>Түзетулерде {limit} бос жолдан көп.</translation>
    </message>
    <message>
        <source>The revisions are more than one bundle may bring at once (past line {line}); ask the sender to send them in parts.</source>
        <translation>Түзетулер бір пакет бір рет әкеле алатыннан көп ({line}-жолдан кейін); жіберушіден оларды бөліп жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>The forwarded bundle does not list rightly the bundles it carries (from 1 to {limit} of them).</source>
        <translation>Жолданған пакетте оның ішіндегі пакеттер дұрыс көрсетілмеген (олар 1-ден {limit}-ге дейін болуы керек).</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is malformed.</source>
        <translation>Жолданған пакеттегі {number}-пакет қате құрастырылған.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is not a bundle its author wrote: only authors&apos; own bundles can be forwarded.</source>
        <translation>Жолданған пакеттегі {number}-пакетті оның авторы жазбаған: тек авторлардың өз пакеттерін жолдауға болады.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is there twice.</source>
        <translation>Жолданған пакетте {number}-пакет екі рет кездеседі.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle was written by this vault: your own records cannot come back to you. Refused.</source>
        <translation>Жолданған пакеттегі {number}-пакетті осы қойма жазған: өз жазбаларыңыз сізге қайтып келе алмайды. Қабылданбады.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records written by {name} (fingerprint {fingerprint}), who is not among your contacts. Add their key card after comparing the fingerprint with them, then import the file again. Nothing was imported.</source>
        <translation>Жолданған пакетте {name} (саусақ ізі {fingerprint}) жазған жазбалар бар, бірақ ол сіздің контактілеріңізде жоқ. Саусақ ізін онымен салыстырып, оның кілт карточкасын қосыңыз да, файлды қайта импорттаңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records written by people who are not among your contacts: {name} (fingerprint {fingerprint}) and others besides (how many: {others}). Add their key cards after comparing the fingerprints with them, then import the file again. Nothing was imported.</source>
        <translation>Жолданған пакетте контактілеріңізде жоқ адамдардың жазбалары бар: {name} (саусақ ізі {fingerprint}) және басқалар (тағы қанша: {others}). Саусақ іздерін олармен салыстырып, кілт карточкаларын қосыңыз да, файлды қайта импорттаңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records of {name} that are not what {name} signed: altered, left out or put in another order on the way. Refused; nothing was imported.</source>
        <translation>Жолданған пакетте {name} жазбалары бар, бірақ олар {name} қол қойған жазбалармен сәйкес келмейді: жолда өзгертілген, алып тасталған немесе орны ауыстырылған. Қабылданбады; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>No bundle received carries what you chose: there is nothing to forward.</source>
        <translation>Алынған пакеттердің ешқайсысында сіз таңдаған жоқ: жолдайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Everything you chose was forwarded to {name} before; there is nothing new to forward. To forward it again, forward all.</source>
        <translation>Таңдалғанның бәрі {name} алушысына бұрын жолданған; жолдайтын жаңа ештеңе жоқ. Қайта жолдау үшін бәрін жолдаңыз.</translation>
    </message>
    <message>
        <source>Nothing was forwarded: none of it can be. {reason}</source>
        <translation>Ештеңе жолданған жоқ: таңдалғанның ешқайсысын жолдауға болмайды. {reason}</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles that arrived before this version of Trial Monitor kept what their authors signed (how many: {bundles}). Ask {name} to send everything again, import it, then forward.</source>
        <translation>Жолданбады, {name} жіберген: Trial Monitor-дың бұл нұсқасы авторлар қол қойғанды сақтай бастағанға дейін келген пакеттер (саны: {bundles}). {name} бәрін қайта жіберсін, оны импорттап, содан кейін жолдаңыз.</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles whose records held here are no longer what {name} signed, or are not all here (how many: {bundles}). Check the vault with &apos;trial-monitor verify&apos;.</source>
        <translation>Жолданбады, {name} жіберген: бұл қоймадағы жазбалары {name} қол қойғанмен енді сәйкес келмейтін немесе толық сақталмаған пакеттер (саны: {bundles}). Қойманы &apos;trial-monitor verify&apos; командасымен тексеріңіз.</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles whose signed list of contents is too large to forward (how many: {bundles}). Ask {name} to send their records in smaller bundles.</source>
        <translation>Жолданбады, {name} жіберген: қол қойылған мазмұн тізімі жолдау үшін тым үлкен пакеттер (саны: {bundles}). {name} жазбаларын кішірек пакеттермен жіберсін.</translation>
    </message>
    <message>
        <source>A bundle from {name} is larger than a forwarded bundle may carry; nothing was written.</source>
        <translation>{name} жіберген пакет жолданатын пакетке сыймайды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>An attachment from {name} held here is no longer what they signed; nothing was written. Check the vault with &apos;trial-monitor verify&apos;.</source>
        <translation>Бұл қоймадағы {name} жіберген тіркеме ол қол қойғанмен енді сәйкес келмейді; ештеңе жазылған жоқ. Қойманы &apos;trial-monitor verify&apos; командасымен тексеріңіз.</translation>
    </message>
    <message>
        <source>A display name must be one line of visible text; it may not hold the invisible or control character {char}.</source>
        <translation>Көрсетілетін аты көрінетін мәтіннің бір жолы болуы керек; онда {char} көрінбейтін немесе басқару таңбасы болмауы тиіс.</translation>
    </message>
    <message>
        <source>A display name may be at most {max_chars} characters long.</source>
        <translation>Көрсетілетін аты {max_chars} таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <source>The key card&apos;s display name holds the invisible or control character {char}, which could disguise what is shown next to it. Ask its owner to choose a name of one line of visible text and send the card again.</source>
        <translation>Кілт карточкасындағы көрсетілетін атта {char} көрінбейтін немесе басқару таңбасы бар, ол қасында көрсетілгенді бүркемелеуі мүмкін. Иесінен көрінетін мәтіннің бір жолынан тұратын ат таңдап, карточканы қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <source>This {kind} still has records under it ({kinds}: {count}); delete those first.</source>
        <translation>Бұл жазбаның ({kind}) астында әлі жазбалар бар ({kinds}: {count}); алдымен соларды жойыңыз.</translation>
    </message>
    <message>
        <source>An interval cannot end before it starts.</source>
        <translation>Аралық басталғанынан бұрын аяқтала алмайды.</translation>
    </message>
    <message>
        <source>The file is larger than {mib} MiB.</source>
        <translation>Файл {mib} МиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>The attachment does not match its recorded checksum.</source>
        <translation>Тіркеме өзінің жазылған бақылау сомасымен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Unknown condition code &apos;{code}&apos;. Run &apos;trial-monitor taxonomy list&apos; to see the codes.</source>
        <translation>Белгісіз жағдай коды: «{code}». Кодтар тізімін көру үшін &apos;trial-monitor taxonomy list&apos; іске қосыңыз.</translation>
    </message>
    <message>
        <source>Unknown category &apos;{code}&apos;. Categories: {categories}.</source>
        <translation>Белгісіз санат: «{code}». Санаттар: {categories}.</translation>
    </message>
    <message>
        <source>Unknown checklist question &apos;{id}&apos;. Run &apos;trial-monitor checklist show&apos; to see the questions.</source>
        <translation>Бақылау тізімінің белгісіз сұрағы: «{id}». Сұрақтарды көру үшін &apos;trial-monitor checklist show&apos; іске қосыңыз.</translation>
    </message>
    <message>
        <source>Fields must be given as KEY=VALUE pairs.</source>
        <translation>Өрістер КІЛТ=МӘН жұптары түрінде беріледі.</translation>
    </message>
    <message>
        <source>Unknown field {key} for {code}. Accepted fields: {accepted}.</source>
        <translation>{code} үшін белгісіз өріс: {key}. Қабылданатын өрістер: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown field {key} for {code}. It takes no fields; write in the note text instead.</source>
        <translation>{code} үшін белгісіз өріс: {key}. Бұл кодтың өрістері жоқ; жазбаның мәтініне жазыңыз.</translation>
    </message>
    <message>
        <source>{code} needs the field {fields} (give it as {example}).</source>
        <translation>{code} үшін {fields} өрісі керек (оны {example} түрінде беріңіз).</translation>
    </message>
    <message>
        <source>{code} needs the fields {fields} (give it as {example}).</source>
        <translation>{code} үшін {fields} өрістері керек (оларды {example} түрінде беріңіз).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes one choice code: {codes}.</source>
        <translation>«{key}» өрісі бір нұсқа кодын қабылдайды: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes one party code: {codes}.</source>
        <translation>«{key}» өрісі бір тарап кодын қабылдайды: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; must be one of: {codes} (got {got}).</source>
        <translation>«{key}» өрісі мыналардың бірі болуы керек: {codes} (берілгені: {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes choice codes separated by commas: {codes}.</source>
        <translation>«{key}» өрісі үтірмен бөлінген нұсқа кодтарын қабылдайды: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes party codes separated by commas: {codes}.</source>
        <translation>«{key}» өрісі үтірмен бөлінген тарап кодтарын қабылдайды: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes yes or no (got {got}).</source>
        <translation>«{key}» өрісі «иә» немесе «жоқ» мәнін қабылдайды (берілгені: {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a whole number from 0 to {max} (got {got}).</source>
        <translation>«{key}» өрісі 0-ден {max} дейінгі бүтін санды қабылдайды (берілгені: {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a date or date and time such as 2026-03-14 or 2026-03-14T10:30 (got {got}).</source>
        <translation>«{key}» өрісі 2026-03-14 немесе 2026-03-14T10:30 сияқты күнді не күн мен уақытты қабылдайды (берілгені: {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a length such as 3y, 18m, 90d, 2y6m or 1y2m3d (years, months, days; got {got}).</source>
        <translation>«{key}» өрісі 3y, 18m, 90d, 2y6m немесе 1y2m3d сияқты мерзімді қабылдайды (жылдар, айлар, күндер; берілгені: {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; has an unknown type &apos;{type}&apos;.</source>
        <translation>«{key}» өрісінің түрі белгісіз: «{type}».</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes text (got {got}).</source>
        <translation>«{key}» өрісі мәтінді қабылдайды (берілгені: {got}).</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is malformed: {where}: {problem}.</source>
        <translation>{source} таксономия файлы бүлінген: {where}: {problem}.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is malformed: the key &apos;{key}&apos; appears twice in one object.</source>
        <translation>{source} таксономия файлы бүлінген: «{key}» кілті бір нысанда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>Cannot read the taxonomy file {source}: {reason}.</source>
        <translation>{source} таксономия файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is not UTF-8 text.</source>
        <translation>{source} таксономия файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>{source} таксономия файлы жарамды JSON емес ({line}-жол, {column}-баған: {problem}).</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is nested too deeply.</source>
        <translation>{source} таксономия файлының ішкі деңгейлері тым терең.</translation>
    </message>
    <message>
        <source>The file holds an unexpected member &apos;{name}&apos;.</source>
        <translation>Файлда күтпеген элемент бар: «{name}».</translation>
    </message>
    <message>
        <source>The file holds a member with an unsafe name &apos;{name}&apos;.</source>
        <translation>Файлда қауіпті атауы бар элемент бар: «{name}».</translation>
    </message>
    <message>
        <source>The file is larger than any bundle this app makes.</source>
        <translation>Файл бұл қолданба жасайтын кез келген пакеттен үлкен.</translation>
    </message>
    <message>
        <source>The decrypted content is not a valid archive.</source>
        <translation>Шифрі ашылған мазмұн жарамды мұрағат емес.</translation>
    </message>
    <message>
        <source>The file holds more members than a bundle may.</source>
        <translation>Файлда пакетке рұқсат етілгеннен көп элемент бар.</translation>
    </message>
    <message>
        <source>The file holds the member &apos;{name}&apos; twice.</source>
        <translation>«{name}» элементі файлда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>The archive inside the file is itself encrypted.</source>
        <translation>Файлдың ішіндегі мұрағаттың өзі шифрланған.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is larger than the format allows.</source>
        <translation>«{name}» элементі пішім рұқсат ететіннен үлкен.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; looks like a decompression bomb.</source>
        <translation>«{name}» элементі мұрағат бомбасына ұқсайды.</translation>
    </message>
    <message>
        <source>The file&apos;s content is larger than a bundle may be.</source>
        <translation>Файлдың мазмұны пакетке рұқсат етілгеннен үлкен.</translation>
    </message>
    <message>
        <source>The file has no {name}.</source>
        <translation>Файлда {name} жоқ.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is damaged.</source>
        <translation>«{name}» элементі бүлінген.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; cannot be read.</source>
        <translation>«{name}» элементін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is not the size it claims.</source>
        <translation>«{name}» элементінің өлшемі мәлімделгенмен сәйкес емес.</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Манифест жарамды JSON емес.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Манифест JSON нысаны емес.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor bundle or receipt.</source>
        <translation>Бұл Trial Monitor пакеті де, түбіртегі де емес.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>Манифестте пішім нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>The file uses format version {version}, made by a newer Trial Monitor; update the app to import it.</source>
        <translation>Файл Trial Monitor-дың жаңарақ нұсқасы жасаған {version} пішім нұсқасында; оны импорттау үшін қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The bundle holds records of a kind this version does not know ({kinds}): it was made by a newer Trial Monitor. Update the app to import it; nothing was imported.</source>
        <translation>Пакетте осы нұсқаға белгісіз түрдегі жазбалар бар ({kinds}): ол Trial Monitor-дың жаңарақ нұсқасында жасалған. Оны импорттау үшін қолданбаны жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The manifest does not say rightly which kinds of record the bundle holds.</source>
        <translation>Манифест пакетте қандай жазба түрлері бар екенін дұрыс көрсетпейді.</translation>
    </message>
    <message>
        <source>The manifest&apos;s format version {version} is not valid.</source>
        <translation>Манифесттегі {version} пішім нұсқасы жарамсыз.</translation>
    </message>
    <message>
        <source>The manifest&apos;s id is malformed.</source>
        <translation>Манифесттің идентификаторы бүлінген.</translation>
    </message>
    <message>
        <source>The manifest does not list the file&apos;s members.</source>
        <translation>Манифест файлдың элементтерін тізбелемейді.</translation>
    </message>
    <message>
        <source>The file&apos;s members do not match its manifest (missing {names}).</source>
        <translation>Файлдың элементтері манифестке сәйкес емес ({names} жетіспейді).</translation>
    </message>
    <message>
        <source>The file&apos;s members do not match its manifest (unlisted {names}).</source>
        <translation>Файлдың элементтері манифестке сәйкес емес ({names} тізбеленбеген).</translation>
    </message>
    <message>
        <source>The manifest&apos;s entry for &apos;{name}&apos; is malformed or wrong.</source>
        <translation>Манифесттегі «{name}» жазбасы бүлінген немесе қате.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; was altered: its hash does not match.</source>
        <translation>«{name}» элементі өзгертілген: оның хеші сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Line {line} of the revisions is too long.</source>
        <translation>Нұсқалардың {line}-жолы тым ұзын.</translation>
    </message>
    <message>
        <source>The revision on line {line} is not valid JSON.</source>
        <translation>{line}-жолдағы нұсқа жарамды JSON емес.</translation>
    </message>
    <message>
        <source>The revision on line {line} is not a JSON object.</source>
        <translation>{line}-жолдағы нұсқа JSON нысаны емес.</translation>
    </message>
    <message>
        <source>This is a receipt, not a bundle: import it as a receipt.</source>
        <translation>Бұл пакет емес, түбіртек: оны түбіртек ретінде импорттаңыз.</translation>
    </message>
    <message>
        <source>This bundle was written by this vault; there is nothing to import.</source>
        <translation>Бұл пакетті осы қойма жазған; импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>A different bundle with this bundle&apos;s id was imported before; this one was refused as a forgery or a corrupted copy.</source>
        <translation>Осы идентификаторы бар басқа пакет бұрын импортталған; бұл пакет жалған немесе бүлінген көшірме ретінде қабылданбады.</translation>
    </message>
    <message>
        <source>This is not a bundle.</source>
        <translation>Бұл пакет емес.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sequence number is missing or invalid.</source>
        <translation>Пакеттің реттік нөмірі жоқ немесе жарамсыз.</translation>
    </message>
    <message>
        <source>The bundle holds no revisions.</source>
        <translation>Пакетте нұсқалар жоқ.</translation>
    </message>
    <message>
        <source>Its kind &apos;{kind}&apos; is not one the bundle&apos;s manifest and format declare.</source>
        <translation>Оның «{kind}» түрі пакеттің манифесінде де, пішімінде де жарияланбаған.</translation>
    </message>
    <message>
        <source>It is filed under another record than the one its {field} names.</source>
        <translation>Ол өзінің {field} өрісі атаған жазбаға емес, басқа жазбаға тіркелген.</translation>
    </message>
    <message>
        <source>The bundle&apos;s count of revisions by kind does not match its manifest.</source>
        <translation>Пакеттегі әр түрдің нұсқалар саны оның манифесіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Revision {number} in the bundle is malformed.</source>
        <translation>Пакеттегі {number}-нұсқа бүлінген.</translation>
    </message>
    <message>
        <source>The bundle&apos;s revision count does not match its manifest.</source>
        <translation>Пакеттегі нұсқалар саны манифестке сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The bundle holds the same revision twice.</source>
        <translation>Пакетте бір нұсқа екі рет кездеседі.</translation>
    </message>
    <message>
        <source>The bundle holds text that is not valid Unicode.</source>
        <translation>Пакетте жарамды Юникод емес мәтін бар.</translation>
    </message>
    <message>
        <source>{name}&apos;s history does not link up with what was imported before: it was altered. Refused.</source>
        <translation>{name} тарихы бұрын импортталғанмен жалғаспайды: ол өзгертілген. Қабылданбады.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} differs from the one already imported: their history was rewritten. Refused.</source>
        <translation>{name} жіберген №{seq} нұсқа бұрын импортталғаннан өзгеше: тарих қайта жазылған. Қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle reuses the id of a revision already here. Refused.</source>
        <translation>Пакет мұнда бұрыннан бар нұсқаның идентификаторын қайта қолданады. Қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle changes the kind of an existing record. Refused.</source>
        <translation>Пакет бар жазбаның түрін өзгертеді. Қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle gives one record two kinds. Refused.</source>
        <translation>Пакет бір жазбаға екі түр береді. Қабылданбады.</translation>
    </message>
    <message>
        <source>The author&apos;s first revision names a predecessor: altered history.</source>
        <translation>Автордың алғашқы нұсқасы алдыңғы нұсқаға сілтейді: тарих өзгертілген.</translation>
    </message>
    <message>
        <source>Revision #{seq} does not link to the one before it: the history was altered.</source>
        <translation>№{seq} нұсқа алдыңғысымен байланыспайды: тарих өзгертілген.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content is missing from the bundle.</source>
        <translation>Тіркеменің мазмұны пакетте жоқ.</translation>
    </message>
    <message>
        <source>An attachment does not match its recorded size and checksum.</source>
        <translation>Тіркеме өзінің жазылған өлшемі мен бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The bundle holds attachment content that no record names.</source>
        <translation>Пакетте ешбір жазба атамайтын тіркеме мазмұны бар.</translation>
    </message>
    <message>
        <source>This is more than one file may hold (1 GiB). Send it in parts: export again after a smaller set of changes.</source>
        <translation>Бұл бір файлға сыятыннан көп (1 ГиБ). Бөліп жіберіңіз: өзгерістердің азырақ жиынтығынан кейін қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} қалта емес.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файлды оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>This is not an encrypted Trial Monitor file (not an age file).</source>
        <translation>Бұл шифрланған Trial Monitor файлы емес (age файлы емес).</translation>
    </message>
    <message>
        <source>The file is not addressed to this vault: it was encrypted for someone else.</source>
        <translation>Файл бұл қоймаға арналмаған: ол басқа біреу үшін шифрланған.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it cannot be decrypted.</source>
        <translation>Файл бүлінген немесе толық емес: оның шифрын ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file is damaged or was altered: it cannot be decrypted.</source>
        <translation>Файл бүлінген немесе өзгертілген: оның шифрын ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file is signed by your contact {name} but claims to be from someone else ({claimed}). It was refused.</source>
        <translation>Файлға сіздің {name} контактыңыз қол қойған, бірақ ол басқа адамнан ({claimed}) келген болып көрінеді. Ол қабылданбады.</translation>
    </message>
    <message>
        <source>The manifest does not list its recipients.</source>
        <translation>Манифест алушыларды тізбелемейді.</translation>
    </message>
    <message>
        <source>The file was not written for this vault: its signed list of recipients does not include you (it may have been re-encrypted by someone else).</source>
        <translation>Файл бұл қоймаға арналып жазылмаған: оның қол қойылған алушылар тізімінде сіз жоқсыз (оны басқа біреу қайта шифрлаған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The age recipient on the key card is not valid.</source>
        <translation>Кілт карточкасындағы age алушысы жарамсыз.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor key card.</source>
        <translation>Бұл Trial Monitor кілт карточкасы емес.</translation>
    </message>
    <message>
        <source>The key card was made by another version of Trial Monitor; update the app.</source>
        <translation>Кілт карточкасын Trial Monitor-дың басқа нұсқасы жасаған; қолданбаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The key card is incomplete.</source>
        <translation>Кілт карточкасы толық емес.</translation>
    </message>
    <message>
        <source>The key card&apos;s author id is malformed.</source>
        <translation>Кілт карточкасындағы автор идентификаторы бүлінген.</translation>
    </message>
    <message>
        <source>The key card&apos;s display name is empty or too long.</source>
        <translation>Кілт карточкасындағы көрсетілетін ат бос немесе тым ұзын.</translation>
    </message>
    <message>
        <source>The key card&apos;s signing key is not valid.</source>
        <translation>Кілт карточкасындағы қолтаңба кілті жарамсыз.</translation>
    </message>
    <message>
        <source>The file is too large to be a key card.</source>
        <translation>Файл кілт карточкасы болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor key card (not JSON).</source>
        <translation>Бұл Trial Monitor кілт карточкасы емес (JSON емес).</translation>
    </message>
    <message>
        <source>The key card has no valid signature.</source>
        <translation>Кілт карточкасының жарамды қолтаңбасы жоқ.</translation>
    </message>
    <message>
        <source>The key card was altered after it was made.</source>
        <translation>Кілт карточкасы жасалғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The key card&apos;s fingerprint does not match its keys: altered.</source>
        <translation>Кілт карточкасының саусақ ізі оның кілттеріне сәйкес келмейді: ол өзгертілген.</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 minisign key.</source>
        <translation>Ашық кілт minisign Ed25519 кілті емес.</translation>
    </message>
    <message>
        <source>The signature was made with another key.</source>
        <translation>Қолтаңба басқа кілтпен қойылған.</translation>
    </message>
    <message>
        <source>The signature does not match the signed data.</source>
        <translation>Қолтаңба қол қойылған деректерге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signature file is too large.</source>
        <translation>Қолтаңба файлы тым үлкен.</translation>
    </message>
    <message>
        <source>The signature file is not text.</source>
        <translation>Қолтаңба файлы мәтін емес.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>Қолтаңба файлы minisign пішімінде емес.</translation>
    </message>
    <message>
        <source>The signature is not a pre-hashed Ed25519 minisign signature.</source>
        <translation>Қолтаңба алдын ала хештелген minisign Ed25519 қолтаңбасы емес.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment is not signed.</source>
        <translation>Қолтаңбаның сенімді түсініктемесіне қол қойылмаған.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>Ашық кілт жарамды base64 емес.</translation>
    </message>
    <message>
        <source>The signature is not valid base64.</source>
        <translation>Қолтаңба жарамды base64 емес.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Болдырылмады. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Choose at least one contact to send the bundle to.</source>
        <translation>Пакетті жіберу үшін кемінде бір контактіні таңдаңыз.</translation>
    </message>
    <message>
        <source>There is nothing to send yet: the vault has no records.</source>
        <translation>Әзірге жіберетін ештеңе жоқ: қоймада жазбалар жоқ.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle to {names}. To send everything again, export all.</source>
        <translation>{names} үшін соңғы пакеттен бері ештеңе өзгерген жоқ. Бәрін қайта жіберу үшін бәрін экспорттаңыз.</translation>
    </message>
    <message>
        <source>No bundle from {name} has been imported yet.</source>
        <translation>{name} жіберген бірде-бір пакет әлі импортталған жоқ.</translation>
    </message>
    <message>
        <source>This is a bundle, not a receipt: import it as a bundle.</source>
        <translation>Бұл түбіртек емес, пакет: оны пакет ретінде импорттаңыз.</translation>
    </message>
    <message>
        <source>The receipt is signed by someone who is not a contact (claims to be {claimed}). Add their key card first.</source>
        <translation>Түбіртекке контакт емес адам қол қойған (өзін {claimed} деп атайды). Алдымен оның кілт карточкасын қосыңыз.</translation>
    </message>
    <message>
        <source>The receipt lists no bundles.</source>
        <translation>Түбіртекте бірде-бір пакет аталмаған.</translation>
    </message>
    <message>
        <source>An entry of the receipt is malformed.</source>
        <translation>Түбіртектің бір жазбасы бүлінген.</translation>
    </message>
    <message>
        <source>Choose the trials to remove from this laptop.</source>
        <translation>Бұл ноутбуктан жойылатын сот процестерін таңдаңыз.</translation>
    </message>
    <message>
        <source>No trial with id {id}.</source>
        <translation>{id} идентификаторы бар сот процесі жоқ.</translation>
    </message>
    <message>
        <source>“{title}” cannot be removed: it holds records from other people. Nothing was removed.</source>
        <translation>«{title}» жою мүмкін емес: онда басқа адамдардың жазбалары бар. Ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>Not kept: signed by someone who is not a contact (claims to be {name}, fingerprint {fingerprint}), and the quarantine is full (its limit: {limit}). Nothing was changed. Import or discard the quarantined bundles, or raise the limit in Settings.</source>
        <translation>Сақталмады: контактілер арасында жоқ адам қол қойған ({name} деп аталады, саусақ ізі {fingerprint}), ал карантин толы (шегі: {limit}). Ештеңе өзгертілмеді. Карантиндегі пакеттерді импорттаңыз немесе жойыңыз, не баптауларда шекті арттырыңыз.</translation>
    </message>
    <message>
        <source>The {kind}&apos;s field {field} has the wrong type.</source>
        <translation>{kind} жазбасының {field} өрісінің түрі дұрыс емес.</translation>
    </message>
    <message>
        <source>The time {field} (&apos;{value}&apos;) is not written as a UTC time such as 2026-11-24T10:30:00Z.</source>
        <translation>{field} уақыты (&apos;{value}&apos;) 2026-11-24T10:30:00Z түріндегі UTC уақыты ретінде жазылмаған.</translation>
    </message>
    <message>
        <source>The time {field} (&apos;{value}&apos;) is not a real date and time.</source>
        <translation>{field} уақыты (&apos;{value}&apos;) — шын мәнінде жоқ күн мен уақыт.</translation>
    </message>
    <message>
        <source>The time {field} must fall within the years {first} to {last}.</source>
        <translation>{field} уақыты {first}–{last} жылдар аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The {kind} needs its time {field}.</source>
        <translation>{kind} жазбасына {field} уақыты қажет.</translation>
    </message>
    <message>
        <source>The text of {field} holds a character no text may hold: a NUL, or half of a character.</source>
        <translation>{field} өрісінің мәтінінде рұқсат етілмеген таңба бар: NUL немесе таңбаның жартысы.</translation>
    </message>
    <message>
        <source>{field} holds more than {max_items} entries.</source>
        <translation>{field} ішінде {max_items} элементтен көп.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} {low} мен {high} аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The field {field} holds a value other than text, a whole number, yes or no, or a short list of those.</source>
        <translation>{field} өрісінде мәтін, бүтін сан, «иә» не «жоқ» немесе олардың қысқа тізімі емес мән бар.</translation>
    </message>
    <message>
        <source>Its field {field} is missing or has the wrong type.</source>
        <translation>Оның {field} өрісі жоқ немесе түрі дұрыс емес.</translation>
    </message>
    <message>
        <source>It names another author than the bundle&apos;s signer.</source>
        <translation>Онда пакетке қол қойған адамнан басқа автор көрсетілген.</translation>
    </message>
    <message>
        <source>Its {field} is not a well-formed id.</source>
        <translation>Оның {field} — дұрыс емес идентификатор.</translation>
    </message>
    <message>
        <source>Its link to the author&apos;s previous revision is malformed.</source>
        <translation>Оның автордың алдыңғы нұсқасына сілтемесі дұрыс емес.</translation>
    </message>
    <message>
        <source>Its sequence number is out of range (1 to {max}).</source>
        <translation>Оның реттік нөмірі рұқсат етілген аралықтан тыс (1-ден {max}-ге дейін).</translation>
    </message>
    <message>
        <source>{count} of your records hold values saved by an older version that no coordinator accepts (the first: {kind} {id}: {problem}). Correct them, then send again. Nothing was written.</source>
        <translation>Бұрынғы нұсқа сақтаған және ешбір үйлестіруші қабылдамайтын мәндері бар жазбалар саны: {count} (біріншісі: {kind} {id}: {problem}). Оларды түзетіп, қайта жіберіңіз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The {kind} {id} holds values this version cannot read; it is shown as unreadable.</source>
        <translation>{kind} түріндегі {id} жазбасында осы нұсқа оқи алмайтын мәндер бар; ол оқылмайтын ретінде көрсетілген.</translation>
    </message>
    <message>
        <source>This {kind} was recorded by someone else: only its author can change or delete it. Nothing was saved.</source>
        <translation>Бұл жазбаны ({kind}) басқа адам жасаған: оны тек авторы ғана өзгерте немесе жоя алады. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} creates a record whose id belongs to another author&apos;s record. Refused.</source>
        <translation>{name} жіберген №{seq} нұсқа басқа автордың жазбасына тиесілі идентификатормен жазба жасайды. Қабылданбады.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} is numbered out of sequence: a record&apos;s first revision is number 1, and every later one is one more than the revision it was edited from. Refused.</source>
        <translation>{name} жіберген №{seq} нұсқа ретімен нөмірленбеген: жазбаның бірінші нұсқасының нөмірі 1, ал әр келесісі өзі өңделген нұсқадан бір артық болады. Қабылданбады.</translation>
    </message>
    <message>
        <source>That is this vault&apos;s own key card.</source>
        <translation>Бұл осы қойманың өз кілт карточкасы.</translation>
    </message>
    <message>
        <source>Revision {number} in the bundle is not valid. {problem}</source>
        <translation>Пакеттегі {number} нұсқасы жарамсыз. {problem}</translation>
    </message>
    <message>
        <source>“{title}” cannot be removed: changes without a receipt yet: {pending}. Nothing was removed.</source>
        <translation>«{title}» жою мүмкін емес: түбіртегі жоқ өзгерістер: {pending}. Ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>{name} is already a contact with different keys. If they really have new keys, remove the old contact first.</source>
        <translation>{name} бұрыннан басқа кілттермен контакт ретінде бар. Егер оның кілттері шынымен жаңа болса, алдымен ескі контактіні жойыңыз.</translation>
    </message>
    <message>
        <source>No such contact.</source>
        <translation>Мұндай контакт жоқ.</translation>
    </message>
    <message>
        <source>A name is at most {max_chars} characters.</source>
        <translation>Ат {max_chars} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>No contact &apos;{reference}&apos;. See &apos;contacts list&apos;.</source>
        <translation>«{reference}» контактісі жоқ. &apos;contacts list&apos; қараңыз.</translation>
    </message>
    <message>
        <source>More than one contact matches &apos;{reference}&apos;; give the contact&apos;s id instead.</source>
        <translation>«{reference}» бірнеше контактіге сәйкес келеді; оның орнына контактінің идентификаторын беріңіз.</translation>
    </message>
    <message>
        <source>A trial cannot be linked to itself.</source>
        <translation>Сот процесін өзімен байланыстыру мүмкін емес.</translation>
    </message>
    <message>
        <source>Those two trials are not linked.</source>
        <translation>Бұл екі сот процесі байланыстырылмаған.</translation>
    </message>
    <message>
        <source>No hearing session {key}.</source>
        <translation>{key} сот отырысы жоқ.</translation>
    </message>
    <message>
        <source>The window within which notes join one event is 0 to {max} minutes, not {got}.</source>
        <translation>Жазбалар бір оқиғаға біріктірілетін аралық 0-ден {max} минутқа дейін болуы керек, {got} емес.</translation>
    </message>
    <message>
        <source>No event {id}: the events of a trial are listed with their ids.</source>
        <translation>{id} оқиғасы жоқ: сот процесінің оқиғалары идентификаторларымен бірге тізімделген.</translation>
    </message>
    <message>
        <source>{count} events start with {id}: give more of the id.</source>
        <translation>{id} деп басталатын бірнеше оқиға бар ({count}): идентификаторды толығырақ көрсетіңіз.</translation>
    </message>
    <message>
        <source>{action} is no decision on an event: confirm, split, merge, reject or annotate.</source>
        <translation>{action} — оқиға туралы шешім емес: растау, бөлу, біріктіру, қабылдамау немесе ескертпе қосу.</translation>
    </message>
    <message>
        <source>This decision is about one event: name one.</source>
        <translation>Бұл шешім бір оқиғаға қатысты: біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A merge joins two or more events: name at least two.</source>
        <translation>Біріктіру екі немесе одан көп оқиғаны қосады: кемінде екеуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Only events of one hearing session can be merged into one.</source>
        <translation>Бір оқиғаға тек бір сот отырысының оқиғаларын біріктіруге болады.</translation>
    </message>
    <message>
        <source>Observations are named only to split an event.</source>
        <translation>Бақылаулар тек оқиғаны бөлгенде көрсетіледі.</translation>
    </message>
    <message>
        <source>{id} names no one observation of event {event}.</source>
        <translation>{id} {event} оқиғасының бірде-бір бақылауын көрсетпейді.</translation>
    </message>
    <message>
        <source>Name the observations to split off into an event of their own.</source>
        <translation>Жеке оқиғаға бөлінетін бақылауларды көрсетіңіз.</translation>
    </message>
    <message>
        <source>A split leaves some observations on each side: not every one of the event&apos;s.</source>
        <translation>Бөлгеннен кейін әр бөлікте бақылау қалады: оқиғаның барлық бақылауын бөліп алуға болмайды.</translation>
    </message>
    <message>
        <source>An annotation needs a note.</source>
        <translation>Ескертпеге мәтін қажет.</translation>
    </message>
    <message>
        <source>A note on an event is at most {max} characters, not {got}.</source>
        <translation>Оқиғаға жазылатын ескертпе ең көбі {max} таңба болады, {got} емес.</translation>
    </message>
    <message>
        <source>Reports are in {languages}.</source>
        <translation>Есептер мына тілдерде жасалады: {languages}.</translation>
    </message>
    <message>
        <source>A public report never shows real names.</source>
        <translation>Жария есепте нақты аттар ешқашан көрсетілмейді.</translation>
    </message>
    <message>
        <source>A report&apos;s stage is one of {stages}, not {stage}.</source>
        <translation>Есеп кезеңі {stage} емес, мыналардың бірі: {stages}.</translation>
    </message>
    <message>
        <source>Stages go forward: the {stage} stage cannot be issued once the {later} stage has been.</source>
        <translation>Кезеңдер алға қарай жүреді: {later} кезеңі шығарылғаннан кейін {stage} кезеңін шығаруға болмайды.</translation>
    </message>
    <message>
        <source>The {stage} stage was issued on {issued}. To issue it again (the earlier issue stays in its history), say so.</source>
        <translation>{stage} кезеңі {issued} шығарылған. Оны қайта шығару үшін (бұрынғы шығарылымы тарихында қалады) мұны анық айтыңыз.</translation>
    </message>
    <message>
        <source>This trial has {count} records, more than a stage can name ({max}).</source>
        <translation>Бұл сот процесінде {count} жазба бар — бұл кезең атай алатыннан ({max}) көп.</translation>
    </message>
    <message>
        <source>This trial has records by {count} people, more than a stage can name ({max}).</source>
        <translation>Бұл сот процесінде {count} адамның жазбалары бар — бұл кезең атай алатыннан ({max}) көп.</translation>
    </message>
    <message>
        <source>This issued stage was made by another version of the app (snapshot format {got}).</source>
        <translation>Бұл шығарылған кезеңді қолданбаның басқа нұсқасы жасаған (үлгі пішімі {got}).</translation>
    </message>
    <message>
        <source>This issued stage&apos;s list of what it was made from is damaged ({what}).</source>
        <translation>Бұл шығарылған кезең неден құралғаны туралы тізім бүлінген ({what}).</translation>
    </message>
    <message>
        <source>The {stage} stage was made from {count} records; {missing} of them are not in this vault (removed since, or never received here), so it cannot be shown as issued.</source>
        <translation>{stage} кезеңі {count} жазба бойынша жасалған; олардың {missing} бұл қоймада жоқ (жойылған немесе мұнда келмеген), сондықтан оны шығарылған күйінде көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The records this vault holds for the {stage} stage are not those it was issued from: their digest differs.</source>
        <translation>Бұл қоймадағы {stage} кезеңіне арналған жазбалар ол шығарылған жазбалар емес: олардың дайджесі басқа.</translation>
    </message>
    <message>
        <source>The {stage} stage names no trial record this vault can read.</source>
        <translation>{stage} кезеңі бұл қойма оқи алатын бірде-бір сот процесі жазбасын атамайды.</translation>
    </message>
    <message>
        <source>The {stage} stage this one compares itself with is not in this vault.</source>
        <translation>Бұл кезең өзін салыстыратын {stage} кезеңі бұл қоймада жоқ.</translation>
    </message>
    <message>
        <source>The remembered folders are malformed.</source>
        <translation>Есте сақталған қалталар бүлінген.</translation>
    </message>
    <message>
        <source>{standard} is not a standard of the taxonomy.</source>
        <translation>{standard} таксономияның стандарты емес.</translation>
    </message>
    <message>
        <source>The level of concern is one of {allowed}, not {got}.</source>
        <translation>Алаңдаушылық деңгейі мыналардың бірі: {allowed}; {got} емес.</translation>
    </message>
    <message>
        <source>{event} is not an event of this trial as its notes are grouped now; the trial&apos;s assessment lists its events.</source>
        <translation>Жазбалардың қазіргі топталуы бойынша {event} бұл процестің оқиғасы емес; процестің оқиғалары оның бағалауында тізілген.</translation>
    </message>
    <message>
        <source>More than one event of this trial starts with {event}: give more of its id.</source>
        <translation>Бұл процестің бірнеше оқиғасы {event} деп басталады: идентификаторды толығырақ беріңіз.</translation>
    </message>
    <message>
        <source>{got} is not a grade of the scale ({grades}).</source>
        <translation>{got} шкаланың бағасы емес ({grades}).</translation>
    </message>
    <message>
        <source>A grade is issued with a conclusion: write the conclusion first.</source>
        <translation>Баға қорытындымен бірге қойылады: алдымен қорытындыны жазыңыз.</translation>
    </message>
    <message>
        <source>A grade needs reasoning on every standard with events. Still without reasoning: {count} (first: {standards}).</source>
        <translation>Баға қою үшін оқиғалар қатысты әр стандарт бойынша негіздеме қажет. Әлі негіздемесіз: {count} (алғашқылары: {standards}).</translation>
    </message>
    <message>
        <source>The date {field} (&apos;{value}&apos;) is not written as a date such as 2026-11-24.</source>
        <translation>{field} күні (&apos;{value}&apos;) 2026-11-24 түріндегі күн ретінде жазылмаған.</translation>
    </message>
    <message>
        <source>The date {field} (&apos;{value}&apos;) is not a real day.</source>
        <translation>{field} күні (&apos;{value}&apos;) шын мәнінде жоқ күн.</translation>
    </message>
    <message>
        <source>The date {field} must fall within the years {first} to {last}.</source>
        <translation>{field} күні {first}–{last} жылдар аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>Мерзім басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>The term &apos;{value}&apos; is not written as a term such as 5y, 6m, 10d or 5y6m10d.</source>
        <translation>&apos;{value}&apos; мерзімі 5y, 6m, 10d немесе 5y6m10d түріндегі мерзім ретінде жазылмаған.</translation>
    </message>
    <message>
        <source>Say whose sentence this is: the defendant&apos;s name is missing.</source>
        <translation>Бұл кімнің үкімі екенін көрсетіңіз: сотталғанның аты көрсетілмеген.</translation>
    </message>
    <message>
        <source>The element of the sentence must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Жаза түрі мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>A banned activity must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Тыйым салынған қызмет мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>Only an activity ban names banned activities (this element is &apos;{element}&apos;).</source>
        <translation>Тыйым салынған қызмет түрлері тек белгілі бір қызметпен айналысуға тыйым салу үшін көрсетіледі (мұнда жаза &apos;{element}&apos;).</translation>
    </message>
    <message>
        <source>The kind of proceeding must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Іс жүргізу түрі мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>The outcome must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Нәтиже мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>The conduct alleged must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Айыпталған әрекет мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>The defendant&apos;s situation must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Сотталғанның жағдайы мыналардың бірі болуы керек: {allowed} (&apos;{got}&apos; көрсетілген).</translation>
    </message>
    <message>
        <source>Only proceedings for a violation name the conduct alleged.</source>
        <translation>Айыпталған әрекет тек бұзушылық туралы іс жүргізуде көрсетіледі.</translation>
    </message>
    <message>
        <source>Only a record of the defendant&apos;s situation names a situation.</source>
        <translation>Жағдай тек сотталғанның жағдайы туралы жазбада көрсетіледі.</translation>
    </message>
    <message>
        <source>Days of detention go with the outcome &apos;detention&apos; only.</source>
        <translation>Қамақ күндері тек «әкімшілік қамаққа алу» нәтижесінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Say whom this concerns: the defendant&apos;s name is missing, and the trial does not have exactly one defendant.</source>
        <translation>Бұл кімге қатысты екенін көрсетіңіз: сотталғанның аты көрсетілмеген, ал істе бір ғана сотталушы емес.</translation>
    </message>
    <message>
        <source>That element of the sentence is {owner}&apos;s, not {defendant}&apos;s.</source>
        <translation>Бұл жаза басқа сотталғанға тағайындалған: {defendant} емес, {owner}.</translation>
    </message>
    <message>
        <source>That element of the sentence belongs to another trial.</source>
        <translation>Бұл жаза басқа іске жатады.</translation>
    </message>
    <message>
        <source>That hearing belongs to another trial.</source>
        <translation>Бұл сот отырысы басқа іске жатады.</translation>
    </message>
</context>
<context>
    <name>CorrectValuesDialog</name>
    <message>
        <source>Correct values an older version saved</source>
        <translation>Бұрынғы нұсқа сақтаған мәндерді түзету</translation>
    </message>
    <message>
        <source>A time in UTC, written as 2026-11-24T10:30:00Z.</source>
        <translation>UTC бойынша уақыт, 2026-11-24T10:30:00Z түрінде.</translation>
    </message>
    <message>
        <source>A date, written as 2026-11-24.</source>
        <translation>Күн, 2026-11-24 түрінде.</translation>
    </message>
    <message>
        <source>A time zone, written as Asia/Almaty.</source>
        <translation>Уақыт белдеуі, Asia/Almaty түрінде.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Бүтін сан.</translation>
    </message>
    <message>
        <source>Text; a list takes one entry per line.</source>
        <translation>Мәтін; тізімде әр жолға бір жазба.</translation>
    </message>
    <message>
        <source>This value can only be cleared: leave it empty.</source>
        <translation>Бұл мәнді тек тазартуға болады: өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>An older version of Trial Monitor saved these values, and no coordinator accepts them. Correct each one; the old values stay in the record&apos;s history.</source>
        <translation>Бұл мәндерді Trial Monitor-дың бұрынғы нұсқасы сақтаған, оларды ешбір үйлестіруші қабылдамайды. Әрқайсысын түзетіңіз; ескі мәндер жазбаның тарихында қалады.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Өріс:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Жаңа мән:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Түзетуді сақтау</translation>
    </message>
    <message>
        <source>Every value is corrected. Send the bundle again.</source>
        <translation>Барлық мән түзетілді. Топтаманы қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>It cannot be left empty.</source>
        <translation>Бос қалдыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>CourtQuestion</name>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Answer later in the observation&apos;s details</source>
        <translation>Кейін бақылаудың толығырағында жауап беру</translation>
    </message>
    <message>
        <source>What did the court do meanwhile? {condition}, {start} to {end} ({lasted})</source>
        <translation>Осы уақытта сот не істеді? {condition}, {start} бастап {end} дейін ({lasted})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Participation lost by hearing session</source>
        <translation>Сот отырыстары бойынша жоғалған қатысу</translation>
    </message>
    <message>
        <source>Events by category</source>
        <translation>Санаттар бойынша оқиғалар</translation>
    </message>
    <message>
        <source>Events by country</source>
        <translation>Елдер бойынша оқиғалар</translation>
    </message>
    <message>
        <source>Events by month (UTC)</source>
        <translation>Айлар бойынша оқиғалар (UTC)</translation>
    </message>
    <message>
        <source>Click a bar, or choose it with the arrow keys and press Enter, to see the events behind it in the timeline.</source>
        <translation>Бағанның артындағы оқиғаларды хронологиядан көру үшін оны басыңыз немесе көрсеткі пернелерімен таңдап, Enter басыңыз.</translation>
    </message>
    <message>
        <source>These figures are from {time}; the newest notes are being read and will replace them.</source>
        <translation>Бұл деректер {time} кезіндегі; ең жаңа жазбалар оқылып жатыр, олар бұларды алмастырады.</translation>
    </message>
    <message numerus="yes">
        <source>{logged} in %n trial(s); free notes are context and counted in no chart.</source>
        <translation>
            <numerusform>{logged}, сот процестері: %n; еркін жазбалар тек мәнмәтін үшін, ешбір диаграммада саналмайды.</numerusform>
            <numerusform>{logged}, сот процестері: %n; еркін жазбалар тек мәнмәтін үшін, ешбір диаграммада саналмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charts count %n event(s): each once, however many observers recorded it.</source>
        <translation>
            <numerusform>Диаграммалар %n оқиғаны есептейді: әрқайсысы бір рет, оны қанша бақылаушы жазса да.</numerusform>
            <numerusform>Диаграммалар %n оқиғаны есептейді: әрқайсысы бір рет, оны қанша бақылаушы жазса да.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected event(s), counted nowhere.</source>
        <translation>
            <numerusform>%n қабылданбаған оқиға, ол еш жерде есептелмейді.</numerusform>
            <numerusform>%n қабылданбаған оқиға, олар еш жерде есептелмейді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s), counted nowhere.</source>
        <translation>
            <numerusform>%n жазба оқылмады және еш жерде есептелмеген.</numerusform>
            <numerusform>%n жазба оқылмады және еш жерде есептелмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Белгілі</translation>
    </message>
    <message>
        <source>{what} is known</source>
        <translation>{what} белгілі</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Start li&amp;ve mode</source>
        <translation>Тікелей режимді б&amp;астау</translation>
    </message>
    <message>
        <source>Big clocks and one-click buttons for logging the hearing as it happens</source>
        <translation>Сот отырысын болып жатқан сәтте бір басумен жазуға арналған үлкен сағаттар мен батырмалар</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <source>&amp;Add observation…</source>
        <translation>Бақылау қос&amp;у…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Т&amp;үзету…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>The sentence and what followed the verdict</source>
        <translation>Үкім және одан кейінгі оқиғалар</translation>
    </message>
    <message>
        <source>{logged} · participation lost: {lost} · the defendant could not follow: {defendant} · the court went on regardless: {continued} · still open: {open}</source>
        <translation>{logged} · жоғалған қатысу: {lost} · сотталушы қадағалай алмады: {defendant} · сот бәрібір жалғастырды: {continued} · әлі аяқталмаған: {open}</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Бақылаулар</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Тексеру пара&amp;ғы</translation>
    </message>
    <message>
        <source>Sentence and follow-&amp;up</source>
        <translation>Үкі&amp;м және одан кейін</translation>
    </message>
    <message>
        <source>Observations about the trial as a whole</source>
        <translation>Тұтас процеске қатысты бақылаулар</translation>
    </message>
    <message>
        <source>Choose a trial, then a hearing.</source>
        <translation>Сот процесін, содан кейін сот отырысын таңдаңыз.</translation>
    </message>
    <message>
        <source>Hearing of {start} ({zone})</source>
        <translation>{start} сот отырысы ({zone})</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Айтылған себеп: {reason}</translation>
    </message>
    <message>
        <source>Next hearing: {date}</source>
        <translation>Келесі сот отырысы: {date}</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Бақылауды жою</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details (optional)</source>
        <translation>Толығырақ (міндетті емес)</translation>
    </message>
    <message>
        <source>What did the court do meanwhile?</source>
        <translation>Осы уақытта сот не істеді?</translation>
    </message>
    <message>
        <source>Affected parties</source>
        <translation>Қатысы бар тараптар</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Ауырлығы:</translation>
    </message>
    <message>
        <source>Affected &amp;parties:</source>
        <translation>Қат&amp;ысы бар тараптар:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Т&amp;үсініктеме:</translation>
    </message>
    <message>
        <source>S&amp;ave details</source>
        <translation>Толығыр&amp;ақты сақтау</translation>
    </message>
    <message>
        <source>All &amp;details…</source>
        <translation>Барлық толы&amp;ғырақ…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Жасыр&amp;у</translation>
    </message>
    <message>
        <source>{condition} — since {start}</source>
        <translation>{condition} — {start} бастап</translation>
    </message>
    <message>
        <source>{condition} — {start} to {end} ({lasted})</source>
        <translation>{condition} — {start} бастап {end} дейін ({lasted})</translation>
    </message>
    <message>
        <source>{condition} — {start}</source>
        <translation>{condition} — {start}</translation>
    </message>
    <message>
        <source>Changed; saving in a moment…</source>
        <translation>Өзгертілді; бір сәттен кейін сақталады…</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Толығырақ сақталды.</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>They differ on</source>
        <translation>Айырмашылығы</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>әлі жалғасуда</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <source>You have unsaved work</source>
        <translation>Сізде сақталмаған жұмыс бар</translation>
    </message>
    <message>
        <source>These forms were open when the app stopped or the vault locked. Open one to finish it, or discard it.</source>
        <translation>Бағдарлама тоқтағанда немесе қойма құлыпталғанда бұл формалар ашық болды. Аяқтау үшін біреуін ашыңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>(changed since you typed this: check it before saving)</source>
        <translation>(содан бері өзгерді: сақтамас бұрын тексеріңіз)</translation>
    </message>
    <message>
        <source>(deleted since: it opens as a new one)</source>
        <translation>(содан бері жойылды: жаңа жазба ретінде ашылады)</translation>
    </message>
    <message>
        <source>(what it belonged to was deleted: it can only be discarded)</source>
        <translation>(ол қатысты жазба жойылды: тек жоюға болады)</translation>
    </message>
    <message>
        <source>a deleted trial</source>
        <translation>жойылған сот процесі</translation>
    </message>
    <message>
        <source>New trial “{title}”</source>
        <translation>Жаңа сот процесі «{title}»</translation>
    </message>
    <message>
        <source>Changes to the trial “{title}”</source>
        <translation>Сот процесіндегі өзгерістер «{title}»</translation>
    </message>
    <message>
        <source>New hearing of “{title}”</source>
        <translation>Жаңа сот отырысы, сот процесі «{title}»</translation>
    </message>
    <message>
        <source>Changes to the hearing of {date} in “{title}”</source>
        <translation>{date} сот отырысындағы өзгерістер, сот процесі «{title}»</translation>
    </message>
    <message>
        <source>the hearing of {date} in “{title}”</source>
        <translation>{date} сот отырысы, сот процесі «{title}»</translation>
    </message>
    <message>
        <source>the trial “{title}”</source>
        <translation>сот процесі «{title}»</translation>
    </message>
    <message>
        <source>New observation of {where}</source>
        <translation>Жаңа бақылау: {where}</translation>
    </message>
    <message>
        <source>Changes to an observation ({condition}) of {where}</source>
        <translation>Бақылаудағы өзгерістер ({condition}): {where}</translation>
    </message>
    <message>
        <source>New element of the sentence ({kind}) in “{title}”</source>
        <translation>Жаңа жаза шарасы ({kind}), сот процесі «{title}»</translation>
    </message>
    <message>
        <source>Changes to an element of the sentence ({kind}) in “{title}”</source>
        <translation>Жаза шарасындағы өзгерістер ({kind}), сот процесі «{title}»</translation>
    </message>
    <message>
        <source>New proceeding after the verdict ({kind}) in “{title}”</source>
        <translation>Үкімнен кейінгі жаңа іс жүргізу ({kind}), сот процесі «{title}»</translation>
    </message>
    <message>
        <source>Changes to a proceeding after the verdict ({kind}) in “{title}”</source>
        <translation>Үкімнен кейінгі іс жүргізудегі өзгерістер ({kind}), сот процесі «{title}»</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Сақталмаған жұмысты жою</translation>
    </message>
    <message>
        <source>Discard “{what}”? What was typed in it cannot be brought back.</source>
        <translation>«{what}» жойылсын ба? Онда енгізілгенді қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{n} h</source>
        <translation>{n} сағ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
</context>
<context>
    <name>EntryCount</name>
    <message>
        <source>%n observation(s)</source>
        <translation>%n бақылау</translation>
    </message>
    <message>
        <source>%n free note(s)</source>
        <translation>%n еркін жазба</translation>
    </message>
    <message>
        <source>{observations} and {notes}</source>
        <translation>{observations} және {notes}</translation>
    </message>
</context>
<context>
    <name>EventDecisionDialog</name>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>In your own words; shown under your name</source>
        <translation>Өз сөзіңізбен; сіздің атыңызбен көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Ескертпе (міндетті емес):</translation>
    </message>
    <message>
        <source>{event} {when}: {conditions}; seen by {seen}.</source>
        <translation>{event} {when}: {conditions}; көргендер: {seen}.</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Its observations, as each observer recorded them</source>
        <translation>Оның бақылаулары, әр бақылаушы жазғандай</translation>
    </message>
    <message>
        <source>Where the observers differ, side by side</source>
        <translation>Бақылаушылардың айырмашылығы, қатар</translation>
    </message>
    <message>
        <source>Decisions on it, each by its author</source>
        <translation>Ол туралы шешімдер, әрқайсысы авторының атымен</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>Айырмашылықтары</translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation>Шешімдер мен ескертпелер</translation>
    </message>
    <message>
        <source>Choose a row to see its observations side by side.</source>
        <translation>Бақылауларын қатар көру үшін жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>A free note: context, in no event.</source>
        <translation>Еркін жазба: контекст, ешбір оқиғаға кірмейді.</translation>
    </message>
    <message>
        <source>Seen by {seen} observers present ({state}).</source>
        <translation>Қатысқан бақылаушылардың {seen} көрді ({state}).</translation>
    </message>
    <message>
        <source>Decided by {name}.</source>
        <translation>Шешім қабылдаған: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) joined since: no one has decided on them.</source>
        <translation>
            <numerusform>Содан бері %n бақылау қосылды: ол бойынша әлі ешкім шешім қабылдаған жоқ.</numerusform>
            <numerusform>Содан бері %n бақылау қосылды: олар бойынша әлі ешкім шешім қабылдаған жоқ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>proposed by the app</source>
        <translation>қолданба ұсынған</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталды</translation>
    </message>
    <message>
        <source>split</source>
        <translation>бөлінді</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>split off</source>
        <translation>бөліп алынды</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>ескертпе қосылды</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Сот не істеді</translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation>Кімге әсер етті</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>{seen} of {present}</source>
        <translation>{present} ішінен {seen}</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Көргендер</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Жазғандар</translation>
    </message>
    <message>
        <source>Not recorded by</source>
        <translation>Жазбағандар</translation>
    </message>
    <message>
        <source>They differ on</source>
        <translation>Айырмашылығы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>{state} by {name}</source>
        <translation>{state}: {name}</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>The trial&apos;s events</source>
        <translation>Сот процесінің оқиғалары</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Растау</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Бөлу…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Біріктір&amp;у…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Қабылдамау</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Ескертпе…</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>The chosen event</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <source>What observers recorded of one happening is one event, counted once. Confirm, split, merge or reject the app&apos;s grouping, or add a note: each decision is your own record, signed and sent with your bundles; no observer&apos;s notes are changed.</source>
        <translation>Бақылаушылардың бір оқиға туралы жазғаны — бір оқиға, ол бір рет есептеледі. Қолданбаның топтастыруын растаңыз, бөліңіз, біріктіріңіз немесе қабылдамаңыз, не ескертпе қосыңыз: әр шешім — сіздің өз жазбаңыз, қол қойылып, пакеттеріңізбен жіберіледі; бақылаушылардың жазбалары өзгермейді.</translation>
    </message>
    <message>
        <source>Confirmed. The window reads everything again.</source>
        <translation>Расталды. Терезе барлық жазбаны қайта оқиды.</translation>
    </message>
    <message>
        <source>Rejected: counted and cited nowhere. Confirm it to undo.</source>
        <translation>Қабылданбады: еш жерде есептелмейді және сілтеме жасалмайды. Қайтару үшін оны растаңыз.</translation>
    </message>
    <message>
        <source>Your note is saved, under your name.</source>
        <translation>Ескертпеңіз сіздің атыңызбен сақталды.</translation>
    </message>
    <message>
        <source>Split: they are an event of their own.</source>
        <translation>Бөлінді: таңдалған бақылаулар жеке оқиғаға айналды.</translation>
    </message>
    <message>
        <source>Merged into one event.</source>
        <translation>Бір оқиғаға біріктірілді.</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>— not recorded —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Көрсетілген</translation>
    </message>
    <message>
        <source> y</source>
        <translation> ж.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> ай</translation>
    </message>
    <message>
        <source> d</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Айлар</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Жоспарланған басталуы</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Жоспарланған аяқталуы</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Нақты басталуы</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Нақты аяқталуы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу форматы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьялар</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Қорғаушылар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>How you attend</source>
        <translation>Қалай қатысасыз</translation>
    </message>
    <message>
        <source>Reason for postponement</source>
        <translation>Кейінге қалдыру себебі</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Келесі сот отырысы</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Жағдай</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Lasted a while</source>
        <translation>Біраз уақыт созылды</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Соттың әрекеті</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Verbatim quotation</source>
        <translation>Сөзбе-сөз дәйексөз</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кім хабарлады</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл аты</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Байтпен өлшемі</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Бақылау сомасы (SHA-256)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>This condition has no details of its own; describe it in the note.</source>
        <translation>Бұл бұзушылықтың өз өрістері жоқ; оны жазбада сипаттаңыз.</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (міндетті)</translation>
    </message>
</context>
<context>
    <name>FigureLinesModel</name>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Сот процестері</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s) held</source>
        <translation>
            <numerusform>өткізілген %n сот отырысы</numerusform>
            <numerusform>өткізілген %n сот отырысы</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} per hearing</source>
        <translation>бір сот отырысына {time}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Events cited</source>
        <translation>Келтірілген оқиғалар</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>By country and period</source>
        <translation>Елдер мен кезеңдер бойынша</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Кезеңдер бойынша</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>Барлық көрсеткіштер</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>CSV ретінде са&amp;қтау…</translation>
    </message>
    <message>
        <source>Figures across trials</source>
        <translation>Барлық сот процестері бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Жолдар:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>Көр&amp;сеткіш:</translation>
    </message>
    <message>
        <source>Working out the figures of every trial…</source>
        <translation>Барлық процестердің көрсеткіштері есептелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n сот процесінде</numerusform>
            <numerusform>%n сот процесінде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s) held, in {trials}.</source>
        <translation>
            <numerusform>{trials} %n сот отырысы өткізілді.</numerusform>
            <numerusform>{trials} %n сот отырысы өткізілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as</source>
        <translation>Көрсеткіштерді былай сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the figures of %n row(s) to {file}.</source>
        <translation>
            <numerusform>%n жолдың көрсеткіштері {file} файлына жазылды.</numerusform>
            <numerusform>%n жолдың көрсеткіштері {file} файлына жазылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарттар</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>The assessors&apos; texts</source>
        <translation>Бағалаушылардың мәтіндері</translation>
    </message>
    <message>
        <source>Events cited</source>
        <translation>Келтірілген оқиғалар</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Сот процесі:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Events bearing on this standard</source>
        <translation>Осы стандартқа қатысты оқиғалар</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) counted.</source>
        <translation>
            <numerusform>%n оқиға есептелді.</numerusform>
            <numerusform>%n оқиға есептелді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessment revisions left out, their values unreadable: %n.</source>
        <translation>
            <numerusform>Мәндері оқылмағандықтан есепке алынбаған бағалау нұсқалары: %n.</numerusform>
            <numerusform>Мәндері оқылмағандықтан есепке алынбаған бағалау нұсқалары: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a trial and one of its standards.</source>
        <translation>Сот процесін және оның стандарттарының бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Әлі бағаланбаған.</translation>
    </message>
    <message>
        <source>Comment by {name}: {concern}</source>
        <translation>Түсініктеме ({name}): {concern}</translation>
    </message>
    <message>
        <source>Assessment by {name}: {concern}</source>
        <translation>Бағалау ({name}): {concern}</translation>
    </message>
    <message>
        <source>Events relied on: {events}</source>
        <translation>Сүйенген оқиғалар: {events}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it cites no longer found.</source>
        <translation>
            <numerusform>Келтірілген оқиғалардың %n енді табылмады.</numerusform>
            <numerusform>Келтірілген оқиғалардың %n енді табылмады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Open contacts…</source>
        <translation>Контактілерді ашу…</translation>
    </message>
    <message>
        <source>Create a trial…</source>
        <translation>Процесс құру…</translation>
    </message>
    <message>
        <source>Hide these steps</source>
        <translation>Бұл қадамдарды жасыру</translation>
    </message>
    <message>
        <source>Add your coordinator&apos;s key card (Contacts, Add contact)</source>
        <translation>Үйлестірушіңіздің кілт карточкасын қосыңыз (Контактілер, Контакт қосу)</translation>
    </message>
    <message>
        <source>Add your observers&apos; key cards (Contacts, Add contact)</source>
        <translation>Бақылаушыларыңыздың кілт карточкаларын қосыңыз (Контактілер, Контакт қосу)</translation>
    </message>
    <message>
        <source>Export your own key card and send it to your coordinator</source>
        <translation>Өз кілт карточкаңызды сақтап, үйлестірушіңізге жіберіңіз</translation>
    </message>
    <message>
        <source>Export your own key card and send it to your observers</source>
        <translation>Өз кілт карточкаңызды сақтап, бақылаушыларыңызға жіберіңіз</translation>
    </message>
    <message>
        <source>Create the trial you observe, then its hearings</source>
        <translation>Бақылайтын процесті, содан кейін оның отырыстарын құрыңыз</translation>
    </message>
    <message>
        <source>Import the first bundle an observer sends you (Import…)</source>
        <translation>Бақылаушы жіберген алғашқы пакетті импорттаңыз (Импорттау…)</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Алғашқы қадамдар</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>FormDraftKeeper</name>
    <message>
        <source>Restored what you had typed and not saved.</source>
        <translation>Сіз енгізіп, сақтамаған мәтін қалпына келтірілді.</translation>
    </message>
    <message>
        <source>This record was changed since: check it before saving.</source>
        <translation>Бұл жазба содан бері өзгерді: сақтамас бұрын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward bundles received</source>
        <translation>Алынған пакеттерді жолдау</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Кімге жолдау</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Сот процестері</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Forward &amp;again what was forwarded before</source>
        <translation>Бұрын жолданғанды да &amp;қайта жолдау</translation>
    </message>
    <message>
        <source>Folder to save the forwarded bundle in</source>
        <translation>Жолданатын пакет сақталатын бума</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that is synced</source>
        <translation>Флеш-жинақтауыш немесе синхрондалатын бума</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Жол&amp;дау</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Бу&amp;ма:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>Pass the bundles observers sent you on to a head office or an expert panel. Each goes as its author signed it, so whoever receives it can check who wrote every record, and that nothing was changed on the way. They need the authors&apos; key cards too.</source>
        <translation>Бақылаушылар жіберген пакеттерді бас кеңсеге немесе сарапшылар тобына жолдаңыз. Әр пакет авторы қол қойған күйінде кетеді, сондықтан алушы әр жазбаны кім жазғанын және жолда ештеңе өзгертілмегенін тексере алады. Ол үшін оған авторлардың кілт карточкалары да керек.</translation>
    </message>
    <message>
        <source>T&amp;rials (none ticked: all):</source>
        <translation>Сот п&amp;роцестері (ештеңе белгіленбесе — барлығы):</translation>
    </message>
    <message>
        <source>&amp;Observers (none ticked: all):</source>
        <translation>Б&amp;ақылаушылар (ешкім белгіленбесе — барлығы):</translation>
    </message>
    <message>
        <source>Add the key card of the head office or panel under Contacts first.</source>
        <translation>Алдымен «Контактілер» бөліміне бас кеңсенің немесе сарапшылар тобының кілт карточкасын қосыңыз.</translation>
    </message>
    <message>
        <source>Choose where to save the forwarded bundle</source>
        <translation>Жолданатын пакетті қайда сақтау керектігін таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the contact to forward to.</source>
        <translation>Кімге жолдайтын контактіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder to save the forwarded bundle in.</source>
        <translation>{folder} — бума емес. Жолданатын пакет сақталатын буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Not forwarded. Nothing was written.</source>
        <translation>Жолданбады. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward other trials too</source>
        <translation>Басқа сот процестерін де жолдау</translation>
    </message>
    <message>
        <source>Each bundle is forwarded whole, as its author signed it. The bundles that carry the trials you chose also carry these, which will be forwarded too:</source>
        <translation>Әр пакет авторы қол қойған күйінде толығымен жолданады. Сіз таңдаған сот процестері бар пакеттерде мыналар да бар, олар да жолданады:</translation>
    </message>
    <message>
        <source>&amp;Forward them all</source>
        <translation>&amp;Барлығын жолдау</translation>
    </message>
    <message>
        <source>Saved {file}: {changes} written by {names}, each with its author&apos;s signature, for {name}. Send the file to them any way that works.</source>
        <translation>{file} сақталды: {names} жазған {changes}, әрқайсысында авторының қолтаңбасы бар; алушы — {name}. Файлды кез келген қолайлы жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>Saved {count} files, as one bundle may carry only so much: {file}. They hold {changes} written by {names}, each with its author&apos;s signature, for {name}. Send them all, any way that works; they may be imported in any order.</source>
        <translation>Бір пакетке бәрі сыймайтындықтан, {count} файл сақталды: {file}. Оларда {names} жазған {changes} бар, әрқайсысында авторының қолтаңбасы бар; алушы — {name}. Барлығын кез келген қолайлы жолмен жіберіңіз; оларды кез келген ретпен импорттауға болады.</translation>
    </message>
</context>
<context>
    <name>ForwardObserversModel</name>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
</context>
<context>
    <name>ForwardTrialsModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <source>bundle {numbers} not received yet</source>
        <translation>{numbers} пакеті әлі алынған жоқ</translation>
    </message>
    <message>
        <source>bundles {numbers} not received yet</source>
        <translation>{numbers} пакеттері әлі алынған жоқ</translation>
    </message>
    <message>
        <source>change {numbers} missing</source>
        <translation>{numbers} өзгерісі жоқ</translation>
    </message>
    <message>
        <source>changes {numbers} missing</source>
        <translation>{numbers} өзгерістері жоқ</translation>
    </message>
    <message>
        <source>changes received that are no longer in this vault: {count}</source>
        <translation>алынған, бірақ бұл қоймада енді жоқ өзгерістер саны: {count}</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>New hearing</source>
        <translation>Жаңа сот отырысы</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Сот отырысын өзгерту</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Жоспарланған басталуы</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Жоспарланған аяқталуы</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Нақты басталуы</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Нақты аяқталуы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу форматы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>How you attend</source>
        <translation>Қалай қатысасыз</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>For remote hearings: Zoom, the court&apos;s own system…</source>
        <translation>Қашықтан өтетін отырыстар үшін: Zoom, соттың өз жүйесі…</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Court building and courtroom</source>
        <translation>Сот ғимараты және сот залы</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьялар</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Әр жолда біреуден</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Қорғаушылар</translation>
    </message>
    <message>
        <source>Language of the hearing</source>
        <translation>Сот отырысының тілі</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Уақыт &amp;белдеуі:</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>&amp;Жоспарланған басталуы:</translation>
    </message>
    <message>
        <source>Scheduled &amp;end:</source>
        <translation>Жоспарланған а&amp;яқталуы:</translation>
    </message>
    <message>
        <source>&amp;Actual start:</source>
        <translation>&amp;Нақты басталуы:</translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation>Нақты аяқталу&amp;ы:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Өткізу &amp;форматы:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>You atte&amp;nd:</source>
        <translation>Сіз &amp;қатысасыз:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>&amp;Платформа:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Өтетін о&amp;рны:</translation>
    </message>
    <message>
        <source>&amp;When and where</source>
        <translation>Қашан және қа&amp;йда</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>&amp;Судьялар:</translation>
    </message>
    <message>
        <source>P&amp;rosecutor:</source>
        <translation>Про&amp;курор:</translation>
    </message>
    <message>
        <source>&amp;Defence counsel:</source>
        <translation>Қ&amp;орғаушылар:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Т&amp;іл:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Аудармашы:</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Қатысу&amp;шылар</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ескертпе&amp;лер</translation>
    </message>
</context>
<context>
    <name>HearingMode</name>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Аралас</translation>
    </message>
</context>
<context>
    <name>HearingStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Үзіліс жарияланды</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болмай қалды</translation>
    </message>
</context>
<context>
    <name>HearingType</name>
    <message>
        <source>Preliminary</source>
        <translation>Алдын ала тыңдау</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Істі мәні бойынша қарау</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Үкім жариялау</translation>
    </message>
    <message>
        <source>Sentencing</source>
        <translation>Жаза тағайындау</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Бұлтартпау шарасы</translation>
    </message>
    <message>
        <source>Violation of a ban</source>
        <translation>Тыйымды бұзу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>HearingsModel</name>
    <message>
        <source>Scheduled start</source>
        <translation>Жоспарланған басталуы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Өткізу форматы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Platform or venue</source>
        <translation>Платформа не орын</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>What this revision changed</source>
        <translation>Бұл нұсқада не өзгерді</translation>
    </message>
    <message>
        <source>{kind} · revisions: {count}</source>
        <translation>{kind} · нұсқалар: {count}</translation>
    </message>
    <message>
        <source>Two edits were made from the same revision; both are kept below.</source>
        <translation>Бір нұсқадан екі түзету жасалған; екеуі де төменде сақталған.</translation>
    </message>
    <message>
        <source>Revision {number}, saved by {who}</source>
        <translation>{number}-нұсқа, сақтаған: {who}</translation>
    </message>
    <message>
        <source>{utc} UTC · {local} {zone}</source>
        <translation>{utc} UTC · {local} {zone}</translation>
    </message>
    <message>
        <source>Came in a bundle {name} wrote, forwarded by {forwarder} on {date} UTC, imported {time} UTC</source>
        <translation>{name} жазған пакетпен келді, оны {forwarder} {date} UTC жолдады, {time} UTC импортталды</translation>
    </message>
    <message>
        <source>Came in bundle no. {number} from {name}, imported {time} UTC</source>
        <translation>{name} жіберген №{number} пакетпен келді, {time} UTC импортталды</translation>
    </message>
    <message>
        <source>{who} is not this record&apos;s author: this revision is theirs, kept and shown here, but the record stays as its author wrote it.</source>
        <translation>{who} бұл жазбаның авторы емес: бұл нұсқа соныкі, ол сақталып, осында көрсетілген, бірақ жазба авторы жазғандай қалады.</translation>
    </message>
    <message>
        <source>These values break this version&apos;s rules (an older version saved them), so the record is not shown as they say: {why}</source>
        <translation>Бұл мәндер осы нұсқаның ережелерін бұзады (оларды бұрынғы нұсқа сақтаған), сондықтан жазба оларда жазылғандай көрсетілмейді: {why}</translation>
    </message>
    <message>
        <source>Deleted. Reason given:</source>
        <translation>Жойылды. Айтылған себеп:</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Мына мәндермен жасалды:</translation>
    </message>
    <message>
        <source>Saved again without a change.</source>
        <translation>Өзгеріссіз қайта сақталды.</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Өзгертілді:</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>бұрын: {value}</translation>
    </message>
    <message>
        <source>after: {value}</source>
        <translation>кейін: {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Concern or grade</source>
        <translation>Алаңдаушылық немесе баға</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>{name} (comment)</source>
        <translation>{name} (түсініктеме)</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Бағасыз</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Пакеттерді импорттау</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>&amp;Файлдарды таңдау…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>&amp;Буманы таңдау…</translation>
    </message>
    <message>
        <source>Drop bundle files, or a folder of them (a USB stick, a synced folder), anywhere on this window, or choose them. A bundle imports whole or not at all, and one imported twice changes nothing.</source>
        <translation>Пакет файлдарын немесе оларға толы буманы (USB жинақтағыш, синхрондалатын бума) осы терезенің кез келген жеріне апарып тастаңыз немесе оларды таңдаңыз. Пакет не толығымен импортталады, не мүлдем импортталмайды, ал екі рет импортталған пакет ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Не импортталды</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Әзірге ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Импорттау нәтижелері</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>Карантиндегі пакеттер</translation>
    </message>
    <message>
        <source>Import &amp;quarantined</source>
        <translation>Карантиннен &amp;импорттау</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Bundles signed by someone who is not one of your contacts are kept here, sealed, unread. Add the sender&apos;s key card under Contacts after comparing its fingerprint with them, then import these.</source>
        <translation>Контактілеріңізге кірмейтін біреу қол қойған пакеттер мұнда шифрланған, оқылмаған күйде сақталады. Жіберушімен саусақ ізін салыстырып, оның кілт карточкасын «Контактілер» бөлімінде қосыңыз, содан кейін бұларды импорттаңыз.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Түбіртектер</translation>
    </message>
    <message>
        <source>Observer to write a receipt for</source>
        <translation>Түбіртек жазылатын бақылаушы</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>Түбір&amp;тек жазу…</translation>
    </message>
    <message>
        <source>Recei&amp;pt for:</source>
        <translation>Түбіртек &amp;кімге:</translation>
    </message>
    <message>
        <source>A receipt tells an observer which of their bundles arrived here, so they can remove those notes from their laptop.</source>
        <translation>Түбіртек бақылаушыға оның қай пакеттері осында жеткенін хабарлайды, сонда ол сол жазбаларды өз ноутбугінен жоя алады.</translation>
    </message>
    <message>
        <source>{file}: {status}. {message}</source>
        <translation>{file}: {status}. {message}</translation>
    </message>
    <message>
        <source>Files: {files} · imported: {imported} · already had: {had} · quarantined: {quarantined} · refused: {refused}</source>
        <translation>Файлдар: {files} · импортталды: {imported} · бұрыннан бар: {had} · карантинге: {quarantined} · қабылданбады: {refused}</translation>
    </message>
    <message>
        <source>not imported (cancelled): {count}</source>
        <translation>импортталмады (тоқтатылды): {count}</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>Импорттайтын пакеттерді таңдаңыз</translation>
    </message>
    <message>
        <source>Bundles ({pattern});;All files (*)</source>
        <translation>Пакеттер ({pattern});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Пакеттер бумасын таңдаңыз</translation>
    </message>
    <message>
        <source>An import is under way. Wait for it, or cancel it, first.</source>
        <translation>Импорттау жүріп жатыр. Алдымен оның аяқталуын күтіңіз немесе оны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Discard a quarantined bundle</source>
        <translation>Карантиндегі пакетті жою</translation>
    </message>
    <message>
        <source>Discard the bundle that says it is from {name}?</source>
        <translation>{name} жіберген деп көрсетілген пакет жойылсын ба?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>It is removed from this vault without being read. If it was genuine, ask its sender to export it again.</source>
        <translation>Ол бұл қоймадан оқылмай жойылады. Егер ол шынайы болса, жіберушіден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>The bundle was discarded.</source>
        <translation>Пакет жойылды.</translation>
    </message>
    <message>
        <source>Choose where to save the receipt</source>
        <translation>Түбіртекті қайда сақтау керектігін таңдаңыз</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}: it lets them remove what you received from their laptop.</source>
        <translation>Түбіртек {file} ретінде сақталды. Оны {name} адамына беріңіз: сонда ол сіз алғанды өз ноутбугінен жоя алады.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Жаңа өзгерістер</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from {name}.</source>
        <translation>
            <numerusform>{name} жіберген %n жаңа өзгеріс импортталды.</numerusform>
            <numerusform>{name} жіберген %n жаңа өзгеріс импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already here: %n.</source>
        <translation>
            <numerusform>Бұрыннан бар болғаны: %n.</numerusform>
            <numerusform>Бұрыннан бар болғаны: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: all of it was already here.</source>
        <translation>Жаңа ештеңе жоқ: бәрі бұрыннан бар еді.</translation>
    </message>
    <message>
        <source>Signed by someone who is not a contact (it says {name}). Kept in quarantine until you add their key card.</source>
        <translation>Контакт емес біреу қол қойған (өзін {name} деп атайды). Оның кілт карточкасын қосқанша карантинде сақталады.</translation>
    </message>
    <message>
        <source>Not imported: cancelled. Nothing was changed.</source>
        <translation>Импортталмады: тоқтатылды. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{message} Still missing: {gaps}.</source>
        <translation>{message} Әлі жетіспейді: {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) written by {names}, forwarded by {name}.</source>
        <translation>
            <numerusform>{names} жазған %n жаңа өзгеріс импортталды, оны {name} жолдады.</numerusform>
            <numerusform>{names} жазған %n жаңа өзгеріс импортталды, оны {name} жолдады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing from {name}: {gaps}.</source>
        <translation>{name} жіберуі тиіс, әлі жоқ: {gaps}.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Бұрыннан бар</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Импортталмады (тоқтатылды)</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Linked with</source>
        <translation>Байланыстырылған</translation>
    </message>
    <message>
        <source>Linked on</source>
        <translation>Байланыстырылған күні</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(жойылған)</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Type the note first.</source>
        <translation>Алдымен жазбаны теріңіз.</translation>
    </message>
</context>
<context>
    <name>LiveHearingWidget</name>
    <message>
        <source>Live hearing</source>
        <translation>Тікелей сот отырысы</translation>
    </message>
    <message>
        <source>&amp;Compact logger</source>
        <translation>&amp;Шағын журнал</translation>
    </message>
    <message>
        <source>A small window on top, beside the video call</source>
        <translation>Бейнеқоңырау жанындағы, басқа терезелердің үстіндегі шағын терезе</translation>
    </message>
    <message>
        <source>Lea&amp;ve live mode</source>
        <translation>Тікеле&amp;й режимнен шығу</translation>
    </message>
    <message>
        <source>Hearing time</source>
        <translation>Сот уақыты</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Сіздің уақытыңыз</translation>
    </message>
    <message>
        <source>Time-stamped observations</source>
        <translation>Уақыт белгісі бар бақылаулар</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Толығырақты &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Stop &amp;interval</source>
        <translation>Аралықты &amp;тоқтату</translation>
    </message>
    <message>
        <source>&amp;Other condition…</source>
        <translation>Басқа &amp;бұзушылық…</translation>
    </message>
    <message>
        <source>{date}, scheduled for {time}</source>
        <translation>{date}, {time} уақытына белгіленген</translation>
    </message>
    <message>
        <source>Participation lost: {lost}
Defendant could not follow: {defendant}
Court continued regardless: {continued}</source>
        <translation>Жоғалған қатысу: {lost}
Сотталушы қадағалай алмады: {defendant}
Сот бәрібір жалғастырды: {continued}</translation>
    </message>
    <message>
        <source>Stopped and saved.</source>
        <translation>Тоқтатылды және сақталды.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Was the hearing held?</source>
        <translation>Сот отырысы өтті ме?</translation>
    </message>
    <message>
        <source>Mark this hearing as held, from {start} to {end} (hearing time)?</source>
        <translation>Бұл сот отырысы {start} бастап {end} дейін өтті деп белгіленсін бе (сот уақытымен)?</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Өтті деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>From when you entered live mode (or your first stamp, if earlier) to when you left it (or your last stamp, if later). If it began or ended at another time, change it with “Edit…” on the hearing. Reports count only hearings marked held.</source>
        <translation>Тікелей режимге кірген сәттен (немесе бірінші белгіңізден, егер ол ертерек болса) одан шыққан сәтке дейін (немесе соңғы белгіңізге дейін, егер ол кешірек болса). Егер отырыс басқа уақытта басталса немесе аяқталса, оны сот отырысындағы «Өзгерту…» арқылы түзетіңіз. Есептер тек өтті деп белгіленген сот отырыстарын санайды.</translation>
    </message>
</context>
<context>
    <name>LiveLogModel</name>
    <message>
        <source>running {elapsed}</source>
        <translation>жүріп жатыр {elapsed}</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Not saved</source>
        <translation>Сақталмаған</translation>
    </message>
    <message>
        <source>{condition}: {elapsed}</source>
        <translation>{condition}: {elapsed}</translation>
    </message>
    <message>
        <source>Participation not interrupted</source>
        <translation>Қатысу үзілген жоқ</translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message numerus="yes">
        <source>Locking in %n second(s): press any key or click here to stay</source>
        <translation>
            <numerusform>%n секундтан кейін құлыпталады: қалу үшін кез келген пернені басыңыз немесе осында басыңыз</numerusform>
            <numerusform>%n секундтан кейін құлыпталады: қалу үшін кез келген пернені басыңыз немесе осында басыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
</context>
<context>
    <name>MakeSharesDialog</name>
    <message>
        <source>Make trustee shares</source>
        <translation>Сенім білдірілген адамдарға үлестер жасау</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Үлестер саны</translation>
    </message>
    <message>
        <source>Shares needed to restore access</source>
        <translation>Қолжетімділікті қалпына келтіруге қажет үлестер</translation>
    </message>
    <message>
        <source>&amp;Make shares</source>
        <translation>Үлестерді &amp;жасау</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>Shares to &amp;make:</source>
        <translation>Қанша үлес &amp;жасау:</translation>
    </message>
    <message>
        <source>Shares &amp;needed:</source>
        <translation>Қанша үлес &amp;қажет:</translation>
    </message>
    <message>
        <source>Give each share to a different person you trust. If you lose both your passphrase and your recovery code, enough of them together give you back access; fewer reveal nothing.</source>
        <translation>Әр үлесті сенетін әр түрлі адамға беріңіз. Құпия фразаңызды да, қалпына келтіру кодыңызды да жоғалтсаңыз, олардың жеткілікті саны бірге қолжетімділікті қайтарады; аз саны ештеңе ашпайды.</translation>
    </message>
    <message>
        <source>Making new shares makes every earlier share stop working. Type your passphrase to go on.</source>
        <translation>Жаңа үлестер жасалғанда бұрынғы барлық үлес жарамсыз болады. Жалғастыру үшін құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Сот не істеді</translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation>Кімге әсер етті</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>әлі жалғасуда</translation>
    </message>
</context>
<context>
    <name>MergeEventsDialog</name>
    <message>
        <source>Merge events</source>
        <translation>Оқиғаларды біріктіру</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <source>Events of the same session to merge with</source>
        <translation>Біріктірілетін сол отырыстың оқиғалары</translation>
    </message>
    <message>
        <source>Merge it &amp;with these events of the same session:</source>
        <translation>Сол отырыстың мына оқиғаларымен &amp;біріктіру:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Жаңа құпия фраза қайтадан</translation>
    </message>
    <message>
        <source>At least {count} characters, and not easy to guess: no common password, name or keyboard pattern. Several unrelated words are strong and easier to remember than a jumble of symbols.</source>
        <translation>Кемінде {count} таңба және оңай табылмайтындай болсын: кең тараған құпиясөз, есім немесе пернетақта үлгісі болмасын. Бір-біріне қатысы жоқ бірнеше сөз берік әрі таңбалардың ретсіз жиынынан оңай есте қалады.</translation>
    </message>
    <message>
        <source>This passphrase is not accepted. {reason}</source>
        <translation>Бұл құпия фраза қабылданбайды. {reason}</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Жаңа &amp;құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Оны қа&amp;йта теріңіз:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new passphrase again.</source>
        <translation>Екі құпия фраза бірдей емес. Жаңа құпия фразаны қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Type a note; Enter saves it with the time you began</source>
        <translation>Жазба теріңіз; Enter оны сіз тере бастаған уақытпен сақтайды</translation>
    </message>
    <message>
        <source>The time the line will be saved with</source>
        <translation>Жол сақталатын уақыт</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Файл қосу…</translation>
    </message>
    <message>
        <source>Capture scree&amp;n</source>
        <translation>Экран с&amp;уреті</translation>
    </message>
    <message>
        <source>The vault keeps an encrypted copy; the original file is left untouched. Screen captures are never written to disk unencrypted.</source>
        <translation>Қойма шифрланған көшірмені сақтайды; түпнұсқа файл өзгеріссіз қалады. Экран суреттері дискіге ешқашан шифрланбай жазылмайды.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Файл қосу</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MiB.</source>
        <translation>Файл {size} МиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} x {height})</source>
        <translation>{number}-экран: {name} ({width} x {height})</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>Экран суреті</translation>
    </message>
    <message>
        <source>Which screen?</source>
        <translation>Қай экран?</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Экран суретін түсіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Жаңа бақылау</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Бақылауды өзгерту</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Details of this condition</source>
        <translation>Осы бұзушылықтың толығырағы</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>It &amp;lasted a while (an interval)</source>
        <translation>Біраз уақыт со&amp;зылды (аралық)</translation>
    </message>
    <message>
        <source>Lasted until</source>
        <translation>Қашанға дейін созылды</translation>
    </message>
    <message>
        <source>&amp;Still going</source>
        <translation>Әлі &amp;жалғасуда</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>What the court did meanwhile</source>
        <translation>Осы уақытта сот не істеді</translation>
    </message>
    <message>
        <source>Affected parties</source>
        <translation>Қатысы бар тараптар</translation>
    </message>
    <message>
        <source>Seen or heard it &amp;myself</source>
        <translation>Өзім &amp;көрдім немесе естідім</translation>
    </message>
    <message>
        <source>&amp;Reported to me by:</source>
        <translation>Маған &amp;хабарлаған:</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Кім хабарлады</translation>
    </message>
    <message>
        <source>The note is a ver&amp;batim quote</source>
        <translation>Жазба — сөзбе-сөз &amp;дәйексөз</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Бұзушылық:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Times are the clock in {zone}.</source>
        <translation>Уақыт {zone} сағаты бойынша көрсетілген.</translation>
    </message>
    <message>
        <source>&amp;Happened at:</source>
        <translation>Бол&amp;ған уақыты:</translation>
    </message>
    <message>
        <source>Lasted &amp;until:</source>
        <translation>Қашанға дейін созы&amp;лды:</translation>
    </message>
    <message>
        <source>Who and how</source>
        <translation>Кім және қалай</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Ауырлығы:</translation>
    </message>
    <message>
        <source>Affected &amp;parties:</source>
        <translation>Қат&amp;ысы бар тараптар:</translation>
    </message>
    <message>
        <source>What the court &amp;did meanwhile:</source>
        <translation>Осы уақытта сот &amp;не істеді:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Standards: {standards}</source>
        <translation>Стандарттар: {standards}</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Толтырыңыз: {fields}.</translation>
    </message>
    <message>
        <source>Sealing the attachments in the vault…</source>
        <translation>Тіркемелер қоймада шифрлануда…</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Жағдай</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>жалғасуда</translation>
    </message>
    <message>
        <source>{end} ({lasted})</source>
        <translation>{end} ({lasted})</translation>
    </message>
</context>
<context>
    <name>ObservedModel</name>
    <message>
        <source>still going</source>
        <translation>жалғасуда</translation>
    </message>
</context>
<context>
    <name>ObserversModel</name>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Шын аты</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жетіспейді</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Хэш тізбегі</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <source>{name} (this vault)</source>
        <translation>{name} (осы қойма)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>бүтін</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ақау</numerusform>
            <numerusform>%n ақау</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Шын аты</translation>
    </message>
    <message>
        <source>Only for you: kept encrypted here</source>
        <translation>Тек сіз үшін: мұнда шифрланып сақталады</translation>
    </message>
    <message>
        <source>&amp;Save real name</source>
        <translation>Шын атын &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation>&amp;Шын аты:</translation>
    </message>
    <message>
        <source>Everyone whose notes are in this vault, and every contact: the bundles received from them, what is still missing from their numbering, and whether their chain of changes is intact.</source>
        <translation>Жазбалары осы қоймада бар әрбір адам және әрбір контакт: олардан алынған пакеттер, нөмірлеуінде әлі не жетіспейтіні және өзгерістер тізбегінің бүтін-бүтін еместігі.</translation>
    </message>
    <message>
        <source>A real name stays in this vault. Reports show it only when you ask for it in a private report; a public report never does.</source>
        <translation>Шын аты осы қоймада қалады. Есептер оны тек жабық есепте сұрағанда ғана көрсетеді; жария есеп ешқашан көрсетпейді.</translation>
    </message>
    <message>
        <source>Choose a contact to note their real name.</source>
        <translation>Шын атын жазу үшін контактіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is not a contact.</source>
        <translation>{name} контакт емес.</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <source>Noted. Reports show it only when you ask for real names.</source>
        <translation>Жазылды. Есептер оны тек шын аттарды сұрағанда ғана көрсетеді.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>It is shorter than {count} characters.</source>
        <translation>Ол {count} таңбадан қысқа.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords, or close to one.</source>
        <translation>Бұл ең көп тараған құпиясөздердің бірі немесе соған жақын.</translation>
    </message>
    <message>
        <source>It is made of a common word or place name, which is tried early.</source>
        <translation>Ол кең тараған сөзден немесе жер атауынан құралған, мұндайлар алдымен тексеріледі.</translation>
    </message>
    <message>
        <source>It is made of a common name, which is tried early.</source>
        <translation>Ол кең тараған есімнен құралған, мұндайлар алдымен тексеріледі.</translation>
    </message>
    <message>
        <source>It contains your display name, which others know.</source>
        <translation>Онда басқаларға белгілі көрсетілетін атыңыз бар.</translation>
    </message>
    <message>
        <source>It follows a row or a pattern of keys on the keyboard.</source>
        <translation>Ол пернетақтадағы пернелер қатарына немесе үлгісіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 1234.</source>
        <translation>Онда abc немесе 1234 сияқты тізбек бар.</translation>
    </message>
    <message>
        <source>It repeats characters or a group of characters.</source>
        <translation>Онда таңбалар немесе таңбалар тобы қайталанады.</translation>
    </message>
    <message>
        <source>It contains a date or a year, which is tried early.</source>
        <translation>Онда күн немесе жыл бар, мұндайлар алдымен тексеріледі.</translation>
    </message>
    <message>
        <source>It is too simple for its length to withstand guessing.</source>
        <translation>Ол ұзындығына қарамастан табуға төтеп беру үшін тым қарапайым.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Hearing did not go ahead</source>
        <translation>Сот отырысы өтпеді</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кімнің өтініші бойынша</translation>
    </message>
    <message>
        <source>The court, the prosecution, the defence…</source>
        <translation>Сот, айыптау тарапы, қорғау тарапы…</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Келесі сот отырысы</translation>
    </message>
    <message>
        <source>&amp;Next hearing ({zone}):</source>
        <translation>&amp;Келесі сот отырысы ({zone}):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>Айтылған &amp;себеп:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Кімнің &amp;өтініші бойынша:</translation>
    </message>
</context>
<context>
    <name>PostponementsModel</name>
    <message>
        <source>Was to sit</source>
        <translation>Белгіленген күні</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кімнің өтініші бойынша</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Келесі күні</translation>
    </message>
</context>
<context>
    <name>ProceedingDialog</name>
    <message>
        <source>New proceeding after the verdict</source>
        <translation>Үкімнен кейінгі жаңа іс жүргізу</translation>
    </message>
    <message>
        <source>Edit proceeding after the verdict</source>
        <translation>Үкімнен кейінгі іс жүргізуді өзгерту</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Не:</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation>&amp;Сотталған:</translation>
    </message>
    <message>
        <source>Concerns &amp;element:</source>
        <translation>Қатысты ша&amp;ра:</translation>
    </message>
    <message>
        <source>Hearin&amp;g:</source>
        <translation>Сот отырыс&amp;ы:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Соңғы &amp;мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>&amp;Бастамашысы:</translation>
    </message>
    <message>
        <source>&amp;Conduct alleged:</source>
        <translation>&amp;Айыпталған әрекет:</translation>
    </message>
    <message>
        <source>Conduct in deta&amp;il:</source>
        <translation>Әрекет толы&amp;ғырақ:</translation>
    </message>
    <message>
        <source>Sit&amp;uation:</source>
        <translation>Жағ&amp;дайы:</translation>
    </message>
    <message>
        <source>As&amp;ked (verbatim):</source>
        <translation>С&amp;ұрақ (сөзбе-сөз):</translation>
    </message>
    <message>
        <source>The court&apos;s a&amp;nswer (verbatim):</source>
        <translation>Соттың жа&amp;уабы (сөзбе-сөз):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Нә&amp;тижесі:</translation>
    </message>
    <message>
        <source>Days of de&amp;tention:</source>
        <translation>&amp;Қамаққа алу тәуліктері:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Element of the sentence</source>
        <translation>Жаза шарасы</translation>
    </message>
    <message>
        <source>{defendant}: {element}</source>
        <translation>{defendant}: {element}</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>Add a &amp;hearing for it…</source>
        <translation>Сот &amp;отырысын қосу…</translation>
    </message>
    <message>
        <source>A hearing like any other: observed, and logged in live mode</source>
        <translation>Кез келген басқа сот отырысы сияқты: бақыланады және нақты уақыт режимінде жазылады</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Соңғы мерзімі</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Бастамашысы</translation>
    </message>
    <message>
        <source>The defence, the prosecutor, the probation service…</source>
        <translation>Қорғау, прокурор, пробация қызметі…</translation>
    </message>
    <message>
        <source>Conduct alleged</source>
        <translation>Айыпталған әрекет</translation>
    </message>
    <message>
        <source>What the defendant is said to have done</source>
        <translation>Айыптау бойынша сотталған не істеген</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>What the court was asked</source>
        <translation>Соттан не сұралды</translation>
    </message>
    <message>
        <source>The court&apos;s answer</source>
        <translation>Соттың жауабы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Days of detention</source>
        <translation>Қамаққа алу тәуліктері</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ProceedingsModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Соңғы мерзімі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n тәулік</numerusform>
            <numerusform>%n тәулік</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcome}: {days}</source>
        <translation>{outcome}: {days}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove acknowledged trials</source>
        <translation>Расталған процестерді жою</translation>
    </message>
    <message>
        <source>When your coordinator&apos;s receipt confirms that every change of a trial arrived, you can remove the trial from this laptop, so that a lost or seized laptop holds less. Your coordinator keeps it. Removing cannot be undone.</source>
        <translation>Үйлестірушіңіздің түбіртегі процестің әрбір өзгерісі жеткенін растағанда, сол процесті осы ноутбуктан жоюға болады: сонда жоғалған немесе тәркіленген ноутбукта азырақ дерек қалады. Үйлестірушіде ол сақталады. Жоюды болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Сот процестері</translation>
    </message>
    <message>
        <source>&amp;Remove the ticked trials…</source>
        <translation>Белгіленген процестерді &amp;жою…</translation>
    </message>
    <message>
        <source>There are no trials on this laptop.</source>
        <translation>Бұл ноутбукта сот процестері жоқ.</translation>
    </message>
    <message>
        <source>Trials: {count} · can be removed: {purgeable}</source>
        <translation>Сот процестері: {count} · жоюға болады: {purgeable}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove trials from this laptop</source>
        <translation>Процестерді осы ноутбуктан жою</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n trial(s) from this laptop, with every hearing, note and attachment?</source>
        <translation>
            <numerusform>%n процесс барлық сот отырыстарымен, жазбаларымен және тіркемелерімен бірге осы ноутбуктан жойылсын ба?</numerusform>
            <numerusform>%n процесс барлық сот отырыстарымен, жазбаларымен және тіркемелерімен бірге осы ноутбуктан жойылсын ба?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove for good</source>
        <translation>Біржола &amp;жою</translation>
    </message>
    <message>
        <source>This cannot be undone. Your coordinator keeps what they received.</source>
        <translation>Мұны болдырмау мүмкін емес. Үйлестірушіңіз алғанын сақтап қалады.</translation>
    </message>
    <message numerus="yes">
        <source>Removed from this laptop: %n change(s).</source>
        <translation>
            <numerusform>Осы ноутбуктан жойылды: %n өзгеріс.</numerusform>
            <numerusform>Осы ноутбуктан жойылды: %n өзгеріс.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Can it be removed?</source>
        <translation>Жоюға бола ма?</translation>
    </message>
    <message>
        <source>yes: the coordinator confirmed all of it</source>
        <translation>иә: үйлестіруші бәрін растады</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <translation>жоқ: {reason}</translation>
    </message>
    <message>
        <source>it holds records from other people</source>
        <translation>онда басқа адамдардың жазбалары бар</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) without a receipt yet</source>
        <translation>
            <numerusform>%n өзгерістің әлі түбіртегі жоқ</numerusform>
            <numerusform>%n өзгерістің әлі түбіртегі жоқ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Жетек</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атауын пайдалану мүмкін емес.&lt;/b&gt;&lt;p&gt;Басқа, қысқарақ немесе тыныс белгілері жоқ атауды қолданып көріңіз.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Received</source>
        <translation>Алынған</translation>
    </message>
    <message>
        <source>Says it is from</source>
        <translation>Кімнен деп көрсетілген</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>QuickButton</name>
    <message>
        <source>{key} · running {elapsed}</source>
        <translation>{key} · жүріп жатыр {elapsed}</translation>
    </message>
</context>
<context>
    <name>QuickConditions</name>
    <message>
        <source>Connection restored</source>
        <translation>Байланыс қалпына келді</translation>
    </message>
    <message>
        <source>Audio back</source>
        <translation>Дыбыс қайтты</translation>
    </message>
    <message>
        <source>Video back</source>
        <translation>Бейне қайтты</translation>
    </message>
    <message>
        <source>Defendant can follow again</source>
        <translation>Сотталушы қайтадан қадағалай алады</translation>
    </message>
    <message>
        <source>Public readmitted</source>
        <translation>Жұртшылық қайта жіберілді</translation>
    </message>
    <message>
        <source>Interpretation back</source>
        <translation>Аударма қайта басталды</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>For example: entered twice by mistake</source>
        <translation>Мысалы: қателесіп екі рет енгізілген</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm with your passphrase</source>
        <translation>Құпия фразамен растау</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Растау</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Send to</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Тексеру парағындағы жауап</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeConfirm</name>
    <message>
        <source>This is your recovery code. It is shown only now and kept nowhere. Write it on paper by hand, with the group numbers, and keep the paper away from this computer. If you forget your passphrase, this code is the only way back into your vault.</source>
        <translation>Бұл — сіздің қалпына келтіру кодыңыз. Ол тек қазір көрсетіледі және ешқайда сақталмайды. Оны топ нөмірлерімен бірге қағазға қолмен жазып алыңыз да, қағазды осы компьютерден алыс сақтаңыз. Құпия фразаңызды ұмытсаңыз, қоймаңызға қайта кірудің жалғыз жолы — осы код.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>&amp;Жазып алдым</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>To check that your paper is right, type these two groups from it. Upper or lower case does not matter.</source>
        <translation>Қағазыңыздағы жазудың дұрыстығын тексеру үшін одан мына екі топты теріңіз. Бас әріп пен кіші әріптің айырмасы жоқ.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>{number}-топ</translation>
    </message>
    <message>
        <source>Group &amp;{number}:</source>
        <translation>&amp;{number}-топ:</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>Кодты қайта &amp;көрсету</translation>
    </message>
    <message>
        <source>Confirmed. Keep the paper somewhere safe.</source>
        <translation>Расталды. Қағазды қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Group {number} is not the same as the code. Check your paper.</source>
        <translation>{number}-топ кодпен сәйкес келмейді. Қағазыңызды тексеріңіз.</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the recovery code.</source>
        <translation>Қалпына келтіру кодын жазып алғаныңызды растаған жоқсыз.</translation>
    </message>
    <message>
        <source>The code will not be shown again. Without it, a forgotten passphrase means your notes are lost for good.</source>
        <translation>Код енді көрсетілмейді. Онсыз ұмытылған құпия фраза жазбаларыңыздың біржола жоғалғанын білдіреді.</translation>
    </message>
    <message>
        <source>&amp;Stay and write it down</source>
        <translation>&amp;Қалып, жазып алу</translation>
    </message>
    <message>
        <source>&amp;Leave without it</source>
        <translation>Кодсыз &amp;шығу</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Жаңа қалпына келтіру коды</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with the recovery code</source>
        <translation>Қалпына келтіру кодымен қалпына келтіру</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>Жаңа құпия фраза &amp;орнату</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Қалпына келтіру &amp;коды:</translation>
    </message>
    <message>
        <source>Type the recovery code from your paper and choose a new passphrase. The code then stops working and you get a new one to write down.</source>
        <translation>Қағаздағы қалпына келтіру кодын теріп, жаңа құпия фраза ойлап табыңыз. Содан кейін бұл код жарамсыз болады, ал сіз жазып алатын жаңа код аласыз.</translation>
    </message>
    <message>
        <source>A recovery code has {groups} groups of {length} letters and digits. Check what you typed.</source>
        <translation>Қалпына келтіру коды әрқайсысында {length} әріп пен цифрдан тұратын {groups} топтан құралады. Тергеніңізді тексеріңіз.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault. Check it for typos.</source>
        <translation>Бұл қалпына келтіру коды осы қойманы ашпайды. Қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Your new passphrase is set, and the recovery code you typed no longer works. Here is your new one.</source>
        <translation>Жаңа құпия фразаңыз орнатылды, ал сіз терген қалпына келтіру коды енді жарамсыз. Міне, жаңа кодыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Trial to report on</source>
        <translation>Есеп жасалатын сот процесі</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>&amp;Public: observers as “Observer 1, 2…”, no sources</source>
        <translation>&amp;Жария: бақылаушылар «1, 2… бақылаушы» ретінде, дереккөздерсіз</translation>
    </message>
    <message>
        <source>Show &amp;real names where I noted them</source>
        <translation>Мен жазған жерлерде &amp;шын аттарды көрсету</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>Есеп жазылатын файл</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>Есепті жа&amp;зу</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>Wr&amp;ite:</source>
        <translation>Жаз&amp;у:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Форматы:</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>&amp;Стандарт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>What to write: the report now, or a stage</source>
        <translation>Не жазу керек: қазіргі есеп пе, әлде шығарылған кезең бе</translation>
    </message>
    <message>
        <source>Put the events and the chronology in a separate &amp;annex file</source>
        <translation>Оқиғалар мен хронологияны бөлек &amp;қосымша файлға жазу</translation>
    </message>
    <message>
        <source>Written beside the report, its name ending in “-annex”.</source>
        <translation>Есептің жанына жазылады, аты «-annex» деп аяқталады.</translation>
    </message>
    <message>
        <source>A report on one trial: a summary, the findings by standard citing the events, then the events and the chronology of observations as an annex. A public report names no observer and shows no sources. Issue a stage (briefing, preliminary, final) to freeze it: written again, it is the same report. After the final report, an update lists what changed in the sentence and what followed it.</source>
        <translation>Бір сот процесі туралы есеп: түйіндеме, оқиғаларға сілтеме жасалған стандарттар бойынша тұжырымдар, содан кейін қосымшада оқиғалар мен бақылаулар хронологиясы. Жария есепте бақылаушылардың аты аталмайды және дереккөздер көрсетілмейді. Есепті бекіту үшін кезеңді (анықтама, алдын ала, қорытынды) шығарыңыз: қайта жазылса да, есеп сол күйінде қалады. Қорытынды есептен кейін жаңарту үкімде және одан кейінгі жағдайларда не өзгергенін көрсетеді.</translation>
    </message>
    <message>
        <source>Its annex: {annex}.</source>
        <translation>Қосымшасы: {annex}.</translation>
    </message>
    <message>
        <source>An &amp;update: what changed since the report of</source>
        <translation>Толықт&amp;ыру: мына күнгі есептен бері не өзгерді:</translation>
    </message>
    <message>
        <source>Time the report the update follows was generated, in UTC</source>
        <translation>Толықтырылатын есептің жасалған уақыты, UTC бойынша</translation>
    </message>
    <message>
        <source>Type the time printed as “Generated” on the final report (UTC, to the second): the update lists what reached this vault after it. Once you write a report on the trial here, its time is filled in.</source>
        <translation>Қорытынды есепте «Жасалған күні» жолында көрсетілген уақытты енгізіңіз (UTC, секундына дейін): толықтыруға осы қоймаға одан кейін түскендер енеді. Осы жерде процесс бойынша есеп жазғанда, оның уақыты өзі қойылады.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Every observation</source>
        <translation>Барлық бақылаулар</translation>
    </message>
    <message>
        <source>Only what bears on {standard}</source>
        <translation>Тек {standard} қатыстылары</translation>
    </message>
    <message>
        <source>The report as things stand now</source>
        <translation>Қазіргі күйіндегі есеп</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Есепті былай сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>{name} files (*.{suffix})</source>
        <translation>{name} файлдары (*.{suffix})</translation>
    </message>
    <message>
        <source>public</source>
        <translation>жария</translation>
    </message>
    <message>
        <source>private</source>
        <translation>жабық</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a {kind} {format} update listing %n change(s) to {file}.</source>
        <translation>
            <numerusform>{kind} {format} толықтыру есебі (өзгерістер саны: %n) {file} файлына жазылды.</numerusform>
            <numerusform>{kind} {format} толықтыру есебі (өзгерістер саны: %n) {file} файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the {kind} {format} of an issued stage to {file}, as issued.</source>
        <translation>Шығарылған кезеңнің {format} ({kind}) файлы {file} ішіне шығарылған күйінде жазылды.</translation>
    </message>
    <message>
        <source>Wrote a {kind} {format} report with {logged} to {file}.</source>
        <translation>{kind} {format} есебі ({logged}) {file} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <source>Res&amp;tart now</source>
        <translation>&amp;Қазір қайта іске қосу</translation>
    </message>
    <message>
        <source>The new language shows when Trial Monitor starts again. Restarting locks the vault; you then unlock it in the new language.</source>
        <translation>Жаңа тіл Trial Monitor қайта іске қосылғанда көрсетіледі. Қайта іске қосу қойманы құлыптайды; содан кейін оны жаңа тілде ашасыз.</translation>
    </message>
    <message>
        <source>Trial Monitor could not start again. Start it yourself to see the new language.</source>
        <translation>Trial Monitor қайта іске қосылмады. Жаңа тілді көру үшін оны өзіңіз іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>RestrictionsModel</name>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Banned activities</source>
        <translation>Тыйым салынған қызмет</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Person&apos;s days detained</source>
        <translation>Адамның қамақ күндері</translation>
    </message>
    <message>
        <source>no end set</source>
        <translation>аяқталу мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>Әлі басталмаған</translation>
    </message>
    <message>
        <source>Ended early ({how})</source>
        <translation>Мерзімінен бұрын аяқталды ({how})</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Unreadable record {id}</source>
        <translation>Оқылмайтын жазба {id}</translation>
    </message>
</context>
<context>
    <name>RestrictionsPage</name>
    <message>
        <source>Type of restriction</source>
        <translation>Шектеу түрі</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>&amp;In force only</source>
        <translation>Тек &amp;күшіндегілер</translation>
    </message>
    <message>
        <source>&amp;Public export: people and trials numbered</source>
        <translation>&amp;Жария экспорт: адамдар мен сот процестері нөмірленеді</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>What the chart counts</source>
        <translation>Диаграмма нені санайды</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Түрлері бойынша</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <source>By end year</source>
        <translation>Аяқталу жылы бойынша</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Д&amp;иаграмма:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message numerus="yes">
        <source>%n restriction(s) listed.</source>
        <translation>
            <numerusform>Тізімде %n шектеу.</numerusform>
            <numerusform>Тізімде %n шектеу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of detention for alleged violations, in all.</source>
        <translation>
            <numerusform>Болжамды бұзушылықтар үшін барлығы %n күн қамақ.</numerusform>
            <numerusform>Болжамды бұзушылықтар үшін барлығы %n күн қамақ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable sentence or proceeding record(s), counted nowhere.</source>
        <translation>
            <numerusform>Үкім немесе іс жүргізу туралы %n жазба оқылмады және еш жерде есептелмейді.</numerusform>
            <numerusform>Үкім немесе іс жүргізу туралы %n жазба оқылмады және еш жерде есептелмейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrictions listed, by country</source>
        <translation>Тізімдегі шектеулер, елдер бойынша</translation>
    </message>
    <message>
        <source>Restrictions listed, by the year they end</source>
        <translation>Тізімдегі шектеулер, аяқталу жылы бойынша</translation>
    </message>
    <message>
        <source>Restrictions listed, by type</source>
        <translation>Тізімдегі шектеулер, түрлері бойынша</translation>
    </message>
    <message>
        <source>no end set</source>
        <translation>аяқталу мерзімі көрсетілмеген</translation>
    </message>
    <message>
        <source>Save the restrictions as</source>
        <translation>Шектеулерді былай сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n restriction(s), people and trials numbered, to {file}.</source>
        <translation>
            <numerusform>{file} файлына %n шектеу жазылды (адамдар мен сот процестері нөмірленген).</numerusform>
            <numerusform>{file} файлына %n шектеу жазылды (адамдар мен сот процестері нөмірленген).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n restriction(s), with names, to {file}.</source>
        <translation>
            <numerusform>{file} файлына %n шектеу аты-жөнімен жазылды.</numerusform>
            <numerusform>{file} файлына %n шектеу аты-жөнімен жазылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Жергілікті уақыт</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>you</source>
        <translation>сіз</translation>
    </message>
    <message>
        <source>observer {id}</source>
        <translation>бақылаушы {id}</translation>
    </message>
    <message>
        <source>deleted: {reason}</source>
        <translation>жойылды: {reason}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <source>saved again, no change</source>
        <translation>өзгеріссіз қайта сақталды</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>өзгертілді: {fields}</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>✓ Saved {time}: {condition}</source>
        <translation>✓ {time} сақталды: {condition}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Ізделетін сөздер</translation>
    </message>
    <message>
        <source>Words to find, in any language</source>
        <translation>Ізделетін сөздер, кез келген тілде</translation>
    </message>
    <message>
        <source>Reading the vault</source>
        <translation>Қойма оқылуда</translation>
    </message>
    <message>
        <source>Reading the vault…</source>
        <translation>Қойма оқылуда…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Type a word from a title, a name or a note.</source>
        <translation>Атаудан, есімнен немесе жазбадан бір сөз теріңіз.</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Нәтижелер: {count}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Сәйкестік</translation>
    </message>
</context>
<context>
    <name>SentBundlesModel</name>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Сақталған өзгерістер</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>алынды {date}</translation>
    </message>
    <message>
        <source>received by {names}</source>
        <translation>алғандар: {names}</translation>
    </message>
</context>
<context>
    <name>SentenceDialog</name>
    <message>
        <source>New element of the sentence</source>
        <translation>Жаңа жаза шарасы</translation>
    </message>
    <message>
        <source>Edit element of the sentence</source>
        <translation>Жаза шарасын өзгерту</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Жаза шарасы</translation>
    </message>
    <message>
        <source>Activities banned</source>
        <translation>Тыйым салынған қызмет</translation>
    </message>
    <message>
        <source>Court of the judgment</source>
        <translation>Үкім шығарған сот</translation>
    </message>
    <message>
        <source>Date of the judgment</source>
        <translation>Үкім күні</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>As pronounced, for example 500 MCI</source>
        <translation>Жарияланғандай, мысалы 500 АЕК</translation>
    </message>
    <message>
        <source>Wording as pronounced</source>
        <translation>Жарияланған тұжырым</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарттар</translation>
    </message>
    <message>
        <source>For example: ICCPR 19; ICCPR 25; HRC GC 34</source>
        <translation>Мысалы: ICCPR 19; ICCPR 25; HRC GC 34</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation>&amp;Сотталған:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>Ш&amp;ара:</translation>
    </message>
    <message>
        <source>Activities &amp;banned:</source>
        <translation>Тыйым салы&amp;нған:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <source>&amp;Judgment of:</source>
        <translation>Үкім &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Әрекет етеді:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Қазіргі жағдайы:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Сомас&amp;ы:</translation>
    </message>
    <message>
        <source>Sente&amp;nce</source>
        <translation>Үк&amp;ім</translation>
    </message>
    <message>
        <source>Type the judgment&apos;s words exactly as pronounced: they are kept and shown as a verbatim quotation.</source>
        <translation>Үкімнің сөздерін дәл жарияланғандай енгізіңіз: олар сөзбе-сөз дәйексөз ретінде сақталады және көрсетіледі.</translation>
    </message>
    <message>
        <source>Wo&amp;rding:</source>
        <translation>Тұж&amp;ырым:</translation>
    </message>
    <message>
        <source>S&amp;tandards:</source>
        <translation>Стан&amp;дарттар:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ескерт&amp;пелер:</translation>
    </message>
    <message>
        <source>&amp;Wording and standards</source>
        <translation>Тұжырым және с&amp;тандарттар</translation>
    </message>
    <message>
        <source>For a &amp;term of</source>
        <translation>Мер&amp;зімі</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>years</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>days</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
</context>
<context>
    <name>SentenceModel</name>
    <message>
        <source>Defendant</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Жаза шарасы</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Қазіргі жағдайы</translation>
    </message>
</context>
<context>
    <name>SessionTotalsModel</name>
    <message>
        <source>Session</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Participation lost</source>
        <translation>Жоғалған қатысу</translation>
    </message>
    <message>
        <source>Defendant could not follow</source>
        <translation>Сотталушы қадағалай алмады</translation>
    </message>
    <message>
        <source>Court went on</source>
        <translation>Сот жалғастырды</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Hearing session</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>The session&apos;s events, observers side by side</source>
        <translation>Отырыстың оқиғалары, бақылаушылар қатар</translation>
    </message>
    <message>
        <source>Checklists side by side</source>
        <translation>Тексеру парақтары қатар</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Сот &amp;отырысы:</translation>
    </message>
    <message>
        <source>What each observer logged, as events</source>
        <translation>Әр бақылаушы не жазды, оқиғалар бойынша</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), of which only some of the observers present recorded {alone}</source>
        <translation>
            <numerusform>%n оқиға; қатысқан бақылаушылардың бір бөлігі ғана жазған оқиғалар: {alone}</numerusform>
            <numerusform>%n оқиға; қатысқан бақылаушылардың бір бөлігі ғана жазған оқиғалар: {alone}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Тексеру парақтары</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n observer(s))</source>
        <translation>
            <numerusform>{date} (%n бақылаушы)</numerusform>
            <numerusform>{date} (%n бақылаушы)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a trial and one of its hearing sessions.</source>
        <translation>Сот процесін және оның сот отырыстарының бірін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>checklist answers differ on %n question(s).</source>
        <translation>
            <numerusform>тексеру парағының жауаптары %n сұрақ бойынша әртүрлі.</numerusform>
            <numerusform>тексеру парағының жауаптары %n сұрақ бойынша әртүрлі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <source>Minutes without use before locking</source>
        <translation>Құлыпталғанға дейінгі әрекетсіз минуттар</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>Қол&amp;дану…</translation>
    </message>
    <message>
        <source>Also &amp;during a live hearing (otherwise only Ctrl+Shift+L locks it)</source>
        <translation>Тікелей &amp;отырыс кезінде де (әйтпесе тек Ctrl+Shift+L құлыптайды)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Жаңа қалпына келтіру &amp;коды…</translation>
    </message>
    <message>
        <source>Changes here ask for your passphrase again.</source>
        <translation>Мұндағы өзгерістер құпия фразаңызды қайта сұрайды.</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Әрекетсіздіктен кейін құлыптау:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Жүйенің тілі</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Т&amp;іл:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <source>Display name or pseudonym</source>
        <translation>Көрсетілетін аты немесе бүркеншік ат</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>Атын &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Name or pseudonym:</source>
        <translation>&amp;Аты немесе бүркеншік ат:</translation>
    </message>
    <message>
        <source>It goes with the notes you send. It does not change notes already sent.</source>
        <translation>Ол сіз жіберетін жазбаларға қосылады. Бұрын жіберілген жазбаларды өзгертпейді.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Most bundles kept in quarantine</source>
        <translation>Карантинде сақталатын пакеттердің ең көп саны</translation>
    </message>
    <message>
        <source>Most megabytes kept in quarantine</source>
        <translation>Карантинде сақталатын ең көп мегабайт</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Save limi&amp;ts</source>
        <translation>Шектерді сақ&amp;тау</translation>
    </message>
    <message>
        <source>bundles, at most</source>
        <translation>пакет, ең көбі</translation>
    </message>
    <message>
        <source>&amp;Keep up to:</source>
        <translation>Сақтау ше&amp;гі:</translation>
    </message>
    <message>
        <source>Bundles signed by someone who is not a contact wait in quarantine. Past these limits they are refused and nothing of them is kept.</source>
        <translation>Контактілер арасында жоқ адамдар қол қойған пакеттер карантинде күтеді. Осы шектерден асқанда олар қабылданбайды және олардан ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Type your passphrase to change when Trial Monitor locks itself.</source>
        <translation>Trial Monitor өздігінен құлыпталатын уақытты өзгерту үшін құпия фразаңызды теріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Trial Monitor now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Trial Monitor енді %n минут әрекетсіздіктен кейін құлыпталады.</numerusform>
            <numerusform>Trial Monitor енді %n минут әрекетсіздіктен кейін құлыпталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Құпия фразаңыз өзгертілді. Бұдан былай жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Type your passphrase to get a new recovery code. The code you have now will stop working.</source>
        <translation>Жаңа қалпына келтіру кодын алу үшін құпия фразаңызды теріңіз. Қазіргі кодыңыз жарамсыз болады.</translation>
    </message>
    <message>
        <source>Your old recovery code no longer works. Here is the new one.</source>
        <translation>Ескі қалпына келтіру кодыңыз енді жарамсыз. Міне, жаңасы.</translation>
    </message>
    <message>
        <source>Your new recovery code is confirmed.</source>
        <translation>Жаңа қалпына келтіру кодыңыз расталды.</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym.</source>
        <translation>Көрсетілетін атыңызды немесе бүркеншік атыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Ке&amp;лесі</translation>
    </message>
    <message>
        <source>Welcome to Trial Monitor</source>
        <translation>Trial Monitor-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Trial Monitor keeps your notes on hearings in an encrypted vault on this computer. Setting it up takes a minute.</source>
        <translation>Trial Monitor сот отырыстары туралы жазбаларыңызды осы компьютердегі шифрланған қоймада сақтайды. Баптау бір минуттай уақыт алады.</translation>
    </message>
    <message>
        <source>Display name or pseudonym</source>
        <translation>Көрсетілетін аты немесе бүркеншік ат</translation>
    </message>
    <message>
        <source>&amp;Display name or pseudonym:</source>
        <translation>Көрсетілетін аты немесе &amp;бүркеншік ат:</translation>
    </message>
    <message>
        <source>This name goes with the notes you send to a coordinator. A pseudonym is wise: if your notes or this laptop fall into the wrong hands, it does not point to you. In the vault it is stored encrypted, and you can change it later in the settings.</source>
        <translation>Бұл ат үйлестірушіге жіберетін жазбаларыңызбен бірге жүреді. Бүркеншік ат алған жөн: жазбаларыңыз немесе осы ноутбук бөгде қолға түссе, ол сізді көрсетпейді. Қоймада ол шифрланып сақталады, оны кейін баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. If your vault is on a removable drive, connect it and choose Look again. Otherwise, set up a new vault below.</source>
        <translation>{folder} бумасында қойма жоқ. Егер қоймаңыз алынбалы дискіде болса, оны қосып, «Қайта қарау» түймесін басыңыз. Әйтпесе төменде жаңа қойма жасаңыз.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>Қайта &amp;қарау</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Құпия фраза ойлап табыңыз</translation>
    </message>
    <message>
        <source>The passphrase unlocks your vault. Nobody can reset it for you, not even your coordinator. Choose several unrelated words you will remember, and do not keep them on this computer.</source>
        <translation>Құпия фраза қоймаңызды ашады. Оны сіз үшін ешкім, тіпті үйлестірушіңіз де қалпына келтіре алмайды. Есіңізде қалатын, бір-біріне қатысы жоқ бірнеше сөз таңдаңыз және оларды осы компьютерде сақтамаңыз.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Қойма қайда сақталады</translation>
    </message>
    <message>
        <source>The vault is one folder. The place below suits most people; choose another if you keep your work on an encrypted or removable drive.</source>
        <translation>Қойма — бір бума. Төмендегі орын көпшілікке жарайды; жұмысыңызды шифрланған немесе алынбалы дискіде сақтасаңыз, басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>Буманы &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Unlock that vault instead</source>
        <translation>&amp;Оның орнына сол қойманың құлпын ашу</translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation>Қоймаңыз жасалуда</translation>
    </message>
    <message>
        <source>Trial Monitor is tuning the protection of your passphrase to this computer. This takes a few seconds.</source>
        <translation>Trial Monitor құпия фразаңыздың қорғанысын осы компьютерге бейімдеп жатыр. Бұл бірнеше секунд алады.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>{steps} қадамның {step}-қадамы</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>Қойманы &amp;жасау</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym. A pseudonym is fine.</source>
        <translation>Көрсетілетін атыңызды немесе бүркеншік атыңызды енгізіңіз. Бүркеншік ат та жарайды.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Қойма сақталатын буманы таңдаңыз</translation>
    </message>
    <message>
        <source>The vault will be in: {folder}</source>
        <translation>Қойма мына жерде болады: {folder}</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Choose another folder, or unlock that vault.</source>
        <translation>Бұл бумада қойма бұрыннан бар. Басқа буманы таңдаңыз немесе сол қойманың құлпын ашыңыз.</translation>
    </message>
    <message>
        <source>Trial Monitor cannot write to this folder. Choose another folder.</source>
        <translation>Trial Monitor бұл бумаға жаза алмайды. Басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Your vault is created and saved. One last step: write down your recovery code. If you quit now, your vault stays and Trial Monitor will ask for your passphrase next time, but this code will not be shown again.</source>
        <translation>Қоймаңыз жасалып, сақталды. Соңғы қадам қалды: қалпына келтіру кодын жазып алыңыз. Қазір шықсаңыз, қоймаңыз сақталады және келесі жолы Trial Monitor құпия фразаңызды сұрайды, бірақ бұл код қайта көрсетілмейді.</translation>
    </message>
</context>
<context>
    <name>ShareRecoveryDialog</name>
    <message>
        <source>Recover with trustee shares</source>
        <translation>Сенім білдірілген адамдардың үлестерімен қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ask your trustees for their shares. Type the words of one share at a time, in order, as on its sheet: the numbers may be typed too, and the first four letters of each word are enough. Check that every sheet shows the same set fingerprint.</source>
        <translation>Сенім білдірілген адамдардан үлестерін сұраңыз. Бір үлестің сөздерін бір реттен, ретімен, парақтағыдай енгізіңіз: нөмірлерін де енгізуге болады, әр сөздің алғашқы төрт әрпі жеткілікті. Барлық парақта жинақтың саусақ ізі бірдей екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Words of share {number}</source>
        <translation>{number}-үлестің сөздері</translation>
    </message>
    <message>
        <source>Share {number}</source>
        <translation>{number}-үлес</translation>
    </message>
    <message>
        <source>Share {number} of {needed}</source>
        <translation>{needed} үлестің {number}-үлесі</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>Жаңа құпия фразаны &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Back to the shares</source>
        <translation>Үлестерге &amp;оралу</translation>
    </message>
    <message>
        <source>The shares fit together. Choose a new passphrase: the vault opens with it from now on, and you get a new recovery code to write down. The trustees&apos; shares keep working.</source>
        <translation>Үлестер бір-біріне сәйкес келеді. Жаңа құпия фраза таңдаңыз: қойма енді сонымен ашылады, ал сіз жазып алатын жаңа қалпына келтіру кодын аласыз. Сенім білдірілген адамдардың үлестері жарамды болып қалады.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your old recovery code may be lost too, so it no longer works. Here is your new one.</source>
        <translation>Жаңа құпия фраза орнатылды. Ескі қалпына келтіру коды да жоғалған болуы мүмкін, сондықтан ол енді жарамсыз. Міне, жаңасы.</translation>
    </message>
</context>
<context>
    <name>SharesHandoverDialog</name>
    <message>
        <source>Trustee shares</source>
        <translation>Сенім білдірілген адамдардың үлестері</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>Мәтін ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Give each share to a different trustee, on paper, and delete any file you saved once it is printed. The shares are shown only now and kept nowhere.</source>
        <translation>Әр үлесті қағазда әр түрлі сенім білдірілген адамға беріңіз де, басып шығарғаннан кейін сақталған файлдарды жойыңыз. Үлестер тек қазір көрсетіледі және еш жерде сақталмайды.</translation>
    </message>
    <message>
        <source>Share {number} of {count}</source>
        <translation>{count} үлестің {number}-үлесі</translation>
    </message>
    <message>
        <source>Any {threshold} of the {count} shares together restore access. Set fingerprint: {fingerprint}.</source>
        <translation>{count} үлестің кез келген {threshold} үлесі бірге қолжетімділікті қалпына келтіреді. Жинақтың саусақ ізі: {fingerprint}.</translation>
    </message>
    <message>
        <source>Words of share {number}</source>
        <translation>{number}-үлестің сөздері</translation>
    </message>
    <message>
        <source>Share {number} is &amp;handed over (printed, saved or written down)</source>
        <translation>{number}-үлес &amp;берілді (басылды, сақталды немесе жазылды)</translation>
    </message>
    <message>
        <source>&amp;Next share</source>
        <translation>&amp;Келесі үлес</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>The trustee shares are made. Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Сенім білдірілген адамдардың үлестері жасалды. Қоймаңыз Trial Monitor-дың ескі нұсқасымен жасалған, сондықтан оның қалпына келтіру кодын сақтау мүмкін болмады: ескі код енді жарамсыз. Міне, жаңасы.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>Save the sheet of share {number}</source>
        <translation>{number}-үлестің парағын сақтау</translation>
    </message>
    <message>
        <source>The sheet of share {number} is saved.</source>
        <translation>{number}-үлестің парағы сақталды.</translation>
    </message>
    <message>
        <source>Not every share has been handed over.</source>
        <translation>Барлық үлес берілген жоқ.</translation>
    </message>
    <message>
        <source>&amp;Leave without them</source>
        <translation>Оларсыз &amp;шығу</translation>
    </message>
    <message>
        <source>The shares will not be shown again. Shares not handed over are lost; you can make a new set later, which retires this one.</source>
        <translation>Үлестер қайта көрсетілмейді. Берілмеген үлестер жоғалады; кейін жаңа жинақ жасауға болады, сонда бұл жинақ жарамсыз болады.</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseCheck</name>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>Құпия фразаны &amp;көрсету</translation>
    </message>
</context>
<context>
    <name>SplitEventDialog</name>
    <message>
        <source>Split an event</source>
        <translation>Оқиғаны бөлу</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Бөлу</translation>
    </message>
    <message>
        <source>Observations to split off</source>
        <translation>Бөлінетін бақылаулар</translation>
    </message>
    <message>
        <source>&amp;Observations to split off into an event of their own:</source>
        <translation>Жеке оқиғаға бөлінетін &amp;бақылаулар:</translation>
    </message>
</context>
<context>
    <name>StagesBox</name>
    <message>
        <source>Stages of the report</source>
        <translation>Есеп кезеңдері</translation>
    </message>
    <message>
        <source>Stages issued</source>
        <translation>Шығарылған кезеңдер</translation>
    </message>
    <message>
        <source>Your summary, leading the report</source>
        <translation>Есептің басындағы сіздің түйіндемеңіз</translation>
    </message>
    <message>
        <source>Your summary, leading the report (optional): frozen with it when issued.</source>
        <translation>Есептің басындағы сіздің түйіндемеңіз (міндетті емес): шығарылғанда есеппен бірге бекітіледі.</translation>
    </message>
    <message>
        <source>Issue pre-trial &amp;briefing…</source>
        <translation>Сот процесі алдындағы &amp;анықтаманы шығару…</translation>
    </message>
    <message>
        <source>Issue preliminar&amp;y report…</source>
        <translation>Алдын ала &amp;есепті шығару…</translation>
    </message>
    <message>
        <source>Issue fi&amp;nal report…</source>
        <translation>Қорытынды есепті шы&amp;ғару…</translation>
    </message>
    <message>
        <source>Issued already: issuing it again keeps the earlier issue in its history.</source>
        <translation>Шығарылған: қайта шығарғанда бұрынғысы тарихта қалады.</translation>
    </message>
    <message>
        <source>Issue the pre-trial briefing on “{trial}” now?</source>
        <translation>«{trial}» ісі бойынша сот процесі алдындағы анықтаманы қазір шығару керек пе?</translation>
    </message>
    <message>
        <source>Issue the preliminary report on “{trial}” now?</source>
        <translation>«{trial}» ісі бойынша алдын ала есепті қазір шығару керек пе?</translation>
    </message>
    <message>
        <source>Issue the final report on “{trial}” now?</source>
        <translation>«{trial}» ісі бойынша қорытынды есепті қазір шығару керек пе?</translation>
    </message>
    <message>
        <source>It is frozen as things stand: written again, it is the same report, whatever arrives later.</source>
        <translation>Ол қазіргі күйінде бекітіледі: қайта жазылса да, кейін не келсе де, есеп сол күйінде қалады.</translation>
    </message>
    <message>
        <source>It was issued before: this issues it again, and the earlier issue stays in its history.</source>
        <translation>Ол бұрын шығарылған: қайта шығарылады, ал бұрынғы шығарылымы оның тарихында қалады.</translation>
    </message>
    <message>
        <source>Issue a stage</source>
        <translation>Кезеңді шығару</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Шығару</translation>
    </message>
    <message>
        <source>Issued: {stage}, {when}. It is written the same whenever it is written.</source>
        <translation>Шығарылды: {stage}, {when}. Оны қашан жазсаңыз да, бірдей болады.</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Шығарылым</translation>
    </message>
</context>
<context>
    <name>StandardsModel</name>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Алаңдаушылық</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кім бағалады</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Түсініктемелер</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <source>Concern assessed</source>
        <translation>Бағаланған алаңдаушылық</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>бағаланбаған</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Estimated passphrase strength</source>
        <translation>Құпия фразаның болжамды беріктігі</translation>
    </message>
    <message>
        <source>Not accepted. {reason}</source>
        <translation>Қабылданбайды. {reason}</translation>
    </message>
    <message>
        <source>Accepted. Estimated strength: good.</source>
        <translation>Қабылданды. Болжамды беріктігі: жақсы.</translation>
    </message>
    <message>
        <source>Accepted. Estimated strength: strong.</source>
        <translation>Қабылданды. Болжамды беріктігі: берік.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Same trial?</source>
        <translation>Сол процесс пе?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>same case number {case} and court {court}</source>
        <translation>іс нөмірі {case} және сот {court} бірдей</translation>
    </message>
    <message>
        <source>same case number {case}</source>
        <translation>іс нөмірі {case} бірдей</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is nothing to send yet: the vault has no records.</source>
        <translation>Әзірге жіберетін ештеңе жоқ: қоймада жазбалар жоқ.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle to {names}. To send everything again, tick the box to send everything.</source>
        <translation>{names} үшін соңғы пакеттен бері ештеңе өзгерген жоқ. Бәрін қайта жіберу үшін «бәрін жіберу» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>No bundle from {name} has been imported yet.</source>
        <translation>{name} жіберген бірде-бір пакет әлі импортталған жоқ.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Пакет жіберу</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контактілер…</translation>
    </message>
    <message>
        <source>For&amp;ward bundles received…</source>
        <translation>Алынған пакеттерді жол&amp;дау…</translation>
    </message>
    <message>
        <source>Send &amp;everything again, not only what changed since the last bundle</source>
        <translation>Соңғы пакеттен бергі өзгерістерді ғана емес, &amp;бәрін қайта жіберу</translation>
    </message>
    <message>
        <source>Folder to save the bundle in</source>
        <translation>Пакет сақталатын бума</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that is synced</source>
        <translation>USB жинақтағыш немесе синхрондалатын бума</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle</source>
        <translation>Пакетті &amp;экспорттау</translation>
    </message>
    <message>
        <source>&amp;Correct them…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Бу&amp;ма:</translation>
    </message>
    <message>
        <source>A bundle holds the changes you made since your last bundle to the same people, encrypted so that only they and you can open it. Its file name says nothing about you. Send it any way that works.</source>
        <translation>Пакетте сол адамдарға жіберген соңғы пакетіңізден бергі өзгерістер болады және оны тек олар мен сіз ғана аша алатындай шифрланады. Файлдың аты сіз туралы ештеңе айтпайды. Оны кез келген қолайлы жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Кім&amp;ге:</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Жіберілген пакеттер</translation>
    </message>
    <message>
        <source>Import a &amp;receipt…</source>
        <translation>Түбіртекті &amp;импорттау…</translation>
    </message>
    <message>
        <source>Re&amp;move acknowledged trials from this laptop…</source>
        <translation>Расталған процестерді осы ноутбуктан &amp;жою…</translation>
    </message>
    <message>
        <source>Add your coordinator&apos;s key card under Contacts first.</source>
        <translation>Алдымен үйлестірушіңіздің кілт карточкасын «Контактілер» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Пакетті қайда сақтау керектігін таңдаңыз</translation>
    </message>
    <message>
        <source>Tick at least one contact to send it to.</source>
        <translation>Жіберетін кемінде бір контактіні белгілеңіз.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder to save the bundle in.</source>
        <translation>{folder} бума емес. Пакет сақталатын буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Saved {file}: {changes} for {names}. Send the file to them any way that works.</source>
        <translation>{file} сақталды: {names} үшін {changes}. Файлды оларға кез келген қолайлы жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>Saved {count} files, as one bundle may carry only so much: {file}. They hold {changes} for {names}. Send them all, any way that works; they may be imported in any order.</source>
        <translation>{count} файл сақталды, себебі бір пакет тек белгілі бір көлемді сыйғызады: {file}. Оларда {names} үшін {changes} бар. Олардың бәрін кез келген ыңғайлы жолмен жіберіңіз; оларды кез келген ретпен импорттауға болады.</translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation>Түбіртекті таңдаңыз</translation>
    </message>
    <message>
        <source>Receipts ({pattern});;All files (*)</source>
        <translation>Түбіртектер ({pattern});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This receipt from {name} was imported before; nothing changed.</source>
        <translation>{name} жіберген бұл түбіртек бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>{name} confirms %n more bundle(s).</source>
        <translation>
            <numerusform>{name} тағы %n пакеттің алынғанын растайды.</numerusform>
            <numerusform>{name} тағы %n пакеттің алынғанын растайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed before: %n.</source>
        <translation>
            <numerusform>Бұрын расталғаны: %n.</numerusform>
            <numerusform>Бұрын расталғаны: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) matching no bundle you sent them, ignored.</source>
        <translation>
            <numerusform>%n жазба сіз оларға жіберген бірде-бір пакетке сәйкес келмейді, сондықтан ескерілмеді.</numerusform>
            <numerusform>%n жазба сіз оларға жіберген бірде-бір пакетке сәйкес келмейді, сондықтан ескерілмеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Жазғандар</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Көргендер</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>All trials</source>
        <translation>Барлық сот процестері</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <source>Hearing session</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Сүзгілерді &amp;тазалау</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Кез келген ауырлық</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Ауырлығы:</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Бақылаушы:</translation>
    </message>
    <message>
        <source>&amp;Hearing session:</source>
        <translation>Сот &amp;отырысы:</translation>
    </message>
    <message>
        <source>Hearing sessions and their totals</source>
        <translation>Сот отырыстары және олардың қорытындылары</translation>
    </message>
    <message>
        <source>Postponements</source>
        <translation>Кейінге қалдырулар</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Созбалаңдық</translation>
    </message>
    <message>
        <source>Sessions and delay</source>
        <translation>Отырыстар мен созбалаңдық</translation>
    </message>
    <message>
        <source>The chosen row</source>
        <translation>Таңдалған жол</translation>
    </message>
    <message>
        <source>Every observer</source>
        <translation>Барлық бақылаушылар</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Барлық отырыстар</translation>
    </message>
    <message>
        <source>Hearings: {hearings}, held: {held}, postponed: {postponed}; days from the first to the last: {days}.</source>
        <translation>Сот отырыстары: {hearings}, өтті: {held}, кейінге қалдырылды: {postponed}; біріншісінен соңғысына дейін өткен күндер: {days}.</translation>
    </message>
    <message>
        <source>Choose a trial to see its sessions and delay.</source>
        <translation>Отырыстарын және созбалаңдығын көру үшін сот процесін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n event(s), from {logged}</source>
        <translation>
            <numerusform>%n оқиға көрсетілген; жазылғаны: {logged}</numerusform>
            <numerusform>%n оқиға көрсетілген; жазылғаны: {logged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n trial(s) chosen on the dashboard</source>
        <translation>
            <numerusform>жиынтықта таңдалған %n сот процесінде</numerusform>
            <numerusform>жиынтықта таңдалған %n сот процесінде</numerusform>
        </translation>
    </message>
    <message>
        <source>in {month} (UTC)</source>
        <translation>{month} (UTC) ішінде</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>New trial</source>
        <translation>Жаңа сот процесі</translation>
    </message>
    <message>
        <source>Edit trial</source>
        <translation>Сот процесін өзгерту</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>For example: The State v. A. Journalist</source>
        <translation>Мысалы: Мемлекет пен журналист А. Сейітов ісі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Two letters, such as BY or RU</source>
        <translation>Екі әріп, мысалы KZ немесе RU</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Әр жолда біреуден</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>&amp;Defendants:</source>
        <translation>Сот&amp;талушылар:</translation>
    </message>
    <message>
        <source>C&amp;harges:</source>
        <translation>Айыпта&amp;р:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Ескертпе&amp;лер:</translation>
    </message>
</context>
<context>
    <name>TrialGroupsModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Trial records</source>
        <translation>Процестің жазбалары</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <source>Last change (UTC)</source>
        <translation>Соңғы өзгеріс (UTC)</translation>
    </message>
</context>
<context>
    <name>TrialsPage</name>
    <message>
        <source>Trials across observers</source>
        <translation>Барлық бақылаушылардағы сот процестері</translation>
    </message>
    <message>
        <source>The same trial?</source>
        <translation>Сол процесс пе?</translation>
    </message>
    <message>
        <source>Trials that look like the same one</source>
        <translation>Бір процеске ұқсайтын сот процестері</translation>
    </message>
    <message>
        <source>&amp;Link as one trial</source>
        <translation>Бір процесс ретінде &amp;байланыстыру</translation>
    </message>
    <message>
        <source>Observers record the same trial each on their own. Link their records to report them as one trial; nobody&apos;s notes are changed.</source>
        <translation>Бақылаушылар бір сот процесін әрқайсысы өз бетінше жазады. Олар туралы бір процесс ретінде есеп беру үшін жазбаларын байланыстырыңыз; ешкімнің жазбасы өзгермейді.</translation>
    </message>
    <message>
        <source>Linked trials</source>
        <translation>Байланыстырылған процестер</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Байланысты &amp;үзу</translation>
    </message>
    <message>
        <source>Linked: the two now report as one trial.</source>
        <translation>Байланыстырылды: екеуі енді есептерде бір процесс болып көрсетіледі.</translation>
    </message>
    <message>
        <source>Unlinked: they report as two trials again.</source>
        <translation>Байланыс үзілді: есептерде олар қайтадан екі процесс.</translation>
    </message>
</context>
<context>
    <name>TrusteesBox</name>
    <message>
        <source>Trustees</source>
        <translation>Сенім білдірілген адамдар</translation>
    </message>
    <message>
        <source>&amp;Make shares…</source>
        <translation>Үлестерді &amp;жасау…</translation>
    </message>
    <message>
        <source>R&amp;emove shares…</source>
        <translation>Үлестерді жо&amp;ю…</translation>
    </message>
    <message>
        <source>No trustee shares. Trustees are people you trust who, together, can give you back access if you lose both your passphrase and your recovery code.</source>
        <translation>Сенім білдірілген адамдардың үлестері жоқ. Сенім білдірілген адамдар — сіз сенетін адамдар: құпия фразаңызды да, қалпына келтіру кодыңызды да жоғалтсаңыз, олар бірге қолжетімділікті қайтара алады.</translation>
    </message>
    <message>
        <source>Any {threshold} of {count} shares restore access. Made on {when}; set fingerprint {fingerprint}.</source>
        <translation>{count} үлестің кез келген {threshold} үлесі қолжетімділікті қалпына келтіреді. Жасалған уақыты: {when}; жинақтың саусақ ізі {fingerprint}.</translation>
    </message>
    <message>
        <source>New shares are made; earlier shares no longer work.</source>
        <translation>Жаңа үлестер жасалды; бұрынғы үлестер енді жарамсыз.</translation>
    </message>
    <message>
        <source>Type your passphrase to remove the trustee shares. Every share made so far will stop working.</source>
        <translation>Сенім білдірілген адамдардың үлестерін жою үшін құпия фразаңызды енгізіңіз. Осы уақытқа дейін жасалған барлық үлес жарамсыз болады.</translation>
    </message>
    <message>
        <source>The trustee shares no longer work.</source>
        <translation>Сенім білдірілген адамдардың үлестері енді жарамсыз.</translation>
    </message>
    <message>
        <source>Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Қоймаңыз Trial Monitor-дың ескі нұсқасымен жасалған, сондықтан оның қалпына келтіру кодын сақтау мүмкін болмады: ескі код енді жарамсыз. Міне, жаңасы.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>Use &amp;recovery code…</source>
        <translation>Қалпына келтіру &amp;кодын пайдалану…</translation>
    </message>
    <message>
        <source>Recover with &amp;trustee shares…</source>
        <translation>Сенім білдірілген адамдардың &amp;үлестерімен қалпына келтіру…</translation>
    </message>
    <message>
        <source>Trial Monitor {version}</source>
        <translation>Trial Monitor {version}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
    <message>
        <source>The vault is locked. Type your passphrase.</source>
        <translation>Қойма құлыпталған. Құпия фразаңызды теріңіз.</translation>
    </message>
</context>
<context>
    <name>UpcomingKind</name>
    <message>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Соңғы мерзімі</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Тіркеуге келу күні</translation>
    </message>
    <message>
        <source>Proceeding heard</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Сот процесі</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <source>Hearing: {type}</source>
        <translation>Сот отырысы: {type}</translation>
    </message>
    <message>
        <source>End of: {element}</source>
        <translation>Аяқталуы: {element}</translation>
    </message>
    <message>
        <source>Deadline: {proceeding}</source>
        <translation>Соңғы мерзімі: {proceeding}</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Пробация қызметіне келу</translation>
    </message>
</context>
<context>
    <name>WatchFolderPage</name>
    <message>
        <source>Folder to watch</source>
        <translation>Қабылдау бумасы</translation>
    </message>
    <message>
        <source>A folder that Syncthing or Nextcloud keeps in step, say</source>
        <translation>Мысалы, Syncthing немесе Nextcloud үздіксіз синхрондайтын бума</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Қабылдауды бастау</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>Қабылдауды т&amp;оқтату</translation>
    </message>
    <message>
        <source>Imported from the watch folder</source>
        <translation>Қабылдау бумасынан импортталғандар</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Бума:</translation>
    </message>
    <message>
        <source>Bundles that appear in this folder are imported as they arrive, as if you had imported them yourself. A file still being copied waits until it has settled.</source>
        <translation>Осы бумада пайда болған пакеттер келген бойда, өзіңіз импорттағандай импортталады. Әлі көшіріліп жатқан файл көшіру аяқталғанша күтеді.</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Қабылдау бумасын таңдаңыз</translation>
    </message>
    <message>
        <source>Watching {folder}. New bundles are imported as they arrive.</source>
        <translation>{folder} бақылануда. Жаңа пакеттер келген бойда импортталады.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Қабылдау тоқтатылған.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from the watch folder.</source>
        <translation>
            <numerusform>Қабылдау бумасынан %n жаңа өзгеріс импортталды.</numerusform>
            <numerusform>Қабылдау бумасынан %n жаңа өзгеріс импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked at %n new file(s): nothing new.</source>
        <translation>
            <numerusform>%n жаңа файл қаралды: жаңа ештеңе жоқ.</numerusform>
            <numerusform>%n жаңа файл қаралды: жаңа ештеңе жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n file(s) still being written; imported once complete.</source>
        <translation>
            <numerusform>Әлі жазылып жатқан %n файл күтілуде; толық жазылған соң импортталады.</numerusform>
            <numerusform>Әлі жазылып жатқан %n файл күтілуде; толық жазылған соң импортталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Why? The reason is kept in the history.</source>
        <translation>Неге? Себеп тарихта сақталады.</translation>
    </message>
    <message>
        <source>&amp;New trial…</source>
        <translation>&amp;Жаңа процесс…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Search everything in the vault (Ctrl+F)</source>
        <translation>Қоймадағының бәрінен іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts and &amp;keys…</source>
        <translation>Контактілер және &amp;кілттер…</translation>
    </message>
    <message>
        <source>Your key card, and the key cards of the people you exchange notes with</source>
        <translation>Сіздің кілт карточкаңыз және өзіңіз жазбалар алмасатын адамдардың кілт карточкалары</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Синхрондау…</translation>
    </message>
    <message>
        <source>Send your notes to your coordinator as a bundle</source>
        <translation>Жазбаларыңызды үйлестірушіге пакет ретінде жіберу</translation>
    </message>
    <message>
        <source>Impo&amp;rt…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import the bundles observers sent you</source>
        <translation>Бақылаушылар жіберген пакеттерді импорттау</translation>
    </message>
    <message>
        <source>&amp;Findings and reports…</source>
        <translation>&amp;Қорытындылар мен есептер…</translation>
    </message>
    <message>
        <source>For coordinators: every observer&apos;s notes side by side, a dashboard, a watch folder and reports</source>
        <translation>Үйлестірушілер үшін: барлық бақылаушылардың жазбалары қатар, жиынтық, қабылдау бумасы және есептер</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Баптаула&amp;р…</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>Бағ&amp;дарлама туралы</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Құ&amp;лыптау</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+Shift+L)</source>
        <translation>Қойманы қазір құлыптау (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>{keys} locks at once</source>
        <translation>{keys} бірден құлыптайды</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Сот процестері</translation>
    </message>
    <message>
        <source>Filter trials</source>
        <translation>Сот процестерін сүзу</translation>
    </message>
    <message>
        <source>Filter by title, case, court, name…</source>
        <translation>Атауы, ісі, соты, есімі бойынша сүзу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <source>New &amp;hearing…</source>
        <translation>Жаңа сот &amp;отырысы…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Өзг&amp;ерту…</translation>
    </message>
    <message>
        <source>&amp;Postponed…</source>
        <translation>Ө&amp;тпей қалды…</translation>
    </message>
    <message>
        <source>Record that the hearing was postponed, adjourned or cancelled, and why</source>
        <translation>Сот отырысының басқа күнге ауыстырылғанын, кейінге қалдырылғанын немесе болмай қалғанын және себебін белгілеу</translation>
    </message>
    <message>
        <source>Trial as a &amp;whole</source>
        <translation>Бүкіл &amp;процесс</translation>
    </message>
    <message>
        <source>Observations about the trial as a whole, not one hearing</source>
        <translation>Жеке сот отырысына емес, тұтас процеске қатысты бақылаулар</translation>
    </message>
    <message>
        <source>No trial chosen</source>
        <translation>Сот процесі таңдалмаған</translation>
    </message>
    <message>
        <source>Choose a trial on the left to see its hearings.</source>
        <translation>Сот отырыстарын көру үшін сол жақтан сот процесін таңдаңыз.</translation>
    </message>
    <message>
        <source>No trials yet. Press “New trial” (Ctrl+N) to start.</source>
        <translation>Әзірге сот процестері жоқ. Бастау үшін «Жаңа процесс» (Ctrl+N) түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>№ {number} іс</translation>
    </message>
    <message>
        <source>Defendants: {names}</source>
        <translation>Сотталушылар: {names}</translation>
    </message>
    <message>
        <source>Hearings: {count} · held: {held} · postponed, adjourned or cancelled: {postponed} · days from the first to the last: {days}</source>
        <translation>Сот отырыстары: {count} · өтті: {held} · басқа күнге ауыстырылды, кейінге қалдырылды немесе болмай қалды: {postponed} · біріншісінен соңғысына дейінгі күндер: {days}</translation>
    </message>
    <message>
        <source>Delete trial</source>
        <translation>Сот процесін жою</translation>
    </message>
    <message>
        <source>Delete hearing</source>
        <translation>Сот отырысын жою</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>Known</source>
        <translation>Белгілі</translation>
    </message>
    <message>
        <source>{what} is known</source>
        <translation>{what} белгілі</translation>
    </message>
    <message>
        <source>{zone} time</source>
        <translation>{zone} уақыты</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Нұсқасы {version}</translation>
    </message>
    <message>
        <source>Structured, encrypted, offline notes for observers of trials: hearing conditions, logged as they happen.</source>
        <translation>Сот процестерінің бақылаушыларына арналған құрылымдалған, шифрланған, желісіз жазбалар: сот отырысының жағдайлары болып жатқан сәтте жазылады.</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Қойма бумасы: {folder}</translation>
    </message>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Журнал бумасы: {folder}</translation>
    </message>
    <message>
        <source>About Trial Monitor</source>
        <translation>Trial Monitor туралы</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
    <message>
        <source>Something went wrong. What you saved is safe; the details were written to the log file in {folder}.</source>
        <translation>Бірдеңе дұрыс болмады. Сақтағандарыңыз аман; толығырақ мәлімет {folder} бумасындағы журнал файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>reauth</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Бұл құпия фраза дұрыс емес. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something went wrong. Nothing was changed; details are in the log.</source>
        <translation>Бірдеңе дұрыс болмады. Ештеңе өзгерген жоқ; толығырақ журналда.</translation>
    </message>
</context>
</TS>
