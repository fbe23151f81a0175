<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a contact</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <source>Name on the key card</source>
        <translation>Имя в карточке ключа</translation>
    </message>
    <message>
        <source>You already have a contact with a name like this: {names}. It may be someone else using the same name. Only the fingerprint tells you who this card belongs to.</source>
        <translation>У вас уже есть контакт с похожим именем: {names}. Возможно, это другой человек с тем же именем. Только отпечаток показывает, чья это карточка.</translation>
    </message>
    <message>
        <source>Make sure this card really comes from its owner before you add it. Call them or meet them, and ask them to read out the fingerprint that their Trial Monitor shows under Contacts. Compare every group with these:</source>
        <translation>Прежде чем добавить карточку, убедитесь, что она действительно от её владельца. Позвоните ему или встретьтесь и попросите прочитать вслух отпечаток, который его Trial Monitor показывает в разделе «Контакты». Сверьте каждую группу с этими:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>If even one digit differs, do not add the card: it may have been swapped on the way. Ask for it again by another route. Do not compare by e-mail or chat, which is how a swapped card would travel.</source>
        <translation>Если не совпадает хотя бы одна цифра, не добавляйте карточку: её могли подменить по дороге. Попросите прислать её ещё раз другим путём. Не сверяйте по почте или в чате — именно так пришла бы подменённая карточка.</translation>
    </message>
    <message>
        <source>I compared every group with the owner, by voice, and they all &amp;match</source>
        <translation>Я сверил(а) с владельцем голосом каждую группу, и все они &amp;совпадают</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
</context>
<context>
    <name>AftermathForm</name>
    <message>
        <source>Defendant</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Exactly as said: kept as a quotation</source>
        <translation>Дословно, как прозвучало: сохраняется как цитата</translation>
    </message>
    <message>
        <source>A verbatim quotation</source>
        <translation>Дословная цитата</translation>
    </message>
</context>
<context>
    <name>AftermathPane</name>
    <message>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Add sentence ele&amp;ment…</source>
        <translation>Добавить &amp;меру наказания…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>After the verdict</source>
        <translation>После приговора</translation>
    </message>
    <message>
        <source>Add proceedin&amp;g…</source>
        <translation>Добавить производст&amp;во…</translation>
    </message>
    <message>
        <source>An appeal, a request for clarification, a violation hearing, a pardon…</source>
        <translation>Апелляция, ходатайство о разъяснении, заседание о нарушении, помилование…</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) of the sentence</source>
        <translation>
            <numerusform>%n мера наказания</numerusform>
            <numerusform>%n меры наказания</numerusform>
            <numerusform>%n мер наказания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proceeding(s) after the verdict</source>
        <translation>
            <numerusform>%n производство после приговора</numerusform>
            <numerusform>%n производства после приговора</numerusform>
            <numerusform>%n производств после приговора</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an element of the sentence or a proceeding to see it in full, with the words of the judgment and of the court.</source>
        <translation>Выберите меру наказания или производство, чтобы увидеть их полностью — со словами приговора и суда.</translation>
    </message>
    <message>
        <source>Judgment: {judgment}</source>
        <translation>Приговор: {judgment}</translation>
    </message>
    <message>
        <source>Starts: {date}</source>
        <translation>Начало: {date}</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>Срок: {term}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Сумма: {amount}</translation>
    </message>
    <message>
        <source>Standards: {standards}</source>
        <translation>Стандарты: {standards}</translation>
    </message>
    <message>
        <source>As pronounced (verbatim):</source>
        <translation>Как оглашено (дословно):</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Крайний срок: {date}</translation>
    </message>
    <message>
        <source>Brought by: {who}</source>
        <translation>Инициатор: {who}</translation>
    </message>
    <message>
        <source>Situation: {situation}</source>
        <translation>Положение: {situation}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Итог: {outcome}</translation>
    </message>
    <message>
        <source>Asked (verbatim):</source>
        <translation>Вопрос (дословно):</translation>
    </message>
    <message>
        <source>The court&apos;s answer (verbatim):</source>
        <translation>Ответ суда (дословно):</translation>
    </message>
    <message>
        <source>Concerns: {element}</source>
        <translation>Касается: {element}</translation>
    </message>
    <message>
        <source>Hearing: {when} ({type})</source>
        <translation>Заседание: {when} ({type})</translation>
    </message>
    <message>
        <source>Conduct alleged: {conduct}</source>
        <translation>Вменяемое поведение: {conduct}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Заметки: {notes}</translation>
    </message>
    <message>
        <source>Delete element of the sentence</source>
        <translation>Удалить меру наказания</translation>
    </message>
    <message>
        <source>Delete proceeding</source>
        <translation>Удалить производство</translation>
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
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>ended early on {date} ({how})</source>
        <translation>прекращено досрочно {date} ({how})</translation>
    </message>
    <message>
        <source>in force, no end set</source>
        <translation>действует, срок окончания не указан</translation>
    </message>
    <message>
        <source>ends {date}</source>
        <translation>истекает {date}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>истёк {date}</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>начинается {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>enter the start date to work out the end</source>
        <translation>укажите дату начала, чтобы рассчитать окончание</translation>
    </message>
</context>
<context>
    <name>AnnotateEventDialog</name>
    <message>
        <source>Annotate an event</source>
        <translation>Заметка к событию</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Сохранить заметку</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Trial to assess</source>
        <translation>Процесс для оценки</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Conclusion and grade</source>
        <translation>Заключение и итоговая оценка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>Standards with events</source>
        <translation>Стандарты, к которым относятся события</translation>
    </message>
    <message>
        <source>Level of concern</source>
        <translation>Уровень озабоченности</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Events relied on</source>
        <translation>События, на которые опирается оценка</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Со&amp;хранить оценку</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>&amp;Уровень озабоченности:</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Events relied on:</source>
        <translation>&amp;События в основе оценки:</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Итоговая оценка</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>Итоговой оценки пока нет</translation>
    </message>
    <message>
        <source>Save as &amp;draft (no grade)</source>
        <translation>Сохранить как &amp;черновик (без итоговой оценки)</translation>
    </message>
    <message>
        <source>&amp;Issue grade</source>
        <translation>&amp;Выставить итоговую оценку</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>&amp;Заключение:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendations:</source>
        <translation>&amp;Рекомендации:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Итоговая оценка:</translation>
    </message>
    <message>
        <source>History of the assessment</source>
        <translation>История оценки</translation>
    </message>
    <message>
        <source>Choose a trial to assess.</source>
        <translation>Выберите процесс для оценки.</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) with events</source>
        <translation>
            <numerusform>%n стандарт с событиями</numerusform>
            <numerusform>%n стандарта с событиями</numerusform>
            <numerusform>%n стандартов с событиями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without reasoning.</source>
        <translation>
            <numerusform>без обоснования — %n.</numerusform>
            <numerusform>без обоснования — %n.</numerusform>
            <numerusform>без обоснования — %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: {grade} ({label}).</source>
        <translation>Итоговая оценка: {grade} ({label}).</translation>
    </message>
    <message>
        <source>No grade yet.</source>
        <translation>Итоговой оценки пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n редакцию не удалось прочитать, она не учтена.</numerusform>
            <numerusform>%n редакции не удалось прочитать, они не учтены.</numerusform>
            <numerusform>%n редакций не удалось прочитать, они не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a standard in the list.</source>
        <translation>Выберите стандарт в списке.</translation>
    </message>
    <message>
        <source>Not assessed yet: what you save is the assessment.</source>
        <translation>Оценки пока нет: то, что вы сохраните, и станет оценкой.</translation>
    </message>
    <message>
        <source>Yours, last saved {when}.</source>
        <translation>Ваша, последнее сохранение {when}.</translation>
    </message>
    <message>
        <source>By {name}, last saved {when}.</source>
        <translation>Автор: {name}, последнее сохранение {when}.</translation>
    </message>
    <message>
        <source>What you save is your comment, under your name; theirs stays the current one.</source>
        <translation>То, что вы сохраните, станет вашим комментарием под вашим именем; действующей остаётся запись автора.</translation>
    </message>
    <message>
        <source>Your comment is shown in the fields.</source>
        <translation>В полях показан ваш комментарий.</translation>
    </message>
    <message>
        <source>{label} {time}: {conditions}; seen by {seen} of {present}</source>
        <translation>{label} {time}: {conditions}; видели {seen} из {present}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cited were regrouped since; found again.</source>
        <translation>
            <numerusform>%n указанное событие с тех пор перегруппировано; оно найдено снова.</numerusform>
            <numerusform>%n указанных события с тех пор перегруппированы; они найдены снова.</numerusform>
            <numerusform>%n указанных событий с тех пор перегруппированы; они найдены снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) cited are no events of this trial now.</source>
        <translation>
            <numerusform>%n указанное событие больше не является событием этого процесса.</numerusform>
            <numerusform>%n указанных события больше не являются событиями этого процесса.</numerusform>
            <numerusform>%n указанных событий больше не являются событиями этого процесса.</numerusform>
        </translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>итоговая оценка {grade}</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>без итоговой оценки</translation>
    </message>
    <message>
        <source>Comments by others (theirs, not the assessment):</source>
        <translation>Комментарии других (их собственные, не сама оценка):</translation>
    </message>
    <message>
        <source>{name}, {when}: {words}</source>
        <translation>{name}, {when}: {words}</translation>
    </message>
    <message>
        <source>No conclusion yet: what you save is the conclusion.</source>
        <translation>Заключения пока нет: то, что вы сохраните, и станет заключением.</translation>
    </message>
    <message>
        <source>A conclusion without a grade is a draft.</source>
        <translation>Заключение без итоговой оценки — черновик.</translation>
    </message>
    <message>
        <source>A grade of another scale: no definition.</source>
        <translation>Итоговая оценка по другой шкале: определения нет.</translation>
    </message>
    <message>
        <source>Choose a grade to issue first.</source>
        <translation>Сначала выберите итоговую оценку.</translation>
    </message>
    <message>
        <source>Saved as your comment on {name}&apos;s work; theirs stays current.</source>
        <translation>Сохранено как ваш комментарий к работе автора {name}; действующей остаётся его запись.</translation>
    </message>
    <message>
        <source>Saved the assessment of {standard}.</source>
        <translation>Оценка по стандарту {standard} сохранена.</translation>
    </message>
    <message>
        <source>Grade {grade} issued.</source>
        <translation>Итоговая оценка {grade} выставлена.</translation>
    </message>
    <message>
        <source>Saved the conclusion as a draft, without a grade.</source>
        <translation>Заключение сохранено как черновик, без итоговой оценки.</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sealed in the vault</source>
        <translation>Зашифрован в хранилище</translation>
    </message>
    <message>
        <source>Sealed when you press OK</source>
        <translation>Будет зашифрован по нажатию OK</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>In the courtroom</source>
        <translation>В зале суда</translation>
    </message>
    <message>
        <source>Remotely</source>
        <translation>Дистанционно</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working, please wait</source>
        <translation>Выполняется, подождите</translation>
    </message>
</context>
<context>
    <name>ChangeCount</name>
    <message>
        <source>%n saved change(s)</source>
        <translation>сохранённых изменений: %n</translation>
    </message>
    <message>
        <source>%n record(s)</source>
        <translation>записей: %n</translation>
    </message>
    <message>
        <source>{changes} to {records}</source>
        <translation>{changes}; {records}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Your recovery code stays the same.</source>
        <translation>Введите текущую парольную фразу, а затем дважды новую. Код восстановления останется прежним.</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Парольная фраза изменена. Ваше хранилище создано старой версией Trial Monitor, поэтому его код восстановления нельзя было сохранить: старый код больше не действует. Вот новый.</translation>
    </message>
</context>
<context>
    <name>ChecklistAnswer</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Неясно</translation>
    </message>
</context>
<context>
    <name>ChecklistCompareModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>they differ</source>
        <translation>ответы расходятся</translation>
    </message>
    <message>
        <source>same</source>
        <translation>совпадают</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>{answer}: chosen</source>
        <translation>{answer}: выбрано</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>Click an answer or press Space on it; double-click a comment or start typing to write one. Each answer is saved at once.</source>
        <translation>Щёлкните ответ или выберите его и нажмите Пробел; чтобы написать комментарий, дважды щёлкните по нему или просто начните печатать. Каждый ответ сохраняется сразу.</translation>
    </message>
    <message>
        <source>{answered} of {total} questions answered</source>
        <translation>Отвечено: {answered} из {total}</translation>
    </message>
</context>
<context>
    <name>CitedEventsModel</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Нарушения и условия</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Отметили</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто зафиксировал</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} из {m}</translation>
    </message>
</context>
<context>
    <name>CodeHandover</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
</context>
<context>
    <name>ComingUpPage</name>
    <message>
        <source>Days ahead</source>
        <translation>Дней вперёд</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Предстоящее</translation>
    </message>
    <message>
        <source>&amp;Days ahead:</source>
        <translation>&amp;Дней вперёд:</translation>
    </message>
    <message>
        <source>What falls in the coming days across every trial: hearings, deadlines to appeal or report, reporting dates, hearings of proceedings still pending, and the ends of bans and other parts of sentences. Each day is the court&apos;s own.</source>
        <translation>Что предстоит в ближайшие дни по всем процессам: заседания, сроки обжалования и явки, даты регистрации, рассмотрение незавершённых производств, окончание запретов и других частей приговоров. Каждая дата — по времени суда.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the next {days}.</source>
        <translation>
            <numerusform>%n событие в ближайшие {days}.</numerusform>
            <numerusform>%n события в ближайшие {days}.</numerusform>
            <numerusform>%n событий в ближайшие {days}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingUpPanel</name>
    <message numerus="yes">
        <source>Coming up: the next %n day(s)</source>
        <translation>
            <numerusform>Ближайшие события: %n день</numerusform>
            <numerusform>Ближайшие события: %n дня</numerusform>
            <numerusform>Ближайшие события: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Ближайшие события</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the next %n day(s).</source>
        <translation>
            <numerusform>В ближайший %n день ничего нет.</numerusform>
            <numerusform>В ближайшие %n дня ничего нет.</numerusform>
            <numerusform>В ближайшие %n дней ничего нет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompactLogger</name>
    <message>
        <source>Compact logger</source>
        <translation>Компактный журнал</translation>
    </message>
</context>
<context>
    <name>ConcernLevel</name>
    <message>
        <source>No concern</source>
        <translation>Нет озабоченности</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначительная</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Серьёзная</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>Крайне серьёзная</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Your key card</source>
        <translation>Ваша карточка ключа</translation>
    </message>
    <message>
        <source>Your name on the card: {name}</source>
        <translation>Ваше имя в карточке: {name}</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <source>&amp;Export my key card…</source>
        <translation>&amp;Сохранить мою карточку ключа…</translation>
    </message>
    <message>
        <source>Send your key card file to the people you exchange notes with. When they add it, read them this fingerprint by voice so they can check it:</source>
        <translation>Отправьте файл своей карточки ключа тем, с кем вы обмениваетесь записями. Когда они будут её добавлять, прочитайте им вслух этот отпечаток, чтобы они могли его сверить:</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Ваши контакты</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>The people whose key cards you added: you can send them bundles, and import the bundles and receipts they sign.</source>
        <translation>Люди, чьи карточки ключей вы добавили: им можно отправлять пакеты, а подписанные ими пакеты и квитанции — импортировать.</translation>
    </message>
    <message>
        <source>Export your key card</source>
        <translation>Сохранение карточки ключа</translation>
    </message>
    <message>
        <source>Key cards (*.json)</source>
        <translation>Карточки ключей (*.json)</translation>
    </message>
    <message>
        <source>Your key card is saved as {file}. Send it to your contact, then read them your fingerprint.</source>
        <translation>Карточка ключа сохранена: {file}. Отправьте её своему контакту, а затем прочитайте ему свой отпечаток.</translation>
    </message>
    <message>
        <source>Choose a key card</source>
        <translation>Выберите карточку ключа</translation>
    </message>
    <message>
        <source>Key cards (*.json);;All files (*)</source>
        <translation>Карточки ключей (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Файл не удалось прочитать.</translation>
    </message>
    <message>
        <source>{name} is already a contact.</source>
        <translation>{name} уже есть в контактах.</translation>
    </message>
    <message>
        <source>{name} is now a contact.</source>
        <translation>{name} добавлен(а) в контакты.</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>Пакеты на карантине</translation>
    </message>
    <message numerus="yes">
        <source>In quarantine: %n bundle(s) signed with this key card. Import now?</source>
        <translation>
            <numerusform>На карантине %n пакет, подписанный этой карточкой ключа. Импортировать сейчас?</numerusform>
            <numerusform>На карантине %n пакета, подписанных этой карточкой ключа. Импортировать сейчас?</numerusform>
            <numerusform>На карантине %n пакетов, подписанных этой карточкой ключа. Импортировать сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>&amp;Импортировать сейчас</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Remove {name} from your contacts?</source>
        <translation>Удалить {name} из контактов?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>You will no longer be able to send them bundles, and bundles they sign will be quarantined until you add their key card again. Nothing they sent before is removed.</source>
        <translation>Вы больше не сможете отправлять этому человеку пакеты, а подписанные им пакеты будут попадать на карантин, пока вы снова не добавите его карточку ключа. Ничего из присланного раньше не удаляется.</translation>
    </message>
    <message>
        <source>{name} is no longer a contact.</source>
        <translation>{name} удалён(а) из контактов.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{name} (same name as another contact)</source>
        <translation>{name} (такое же имя, как у другого контакта)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>observer {id}</source>
        <translation>наблюдатель {id}</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Findings and reports</source>
        <translation>Сводка и отчёты</translation>
    </message>
    <message>
        <source>Reading the observers&apos; notes</source>
        <translation>Читаются записи наблюдателей</translation>
    </message>
    <message>
        <source>Working out the figures across every trial</source>
        <translation>Подсчитываются показатели по всем процессам</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Hearing sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Предстоящее</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Папка приёма</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Across trials</source>
        <translation>Все процессы</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s) among the lists of trials and the trial shown, left out of every tab and report:</source>
        <translation>
            <numerusform>Среди списков процессов и показанного процесса не удалось прочитать %n запись; она не показана ни на одной вкладке и ни в одном отчёте:</numerusform>
            <numerusform>Среди списков процессов и показанного процесса не удалось прочитать %n записи; они не показаны ни на одной вкладке и ни в одном отчёте:</numerusform>
            <numerusform>Среди списков процессов и показанного процесса не удалось прочитать %n записей; они не показаны ни на одной вкладке и ни в одном отчёте:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s), left out of every tab and report:</source>
        <translation>
            <numerusform>Не удалось прочитать %n запись; она не показана ни на одной вкладке и ни в одном отчёте:</numerusform>
            <numerusform>Не удалось прочитать %n записи; они не показаны ни на одной вкладке и ни в одном отчёте:</numerusform>
            <numerusform>Не удалось прочитать %n записей; они не показаны ни на одной вкладке и ни в одном отчёте:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from the watch folder.</source>
        <translation>
            <numerusform>Из папки приёма импортировано %n новое изменение.</numerusform>
            <numerusform>Из папки приёма импортировано %n новых изменения.</numerusform>
            <numerusform>Из папки приёма импортировано %n новых изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>и ещё %n.</numerusform>
            <numerusform>и ещё %n.</numerusform>
            <numerusform>и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>it does not exist</source>
        <translation>его не существует</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>файл слишком велик для этого диска</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>the device failed to read or write</source>
        <translation>устройство не смогло прочитать или записать данные</translation>
    </message>
    <message>
        <source>system error {errno}</source>
        <translation>системная ошибка {errno}</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Диск заполнен. Ничего не сохранено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>Диск заполнен. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to. Nothing was saved.</source>
        <translation>В папку хранилища нельзя записывать. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The vault is busy in another Trial Monitor window. Nothing was saved; try again.</source>
        <translation>Хранилище занято в другом окне Trial Monitor. Ничего не сохранено; попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not a Trial Monitor vault.</source>
        <translation>Файл хранилища повреждён или не является хранилищем Trial Monitor.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing was saved.</source>
        <translation>Хранилище не удалось прочитать или записать. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>{path} is not a Trial Monitor vault.</source>
        <translation>{path} — не хранилище Trial Monitor.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Trial Monitor. Update the app to open it.</source>
        <translation>Это хранилище создано более новой версией Trial Monitor. Обновите приложение, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The vault was locked. Nothing was changed; unlock it and try again.</source>
        <translation>Хранилище было заблокировано. Ничего не изменено; разблокируйте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Хранилище заблокировано. Сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>Не удаётся записать в {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {name} in {folder}: {reason}. No file was left.</source>
        <translation>Не удаётся записать {name} в {folder}: {reason}. Файл не оставлен.</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym.</source>
        <translation>Введите отображаемое имя или псевдоним.</translation>
    </message>
    <message>
        <source>The vault is incomplete: its identity is missing.</source>
        <translation>Хранилище неполное: нет его идентичности.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}.</source>
        <translation>В {folder} уже есть хранилище.</translation>
    </message>
    <message>
        <source>There is no Trial Monitor vault in {folder}.</source>
        <translation>В {folder} нет хранилища Trial Monitor.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>Парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>That is not a recovery code: it has {groups} groups of {letters} letters and digits. Nothing was changed.</source>
        <translation>Это не код восстановления: в нём {groups} групп по {letters} букв и цифр. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The recovery code does not open this vault. Check it for typos. Nothing was changed.</source>
        <translation>Этот код восстановления не открывает хранилище. Проверьте, нет ли опечаток. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s key slot is missing.</source>
        <translation>Слот ключа хранилища отсутствует.</translation>
    </message>
    <message>
        <source>The vault&apos;s key slot is missing or of an unknown kind.</source>
        <translation>Слот ключа хранилища отсутствует или неизвестного вида.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>В хранилище нет: {name}.</translation>
    </message>
    <message>
        <source>A vault setting failed its integrity check; it may have been altered.</source>
        <translation>Настройка хранилища не прошла проверку целостности; возможно, её изменили.</translation>
    </message>
    <message>
        <source>A vault setting is malformed.</source>
        <translation>Настройка хранилища повреждена.</translation>
    </message>
    <message>
        <source>A record in the vault failed its integrity check; it may have been altered.</source>
        <translation>Запись в хранилище не прошла проверку целостности; возможно, её изменили.</translation>
    </message>
    <message>
        <source>An attachment in the vault failed its integrity check; it may have been altered.</source>
        <translation>Вложение в хранилище не прошло проверку целостности; возможно, его изменили.</translation>
    </message>
    <message>
        <source>A sync record in the vault failed its integrity check; it may have been altered.</source>
        <translation>Запись синхронизации в хранилище не прошла проверку целостности; возможно, её изменили.</translation>
    </message>
    <message>
        <source>A kept bundle in the vault failed its integrity check; it may have been altered.</source>
        <translation>Сохранённый пакет в хранилище не прошёл проверку целостности; возможно, его изменили.</translation>
    </message>
    <message>
        <source>A sync record in the vault is unreadable or malformed.</source>
        <translation>Запись синхронизации в хранилище не читается или повреждена.</translation>
    </message>
    <message>
        <source>A quarantined bundle&apos;s record in the vault is unreadable or malformed.</source>
        <translation>Запись пакета на карантине в хранилище не читается или повреждена.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is shorter than {min_chars} characters. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: она короче {min_chars} символов. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is one of the most common passwords, or close to one. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: это один из самых распространённых паролей или почти он. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is made of a common word or place name, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: она состоит из распространённого слова или названия места, а их перебирают в первую очередь. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is made of a common name, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: она состоит из распространённого имени, а их перебирают в первую очередь. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains your display name, which others know. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: в ней есть ваше отображаемое имя, которое знают другие. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it follows a row or a pattern of keys on the keyboard. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: она повторяет ряд или узор клавиш на клавиатуре. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains a sequence such as abc or 1234. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: в ней есть последовательность вроде abc или 1234. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it repeats characters or a group of characters. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: в ней повторяются символы или группа символов. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it contains a date or a year, which is tried early. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: в ней есть дата или год, а их перебирают в первую очередь. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is too simple for its length to withstand guessing. Several unrelated words make a strong one that is easy to remember.</source>
        <translation>Эту парольную фразу слишком легко подобрать: она слишком проста для своей длины, чтобы выдержать подбор. Несколько не связанных друг с другом слов дают надёжную фразу, которую легко запомнить.</translation>
    </message>
    <message>
        <source>A revision has an unknown format version.</source>
        <translation>У редакции неизвестная версия формата.</translation>
    </message>
    <message>
        <source>A revision is malformed.</source>
        <translation>Редакция повреждена.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{name}&apos;. Use a name such as Europe/Moscow or Asia/Almaty.</source>
        <translation>Неизвестный часовой пояс «{name}». Используйте название вроде Europe/Moscow или Asia/Almaty.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time. Use ISO-8601, e.g. 2026-11-24T10:30 or 2026-11-24T10:30+03:00.</source>
        <translation>«{text}» — не дата и время. Используйте ISO-8601, например 2026-11-24T10:30 или 2026-11-24T10:30+03:00.</translation>
    </message>
    <message>
        <source>A time without a time zone cannot be stored.</source>
        <translation>Время без часового пояса нельзя сохранить.</translation>
    </message>
    <message>
        <source>Unknown record kind &apos;{kind}&apos;.</source>
        <translation>Неизвестный вид записи «{kind}».</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>Нет записи с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Record {id} is a {kind}, not a {wanted}.</source>
        <translation>Запись {id} — это {kind}, а не {wanted}.</translation>
    </message>
    <message>
        <source>A purged revision&apos;s chain link is unreadable.</source>
        <translation>Звено цепочки удалённой редакции не читается.</translation>
    </message>
    <message>
        <source>A purged revision&apos;s chain link does not match its row.</source>
        <translation>Звено цепочки удалённой редакции не совпадает со своей строкой.</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is missing from the vault.</source>
        <translation>Содержимого вложения нет в хранилище.</translation>
    </message>
    <message>
        <source>A record in the vault is unreadable.</source>
        <translation>Запись в хранилище не читается.</translation>
    </message>
    <message>
        <source>A {kind} record is filed under another trial or hearing than it names.</source>
        <translation>Запись типа «{kind}» подшита не к тому процессу или заседанию, которое в ней указано.</translation>
    </message>
    <message>
        <source>A record&apos;s sealed content does not match its row.</source>
        <translation>Зашифрованное содержимое записи не совпадает с её строкой.</translation>
    </message>
    <message>
        <source>Mode must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Формат должен быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Attendance must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Присутствие должно быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Status must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Статус должен быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Hearing type must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Вид заседания должен быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Source must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Источник должен быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Answer must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Ответ должен быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Severity must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Серьёзность должна быть одной из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>Affected party must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Затронутая сторона должна быть одной из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>What the court did must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Действие суда должно быть одним из: {allowed} (получено «{got}»).</translation>
    </message>
    <message>
        <source>The text of {field} is longer than {max_chars} characters.</source>
        <translation>Текст поля {field} длиннее {max_chars} символов.</translation>
    </message>
    <message>
        <source>No {kind} with id {id}.</source>
        <translation>Нет записи вида {kind} с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Give a reason for the deletion; it is kept in the history.</source>
        <translation>Укажите причину удаления; она сохранится в истории.</translation>
    </message>
    <message>
        <source>Record {id} is already deleted.</source>
        <translation>Запись {id} уже удалена.</translation>
    </message>
    <message>
        <source>A trial needs a title.</source>
        <translation>У процесса должно быть название.</translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO code such as RU or BY (got &apos;{got}&apos;).</source>
        <translation>Страна указывается двухбуквенным кодом ISO, например RU или BY (получено «{got}»).</translation>
    </message>
    <message>
        <source>Status must be postponed, adjourned or cancelled.</source>
        <translation>Статус должен быть «отложено», «перерыв» или «отменено».</translation>
    </message>
    <message>
        <source>The scheduled end is before the scheduled start.</source>
        <translation>Запланированный конец раньше запланированного начала.</translation>
    </message>
    <message>
        <source>The actual end is before the actual start.</source>
        <translation>Фактический конец раньше фактического начала.</translation>
    </message>
    <message>
        <source>That observation is not an open interval.</source>
        <translation>Это наблюдение — не открытый интервал.</translation>
    </message>
    <message>
        <source>No hearing or trial with id {id}.</source>
        <translation>Нет заседания или процесса с идентификатором {id}.</translation>
    </message>
    <message>
        <source>The vault&apos;s key settings are malformed ({field} is missing or not a whole number); the file may have been altered. Nothing was changed.</source>
        <translation>Параметры ключа хранилища повреждены ({field} отсутствует или не является целым числом); возможно, файл был изменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s key settings are out of bounds ({field} is {value}, allowed {low} to {high}); the file may have been altered. Nothing was changed.</source>
        <translation>Параметры ключа хранилища вне допустимых границ ({field} равно {value}, допустимо от {low} до {high}); возможно, файл был изменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A key slot of the vault has a salt of {got} bytes, not {expected}; the file may have been altered. Nothing was changed.</source>
        <translation>Слот ключа хранилища содержит соль длиной {got} байт, а не {expected}; возможно, файл был изменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Make between {low} and {high} shares, with at least {low} needed to restore access and no more needed than made ({threshold} of {count} asked).</source>
        <translation>Создайте от {low} до {high} долей, причём для восстановления доступа должно требоваться не меньше {low} и не больше, чем создано (запрошено {threshold} из {count}).</translation>
    </message>
    <message>
        <source>This vault has no trustee shares. Nothing was changed.</source>
        <translation>У этого хранилища нет долей доверенных лиц. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Enter the words of the shares.</source>
        <translation>Введите слова долей.</translation>
    </message>
    <message>
        <source>Share {share}: word {word} is not a share word. Check it against the sheet.</source>
        <translation>Доля {share}: слово {word} не является словом доли. Сверьте его с листом.</translation>
    </message>
    <message>
        <source>Share {share} has {got} words; a share has {expected}.</source>
        <translation>В доле {share} слов: {got}; в доле должно быть {expected}.</translation>
    </message>
    <message>
        <source>Share {share} has a mistake: its words do not check out. Compare each word with the sheet.</source>
        <translation>В доле {share} ошибка: её слова не проходят проверку. Сверьте каждое слово с листом.</translation>
    </message>
    <message>
        <source>Share {share} is not a Trial Monitor trustee share.</source>
        <translation>Доля {share} не является долей доверенного лица Trial Monitor.</translation>
    </message>
    <message>
        <source>Share {share} belongs to a different set of shares than share {first}: use shares of one set (the same fingerprint on every sheet).</source>
        <translation>Доля {share} относится к другому набору долей, чем доля {first}: используйте доли одного набора (с одинаковым отпечатком на каждом листе).</translation>
    </message>
    <message>
        <source>Share {share} is the same share as share {first}: enter different ones.</source>
        <translation>Доля {share} совпадает с долей {first}: введите разные доли.</translation>
    </message>
    <message>
        <source>This set needs {needed} different shares; {given} given.</source>
        <translation>Для этого набора нужно разных долей: {needed}; введено: {given}.</translation>
    </message>
    <message>
        <source>The shares do not fit together: one of them was altered. Check each against its sheet.</source>
        <translation>Доли не подходят друг к другу: одна из них была изменена. Сверьте каждую со своим листом.</translation>
    </message>
    <message>
        <source>These shares do not open this vault: they are from a set that was replaced, or from another vault. Nothing was changed.</source>
        <translation>Эти доли не открывают это хранилище: они из набора, который был заменён, или от другого хранилища. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The {count} revisions to send are more than one bundle may carry; nothing was written. They must be sent as several bundles.</source>
        <translation>{count} правок для отправки — больше, чем может вместить один пакет; ничего не записано. Их нужно отправить несколькими пакетами.</translation>
    </message>
    <message>
        <source>Your revision number {seq} is larger than a bundle may carry, so it cannot be sent; nothing was written.</source>
        <translation>Ваша правка номер {seq} больше, чем может вместить пакет, поэтому её нельзя отправить; ничего не записано.</translation>
    </message>
    <message>
        <source>The file is larger than the quarantine&apos;s free room, and who signed it cannot be told from its start, so it was not opened. Nothing was changed. Make room in the quarantine (import or discard its bundles, or raise its limit in Settings), then import the file again.</source>
        <translation>Файл больше свободного места в карантине, а по его началу нельзя определить, кто его подписал, поэтому он не был открыт. Ничего не изменено. Освободите место в карантине (импортируйте или удалите его пакеты либо увеличьте предел в настройках), затем импортируйте файл снова.</translation>
    </message>
    <message>
        <source>Not kept: signed by someone who is not a contact (claims to be {name}, fingerprint {fingerprint}), and its {size} MB would take the quarantine past its limit of {limit} MB ({used} MB in use). Nothing was changed. Import or discard the quarantined bundles, or raise the limit in Settings.</source>
        <translation>Не сохранено: подписано тем, кого нет среди контактов (называет себя {name}, отпечаток {fingerprint}), и его {size} МБ превысили бы предел карантина в {limit} МБ (занято {used} МБ). Ничего не изменено. Импортируйте или удалите пакеты из карантина либо увеличьте предел в настройках.</translation>
    </message>
    <message>
        <source>The quarantine&apos;s bundle limit must be from {low} to {high}, not {got}.</source>
        <translation>Предел числа пакетов в карантине должен быть от {low} до {high}, а не {got}.</translation>
    </message>
    <message>
        <source>The quarantine&apos;s size limit must be from {low} to {high} MB, not {got}.</source>
        <translation>Предел объёма карантина должен быть от {low} до {high} МБ, а не {got}.</translation>
    </message>
    <message>
        <source>The quarantine limits stored in the vault are malformed.</source>
        <translation>Сохранённые в хранилище пределы карантина повреждены.</translation>
    </message>
    <message>
        <source>The file changed while it was being read. Nothing was changed.</source>
        <translation>Файл изменился, пока его читали. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The revisions hold more than {limit} lines, more than a bundle may.</source>
        <translation>В правках больше {limit} строк — больше, чем допустимо в пакете.</translation>
    </message>
    <message>
        <source>The revisions hold more than {limit} blank lines.</source>
        <translation>В правках больше {limit} пустых строк.</translation>
    </message>
    <message>
        <source>The revisions are more than one bundle may bring at once (past line {line}); ask the sender to send them in parts.</source>
        <translation>Правок больше, чем может принести один пакет (после строки {line}); попросите отправителя прислать их частями.</translation>
    </message>
    <message>
        <source>The forwarded bundle does not list rightly the bundles it carries (from 1 to {limit} of them).</source>
        <translation>В пересланном пакете неправильно указаны пакеты, которые он содержит (их должно быть от 1 до {limit}).</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is malformed.</source>
        <translation>Пакет {number} в пересланном пакете повреждён или составлен неверно.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is not a bundle its author wrote: only authors&apos; own bundles can be forwarded.</source>
        <translation>Пакет {number} в пересланном пакете написан не его автором: переслать можно только собственные пакеты авторов.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle is there twice.</source>
        <translation>Пакет {number} в пересланном пакете встречается дважды.</translation>
    </message>
    <message>
        <source>Bundle {number} in the forwarded bundle was written by this vault: your own records cannot come back to you. Refused.</source>
        <translation>Пакет {number} в пересланном пакете написан этим хранилищем: ваши собственные записи не могут вернуться к вам. Отклонено.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records written by {name} (fingerprint {fingerprint}), who is not among your contacts. Add their key card after comparing the fingerprint with them, then import the file again. Nothing was imported.</source>
        <translation>Пересланный пакет содержит записи, которые написал(а) {name} (отпечаток {fingerprint}), но этого человека нет среди ваших контактов. Сверьте с ним отпечаток, добавьте его карточку ключа и снова импортируйте файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records written by people who are not among your contacts: {name} (fingerprint {fingerprint}) and others besides (how many: {others}). Add their key cards after comparing the fingerprints with them, then import the file again. Nothing was imported.</source>
        <translation>Пересланный пакет содержит записи людей, которых нет среди ваших контактов: {name} (отпечаток {fingerprint}) и другие (сколько ещё: {others}). Сверьте с ними отпечатки, добавьте их карточки ключей и снова импортируйте файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The forwarded bundle holds records of {name} that are not what {name} signed: altered, left out or put in another order on the way. Refused; nothing was imported.</source>
        <translation>Пересланный пакет содержит записи автора {name}, которые не совпадают с тем, что подписал(а) {name}: по пути их изменили, что-то убрали или переставили. Отклонено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>No bundle received carries what you chose: there is nothing to forward.</source>
        <translation>Ни один полученный пакет не содержит выбранного: пересылать нечего.</translation>
    </message>
    <message>
        <source>Everything you chose was forwarded to {name} before; there is nothing new to forward. To forward it again, forward all.</source>
        <translation>Всё выбранное уже пересылалось получателю {name}; нового для пересылки нет. Чтобы переслать заново, перешлите всё.</translation>
    </message>
    <message>
        <source>Nothing was forwarded: none of it can be. {reason}</source>
        <translation>Ничего не переслано: ничего из выбранного переслать нельзя. {reason}</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles that arrived before this version of Trial Monitor kept what their authors signed (how many: {bundles}). Ask {name} to send everything again, import it, then forward.</source>
        <translation>Не переслано, от {name}: пакеты, пришедшие до того, как эта версия Trial Monitor стала сохранять подписанное авторами (сколько: {bundles}). Попросите {name} отправить всё заново, импортируйте и тогда перешлите.</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles whose records held here are no longer what {name} signed, or are not all here (how many: {bundles}). Check the vault with &apos;trial-monitor verify&apos;.</source>
        <translation>Не переслано, от {name}: пакеты, записи которых в этом хранилище уже не совпадают с подписанным {name} или хранятся не полностью (сколько: {bundles}). Проверьте хранилище командой &apos;trial-monitor verify&apos;.</translation>
    </message>
    <message>
        <source>Not forwarded, from {name}: bundles whose signed list of contents is too large to forward (how many: {bundles}). Ask {name} to send their records in smaller bundles.</source>
        <translation>Не переслано, от {name}: пакеты, подписанный список содержимого которых слишком велик для пересылки (сколько: {bundles}). Попросите {name} отправить записи пакетами поменьше.</translation>
    </message>
    <message>
        <source>A bundle from {name} is larger than a forwarded bundle may carry; nothing was written.</source>
        <translation>Пакет от {name} больше, чем может вместить пересылаемый пакет; ничего не записано.</translation>
    </message>
    <message>
        <source>An attachment from {name} held here is no longer what they signed; nothing was written. Check the vault with &apos;trial-monitor verify&apos;.</source>
        <translation>Вложение от {name} в этом хранилище уже не совпадает с подписанным; ничего не записано. Проверьте хранилище командой &apos;trial-monitor verify&apos;.</translation>
    </message>
    <message>
        <source>A display name must be one line of visible text; it may not hold the invisible or control character {char}.</source>
        <translation>Отображаемое имя должно быть одной строкой видимого текста; в нём не может быть невидимого или управляющего символа {char}.</translation>
    </message>
    <message>
        <source>A display name may be at most {max_chars} characters long.</source>
        <translation>Отображаемое имя может быть не длиннее {max_chars} символов.</translation>
    </message>
    <message>
        <source>The key card&apos;s display name holds the invisible or control character {char}, which could disguise what is shown next to it. Ask its owner to choose a name of one line of visible text and send the card again.</source>
        <translation>Отображаемое имя в карточке ключа содержит невидимый или управляющий символ {char}, который может исказить то, что показано рядом. Попросите владельца выбрать имя из одной строки видимого текста и прислать карточку снова.</translation>
    </message>
    <message>
        <source>This {kind} still has records under it ({kinds}: {count}); delete those first.</source>
        <translation>Под этой записью ({kind}) ещё есть записи ({kinds}: {count}); сначала удалите их.</translation>
    </message>
    <message>
        <source>An interval cannot end before it starts.</source>
        <translation>Интервал не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The file is larger than {mib} MiB.</source>
        <translation>Файл больше {mib} МиБ.</translation>
    </message>
    <message>
        <source>The attachment does not match its recorded checksum.</source>
        <translation>Вложение не совпадает со своей записанной контрольной суммой.</translation>
    </message>
    <message>
        <source>Unknown condition code &apos;{code}&apos;. Run &apos;trial-monitor taxonomy list&apos; to see the codes.</source>
        <translation>Неизвестный код условия «{code}». Список кодов: &apos;trial-monitor taxonomy list&apos;.</translation>
    </message>
    <message>
        <source>Unknown category &apos;{code}&apos;. Categories: {categories}.</source>
        <translation>Неизвестная категория «{code}». Категории: {categories}.</translation>
    </message>
    <message>
        <source>Unknown checklist question &apos;{id}&apos;. Run &apos;trial-monitor checklist show&apos; to see the questions.</source>
        <translation>Неизвестный вопрос контрольного списка «{id}». Список вопросов: &apos;trial-monitor checklist show&apos;.</translation>
    </message>
    <message>
        <source>Fields must be given as KEY=VALUE pairs.</source>
        <translation>Поля задаются парами КЛЮЧ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>Unknown field {key} for {code}. Accepted fields: {accepted}.</source>
        <translation>Неизвестное поле {key} для {code}. Допустимые поля: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown field {key} for {code}. It takes no fields; write in the note text instead.</source>
        <translation>Неизвестное поле {key} для {code}. У этого кода нет полей; пишите в тексте заметки.</translation>
    </message>
    <message>
        <source>{code} needs the field {fields} (give it as {example}).</source>
        <translation>Для {code} нужно поле {fields} (укажите его как {example}).</translation>
    </message>
    <message>
        <source>{code} needs the fields {fields} (give it as {example}).</source>
        <translation>Для {code} нужны поля {fields} (укажите их как {example}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes one choice code: {codes}.</source>
        <translation>Поле «{key}» принимает один код варианта: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes one party code: {codes}.</source>
        <translation>Поле «{key}» принимает один код стороны: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; must be one of: {codes} (got {got}).</source>
        <translation>Поле «{key}» должно быть одним из: {codes} (получено {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes choice codes separated by commas: {codes}.</source>
        <translation>Поле «{key}» принимает коды вариантов через запятую: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes party codes separated by commas: {codes}.</source>
        <translation>Поле «{key}» принимает коды сторон через запятую: {codes}.</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes yes or no (got {got}).</source>
        <translation>Поле «{key}» принимает «да» или «нет» (получено {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a whole number from 0 to {max} (got {got}).</source>
        <translation>Поле «{key}» принимает целое число от 0 до {max} (получено {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a date or date and time such as 2026-03-14 or 2026-03-14T10:30 (got {got}).</source>
        <translation>Поле «{key}» принимает дату или дату и время, например 2026-03-14 или 2026-03-14T10:30 (получено {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes a length such as 3y, 18m, 90d, 2y6m or 1y2m3d (years, months, days; got {got}).</source>
        <translation>Поле «{key}» принимает срок вроде 3y, 18m, 90d, 2y6m или 1y2m3d (годы, месяцы, дни; получено {got}).</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; has an unknown type &apos;{type}&apos;.</source>
        <translation>У поля «{key}» неизвестный тип «{type}».</translation>
    </message>
    <message>
        <source>Field &apos;{key}&apos; takes text (got {got}).</source>
        <translation>Поле «{key}» принимает текст (получено {got}).</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is malformed: {where}: {problem}.</source>
        <translation>Файл таксономии {source} повреждён: {where}: {problem}.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is malformed: the key &apos;{key}&apos; appears twice in one object.</source>
        <translation>Файл таксономии {source} повреждён: ключ «{key}» дважды встречается в одном объекте.</translation>
    </message>
    <message>
        <source>Cannot read the taxonomy file {source}: {reason}.</source>
        <translation>Не удаётся прочитать файл таксономии {source}: {reason}.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is not UTF-8 text.</source>
        <translation>Файл таксономии {source} — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>Файл таксономии {source} — недопустимый JSON (строка {line}, столбец {column}: {problem}).</translation>
    </message>
    <message>
        <source>The taxonomy file {source} is nested too deeply.</source>
        <translation>Файл таксономии {source} слишком глубоко вложен.</translation>
    </message>
    <message>
        <source>The file holds an unexpected member &apos;{name}&apos;.</source>
        <translation>В файле есть неожиданный элемент «{name}».</translation>
    </message>
    <message>
        <source>The file holds a member with an unsafe name &apos;{name}&apos;.</source>
        <translation>В файле есть элемент с небезопасным именем «{name}».</translation>
    </message>
    <message>
        <source>The file is larger than any bundle this app makes.</source>
        <translation>Файл больше любого пакета, который создаёт это приложение.</translation>
    </message>
    <message>
        <source>The decrypted content is not a valid archive.</source>
        <translation>Расшифрованное содержимое — не допустимый архив.</translation>
    </message>
    <message>
        <source>The file holds more members than a bundle may.</source>
        <translation>В файле больше элементов, чем может быть в пакете.</translation>
    </message>
    <message>
        <source>The file holds the member &apos;{name}&apos; twice.</source>
        <translation>Элемент «{name}» встречается в файле дважды.</translation>
    </message>
    <message>
        <source>The archive inside the file is itself encrypted.</source>
        <translation>Архив внутри файла сам зашифрован.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is larger than the format allows.</source>
        <translation>Элемент «{name}» больше, чем допускает формат.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; looks like a decompression bomb.</source>
        <translation>Элемент «{name}» похож на архивную бомбу.</translation>
    </message>
    <message>
        <source>The file&apos;s content is larger than a bundle may be.</source>
        <translation>Содержимое файла больше, чем может быть пакет.</translation>
    </message>
    <message>
        <source>The file has no {name}.</source>
        <translation>В файле нет {name}.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is damaged.</source>
        <translation>Элемент «{name}» повреждён.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; cannot be read.</source>
        <translation>Элемент «{name}» не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; is not the size it claims.</source>
        <translation>Размер элемента «{name}» не тот, что заявлен.</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Манифест — недопустимый JSON.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Манифест — не объект JSON.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor bundle or receipt.</source>
        <translation>Это не пакет и не квитанция Trial Monitor.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>В манифесте нет версии формата.</translation>
    </message>
    <message>
        <source>The file uses format version {version}, made by a newer Trial Monitor; update the app to import it.</source>
        <translation>Файл в формате версии {version}, созданном более новой версией Trial Monitor; обновите приложение, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>The bundle holds records of a kind this version does not know ({kinds}): it was made by a newer Trial Monitor. Update the app to import it; nothing was imported.</source>
        <translation>Пакет содержит записи вида, неизвестного этой версии ({kinds}): он создан более новой версией Trial Monitor. Обновите приложение, чтобы импортировать его; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The manifest does not say rightly which kinds of record the bundle holds.</source>
        <translation>Манифест неверно указывает, какие виды записей содержит пакет.</translation>
    </message>
    <message>
        <source>The manifest&apos;s format version {version} is not valid.</source>
        <translation>Версия формата {version} в манифесте недопустима.</translation>
    </message>
    <message>
        <source>The manifest&apos;s id is malformed.</source>
        <translation>Идентификатор манифеста повреждён.</translation>
    </message>
    <message>
        <source>The manifest does not list the file&apos;s members.</source>
        <translation>Манифест не перечисляет элементы файла.</translation>
    </message>
    <message>
        <source>The file&apos;s members do not match its manifest (missing {names}).</source>
        <translation>Элементы файла не совпадают с манифестом (не хватает {names}).</translation>
    </message>
    <message>
        <source>The file&apos;s members do not match its manifest (unlisted {names}).</source>
        <translation>Элементы файла не совпадают с манифестом (не перечислены {names}).</translation>
    </message>
    <message>
        <source>The manifest&apos;s entry for &apos;{name}&apos; is malformed or wrong.</source>
        <translation>Запись манифеста для «{name}» повреждена или неверна.</translation>
    </message>
    <message>
        <source>The member &apos;{name}&apos; was altered: its hash does not match.</source>
        <translation>Элемент «{name}» изменён: его хеш не совпадает.</translation>
    </message>
    <message>
        <source>Line {line} of the revisions is too long.</source>
        <translation>Строка {line} редакций слишком длинная.</translation>
    </message>
    <message>
        <source>The revision on line {line} is not valid JSON.</source>
        <translation>Редакция в строке {line} — недопустимый JSON.</translation>
    </message>
    <message>
        <source>The revision on line {line} is not a JSON object.</source>
        <translation>Редакция в строке {line} — не объект JSON.</translation>
    </message>
    <message>
        <source>This is a receipt, not a bundle: import it as a receipt.</source>
        <translation>Это квитанция, а не пакет: импортируйте её как квитанцию.</translation>
    </message>
    <message>
        <source>This bundle was written by this vault; there is nothing to import.</source>
        <translation>Этот пакет записан этим же хранилищем; импортировать нечего.</translation>
    </message>
    <message>
        <source>A different bundle with this bundle&apos;s id was imported before; this one was refused as a forgery or a corrupted copy.</source>
        <translation>Другой пакет с тем же идентификатором уже был импортирован; этот отклонён как подделка или повреждённая копия.</translation>
    </message>
    <message>
        <source>This is not a bundle.</source>
        <translation>Это не пакет.</translation>
    </message>
    <message>
        <source>The bundle&apos;s sequence number is missing or invalid.</source>
        <translation>Порядковый номер пакета отсутствует или недопустим.</translation>
    </message>
    <message>
        <source>The bundle holds no revisions.</source>
        <translation>В пакете нет редакций.</translation>
    </message>
    <message>
        <source>Its kind &apos;{kind}&apos; is not one the bundle&apos;s manifest and format declare.</source>
        <translation>Её вид «{kind}» не объявлен ни манифестом, ни форматом пакета.</translation>
    </message>
    <message>
        <source>It is filed under another record than the one its {field} names.</source>
        <translation>Она отнесена не к той записи, которую называет её поле {field}.</translation>
    </message>
    <message>
        <source>The bundle&apos;s count of revisions by kind does not match its manifest.</source>
        <translation>Число версий каждого вида в пакете не совпадает с его манифестом.</translation>
    </message>
    <message>
        <source>Revision {number} in the bundle is malformed.</source>
        <translation>Редакция {number} в пакете повреждена.</translation>
    </message>
    <message>
        <source>The bundle&apos;s revision count does not match its manifest.</source>
        <translation>Число редакций в пакете не совпадает с манифестом.</translation>
    </message>
    <message>
        <source>The bundle holds the same revision twice.</source>
        <translation>В пакете одна и та же редакция встречается дважды.</translation>
    </message>
    <message>
        <source>The bundle holds text that is not valid Unicode.</source>
        <translation>В пакете есть текст, который не является допустимым Юникодом.</translation>
    </message>
    <message>
        <source>{name}&apos;s history does not link up with what was imported before: it was altered. Refused.</source>
        <translation>История {name} не связывается с тем, что было импортировано раньше: её изменили. Отклонено.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} differs from the one already imported: their history was rewritten. Refused.</source>
        <translation>Редакция №{seq} от {name} отличается от уже импортированной: историю переписали. Отклонено.</translation>
    </message>
    <message>
        <source>The bundle reuses the id of a revision already here. Refused.</source>
        <translation>Пакет повторно использует идентификатор редакции, которая здесь уже есть. Отклонено.</translation>
    </message>
    <message>
        <source>The bundle changes the kind of an existing record. Refused.</source>
        <translation>Пакет меняет вид существующей записи. Отклонено.</translation>
    </message>
    <message>
        <source>The bundle gives one record two kinds. Refused.</source>
        <translation>Пакет даёт одной записи два вида. Отклонено.</translation>
    </message>
    <message>
        <source>The author&apos;s first revision names a predecessor: altered history.</source>
        <translation>Первая редакция автора ссылается на предыдущую: история изменена.</translation>
    </message>
    <message>
        <source>Revision #{seq} does not link to the one before it: the history was altered.</source>
        <translation>Редакция №{seq} не связана с предыдущей: история изменена.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content is missing from the bundle.</source>
        <translation>Содержимого вложения нет в пакете.</translation>
    </message>
    <message>
        <source>An attachment does not match its recorded size and checksum.</source>
        <translation>Вложение не совпадает со своим записанным размером и контрольной суммой.</translation>
    </message>
    <message>
        <source>The bundle holds attachment content that no record names.</source>
        <translation>В пакете есть содержимое вложений, которое не называет ни одна запись.</translation>
    </message>
    <message>
        <source>This is more than one file may hold (1 GiB). Send it in parts: export again after a smaller set of changes.</source>
        <translation>Это больше, чем может вместить один файл (1 ГиБ). Отправьте по частям: экспортируйте снова после меньшего набора изменений.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} — не папка.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файл не удаётся прочитать: {reason}.</translation>
    </message>
    <message>
        <source>This is not an encrypted Trial Monitor file (not an age file).</source>
        <translation>Это не зашифрованный файл Trial Monitor (не файл age).</translation>
    </message>
    <message>
        <source>The file is not addressed to this vault: it was encrypted for someone else.</source>
        <translation>Файл адресован не этому хранилищу: он зашифрован для кого-то другого.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: it cannot be decrypted.</source>
        <translation>Файл повреждён или неполон: его нельзя расшифровать.</translation>
    </message>
    <message>
        <source>The file is damaged or was altered: it cannot be decrypted.</source>
        <translation>Файл повреждён или изменён: его нельзя расшифровать.</translation>
    </message>
    <message>
        <source>The file is signed by your contact {name} but claims to be from someone else ({claimed}). It was refused.</source>
        <translation>Файл подписан вашим контактом {name}, но выдаёт себя за файл от другого человека ({claimed}). Он отклонён.</translation>
    </message>
    <message>
        <source>The manifest does not list its recipients.</source>
        <translation>Манифест не перечисляет получателей.</translation>
    </message>
    <message>
        <source>The file was not written for this vault: its signed list of recipients does not include you (it may have been re-encrypted by someone else).</source>
        <translation>Файл написан не для этого хранилища: в его подписанном списке получателей вас нет (возможно, его перешифровал кто-то другой).</translation>
    </message>
    <message>
        <source>The age recipient on the key card is not valid.</source>
        <translation>Получатель age в карточке ключа недопустим.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor key card.</source>
        <translation>Это не карточка ключа Trial Monitor.</translation>
    </message>
    <message>
        <source>The key card was made by another version of Trial Monitor; update the app.</source>
        <translation>Карточка ключа создана другой версией Trial Monitor; обновите приложение.</translation>
    </message>
    <message>
        <source>The key card is incomplete.</source>
        <translation>Карточка ключа неполная.</translation>
    </message>
    <message>
        <source>The key card&apos;s author id is malformed.</source>
        <translation>Идентификатор автора в карточке ключа повреждён.</translation>
    </message>
    <message>
        <source>The key card&apos;s display name is empty or too long.</source>
        <translation>Отображаемое имя в карточке ключа пустое или слишком длинное.</translation>
    </message>
    <message>
        <source>The key card&apos;s signing key is not valid.</source>
        <translation>Ключ подписи в карточке ключа недопустим.</translation>
    </message>
    <message>
        <source>The file is too large to be a key card.</source>
        <translation>Файл слишком большой для карточки ключа.</translation>
    </message>
    <message>
        <source>This is not a Trial Monitor key card (not JSON).</source>
        <translation>Это не карточка ключа Trial Monitor (не JSON).</translation>
    </message>
    <message>
        <source>The key card has no valid signature.</source>
        <translation>У карточки ключа нет действительной подписи.</translation>
    </message>
    <message>
        <source>The key card was altered after it was made.</source>
        <translation>Карточку ключа изменили после того, как её создали.</translation>
    </message>
    <message>
        <source>The key card&apos;s fingerprint does not match its keys: altered.</source>
        <translation>Отпечаток карточки ключа не совпадает с её ключами: она изменена.</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 minisign key.</source>
        <translation>Открытый ключ — не ключ minisign Ed25519.</translation>
    </message>
    <message>
        <source>The signature was made with another key.</source>
        <translation>Подпись сделана другим ключом.</translation>
    </message>
    <message>
        <source>The signature does not match the signed data.</source>
        <translation>Подпись не совпадает с подписанными данными.</translation>
    </message>
    <message>
        <source>The signature file is too large.</source>
        <translation>Файл подписи слишком большой.</translation>
    </message>
    <message>
        <source>The signature file is not text.</source>
        <translation>Файл подписи — не текст.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>Файл подписи не в формате minisign.</translation>
    </message>
    <message>
        <source>The signature is not a pre-hashed Ed25519 minisign signature.</source>
        <translation>Подпись — не предварительно хешированная подпись minisign Ed25519.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment is not signed.</source>
        <translation>Доверенный комментарий подписи не подписан.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>Открытый ключ — недопустимый base64.</translation>
    </message>
    <message>
        <source>The signature is not valid base64.</source>
        <translation>Подпись — недопустимый base64.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Choose at least one contact to send the bundle to.</source>
        <translation>Выберите хотя бы один контакт, которому отправить пакет.</translation>
    </message>
    <message>
        <source>There is nothing to send yet: the vault has no records.</source>
        <translation>Отправлять пока нечего: в хранилище нет записей.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle to {names}. To send everything again, export all.</source>
        <translation>С последнего пакета для {names} ничего не изменилось. Чтобы отправить всё заново, экспортируйте всё.</translation>
    </message>
    <message>
        <source>No bundle from {name} has been imported yet.</source>
        <translation>Пока не импортировано ни одного пакета от {name}.</translation>
    </message>
    <message>
        <source>This is a bundle, not a receipt: import it as a bundle.</source>
        <translation>Это пакет, а не квитанция: импортируйте его как пакет.</translation>
    </message>
    <message>
        <source>The receipt is signed by someone who is not a contact (claims to be {claimed}). Add their key card first.</source>
        <translation>Квитанция подписана тем, кого нет среди контактов (называет себя {claimed}). Сначала добавьте его карточку ключа.</translation>
    </message>
    <message>
        <source>The receipt lists no bundles.</source>
        <translation>Квитанция не перечисляет ни одного пакета.</translation>
    </message>
    <message>
        <source>An entry of the receipt is malformed.</source>
        <translation>Запись квитанции повреждена.</translation>
    </message>
    <message>
        <source>Choose the trials to remove from this laptop.</source>
        <translation>Выберите процессы, которые нужно удалить с этого ноутбука.</translation>
    </message>
    <message>
        <source>No trial with id {id}.</source>
        <translation>Нет процесса с идентификатором {id}.</translation>
    </message>
    <message>
        <source>“{title}” cannot be removed: it holds records from other people. Nothing was removed.</source>
        <translation>«{title}» нельзя удалить: в нём есть записи других людей. Ничего не удалено.</translation>
    </message>
    <message>
        <source>Not kept: signed by someone who is not a contact (claims to be {name}, fingerprint {fingerprint}), and the quarantine is full (its limit: {limit}). Nothing was changed. Import or discard the quarantined bundles, or raise the limit in Settings.</source>
        <translation>Не сохранено: подписано тем, кого нет среди контактов (называет себя {name}, отпечаток {fingerprint}), а карантин заполнен (предел: {limit}). Ничего не изменено. Импортируйте или удалите пакеты из карантина либо увеличьте предел в настройках.</translation>
    </message>
    <message>
        <source>The {kind}&apos;s field {field} has the wrong type.</source>
        <translation>Поле {field} записи типа {kind} имеет неверный тип.</translation>
    </message>
    <message>
        <source>The time {field} (&apos;{value}&apos;) is not written as a UTC time such as 2026-11-24T10:30:00Z.</source>
        <translation>Время {field} (&apos;{value}&apos;) записано не как время UTC вида 2026-11-24T10:30:00Z.</translation>
    </message>
    <message>
        <source>The time {field} (&apos;{value}&apos;) is not a real date and time.</source>
        <translation>Время {field} (&apos;{value}&apos;) — несуществующие дата и время.</translation>
    </message>
    <message>
        <source>The time {field} must fall within the years {first} to {last}.</source>
        <translation>Время {field} должно приходиться на годы с {first} по {last}.</translation>
    </message>
    <message>
        <source>The {kind} needs its time {field}.</source>
        <translation>Для записи типа {kind} нужно время {field}.</translation>
    </message>
    <message>
        <source>The text of {field} holds a character no text may hold: a NUL, or half of a character.</source>
        <translation>Текст поля {field} содержит недопустимый символ: NUL или половину символа.</translation>
    </message>
    <message>
        <source>{field} holds more than {max_items} entries.</source>
        <translation>{field} содержит больше {max_items} элементов.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} должно быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>The field {field} holds a value other than text, a whole number, yes or no, or a short list of those.</source>
        <translation>Поле {field} содержит значение, которое не является текстом, целым числом, «да» или «нет» или коротким списком из них.</translation>
    </message>
    <message>
        <source>Its field {field} is missing or has the wrong type.</source>
        <translation>Её поле {field} отсутствует или имеет неверный тип.</translation>
    </message>
    <message>
        <source>It names another author than the bundle&apos;s signer.</source>
        <translation>В ней указан другой автор, а не тот, кто подписал пакет.</translation>
    </message>
    <message>
        <source>Its {field} is not a well-formed id.</source>
        <translation>Её {field} — некорректный идентификатор.</translation>
    </message>
    <message>
        <source>Its link to the author&apos;s previous revision is malformed.</source>
        <translation>Её ссылка на предыдущую версию автора некорректна.</translation>
    </message>
    <message>
        <source>Its sequence number is out of range (1 to {max}).</source>
        <translation>Её порядковый номер вне допустимого диапазона (от 1 до {max}).</translation>
    </message>
    <message>
        <source>{count} of your records hold values saved by an older version that no coordinator accepts (the first: {kind} {id}: {problem}). Correct them, then send again. Nothing was written.</source>
        <translation>Записей со значениями, которые сохранила прежняя версия и которые не примет ни один координатор: {count} (первая: {kind} {id}: {problem}). Исправьте их и отправьте снова. Ничего не записано.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: нужно целое число.</translation>
    </message>
    <message>
        <source>The {kind} {id} holds values this version cannot read; it is shown as unreadable.</source>
        <translation>Запись {id} типа {kind} содержит значения, которые эта версия не может прочитать; она показана как нечитаемая.</translation>
    </message>
    <message>
        <source>This {kind} was recorded by someone else: only its author can change or delete it. Nothing was saved.</source>
        <translation>Эта запись ({kind}) сделана другим человеком: изменить или удалить её может только её автор. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} creates a record whose id belongs to another author&apos;s record. Refused.</source>
        <translation>Ревизия №{seq} от {name} создаёт запись с идентификатором, который принадлежит записи другого автора. Отклонено.</translation>
    </message>
    <message>
        <source>Revision #{seq} of {name} is numbered out of sequence: a record&apos;s first revision is number 1, and every later one is one more than the revision it was edited from. Refused.</source>
        <translation>Ревизия №{seq} от {name} пронумерована не по порядку: первая ревизия записи имеет номер 1, а каждая следующая — на единицу больше той, из которой она была отредактирована. Отклонено.</translation>
    </message>
    <message>
        <source>That is this vault&apos;s own key card.</source>
        <translation>Это собственная карточка ключа этого хранилища.</translation>
    </message>
    <message>
        <source>Revision {number} in the bundle is not valid. {problem}</source>
        <translation>Версия {number} в пакете недействительна. {problem}</translation>
    </message>
    <message>
        <source>“{title}” cannot be removed: changes without a receipt yet: {pending}. Nothing was removed.</source>
        <translation>«{title}» нельзя удалить: изменений без квитанции: {pending}. Ничего не удалено.</translation>
    </message>
    <message>
        <source>{name} is already a contact with different keys. If they really have new keys, remove the old contact first.</source>
        <translation>{name} уже есть среди контактов с другими ключами. Если ключи у него действительно новые, сначала удалите старый контакт.</translation>
    </message>
    <message>
        <source>No such contact.</source>
        <translation>Такого контакта нет.</translation>
    </message>
    <message>
        <source>A name is at most {max_chars} characters.</source>
        <translation>Имя — не длиннее {max_chars} символов.</translation>
    </message>
    <message>
        <source>No contact &apos;{reference}&apos;. See &apos;contacts list&apos;.</source>
        <translation>Нет контакта «{reference}». См. &apos;contacts list&apos;.</translation>
    </message>
    <message>
        <source>More than one contact matches &apos;{reference}&apos;; give the contact&apos;s id instead.</source>
        <translation>«{reference}» подходит больше чем к одному контакту; укажите идентификатор контакта.</translation>
    </message>
    <message>
        <source>A trial cannot be linked to itself.</source>
        <translation>Процесс нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Those two trials are not linked.</source>
        <translation>Эти два процесса не связаны.</translation>
    </message>
    <message>
        <source>No hearing session {key}.</source>
        <translation>Нет заседания {key}.</translation>
    </message>
    <message>
        <source>The window within which notes join one event is 0 to {max} minutes, not {got}.</source>
        <translation>Окно, в пределах которого записи объединяются в одно событие, — от 0 до {max} минут, а не {got}.</translation>
    </message>
    <message>
        <source>No event {id}: the events of a trial are listed with their ids.</source>
        <translation>Нет события {id}: события процесса перечислены вместе с их идентификаторами.</translation>
    </message>
    <message>
        <source>{count} events start with {id}: give more of the id.</source>
        <translation>С {id} начинаются несколько событий ({count}): укажите идентификатор подробнее.</translation>
    </message>
    <message>
        <source>{action} is no decision on an event: confirm, split, merge, reject or annotate.</source>
        <translation>{action} — не решение о событии: подтвердить, разделить, объединить, отклонить или добавить заметку.</translation>
    </message>
    <message>
        <source>This decision is about one event: name one.</source>
        <translation>Это решение касается одного события: укажите одно.</translation>
    </message>
    <message>
        <source>A merge joins two or more events: name at least two.</source>
        <translation>Объединяют два события или больше: укажите хотя бы два.</translation>
    </message>
    <message>
        <source>Only events of one hearing session can be merged into one.</source>
        <translation>В одно событие можно объединить только события одного заседания.</translation>
    </message>
    <message>
        <source>Observations are named only to split an event.</source>
        <translation>Наблюдения указывают только при разделении события.</translation>
    </message>
    <message>
        <source>{id} names no one observation of event {event}.</source>
        <translation>{id} не указывает ни на одно наблюдение события {event}.</translation>
    </message>
    <message>
        <source>Name the observations to split off into an event of their own.</source>
        <translation>Укажите наблюдения, которые нужно выделить в отдельное событие.</translation>
    </message>
    <message>
        <source>A split leaves some observations on each side: not every one of the event&apos;s.</source>
        <translation>После разделения в каждой части остаются наблюдения: выделить все наблюдения события нельзя.</translation>
    </message>
    <message>
        <source>An annotation needs a note.</source>
        <translation>Для заметки нужен текст.</translation>
    </message>
    <message>
        <source>A note on an event is at most {max} characters, not {got}.</source>
        <translation>Заметка к событию — не больше {max} символов, а не {got}.</translation>
    </message>
    <message>
        <source>Reports are in {languages}.</source>
        <translation>Отчёты доступны на языках: {languages}.</translation>
    </message>
    <message>
        <source>A public report never shows real names.</source>
        <translation>Публичный отчёт никогда не показывает настоящие имена.</translation>
    </message>
    <message>
        <source>A report&apos;s stage is one of {stages}, not {stage}.</source>
        <translation>Этап отчёта — один из: {stages}, а не {stage}.</translation>
    </message>
    <message>
        <source>Stages go forward: the {stage} stage cannot be issued once the {later} stage has been.</source>
        <translation>Этапы идут вперёд: этап {stage} нельзя выпустить после того, как выпущен этап {later}.</translation>
    </message>
    <message>
        <source>The {stage} stage was issued on {issued}. To issue it again (the earlier issue stays in its history), say so.</source>
        <translation>Этап {stage} выпущен {issued}. Чтобы выпустить его снова (прежний выпуск останется в его истории), скажите об этом явно.</translation>
    </message>
    <message>
        <source>This trial has {count} records, more than a stage can name ({max}).</source>
        <translation>В этом процессе {count} записей — больше, чем может назвать этап ({max}).</translation>
    </message>
    <message>
        <source>This trial has records by {count} people, more than a stage can name ({max}).</source>
        <translation>В этом процессе записи {count} человек — больше, чем может назвать этап ({max}).</translation>
    </message>
    <message>
        <source>This issued stage was made by another version of the app (snapshot format {got}).</source>
        <translation>Этот выпущенный этап создан другой версией приложения (формат снимка {got}).</translation>
    </message>
    <message>
        <source>This issued stage&apos;s list of what it was made from is damaged ({what}).</source>
        <translation>Список того, из чего составлен этот выпущенный этап, повреждён ({what}).</translation>
    </message>
    <message>
        <source>The {stage} stage was made from {count} records; {missing} of them are not in this vault (removed since, or never received here), so it cannot be shown as issued.</source>
        <translation>Этап {stage} составлен по {count} записям; {missing} из них нет в этом хранилище (удалены или не были сюда получены), поэтому его нельзя показать в выпущенном виде.</translation>
    </message>
    <message>
        <source>The records this vault holds for the {stage} stage are not those it was issued from: their digest differs.</source>
        <translation>Записи, которые это хранилище содержит для этапа {stage}, — не те, по которым он был выпущен: их дайджест отличается.</translation>
    </message>
    <message>
        <source>The {stage} stage names no trial record this vault can read.</source>
        <translation>Этап {stage} не называет ни одной записи о процессе, которую это хранилище может прочитать.</translation>
    </message>
    <message>
        <source>The {stage} stage this one compares itself with is not in this vault.</source>
        <translation>Этапа {stage}, с которым сравнивает себя этот, нет в этом хранилище.</translation>
    </message>
    <message>
        <source>The remembered folders are malformed.</source>
        <translation>Запомненные папки повреждены.</translation>
    </message>
    <message>
        <source>{standard} is not a standard of the taxonomy.</source>
        <translation>{standard} — не стандарт таксономии.</translation>
    </message>
    <message>
        <source>The level of concern is one of {allowed}, not {got}.</source>
        <translation>Уровень озабоченности — один из: {allowed}, а не {got}.</translation>
    </message>
    <message>
        <source>{event} is not an event of this trial as its notes are grouped now; the trial&apos;s assessment lists its events.</source>
        <translation>{event} — не событие этого процесса при нынешней группировке записей; события процесса перечислены в его оценке.</translation>
    </message>
    <message>
        <source>More than one event of this trial starts with {event}: give more of its id.</source>
        <translation>С {event} начинается больше одного события этого процесса: укажите идентификатор полнее.</translation>
    </message>
    <message>
        <source>{got} is not a grade of the scale ({grades}).</source>
        <translation>{got} — не оценка шкалы ({grades}).</translation>
    </message>
    <message>
        <source>A grade is issued with a conclusion: write the conclusion first.</source>
        <translation>Итоговая оценка выставляется вместе с заключением: сначала напишите заключение.</translation>
    </message>
    <message>
        <source>A grade needs reasoning on every standard with events. Still without reasoning: {count} (first: {standards}).</source>
        <translation>Для итоговой оценки нужно обоснование по каждому стандарту, к которому относятся события. Ещё без обоснования: {count} (первые: {standards}).</translation>
    </message>
    <message>
        <source>The date {field} (&apos;{value}&apos;) is not written as a date such as 2026-11-24.</source>
        <translation>Дата {field} (&apos;{value}&apos;) записана не как дата вида 2026-11-24.</translation>
    </message>
    <message>
        <source>The date {field} (&apos;{value}&apos;) is not a real day.</source>
        <translation>Дата {field} (&apos;{value}&apos;) не существует.</translation>
    </message>
    <message>
        <source>The date {field} must fall within the years {first} to {last}.</source>
        <translation>Дата {field} должна приходиться на годы с {first} по {last}.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>Срок не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The term &apos;{value}&apos; is not written as a term such as 5y, 6m, 10d or 5y6m10d.</source>
        <translation>Срок &apos;{value}&apos; записан не как срок вида 5y, 6m, 10d или 5y6m10d.</translation>
    </message>
    <message>
        <source>Say whose sentence this is: the defendant&apos;s name is missing.</source>
        <translation>Укажите, чей это приговор: не указано имя осуждённого.</translation>
    </message>
    <message>
        <source>The element of the sentence must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Вид наказания должен быть одним из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>A banned activity must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Запрещённая деятельность должна быть одной из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>Only an activity ban names banned activities (this element is &apos;{element}&apos;).</source>
        <translation>Запрещённые виды деятельности указываются только для запрета заниматься деятельностью (здесь наказание &apos;{element}&apos;).</translation>
    </message>
    <message>
        <source>The kind of proceeding must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Вид производства должен быть одним из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>The outcome must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Результат должен быть одним из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>The conduct alleged must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Вменяемое действие должно быть одним из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>The defendant&apos;s situation must be one of: {allowed} (got &apos;{got}&apos;).</source>
        <translation>Положение осуждённого должно быть одним из: {allowed} (указано &apos;{got}&apos;).</translation>
    </message>
    <message>
        <source>Only proceedings for a violation name the conduct alleged.</source>
        <translation>Вменяемое действие указывается только в производстве о нарушении.</translation>
    </message>
    <message>
        <source>Only a record of the defendant&apos;s situation names a situation.</source>
        <translation>Положение указывается только в записи о положении осуждённого.</translation>
    </message>
    <message>
        <source>Days of detention go with the outcome &apos;detention&apos; only.</source>
        <translation>Дни ареста указываются только при результате «административный арест».</translation>
    </message>
    <message>
        <source>Say whom this concerns: the defendant&apos;s name is missing, and the trial does not have exactly one defendant.</source>
        <translation>Укажите, кого это касается: не указано имя осуждённого, а в деле не ровно один подсудимый.</translation>
    </message>
    <message>
        <source>That element of the sentence is {owner}&apos;s, not {defendant}&apos;s.</source>
        <translation>Это наказание назначено другому осуждённому: {owner}, а не {defendant}.</translation>
    </message>
    <message>
        <source>That element of the sentence belongs to another trial.</source>
        <translation>Это наказание относится к другому делу.</translation>
    </message>
    <message>
        <source>That hearing belongs to another trial.</source>
        <translation>Это заседание относится к другому делу.</translation>
    </message>
</context>
<context>
    <name>CorrectValuesDialog</name>
    <message>
        <source>Correct values an older version saved</source>
        <translation>Исправление значений, сохранённых прежней версией</translation>
    </message>
    <message>
        <source>A time in UTC, written as 2026-11-24T10:30:00Z.</source>
        <translation>Время в UTC, в виде 2026-11-24T10:30:00Z.</translation>
    </message>
    <message>
        <source>A date, written as 2026-11-24.</source>
        <translation>Дата, в виде 2026-11-24.</translation>
    </message>
    <message>
        <source>A time zone, written as Asia/Almaty.</source>
        <translation>Часовой пояс, в виде Asia/Almaty.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Целое число.</translation>
    </message>
    <message>
        <source>Text; a list takes one entry per line.</source>
        <translation>Текст; в списке — по одному пункту на строку.</translation>
    </message>
    <message>
        <source>This value can only be cleared: leave it empty.</source>
        <translation>Это значение можно только очистить: оставьте поле пустым.</translation>
    </message>
    <message>
        <source>An older version of Trial Monitor saved these values, and no coordinator accepts them. Correct each one; the old values stay in the record&apos;s history.</source>
        <translation>Эти значения сохранила прежняя версия Trial Monitor, и ни один координатор их не примет. Исправьте каждое; прежние значения останутся в истории записи.</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Новое значение:</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <source>Every value is corrected. Send the bundle again.</source>
        <translation>Все значения исправлены. Отправьте пакет снова.</translation>
    </message>
    <message>
        <source>It cannot be left empty.</source>
        <translation>Оставить пустым нельзя.</translation>
    </message>
</context>
<context>
    <name>CourtQuestion</name>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Answer later in the observation&apos;s details</source>
        <translation>Ответить позже в подробностях наблюдения</translation>
    </message>
    <message>
        <source>What did the court do meanwhile? {condition}, {start} to {end} ({lasted})</source>
        <translation>Что делал суд в это время? {condition}, с {start} до {end} ({lasted})</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Participation lost by hearing session</source>
        <translation>Потеря участия по заседаниям</translation>
    </message>
    <message>
        <source>Events by category</source>
        <translation>События по категориям</translation>
    </message>
    <message>
        <source>Events by country</source>
        <translation>События по странам</translation>
    </message>
    <message>
        <source>Events by month (UTC)</source>
        <translation>События по месяцам (UTC)</translation>
    </message>
    <message>
        <source>Click a bar, or choose it with the arrow keys and press Enter, to see the events behind it in the timeline.</source>
        <translation>Щёлкните по столбцу или выберите его стрелками и нажмите Enter, чтобы увидеть стоящие за ним события в хронологии.</translation>
    </message>
    <message>
        <source>These figures are from {time}; the newest notes are being read and will replace them.</source>
        <translation>Это данные на {time}; новейшие записи читаются и заменят их.</translation>
    </message>
    <message numerus="yes">
        <source>{logged} in %n trial(s); free notes are context and counted in no chart.</source>
        <translation>
            <numerusform>{logged} в процессах: %n; свободные заметки — это контекст, они не учитываются в диаграммах.</numerusform>
            <numerusform>{logged} в процессах: %n; свободные заметки — это контекст, они не учитываются в диаграммах.</numerusform>
            <numerusform>{logged} в процессах: %n; свободные заметки — это контекст, они не учитываются в диаграммах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The charts count %n event(s): each once, however many observers recorded it.</source>
        <translation>
            <numerusform>Диаграммы учитывают %n событие: каждое один раз, сколько бы наблюдателей его ни записали.</numerusform>
            <numerusform>Диаграммы учитывают %n события: каждое один раз, сколько бы наблюдателей его ни записали.</numerusform>
            <numerusform>Диаграммы учитывают %n событий: каждое один раз, сколько бы наблюдателей его ни записали.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected event(s), counted nowhere.</source>
        <translation>
            <numerusform>%n отклонённое событие, оно нигде не учтено.</numerusform>
            <numerusform>%n отклонённых события, они нигде не учтены.</numerusform>
            <numerusform>%n отклонённых событий, они нигде не учтены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s), counted nowhere.</source>
        <translation>
            <numerusform>Не удалось прочитать %n запись; она нигде не учтена.</numerusform>
            <numerusform>Не удалось прочитать %n записи; они нигде не учтены.</numerusform>
            <numerusform>Не удалось прочитать %n записей; они нигде не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Known</source>
        <translation>Известно</translation>
    </message>
    <message>
        <source>{what} is known</source>
        <translation>{what}: известно</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Start li&amp;ve mode</source>
        <translation>Режим &amp;реального времени</translation>
    </message>
    <message>
        <source>Big clocks and one-click buttons for logging the hearing as it happens</source>
        <translation>Крупные часы и кнопки, чтобы фиксировать ход заседания одним щелчком по мере событий</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>&amp;Add observation…</source>
        <translation>&amp;Добавить наблюдение…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The sentence and what followed the verdict</source>
        <translation>Приговор и что последовало за ним</translation>
    </message>
    <message>
        <source>{logged} · participation lost: {lost} · the defendant could not follow: {defendant} · the court went on regardless: {continued} · still open: {open}</source>
        <translation>{logged} · участие потеряно: {lost} · подсудимый не мог следить: {defendant} · суд продолжал несмотря на это: {continued} · ещё идут: {open}</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>На&amp;блюдения</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Контрольный список</translation>
    </message>
    <message>
        <source>Sentence and follow-&amp;up</source>
        <translation>Пригов&amp;ор и после</translation>
    </message>
    <message>
        <source>Observations about the trial as a whole</source>
        <translation>Наблюдения по процессу в целом</translation>
    </message>
    <message>
        <source>Choose a trial, then a hearing.</source>
        <translation>Выберите процесс, затем заседание.</translation>
    </message>
    <message>
        <source>Hearing of {start} ({zone})</source>
        <translation>Заседание {start} ({zone})</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Указанная причина: {reason}</translation>
    </message>
    <message>
        <source>Next hearing: {date}</source>
        <translation>Следующее заседание: {date}</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Удалить наблюдение</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <source>What did the court do meanwhile?</source>
        <translation>Что делал суд в это время?</translation>
    </message>
    <message>
        <source>Affected parties</source>
        <translation>Затронутые участники</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Серьёзность:</translation>
    </message>
    <message>
        <source>Affected &amp;parties:</source>
        <translation>Затронутые &amp;участники:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
    <message>
        <source>S&amp;ave details</source>
        <translation>&amp;Сохранить подробности</translation>
    </message>
    <message>
        <source>All &amp;details…</source>
        <translation>Все под&amp;робности…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>С&amp;крыть</translation>
    </message>
    <message>
        <source>{condition} — since {start}</source>
        <translation>{condition} — с {start}</translation>
    </message>
    <message>
        <source>{condition} — {start} to {end} ({lasted})</source>
        <translation>{condition} — с {start} до {end} ({lasted})</translation>
    </message>
    <message>
        <source>{condition} — {start}</source>
        <translation>{condition} — {start}</translation>
    </message>
    <message>
        <source>Changed; saving in a moment…</source>
        <translation>Изменено; сохранится через мгновение…</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Подробности сохранены.</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>They differ on</source>
        <translation>Расходятся в</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>ещё продолжается</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <source>You have unsaved work</source>
        <translation>У вас есть несохранённая работа</translation>
    </message>
    <message>
        <source>These forms were open when the app stopped or the vault locked. Open one to finish it, or discard it.</source>
        <translation>Эти формы были открыты, когда приложение остановилось или хранилище заблокировалось. Откройте форму, чтобы закончить её, или удалите.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>(changed since you typed this: check it before saving)</source>
        <translation>(с тех пор изменено: проверьте перед сохранением)</translation>
    </message>
    <message>
        <source>(deleted since: it opens as a new one)</source>
        <translation>(с тех пор удалено: откроется как новая запись)</translation>
    </message>
    <message>
        <source>(what it belonged to was deleted: it can only be discarded)</source>
        <translation>(то, к чему это относилось, удалено: можно только удалить)</translation>
    </message>
    <message>
        <source>a deleted trial</source>
        <translation>удалённый процесс</translation>
    </message>
    <message>
        <source>New trial “{title}”</source>
        <translation>Новый процесс «{title}»</translation>
    </message>
    <message>
        <source>Changes to the trial “{title}”</source>
        <translation>Изменения процесса «{title}»</translation>
    </message>
    <message>
        <source>New hearing of “{title}”</source>
        <translation>Новое заседание процесса «{title}»</translation>
    </message>
    <message>
        <source>Changes to the hearing of {date} in “{title}”</source>
        <translation>Изменения заседания {date}, процесс «{title}»</translation>
    </message>
    <message>
        <source>the hearing of {date} in “{title}”</source>
        <translation>заседание {date}, процесс «{title}»</translation>
    </message>
    <message>
        <source>the trial “{title}”</source>
        <translation>процесс «{title}»</translation>
    </message>
    <message>
        <source>New observation of {where}</source>
        <translation>Новое наблюдение: {where}</translation>
    </message>
    <message>
        <source>Changes to an observation ({condition}) of {where}</source>
        <translation>Изменения наблюдения ({condition}): {where}</translation>
    </message>
    <message>
        <source>New element of the sentence ({kind}) in “{title}”</source>
        <translation>Новая мера наказания ({kind}), процесс «{title}»</translation>
    </message>
    <message>
        <source>Changes to an element of the sentence ({kind}) in “{title}”</source>
        <translation>Изменения меры наказания ({kind}), процесс «{title}»</translation>
    </message>
    <message>
        <source>New proceeding after the verdict ({kind}) in “{title}”</source>
        <translation>Новое производство после приговора ({kind}), процесс «{title}»</translation>
    </message>
    <message>
        <source>Changes to a proceeding after the verdict ({kind}) in “{title}”</source>
        <translation>Изменения производства после приговора ({kind}), процесс «{title}»</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Удалить несохранённую работу</translation>
    </message>
    <message>
        <source>Discard “{what}”? What was typed in it cannot be brought back.</source>
        <translation>Удалить «{what}»? Введённое там нельзя будет вернуть.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
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
        <translation>наблюдений: %n</translation>
    </message>
    <message>
        <source>%n free note(s)</source>
        <translation>свободных заметок: %n</translation>
    </message>
    <message>
        <source>{observations} and {notes}</source>
        <translation>{observations}, {notes}</translation>
    </message>
</context>
<context>
    <name>EventDecisionDialog</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>In your own words; shown under your name</source>
        <translation>Своими словами; показывается под вашим именем</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Заметка (необязательно):</translation>
    </message>
    <message>
        <source>{event} {when}: {conditions}; seen by {seen}.</source>
        <translation>{event} {when}: {conditions}; видели {seen}.</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>Its observations, as each observer recorded them</source>
        <translation>Его наблюдения, как их записал каждый наблюдатель</translation>
    </message>
    <message>
        <source>Where the observers differ, side by side</source>
        <translation>В чём расходятся наблюдатели, рядом</translation>
    </message>
    <message>
        <source>Decisions on it, each by its author</source>
        <translation>Решения о нём, каждое под именем автора</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>В чём расходятся</translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation>Решения и заметки</translation>
    </message>
    <message>
        <source>Choose a row to see its observations side by side.</source>
        <translation>Выберите строку, чтобы сравнить её наблюдения.</translation>
    </message>
    <message>
        <source>A free note: context, in no event.</source>
        <translation>Свободная заметка: контекст, не входит ни в одно событие.</translation>
    </message>
    <message>
        <source>Seen by {seen} observers present ({state}).</source>
        <translation>Видели {seen} присутствовавших наблюдателей ({state}).</translation>
    </message>
    <message>
        <source>Decided by {name}.</source>
        <translation>Решение: {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) joined since: no one has decided on them.</source>
        <translation>
            <numerusform>С тех пор добавилось %n наблюдение: по нему никто ещё не принимал решения.</numerusform>
            <numerusform>С тех пор добавилось %n наблюдения: по ним никто ещё не принимал решения.</numerusform>
            <numerusform>С тех пор добавилось %n наблюдений: по ним никто ещё не принимал решения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <source>proposed by the app</source>
        <translation>предложено приложением</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>split</source>
        <translation>разделено</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>split off</source>
        <translation>выделено</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Что сделал суд</translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation>Кого это затронуло</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>{seen} of {present}</source>
        <translation>{seen} из {present}</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Видели</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записали</translation>
    </message>
    <message>
        <source>Not recorded by</source>
        <translation>Не записали</translation>
    </message>
    <message>
        <source>They differ on</source>
        <translation>Расходятся в</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
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
        <translation>Процесс</translation>
    </message>
    <message>
        <source>The trial&apos;s events</source>
        <translation>События процесса</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>По&amp;дтвердить</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Разделить…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>The chosen event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <source>What observers recorded of one happening is one event, counted once. Confirm, split, merge or reject the app&apos;s grouping, or add a note: each decision is your own record, signed and sent with your bundles; no observer&apos;s notes are changed.</source>
        <translation>То, что наблюдатели записали об одном происшествии, — одно событие, и учитывается оно один раз. Подтвердите, разделите, объедините или отклоните группировку приложения либо добавьте заметку: каждое решение — ваша собственная запись, подписанная и отправляемая с вашими пакетами; записи наблюдателей не меняются.</translation>
    </message>
    <message>
        <source>Confirmed. The window reads everything again.</source>
        <translation>Подтверждено. Окно заново читает все записи.</translation>
    </message>
    <message>
        <source>Rejected: counted and cited nowhere. Confirm it to undo.</source>
        <translation>Отклонено: нигде не учитывается и не цитируется. Чтобы отменить, подтвердите его.</translation>
    </message>
    <message>
        <source>Your note is saved, under your name.</source>
        <translation>Ваша заметка сохранена под вашим именем.</translation>
    </message>
    <message>
        <source>Split: they are an event of their own.</source>
        <translation>Разделено: выбранные наблюдения стали отдельным событием.</translation>
    </message>
    <message>
        <source>Merged into one event.</source>
        <translation>Объединено в одно событие.</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Указано</translation>
    </message>
    <message>
        <source> y</source>
        <translation> г.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Защитники</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>How you attend</source>
        <translation>Как вы присутствуете</translation>
    </message>
    <message>
        <source>Reason for postponement</source>
        <translation>Причина переноса</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Lasted a while</source>
        <translation>Длилось какое-то время</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Действия суда</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Verbatim quotation</source>
        <translation>Дословная цитата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Размер в байтах</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>This condition has no details of its own; describe it in the note.</source>
        <translation>У этого обстоятельства нет своих полей; опишите его в заметке.</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (обязательно)</translation>
    </message>
</context>
<context>
    <name>FigureLinesModel</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s) held</source>
        <translation>
            <numerusform>%n проведённое заседание</numerusform>
            <numerusform>%n проведённых заседания</numerusform>
            <numerusform>%n проведённых заседаний</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} per hearing</source>
        <translation>{time} на заседание</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указана</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Events cited</source>
        <translation>Приведённые события</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>By country and period</source>
        <translation>По странам и периодам</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>По периодам</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Every figure</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Со&amp;хранить как CSV…</translation>
    </message>
    <message>
        <source>Figures across trials</source>
        <translation>Показатели по всем процессам</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>Пок&amp;азатель:</translation>
    </message>
    <message>
        <source>Working out the figures of every trial…</source>
        <translation>Подсчитываются показатели всех процессов…</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n процессе</numerusform>
            <numerusform>%n процессах</numerusform>
            <numerusform>%n процессах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s) held, in {trials}.</source>
        <translation>
            <numerusform>Проведено %n заседание в {trials}.</numerusform>
            <numerusform>Проведено %n заседания в {trials}.</numerusform>
            <numerusform>Проведено %n заседаний в {trials}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the figures as</source>
        <translation>Сохранить показатели как</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the figures of %n row(s) to {file}.</source>
        <translation>
            <numerusform>Показатели %n строки записаны в {file}.</numerusform>
            <numerusform>Показатели %n строк записаны в {file}.</numerusform>
            <numerusform>Показатели %n строк записаны в {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>The assessors&apos; texts</source>
        <translation>Тексты оценщиков</translation>
    </message>
    <message>
        <source>Events cited</source>
        <translation>Приведённые события</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Events bearing on this standard</source>
        <translation>События, относящиеся к этому стандарту</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) counted.</source>
        <translation>
            <numerusform>Учтено %n событие.</numerusform>
            <numerusform>Учтено %n события.</numerusform>
            <numerusform>Учтено %n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessment revisions left out, their values unreadable: %n.</source>
        <translation>
            <numerusform>Редакции оценок, не учтённые из-за нечитаемых значений: %n.</numerusform>
            <numerusform>Редакции оценок, не учтённые из-за нечитаемых значений: %n.</numerusform>
            <numerusform>Редакции оценок, не учтённые из-за нечитаемых значений: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a trial and one of its standards.</source>
        <translation>Выберите процесс и один из его стандартов.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Оценки пока нет.</translation>
    </message>
    <message>
        <source>Comment by {name}: {concern}</source>
        <translation>Комментарий ({name}): {concern}</translation>
    </message>
    <message>
        <source>Assessment by {name}: {concern}</source>
        <translation>Оценка ({name}): {concern}</translation>
    </message>
    <message>
        <source>Events relied on: {events}</source>
        <translation>Использованные события: {events}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) it cites no longer found.</source>
        <translation>
            <numerusform>%n из приведённых событий больше не найдено.</numerusform>
            <numerusform>%n из приведённых событий больше не найдены.</numerusform>
            <numerusform>%n из приведённых событий больше не найдены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Open contacts…</source>
        <translation>Открыть контакты…</translation>
    </message>
    <message>
        <source>Create a trial…</source>
        <translation>Создать процесс…</translation>
    </message>
    <message>
        <source>Hide these steps</source>
        <translation>Скрыть эти шаги</translation>
    </message>
    <message>
        <source>Add your coordinator&apos;s key card (Contacts, Add contact)</source>
        <translation>Добавьте карточку ключа вашего координатора (Контакты, Добавить контакт)</translation>
    </message>
    <message>
        <source>Add your observers&apos; key cards (Contacts, Add contact)</source>
        <translation>Добавьте карточки ключей ваших наблюдателей (Контакты, Добавить контакт)</translation>
    </message>
    <message>
        <source>Export your own key card and send it to your coordinator</source>
        <translation>Сохраните свою карточку ключа и отправьте её координатору</translation>
    </message>
    <message>
        <source>Export your own key card and send it to your observers</source>
        <translation>Сохраните свою карточку ключа и отправьте её наблюдателям</translation>
    </message>
    <message>
        <source>Create the trial you observe, then its hearings</source>
        <translation>Создайте процесс, за которым наблюдаете, затем его заседания</translation>
    </message>
    <message>
        <source>Import the first bundle an observer sends you (Import…)</source>
        <translation>Импортируйте первый пакет, присланный наблюдателем (Получить пакеты…)</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Первые шаги</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Осталось сделать</translation>
    </message>
</context>
<context>
    <name>FormDraftKeeper</name>
    <message>
        <source>Restored what you had typed and not saved.</source>
        <translation>Восстановлено то, что вы ввели и не сохранили.</translation>
    </message>
    <message>
        <source>This record was changed since: check it before saving.</source>
        <translation>С тех пор эта запись изменилась: проверьте её перед сохранением.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward bundles received</source>
        <translation>Переслать полученные пакеты</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Кому переслать</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Forward &amp;again what was forwarded before</source>
        <translation>&amp;Переслать заново и то, что уже пересылалось</translation>
    </message>
    <message>
        <source>Folder to save the forwarded bundle in</source>
        <translation>Папка для сохранения пересылаемого пакета</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that is synced</source>
        <translation>Флешка или синхронизируемая папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Пере&amp;слать</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Pass the bundles observers sent you on to a head office or an expert panel. Each goes as its author signed it, so whoever receives it can check who wrote every record, and that nothing was changed on the way. They need the authors&apos; key cards too.</source>
        <translation>Перешлите пакеты, полученные от наблюдателей, в головной офис или группе экспертов. Каждый пакет уходит в том виде, в каком его подписал автор: получатель сможет проверить, кто написал каждую запись и что по пути ничего не изменено. Для этого ему нужны и карточки ключей авторов.</translation>
    </message>
    <message>
        <source>T&amp;rials (none ticked: all):</source>
        <translation>П&amp;роцессы (если не отмечен ни один — все):</translation>
    </message>
    <message>
        <source>&amp;Observers (none ticked: all):</source>
        <translation>&amp;Наблюдатели (если не отмечен ни один — все):</translation>
    </message>
    <message>
        <source>Add the key card of the head office or panel under Contacts first.</source>
        <translation>Сначала добавьте в «Контакты» карточку ключа головного офиса или группы экспертов.</translation>
    </message>
    <message>
        <source>Choose where to save the forwarded bundle</source>
        <translation>Выберите, куда сохранить пересылаемый пакет</translation>
    </message>
    <message>
        <source>Choose the contact to forward to.</source>
        <translation>Выберите контакт, которому переслать.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder to save the forwarded bundle in.</source>
        <translation>{folder} — не папка. Выберите папку для сохранения пересылаемого пакета.</translation>
    </message>
    <message>
        <source>Not forwarded. Nothing was written.</source>
        <translation>Не переслано. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward other trials too</source>
        <translation>Переслать и другие процессы</translation>
    </message>
    <message>
        <source>Each bundle is forwarded whole, as its author signed it. The bundles that carry the trials you chose also carry these, which will be forwarded too:</source>
        <translation>Каждый пакет пересылается целиком, как его подписал автор. Пакеты с выбранными вами процессами содержат и эти процессы — они тоже будут пересланы:</translation>
    </message>
    <message>
        <source>&amp;Forward them all</source>
        <translation>&amp;Переслать всё</translation>
    </message>
    <message>
        <source>Saved {file}: {changes} written by {names}, each with its author&apos;s signature, for {name}. Send the file to them any way that works.</source>
        <translation>Сохранён {file}: {changes}, автор — {names}, у каждого изменения подпись его автора; получатель — {name}. Отправьте файл любым доступным способом.</translation>
    </message>
    <message>
        <source>Saved {count} files, as one bundle may carry only so much: {file}. They hold {changes} written by {names}, each with its author&apos;s signature, for {name}. Send them all, any way that works; they may be imported in any order.</source>
        <translation>Сохранено файлов: {count}, так как один пакет вмещает не всё: {file}. В них {changes}, автор — {names}, у каждого изменения подпись его автора; получатель — {name}. Отправьте все файлы любым доступным способом; импортировать их можно в любом порядке.</translation>
    </message>
</context>
<context>
    <name>ForwardObserversModel</name>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
</context>
<context>
    <name>ForwardTrialsModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <source>bundle {numbers} not received yet</source>
        <translation>пакет {numbers} ещё не получен</translation>
    </message>
    <message>
        <source>bundles {numbers} not received yet</source>
        <translation>пакеты {numbers} ещё не получены</translation>
    </message>
    <message>
        <source>change {numbers} missing</source>
        <translation>нет изменения {numbers}</translation>
    </message>
    <message>
        <source>changes {numbers} missing</source>
        <translation>нет изменений {numbers}</translation>
    </message>
    <message>
        <source>changes received that are no longer in this vault: {count}</source>
        <translation>полученных изменений, которых больше нет в этом хранилище: {count}</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>New hearing</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Редактирование заседания</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>How you attend</source>
        <translation>Как вы присутствуете</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>For remote hearings: Zoom, the court&apos;s own system…</source>
        <translation>Для дистанционных заседаний: Zoom, собственная система суда…</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Court building and courtroom</source>
        <translation>Здание суда и зал заседаний</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <source>Defence counsel</source>
        <translation>Защитники</translation>
    </message>
    <message>
        <source>Language of the hearing</source>
        <translation>Язык заседания</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>Плановое &amp;начало:</translation>
    </message>
    <message>
        <source>Scheduled &amp;end:</source>
        <translation>Плановое &amp;окончание:</translation>
    </message>
    <message>
        <source>&amp;Actual start:</source>
        <translation>&amp;Фактическое начало:</translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation>Фактическое оконч&amp;ание:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>You atte&amp;nd:</source>
        <translation>&amp;Вы присутствуете:</translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation>П&amp;латформа:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Место п&amp;роведения:</translation>
    </message>
    <message>
        <source>&amp;When and where</source>
        <translation>&amp;Когда и где</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>&amp;Судьи:</translation>
    </message>
    <message>
        <source>P&amp;rosecutor:</source>
        <translation>&amp;Прокурор:</translation>
    </message>
    <message>
        <source>&amp;Defence counsel:</source>
        <translation>З&amp;ащитники:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>П&amp;ереводчик:</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Зам&amp;етки:</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>HearingMode</name>
    <message>
        <source>In person</source>
        <translation>Очный</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Дистанционный</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
</context>
<context>
    <name>HearingStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>HearingType</name>
    <message>
        <source>Preliminary</source>
        <translation>Предварительное слушание</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Рассмотрение по существу</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оглашение приговора</translation>
    </message>
    <message>
        <source>Sentencing</source>
        <translation>Назначение наказания</translation>
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
        <translation>Мера пресечения</translation>
    </message>
    <message>
        <source>Violation of a ban</source>
        <translation>Нарушение запрета</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>HearingsModel</name>
    <message>
        <source>Scheduled start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Platform or venue</source>
        <translation>Платформа или место</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>What this revision changed</source>
        <translation>Что изменено в этой редакции</translation>
    </message>
    <message>
        <source>{kind} · revisions: {count}</source>
        <translation>{kind} · редакций: {count}</translation>
    </message>
    <message>
        <source>Two edits were made from the same revision; both are kept below.</source>
        <translation>Две правки были сделаны на основе одной и той же редакции; ниже сохранены обе.</translation>
    </message>
    <message>
        <source>Revision {number}, saved by {who}</source>
        <translation>Редакция {number}, автор: {who}</translation>
    </message>
    <message>
        <source>{utc} UTC · {local} {zone}</source>
        <translation>{utc} UTC · {local} {zone}</translation>
    </message>
    <message>
        <source>Came in a bundle {name} wrote, forwarded by {forwarder} on {date} UTC, imported {time} UTC</source>
        <translation>Пришло в пакете, который написал(а) {name}; переслал(а) {forwarder} {date} UTC, импортировано {time} UTC</translation>
    </message>
    <message>
        <source>Came in bundle no. {number} from {name}, imported {time} UTC</source>
        <translation>Пришло в пакете № {number} от {name}, импортировано {time} UTC</translation>
    </message>
    <message>
        <source>{who} is not this record&apos;s author: this revision is theirs, kept and shown here, but the record stays as its author wrote it.</source>
        <translation>{who} не является автором этой записи: эта ревизия принадлежит ему (ей), она сохранена и показана здесь, но запись остаётся такой, какой её написал автор.</translation>
    </message>
    <message>
        <source>These values break this version&apos;s rules (an older version saved them), so the record is not shown as they say: {why}</source>
        <translation>Эти значения нарушают правила этой версии (их сохранила прежняя версия), поэтому запись не показана так, как в них записано: {why}</translation>
    </message>
    <message>
        <source>Deleted. Reason given:</source>
        <translation>Удалено. Указанная причина:</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Создано со значениями:</translation>
    </message>
    <message>
        <source>Saved again without a change.</source>
        <translation>Сохранено повторно без изменений.</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>before: {value}</source>
        <translation>было: {value}</translation>
    </message>
    <message>
        <source>after: {value}</source>
        <translation>стало: {value}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Concern or grade</source>
        <translation>Озабоченность или итоговая оценка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>{name} (comment)</source>
        <translation>{name} (комментарий)</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Без итоговой оценки</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Выбрать &amp;файлы…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Drop bundle files, or a folder of them (a USB stick, a synced folder), anywhere on this window, or choose them. A bundle imports whole or not at all, and one imported twice changes nothing.</source>
        <translation>Перетащите в это окно файлы пакетов или папку с ними (флешку, синхронизируемую папку) либо выберите их. Пакет импортируется целиком или не импортируется вовсе, а повторный импорт ничего не меняет.</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Что импортировано</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Результаты импорта</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Quarantined bundles</source>
        <translation>Пакеты на карантине</translation>
    </message>
    <message>
        <source>Import &amp;quarantined</source>
        <translation>Импортировать из &amp;карантина</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Bundles signed by someone who is not one of your contacts are kept here, sealed, unread. Add the sender&apos;s key card under Contacts after comparing its fingerprint with them, then import these.</source>
        <translation>Пакеты, подписанные не вашими контактами, хранятся здесь зашифрованными и непрочитанными. Сверьте с отправителем отпечаток его карточки ключа, добавьте её в разделе «Контакты», а затем импортируйте эти пакеты.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Квитанции</translation>
    </message>
    <message>
        <source>Observer to write a receipt for</source>
        <translation>Наблюдатель, для которого выписывается квитанция</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Записать квитанцию…</translation>
    </message>
    <message>
        <source>Recei&amp;pt for:</source>
        <translation>Квитанция &amp;для:</translation>
    </message>
    <message>
        <source>A receipt tells an observer which of their bundles arrived here, so they can remove those notes from their laptop.</source>
        <translation>Квитанция сообщает наблюдателю, какие из его пакетов дошли до вас, чтобы он мог удалить эти записи со своего ноутбука.</translation>
    </message>
    <message>
        <source>{file}: {status}. {message}</source>
        <translation>{file}: {status}. {message}</translation>
    </message>
    <message>
        <source>Files: {files} · imported: {imported} · already had: {had} · quarantined: {quarantined} · refused: {refused}</source>
        <translation>Файлов: {files} · импортировано: {imported} · уже было: {had} · на карантин: {quarantined} · отклонено: {refused}</translation>
    </message>
    <message>
        <source>not imported (cancelled): {count}</source>
        <translation>не импортировано (отмена): {count}</translation>
    </message>
    <message>
        <source>Choose bundles to import</source>
        <translation>Выберите пакеты для импорта</translation>
    </message>
    <message>
        <source>Bundles ({pattern});;All files (*)</source>
        <translation>Пакеты ({pattern});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Выберите папку с пакетами</translation>
    </message>
    <message>
        <source>An import is under way. Wait for it, or cancel it, first.</source>
        <translation>Идёт импорт. Сначала дождитесь его окончания или отмените его.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Discard a quarantined bundle</source>
        <translation>Удаление пакета с карантина</translation>
    </message>
    <message>
        <source>Discard the bundle that says it is from {name}?</source>
        <translation>Удалить пакет, который якобы прислал(а) {name}?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>It is removed from this vault without being read. If it was genuine, ask its sender to export it again.</source>
        <translation>Он будет удалён из хранилища непрочитанным. Если пакет был настоящим, попросите отправителя сохранить его ещё раз.</translation>
    </message>
    <message>
        <source>The bundle was discarded.</source>
        <translation>Пакет удалён.</translation>
    </message>
    <message>
        <source>Choose where to save the receipt</source>
        <translation>Выберите, куда сохранить квитанцию</translation>
    </message>
    <message>
        <source>Receipt saved as {file}. Give it to {name}: it lets them remove what you received from their laptop.</source>
        <translation>Квитанция сохранена: {file}. Передайте её адресату ({name}): по ней он сможет удалить со своего ноутбука то, что вы получили.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>Nothing new: all of it was already here.</source>
        <translation>Ничего нового: всё это уже было здесь.</translation>
    </message>
    <message>
        <source>Signed by someone who is not a contact (it says {name}). Kept in quarantine until you add their key card.</source>
        <translation>Подписан не вашим контактом (назвался: {name}). Пакет будет на карантине, пока вы не добавите карточку ключа отправителя.</translation>
    </message>
    <message>
        <source>Not imported: cancelled. Nothing was changed.</source>
        <translation>Не импортирован: отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{message} Still missing: {gaps}.</source>
        <translation>{message} Ещё не хватает: {gaps}.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Новых изменений</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from {name}.</source>
        <translation>
            <numerusform>Импортировано %n новое изменение от: {name}.</numerusform>
            <numerusform>Импортировано %n новых изменения от: {name}.</numerusform>
            <numerusform>Импортировано %n новых изменений от: {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already here: %n.</source>
        <translation>
            <numerusform>Уже было здесь: %n.</numerusform>
            <numerusform>Уже было здесь: %n.</numerusform>
            <numerusform>Уже было здесь: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) written by {names}, forwarded by {name}.</source>
        <translation>
            <numerusform>Импортировано %n новое изменение; автор — {names}, переслал(а) {name}.</numerusform>
            <numerusform>Импортировано %n новых изменения; автор — {names}, переслал(а) {name}.</numerusform>
            <numerusform>Импортировано %n новых изменений; автор — {names}, переслал(а) {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing from {name}: {gaps}.</source>
        <translation>Ещё не хватает от {name}: {gaps}.</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Already had</source>
        <translation>Уже был</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>На карантине</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Не импортирован (отмена)</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Linked with</source>
        <translation>Связан с</translation>
    </message>
    <message>
        <source>Linked on</source>
        <translation>Когда связан</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Type the note first.</source>
        <translation>Сначала введите заметку.</translation>
    </message>
</context>
<context>
    <name>LiveHearingWidget</name>
    <message>
        <source>Live hearing</source>
        <translation>Заседание в реальном времени</translation>
    </message>
    <message>
        <source>&amp;Compact logger</source>
        <translation>Компактный &amp;журнал</translation>
    </message>
    <message>
        <source>A small window on top, beside the video call</source>
        <translation>Небольшое окно поверх других, рядом с видеозвонком</translation>
    </message>
    <message>
        <source>Lea&amp;ve live mode</source>
        <translation>&amp;Выйти из режима заседания</translation>
    </message>
    <message>
        <source>Hearing time</source>
        <translation>Время суда</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <source>Time-stamped observations</source>
        <translation>Наблюдения с отметками времени</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить подробности…</translation>
    </message>
    <message>
        <source>Stop &amp;interval</source>
        <translation>&amp;Остановить интервал</translation>
    </message>
    <message>
        <source>&amp;Other condition…</source>
        <translation>&amp;Другое обстоятельство…</translation>
    </message>
    <message>
        <source>{date}, scheduled for {time}</source>
        <translation>{date}, назначено на {time}</translation>
    </message>
    <message>
        <source>Participation lost: {lost}
Defendant could not follow: {defendant}
Court continued regardless: {continued}</source>
        <translation>Участие потеряно: {lost}
Подсудимый не мог следить: {defendant}
Суд продолжал несмотря на это: {continued}</translation>
    </message>
    <message>
        <source>Stopped and saved.</source>
        <translation>Остановлено и сохранено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Was the hearing held?</source>
        <translation>Заседание состоялось?</translation>
    </message>
    <message>
        <source>Mark this hearing as held, from {start} to {end} (hearing time)?</source>
        <translation>Отметить заседание как состоявшееся, с {start} до {end} (время заседания)?</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Отметить как &amp;состоявшееся</translation>
    </message>
    <message>
        <source>From when you entered live mode (or your first stamp, if earlier) to when you left it (or your last stamp, if later). If it began or ended at another time, change it with “Edit…” on the hearing. Reports count only hearings marked held.</source>
        <translation>С момента, когда вы вошли в режим реального времени (или с первой отметки, если она раньше), до момента, когда вы из него вышли (или до последней отметки, если она позже). Если заседание началось или закончилось в другое время, исправьте это кнопкой «Изменить…» у заседания. В отчётах учитываются только заседания, отмеченные как состоявшиеся.</translation>
    </message>
</context>
<context>
    <name>LiveLogModel</name>
    <message>
        <source>running {elapsed}</source>
        <translation>идёт {elapsed}</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>{condition}: {elapsed}</source>
        <translation>{condition}: {elapsed}</translation>
    </message>
    <message>
        <source>Participation not interrupted</source>
        <translation>Участие не прерывалось</translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message numerus="yes">
        <source>Locking in %n second(s): press any key or click here to stay</source>
        <translation>
            <numerusform>Блокировка через %n секунду: нажмите любую клавишу или здесь, чтобы остаться</numerusform>
            <numerusform>Блокировка через %n секунды: нажмите любую клавишу или здесь, чтобы остаться</numerusform>
            <numerusform>Блокировка через %n секунд: нажмите любую клавишу или здесь, чтобы остаться</numerusform>
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
        <translation>Создание долей для доверенных лиц</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Число долей</translation>
    </message>
    <message>
        <source>Shares needed to restore access</source>
        <translation>Долей нужно для восстановления доступа</translation>
    </message>
    <message>
        <source>&amp;Make shares</source>
        <translation>&amp;Создать доли</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Shares to &amp;make:</source>
        <translation>&amp;Сколько долей создать:</translation>
    </message>
    <message>
        <source>Shares &amp;needed:</source>
        <translation>Сколько долей &amp;нужно:</translation>
    </message>
    <message>
        <source>Give each share to a different person you trust. If you lose both your passphrase and your recovery code, enough of them together give you back access; fewer reveal nothing.</source>
        <translation>Отдайте каждую долю разным людям, которым доверяете. Если вы потеряете и парольную фразу, и код восстановления, достаточное их число вместе вернёт вам доступ; меньшее число не раскрывает ничего.</translation>
    </message>
    <message>
        <source>Making new shares makes every earlier share stop working. Type your passphrase to go on.</source>
        <translation>После создания новых долей все прежние доли перестают действовать. Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>What the court did</source>
        <translation>Что сделал суд</translation>
    </message>
    <message>
        <source>Who was affected</source>
        <translation>Кого это затронуло</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>ещё продолжается</translation>
    </message>
</context>
<context>
    <name>MergeEventsDialog</name>
    <message>
        <source>Merge events</source>
        <translation>Объединение событий</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Events of the same session to merge with</source>
        <translation>События того же заседания для объединения</translation>
    </message>
    <message>
        <source>Merge it &amp;with these events of the same session:</source>
        <translation>Объединить &amp;с этими событиями того же заседания:</translation>
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
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>At least {count} characters, and not easy to guess: no common password, name or keyboard pattern. Several unrelated words are strong and easier to remember than a jumble of symbols.</source>
        <translation>Не меньше {count} символов, и её не должно быть легко угадать: никаких распространённых паролей, имён или последовательностей клавиш. Несколько не связанных между собой слов надёжны и запоминаются легче, чем набор символов.</translation>
    </message>
    <message>
        <source>This passphrase is not accepted. {reason}</source>
        <translation>Эта парольная фраза не принята. {reason}</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Новая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>По&amp;вторите её:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new passphrase again.</source>
        <translation>Парольные фразы не совпадают. Введите новую парольную фразу ещё раз.</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Type a note; Enter saves it with the time you began</source>
        <translation>Введите заметку; Enter сохранит её со временем начала ввода</translation>
    </message>
    <message>
        <source>The time the line will be saved with</source>
        <translation>Время, с которым будет сохранена строка</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Изменить наблюдение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Details of this condition</source>
        <translation>Подробности обстоятельства</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>It &amp;lasted a while (an interval)</source>
        <translation>&amp;Длилось какое-то время (интервал)</translation>
    </message>
    <message>
        <source>Lasted until</source>
        <translation>Длилось до</translation>
    </message>
    <message>
        <source>&amp;Still going</source>
        <translation>&amp;Продолжается</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>What the court did meanwhile</source>
        <translation>Что делал суд в это время</translation>
    </message>
    <message>
        <source>Affected parties</source>
        <translation>Затронутые участники</translation>
    </message>
    <message>
        <source>Seen or heard it &amp;myself</source>
        <translation>Видел(а) или слышал(а) с&amp;ам(а)</translation>
    </message>
    <message>
        <source>&amp;Reported to me by:</source>
        <translation>&amp;Сообщил(а):</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>The note is a ver&amp;batim quote</source>
        <translation>Заметка — д&amp;ословная цитата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>Capture scree&amp;n</source>
        <translation>Снимок &amp;экрана</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>&amp;Нарушение:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Times are the clock in {zone}.</source>
        <translation>Время указано по часам {zone}.</translation>
    </message>
    <message>
        <source>&amp;Happened at:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>Lasted &amp;until:</source>
        <translation>Длилос&amp;ь до:</translation>
    </message>
    <message>
        <source>Who and how</source>
        <translation>Кто и как</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>С&amp;ерьёзность:</translation>
    </message>
    <message>
        <source>Affected &amp;parties:</source>
        <translation>Затронутые &amp;участники:</translation>
    </message>
    <message>
        <source>What the court &amp;did meanwhile:</source>
        <translation>Что делал суд в это вре&amp;мя:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>The vault keeps an encrypted copy; the original file is left untouched. Screen captures are never written to disk unencrypted.</source>
        <translation>Хранилище сохраняет зашифрованную копию; исходный файл не изменяется. Снимки экрана никогда не записываются на диск без шифрования.</translation>
    </message>
    <message>
        <source>Standards: {standards}</source>
        <translation>Стандарты: {standards}</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Заполните: {fields}.</translation>
    </message>
    <message>
        <source>Sealing the attachments in the vault…</source>
        <translation>Вложения шифруются в хранилище…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Добавить файл</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Файл не удалось прочитать.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MiB.</source>
        <translation>Файл больше {size} МиБ.</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} x {height})</source>
        <translation>Экран {number}: {name} ({width} x {height})</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Which screen?</source>
        <translation>Какой экран?</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Не удалось сделать снимок экрана.</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>продолжается</translation>
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
        <translation>продолжается</translation>
    </message>
</context>
<context>
    <name>ObserversModel</name>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Цепочка хешей</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <source>{name} (this vault)</source>
        <translation>{name} (это хранилище)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>цела</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObserversPage</name>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>Only for you: kept encrypted here</source>
        <translation>Только для вас: хранится здесь зашифрованным</translation>
    </message>
    <message>
        <source>&amp;Save real name</source>
        <translation>&amp;Сохранить настоящее имя</translation>
    </message>
    <message>
        <source>&amp;Real name:</source>
        <translation>&amp;Настоящее имя:</translation>
    </message>
    <message>
        <source>Everyone whose notes are in this vault, and every contact: the bundles received from them, what is still missing from their numbering, and whether their chain of changes is intact.</source>
        <translation>Все, чьи записи есть в этом хранилище, и все контакты: полученные от них пакеты, чего ещё не хватает в их нумерации и цела ли цепочка их изменений.</translation>
    </message>
    <message>
        <source>A real name stays in this vault. Reports show it only when you ask for it in a private report; a public report never does.</source>
        <translation>Настоящее имя остаётся в этом хранилище. Отчёт показывает его, только если вы попросите об этом в закрытом отчёте; публичный отчёт — никогда.</translation>
    </message>
    <message>
        <source>Choose a contact to note their real name.</source>
        <translation>Выберите контакт, чтобы записать его настоящее имя.</translation>
    </message>
    <message>
        <source>{name} is not a contact.</source>
        <translation>{name} — не контакт.</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <source>Noted. Reports show it only when you ask for real names.</source>
        <translation>Записано. Отчёты покажут его, только если попросить настоящие имена.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>It is shorter than {count} characters.</source>
        <translation>Она короче {count} символов.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords, or close to one.</source>
        <translation>Это один из самых распространённых паролей или что-то очень похожее.</translation>
    </message>
    <message>
        <source>It is made of a common word or place name, which is tried early.</source>
        <translation>Она составлена из распространённого слова или названия места, а их перебирают в первую очередь.</translation>
    </message>
    <message>
        <source>It is made of a common name, which is tried early.</source>
        <translation>Она составлена из распространённого имени, а их перебирают в первую очередь.</translation>
    </message>
    <message>
        <source>It contains your display name, which others know.</source>
        <translation>В ней есть ваше отображаемое имя, а его знают другие.</translation>
    </message>
    <message>
        <source>It follows a row or a pattern of keys on the keyboard.</source>
        <translation>Она повторяет ряд или узор клавиш на клавиатуре.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 1234.</source>
        <translation>В ней есть последовательность вроде abc или 1234.</translation>
    </message>
    <message>
        <source>It repeats characters or a group of characters.</source>
        <translation>В ней повторяются символы или группа символов.</translation>
    </message>
    <message>
        <source>It contains a date or a year, which is tried early.</source>
        <translation>В ней есть дата или год, а их перебирают в первую очередь.</translation>
    </message>
    <message>
        <source>It is too simple for its length to withstand guessing.</source>
        <translation>Она слишком проста для своей длины и не выдержит подбора.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Hearing did not go ahead</source>
        <translation>Заседание не состоялось</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>The court, the prosecution, the defence…</source>
        <translation>Суд, обвинение, защита…</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <source>&amp;Next hearing ({zone}):</source>
        <translation>&amp;Следующее заседание ({zone}):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Указанная причина:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>&amp;Инициатор:</translation>
    </message>
</context>
<context>
    <name>PostponementsModel</name>
    <message>
        <source>Was to sit</source>
        <translation>Было назначено</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Указанная причина</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Следующая дата</translation>
    </message>
</context>
<context>
    <name>ProceedingDialog</name>
    <message>
        <source>New proceeding after the verdict</source>
        <translation>Новое производство после приговора</translation>
    </message>
    <message>
        <source>Edit proceeding after the verdict</source>
        <translation>Изменить производство после приговора</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation>&amp;Осуждённый:</translation>
    </message>
    <message>
        <source>Concerns &amp;element:</source>
        <translation>Касается &amp;меры:</translation>
    </message>
    <message>
        <source>Hearin&amp;g:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>&amp;Brought by:</source>
        <translation>&amp;Инициатор:</translation>
    </message>
    <message>
        <source>&amp;Conduct alleged:</source>
        <translation>&amp;Вменяемое поведение:</translation>
    </message>
    <message>
        <source>Conduct in deta&amp;il:</source>
        <translation>Поведение &amp;подробно:</translation>
    </message>
    <message>
        <source>Sit&amp;uation:</source>
        <translation>По&amp;ложение:</translation>
    </message>
    <message>
        <source>As&amp;ked (verbatim):</source>
        <translation>Вопро&amp;с (дословно):</translation>
    </message>
    <message>
        <source>The court&apos;s a&amp;nswer (verbatim):</source>
        <translation>Отв&amp;ет суда (дословно):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ито&amp;г:</translation>
    </message>
    <message>
        <source>Days of de&amp;tention:</source>
        <translation>Сутки &amp;ареста:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Замет&amp;ки:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Element of the sentence</source>
        <translation>Мера наказания</translation>
    </message>
    <message>
        <source>{defendant}: {element}</source>
        <translation>{defendant}: {element}</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Add a &amp;hearing for it…</source>
        <translation>Добавить заседа&amp;ние…</translation>
    </message>
    <message>
        <source>A hearing like any other: observed, and logged in live mode</source>
        <translation>Заседание, как любое другое: за ним наблюдают и ведут записи в режиме реального времени</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>The defence, the prosecutor, the probation service…</source>
        <translation>Защита, прокурор, служба пробации…</translation>
    </message>
    <message>
        <source>Conduct alleged</source>
        <translation>Вменяемое поведение</translation>
    </message>
    <message>
        <source>What the defendant is said to have done</source>
        <translation>Что, по утверждению обвинения, сделал осуждённый</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>What the court was asked</source>
        <translation>О чём спросили суд</translation>
    </message>
    <message>
        <source>The court&apos;s answer</source>
        <translation>Ответ суда</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Days of detention</source>
        <translation>Сутки ареста</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ProceedingsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n сутки</numerusform>
            <numerusform>%n суток</numerusform>
            <numerusform>%n суток</numerusform>
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
        <translation>Удаление подтверждённых процессов</translation>
    </message>
    <message>
        <source>When your coordinator&apos;s receipt confirms that every change of a trial arrived, you can remove the trial from this laptop, so that a lost or seized laptop holds less. Your coordinator keeps it. Removing cannot be undone.</source>
        <translation>Когда квитанция координатора подтверждает, что до него дошли все изменения процесса, этот процесс можно удалить с ноутбука: тогда на потерянном или изъятом ноутбуке окажется меньше данных. У координатора процесс останется. Удаление нельзя отменить.</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>&amp;Remove the ticked trials…</source>
        <translation>&amp;Удалить отмеченные процессы…</translation>
    </message>
    <message>
        <source>There are no trials on this laptop.</source>
        <translation>На этом ноутбуке нет процессов.</translation>
    </message>
    <message>
        <source>Trials: {count} · can be removed: {purgeable}</source>
        <translation>Процессов: {count} · можно удалить: {purgeable}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove trials from this laptop</source>
        <translation>Удаление процессов с ноутбука</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n trial(s) from this laptop, with every hearing, note and attachment?</source>
        <translation>
            <numerusform>Удалить с этого ноутбука %n процесс со всеми его заседаниями, записями и вложениями?</numerusform>
            <numerusform>Удалить с этого ноутбука %n процесса со всеми их заседаниями, записями и вложениями?</numerusform>
            <numerusform>Удалить с этого ноутбука %n процессов со всеми их заседаниями, записями и вложениями?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove for good</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
    <message>
        <source>This cannot be undone. Your coordinator keeps what they received.</source>
        <translation>Это нельзя отменить. У координатора останется то, что он получил.</translation>
    </message>
    <message numerus="yes">
        <source>Removed from this laptop: %n change(s).</source>
        <translation>
            <numerusform>Удалено с ноутбука: %n изменение.</numerusform>
            <numerusform>Удалено с ноутбука: %n изменения.</numerusform>
            <numerusform>Удалено с ноутбука: %n изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Can it be removed?</source>
        <translation>Можно удалить?</translation>
    </message>
    <message>
        <source>yes: the coordinator confirmed all of it</source>
        <translation>да: координатор подтвердил получение всего</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <translation>нет: {reason}</translation>
    </message>
    <message>
        <source>it holds records from other people</source>
        <translation>в нём есть записи других людей</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) without a receipt yet</source>
        <translation>
            <numerusform>%n изменение ещё без квитанции</numerusform>
            <numerusform>%n изменения ещё без квитанции</numerusform>
            <numerusform>%n изменений ещё без квитанции</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Says it is from</source>
        <translation>Якобы от</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
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
        <translation>{key} · идёт {elapsed}</translation>
    </message>
</context>
<context>
    <name>QuickConditions</name>
    <message>
        <source>Connection restored</source>
        <translation>Связь восстановлена</translation>
    </message>
    <message>
        <source>Audio back</source>
        <translation>Звук вернулся</translation>
    </message>
    <message>
        <source>Video back</source>
        <translation>Видео вернулось</translation>
    </message>
    <message>
        <source>Defendant can follow again</source>
        <translation>Подсудимый снова может следить</translation>
    </message>
    <message>
        <source>Public readmitted</source>
        <translation>Публику снова пустили</translation>
    </message>
    <message>
        <source>Interpretation back</source>
        <translation>Перевод возобновлён</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For example: entered twice by mistake</source>
        <translation>Например: ошибочно введено дважды</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm with your passphrase</source>
        <translation>Подтверждение парольной фразой</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Парольная &amp;фраза:</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Send to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Ответ в контрольном списке</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeConfirm</name>
    <message>
        <source>This is your recovery code. It is shown only now and kept nowhere. Write it on paper by hand, with the group numbers, and keep the paper away from this computer. If you forget your passphrase, this code is the only way back into your vault.</source>
        <translation>Это ваш код восстановления. Он показывается только сейчас и нигде не хранится. Запишите его от руки на бумаге вместе с номерами групп и храните бумагу отдельно от этого компьютера. Если вы забудете парольную фразу, только этот код позволит снова открыть хранилище.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Код &amp;записан</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>To check that your paper is right, type these two groups from it. Upper or lower case does not matter.</source>
        <translation>Чтобы проверить запись, введите с бумаги эти две группы. Регистр букв не важен.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Группа {number}</translation>
    </message>
    <message>
        <source>Group &amp;{number}:</source>
        <translation>Группа &amp;{number}:</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Показать код снова</translation>
    </message>
    <message>
        <source>Confirmed. Keep the paper somewhere safe.</source>
        <translation>Подтверждено. Храните бумагу в надёжном месте.</translation>
    </message>
    <message>
        <source>Group {number} is not the same as the code. Check your paper.</source>
        <translation>Группа {number} не совпадает с кодом. Проверьте запись.</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the recovery code.</source>
        <translation>Вы не подтвердили, что записали код восстановления.</translation>
    </message>
    <message>
        <source>The code will not be shown again. Without it, a forgotten passphrase means your notes are lost for good.</source>
        <translation>Код больше не будет показан. Без него забытая парольная фраза означает, что ваши записи потеряны навсегда.</translation>
    </message>
    <message>
        <source>&amp;Stay and write it down</source>
        <translation>&amp;Остаться и записать</translation>
    </message>
    <message>
        <source>&amp;Leave without it</source>
        <translation>&amp;Выйти без кода</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with the recovery code</source>
        <translation>Восстановление доступа по коду</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Установить парольную фразу</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>Type the recovery code from your paper and choose a new passphrase. The code then stops working and you get a new one to write down.</source>
        <translation>Введите код восстановления с бумаги и придумайте новую парольную фразу. После этого код перестанет действовать, и вы получите новый, который нужно будет записать.</translation>
    </message>
    <message>
        <source>A recovery code has {groups} groups of {length} letters and digits. Check what you typed.</source>
        <translation>Код восстановления состоит из {groups} групп букв и цифр, по {length} в каждой. Проверьте, что вы ввели.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault. Check it for typos.</source>
        <translation>Этот код восстановления не подходит к этому хранилищу. Проверьте, нет ли опечаток.</translation>
    </message>
    <message>
        <source>Your new passphrase is set, and the recovery code you typed no longer works. Here is your new one.</source>
        <translation>Новая парольная фраза установлена, а введённый код восстановления больше не действует. Вот ваш новый код.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Trial to report on</source>
        <translation>Процесс для отчёта</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;Public: observers as “Observer 1, 2…”, no sources</source>
        <translation>&amp;Публичный: наблюдатели как «Наблюдатель 1, 2…», без источников</translation>
    </message>
    <message>
        <source>Show &amp;real names where I noted them</source>
        <translation>Показать &amp;настоящие имена, где я их записал(а)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>File to write the report to</source>
        <translation>Файл для отчёта</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Записать отчёт</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>Проц&amp;есс:</translation>
    </message>
    <message>
        <source>Wr&amp;ite:</source>
        <translation>Записа&amp;ть:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>&amp;Стандарт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Фа&amp;йл:</translation>
    </message>
    <message>
        <source>What to write: the report now, or a stage</source>
        <translation>Что записать: отчёт сейчас или выпущенный этап</translation>
    </message>
    <message>
        <source>Put the events and the chronology in a separate &amp;annex file</source>
        <translation>События и хроноло&amp;гию — в отдельный файл приложения</translation>
    </message>
    <message>
        <source>Written beside the report, its name ending in “-annex”.</source>
        <translation>Записывается рядом с отчётом, имя оканчивается на «-annex».</translation>
    </message>
    <message>
        <source>A report on one trial: a summary, the findings by standard citing the events, then the events and the chronology of observations as an annex. A public report names no observer and shows no sources. Issue a stage (briefing, preliminary, final) to freeze it: written again, it is the same report. After the final report, an update lists what changed in the sentence and what followed it.</source>
        <translation>Отчёт об одном процессе: резюме, выводы по стандартам со ссылками на события, затем события и хронология наблюдений в приложении. Публичный отчёт не называет наблюдателей и не показывает источников. Выпустите этап (справка, предварительный, итоговый), чтобы зафиксировать его: при повторной записи это будет тот же отчёт. После итогового отчёта обновление перечисляет, что изменилось в приговоре и в том, что за ним последовало.</translation>
    </message>
    <message>
        <source>Its annex: {annex}.</source>
        <translation>Приложение: {annex}.</translation>
    </message>
    <message>
        <source>An &amp;update: what changed since the report of</source>
        <translation>&amp;Дополнение: что изменилось после отчёта от</translation>
    </message>
    <message>
        <source>Time the report the update follows was generated, in UTC</source>
        <translation>Время составления дополняемого отчёта, по UTC</translation>
    </message>
    <message>
        <source>Type the time printed as “Generated” on the final report (UTC, to the second): the update lists what reached this vault after it. Once you write a report on the trial here, its time is filled in.</source>
        <translation>Введите время, указанное в итоговом отчёте в строке «Составлен» (UTC, с точностью до секунды): в дополнение войдёт то, что поступило в это хранилище позже. Когда вы записываете здесь отчёт по процессу, его время подставляется само.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Every observation</source>
        <translation>Все наблюдения</translation>
    </message>
    <message>
        <source>Only what bears on {standard}</source>
        <translation>Только относящееся к {standard}</translation>
    </message>
    <message>
        <source>The report as things stand now</source>
        <translation>Отчёт в нынешнем виде</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>{name} files (*.{suffix})</source>
        <translation>Файлы {name} (*.{suffix})</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>private</source>
        <translation>закрытый</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a {kind} {format} update listing %n change(s) to {file}.</source>
        <translation>
            <numerusform>Записан {kind} отчёт {format} об изменениях после прежнего отчёта (изменений: %n) в {file}.</numerusform>
            <numerusform>Записан {kind} отчёт {format} об изменениях после прежнего отчёта (изменений: %n) в {file}.</numerusform>
            <numerusform>Записан {kind} отчёт {format} об изменениях после прежнего отчёта (изменений: %n) в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the {kind} {format} of an issued stage to {file}, as issued.</source>
        <translation>{format} ({kind}) выпущенного этапа записан в {file} в том виде, в каком был выпущен.</translation>
    </message>
    <message>
        <source>Wrote a {kind} {format} report with {logged} to {file}.</source>
        <translation>Записан {kind} отчёт {format} ({logged}) в {file}.</translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <source>Res&amp;tart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>The new language shows when Trial Monitor starts again. Restarting locks the vault; you then unlock it in the new language.</source>
        <translation>Новый язык появится, когда Trial Monitor запустится снова. Перезапуск блокирует хранилище; затем вы разблокируете его уже на новом языке.</translation>
    </message>
    <message>
        <source>Trial Monitor could not start again. Start it yourself to see the new language.</source>
        <translation>Не удалось перезапустить Trial Monitor. Запустите его сами, чтобы увидеть новый язык.</translation>
    </message>
</context>
<context>
    <name>RestrictionsModel</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Banned activities</source>
        <translation>Запрещённая деятельность</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Person&apos;s days detained</source>
        <translation>Дней ареста у лица</translation>
    </message>
    <message>
        <source>no end set</source>
        <translation>срок окончания не указан</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>Ещё не началось</translation>
    </message>
    <message>
        <source>Ended early ({how})</source>
        <translation>Окончено досрочно ({how})</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончено</translation>
    </message>
    <message>
        <source>Unreadable record {id}</source>
        <translation>Нечитаемая запись {id}</translation>
    </message>
</context>
<context>
    <name>RestrictionsPage</name>
    <message>
        <source>Type of restriction</source>
        <translation>Вид ограничения</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>&amp;In force only</source>
        <translation>Только &amp;действующие</translation>
    </message>
    <message>
        <source>&amp;Public export: people and trials numbered</source>
        <translation>&amp;Публичная выгрузка: люди и процессы под номерами</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>What the chart counts</source>
        <translation>Что показывает диаграмма</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>By end year</source>
        <translation>По году окончания</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Ди&amp;аграмма:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n restriction(s) listed.</source>
        <translation>
            <numerusform>В списке %n ограничение.</numerusform>
            <numerusform>В списке %n ограничения.</numerusform>
            <numerusform>В списке %n ограничений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of detention for alleged violations, in all.</source>
        <translation>
            <numerusform>Всего %n день ареста за вменяемые нарушения.</numerusform>
            <numerusform>Всего %n дня ареста за вменяемые нарушения.</numerusform>
            <numerusform>Всего %n дней ареста за вменяемые нарушения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable sentence or proceeding record(s), counted nowhere.</source>
        <translation>
            <numerusform>%n запись о приговоре или производстве не удалось прочитать; она нигде не учтена.</numerusform>
            <numerusform>%n записи о приговоре или производстве не удалось прочитать; они нигде не учтены.</numerusform>
            <numerusform>%n записей о приговоре или производстве не удалось прочитать; они нигде не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrictions listed, by country</source>
        <translation>Ограничения в списке по странам</translation>
    </message>
    <message>
        <source>Restrictions listed, by the year they end</source>
        <translation>Ограничения в списке по году окончания</translation>
    </message>
    <message>
        <source>Restrictions listed, by type</source>
        <translation>Ограничения в списке по видам</translation>
    </message>
    <message>
        <source>no end set</source>
        <translation>срок окончания не указан</translation>
    </message>
    <message>
        <source>Save the restrictions as</source>
        <translation>Сохранить ограничения как</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n restriction(s), people and trials numbered, to {file}.</source>
        <translation>
            <numerusform>Записано %n ограничение (люди и процессы под номерами) в {file}.</numerusform>
            <numerusform>Записано %n ограничения (люди и процессы под номерами) в {file}.</numerusform>
            <numerusform>Записано %n ограничений (люди и процессы под номерами) в {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n restriction(s), with names, to {file}.</source>
        <translation>
            <numerusform>Записано %n ограничение с именами в {file}.</numerusform>
            <numerusform>Записано %n ограничения с именами в {file}.</numerusform>
            <numerusform>Записано %n ограничений с именами в {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>observer {id}</source>
        <translation>наблюдатель {id}</translation>
    </message>
    <message>
        <source>deleted: {reason}</source>
        <translation>удалено: {reason}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>saved again, no change</source>
        <translation>сохранено повторно без изменений</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>изменено: {fields}</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>✓ Saved {time}: {condition}</source>
        <translation>✓ Сохранено {time}: {condition}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Искомые слова</translation>
    </message>
    <message>
        <source>Words to find, in any language</source>
        <translation>Искомые слова, на любом языке</translation>
    </message>
    <message>
        <source>Reading the vault</source>
        <translation>Чтение хранилища</translation>
    </message>
    <message>
        <source>Reading the vault…</source>
        <translation>Чтение хранилища…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Type a word from a title, a name or a note.</source>
        <translation>Введите слово из названия, имени или заметки.</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Результатов: {count}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Совпадение</translation>
    </message>
</context>
<context>
    <name>SentBundlesModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Сохранённых изменений</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>получен {date}</translation>
    </message>
    <message>
        <source>received by {names}</source>
        <translation>получили: {names}</translation>
    </message>
</context>
<context>
    <name>SentenceDialog</name>
    <message>
        <source>New element of the sentence</source>
        <translation>Новая мера наказания</translation>
    </message>
    <message>
        <source>Edit element of the sentence</source>
        <translation>Изменить меру наказания</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Мера наказания</translation>
    </message>
    <message>
        <source>Activities banned</source>
        <translation>Запрещённая деятельность</translation>
    </message>
    <message>
        <source>Court of the judgment</source>
        <translation>Суд, вынесший приговор</translation>
    </message>
    <message>
        <source>Date of the judgment</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>As pronounced, for example 500 MCI</source>
        <translation>Как оглашено, например 500 МРП</translation>
    </message>
    <message>
        <source>Wording as pronounced</source>
        <translation>Формулировка, как оглашена</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>For example: ICCPR 19; ICCPR 25; HRC GC 34</source>
        <translation>Например: ICCPR 19; ICCPR 25; HRC GC 34</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation>&amp;Осуждённый:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Мера:</translation>
    </message>
    <message>
        <source>Activities &amp;banned:</source>
        <translation>&amp;Запрещено:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <source>&amp;Judgment of:</source>
        <translation>&amp;Приговор от:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>Sente&amp;nce</source>
        <translation>При&amp;говор</translation>
    </message>
    <message>
        <source>Type the judgment&apos;s words exactly as pronounced: they are kept and shown as a verbatim quotation.</source>
        <translation>Введите слова приговора в точности так, как они были оглашены: они сохраняются и показываются как дословная цитата.</translation>
    </message>
    <message>
        <source>Wo&amp;rding:</source>
        <translation>&amp;Формулировка:</translation>
    </message>
    <message>
        <source>S&amp;tandards:</source>
        <translation>Ст&amp;андарты:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>За&amp;метки:</translation>
    </message>
    <message>
        <source>&amp;Wording and standards</source>
        <translation>Формулировка и с&amp;тандарты</translation>
    </message>
    <message>
        <source>For a &amp;term of</source>
        <translation>На с&amp;рок</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
</context>
<context>
    <name>SentenceModel</name>
    <message>
        <source>Defendant</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Мера наказания</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>SessionTotalsModel</name>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Participation lost</source>
        <translation>Участие потеряно</translation>
    </message>
    <message>
        <source>Defendant could not follow</source>
        <translation>Подсудимый не мог следить</translation>
    </message>
    <message>
        <source>Court went on</source>
        <translation>Суд продолжал</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Hearing session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>The session&apos;s events, observers side by side</source>
        <translation>События заседания, наблюдатели рядом</translation>
    </message>
    <message>
        <source>Checklists side by side</source>
        <translation>Контрольные списки рядом</translation>
    </message>
    <message>
        <source>&amp;Trial:</source>
        <translation>&amp;Процесс:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>What each observer logged, as events</source>
        <translation>Что записал каждый наблюдатель, по событиям</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), of which only some of the observers present recorded {alone}</source>
        <translation>
            <numerusform>%n событие; лишь часть присутствовавших наблюдателей записала событий: {alone}</numerusform>
            <numerusform>%n события; лишь часть присутствовавших наблюдателей записала событий: {alone}</numerusform>
            <numerusform>%n событий; лишь часть присутствовавших наблюдателей записала событий: {alone}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Контрольные списки</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n observer(s))</source>
        <translation>
            <numerusform>{date} (%n наблюдатель)</numerusform>
            <numerusform>{date} (%n наблюдателя)</numerusform>
            <numerusform>{date} (%n наблюдателей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a trial and one of its hearing sessions.</source>
        <translation>Выберите процесс и одно из его заседаний.</translation>
    </message>
    <message numerus="yes">
        <source>checklist answers differ on %n question(s).</source>
        <translation>
            <numerusform>ответы контрольного списка расходятся в %n вопросе.</numerusform>
            <numerusform>ответы контрольного списка расходятся в %n вопросах.</numerusform>
            <numerusform>ответы контрольного списка расходятся в %n вопросах.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Minutes without use before locking</source>
        <translation>Минут бездействия до блокировки</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Применить…</translation>
    </message>
    <message>
        <source>Also &amp;during a live hearing (otherwise only Ctrl+Shift+L locks it)</source>
        <translation>И в режиме реального &amp;времени (иначе блокирует только Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <source>Changes here ask for your passphrase again.</source>
        <translation>Для изменений в этом разделе нужно снова ввести парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Автоблокировка через:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Display name or pseudonym</source>
        <translation>Отображаемое имя или псевдоним</translation>
    </message>
    <message>
        <source>Sa&amp;ve name</source>
        <translation>&amp;Сохранить имя</translation>
    </message>
    <message>
        <source>&amp;Name or pseudonym:</source>
        <translation>&amp;Имя или псевдоним:</translation>
    </message>
    <message>
        <source>It goes with the notes you send. It does not change notes already sent.</source>
        <translation>Оно указывается в записях, которые вы отправляете. В уже отправленных записях оно не изменится.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>Most bundles kept in quarantine</source>
        <translation>Наибольшее число пакетов в карантине</translation>
    </message>
    <message>
        <source>Most megabytes kept in quarantine</source>
        <translation>Наибольший объём карантина в мегабайтах</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Save limi&amp;ts</source>
        <translation>Сохранить пр&amp;еделы</translation>
    </message>
    <message>
        <source>bundles, at most</source>
        <translation>пакетов, не более</translation>
    </message>
    <message>
        <source>&amp;Keep up to:</source>
        <translation>&amp;Хранить до:</translation>
    </message>
    <message>
        <source>Bundles signed by someone who is not a contact wait in quarantine. Past these limits they are refused and nothing of them is kept.</source>
        <translation>Пакеты, подписанные теми, кого нет среди контактов, ждут в карантине. Сверх этих пределов они отклоняются, и ничего из них не сохраняется.</translation>
    </message>
    <message>
        <source>Type your passphrase to change when Trial Monitor locks itself.</source>
        <translation>Введите парольную фразу, чтобы изменить время автоблокировки Trial Monitor.</translation>
    </message>
    <message numerus="yes">
        <source>Trial Monitor now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Теперь Trial Monitor блокируется через %n минуту бездействия.</numerusform>
            <numerusform>Теперь Trial Monitor блокируется через %n минуты бездействия.</numerusform>
            <numerusform>Теперь Trial Monitor блокируется через %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <source>Type your passphrase to get a new recovery code. The code you have now will stop working.</source>
        <translation>Введите парольную фразу, чтобы получить новый код восстановления. Текущий код перестанет действовать.</translation>
    </message>
    <message>
        <source>Your old recovery code no longer works. Here is the new one.</source>
        <translation>Старый код восстановления больше не действует. Вот новый.</translation>
    </message>
    <message>
        <source>Your new recovery code is confirmed.</source>
        <translation>Новый код восстановления подтверждён.</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym.</source>
        <translation>Введите отображаемое имя или псевдоним.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Welcome to Trial Monitor</source>
        <translation>Добро пожаловать в Trial Monitor</translation>
    </message>
    <message>
        <source>Trial Monitor keeps your notes on hearings in an encrypted vault on this computer. Setting it up takes a minute.</source>
        <translation>Trial Monitor хранит ваши записи о заседаниях в зашифрованном хранилище на этом компьютере. Настройка займёт около минуты.</translation>
    </message>
    <message>
        <source>Display name or pseudonym</source>
        <translation>Отображаемое имя или псевдоним</translation>
    </message>
    <message>
        <source>&amp;Display name or pseudonym:</source>
        <translation>&amp;Отображаемое имя или псевдоним:</translation>
    </message>
    <message>
        <source>This name goes with the notes you send to a coordinator. A pseudonym is wise: if your notes or this laptop fall into the wrong hands, it does not point to you. In the vault it is stored encrypted, and you can change it later in the settings.</source>
        <translation>Это имя указывается в записях, которые вы отправляете координатору. Разумнее взять псевдоним: если ваши записи или этот ноутбук попадут в чужие руки, он не укажет на вас. В хранилище имя хранится в зашифрованном виде, а изменить его можно позже в настройках.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}. If your vault is on a removable drive, connect it and choose Look again. Otherwise, set up a new vault below.</source>
        <translation>В папке {folder} хранилища нет. Если ваше хранилище на съёмном диске, подключите его и нажмите «Проверить снова». Иначе создайте новое хранилище ниже.</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>The passphrase unlocks your vault. Nobody can reset it for you, not even your coordinator. Choose several unrelated words you will remember, and do not keep them on this computer.</source>
        <translation>Парольная фраза открывает ваше хранилище. Никто не сможет её сбросить, даже ваш координатор. Выберите несколько не связанных между собой слов, которые вы запомните, и не храните их на этом компьютере.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <source>The vault is one folder. The place below suits most people; choose another if you keep your work on an encrypted or removable drive.</source>
        <translation>Хранилище — это одна папка. Указанное ниже место подходит большинству; выберите другое, если вы храните рабочие материалы на зашифрованном или съёмном диске.</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Выбрать папку…</translation>
    </message>
    <message>
        <source>&amp;Unlock that vault instead</source>
        <translation>&amp;Разблокировать это хранилище</translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Trial Monitor is tuning the protection of your passphrase to this computer. This takes a few seconds.</source>
        <translation>Trial Monitor настраивает защиту парольной фразы под этот компьютер. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Шаг {step} из {steps}</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Enter a display name or pseudonym. A pseudonym is fine.</source>
        <translation>Введите отображаемое имя или псевдоним. Псевдоним вполне подойдёт.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Выберите папку для хранилища</translation>
    </message>
    <message>
        <source>The vault will be in: {folder}</source>
        <translation>Хранилище будет в папке: {folder}</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Choose another folder, or unlock that vault.</source>
        <translation>В этой папке уже есть хранилище. Выберите другую папку или разблокируйте это хранилище.</translation>
    </message>
    <message>
        <source>Trial Monitor cannot write to this folder. Choose another folder.</source>
        <translation>Trial Monitor не может записывать в эту папку. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Your vault is created and saved. One last step: write down your recovery code. If you quit now, your vault stays and Trial Monitor will ask for your passphrase next time, but this code will not be shown again.</source>
        <translation>Хранилище создано и сохранено. Остался последний шаг: запишите код восстановления. Если вы сейчас выйдете, хранилище сохранится и в следующий раз Trial Monitor запросит парольную фразу, но этот код больше не будет показан.</translation>
    </message>
</context>
<context>
    <name>ShareRecoveryDialog</name>
    <message>
        <source>Recover with trustee shares</source>
        <translation>Восстановление по долям доверенных лиц</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ask your trustees for their shares. Type the words of one share at a time, in order, as on its sheet: the numbers may be typed too, and the first four letters of each word are enough. Check that every sheet shows the same set fingerprint.</source>
        <translation>Попросите доверенных лиц дать их доли. Вводите слова одной доли за раз, по порядку, как на её листе: номера тоже можно вводить, а от каждого слова достаточно первых четырёх букв. Проверьте, что на всех листах один и тот же отпечаток набора.</translation>
    </message>
    <message>
        <source>Words of share {number}</source>
        <translation>Слова доли {number}</translation>
    </message>
    <message>
        <source>Share {number}</source>
        <translation>Доля {number}</translation>
    </message>
    <message>
        <source>Share {number} of {needed}</source>
        <translation>Доля {number} из {needed}</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Задать новую парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Back to the shares</source>
        <translation>&amp;Назад к долям</translation>
    </message>
    <message>
        <source>The shares fit together. Choose a new passphrase: the vault opens with it from now on, and you get a new recovery code to write down. The trustees&apos; shares keep working.</source>
        <translation>Доли подходят друг к другу. Выберите новую парольную фразу: теперь хранилище открывается ею, и вы получите новый код восстановления, который нужно записать. Доли доверенных лиц продолжают действовать.</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your old recovery code may be lost too, so it no longer works. Here is your new one.</source>
        <translation>Новая парольная фраза задана. Старый код восстановления тоже мог быть утерян, поэтому он больше не действует. Вот новый.</translation>
    </message>
</context>
<context>
    <name>SharesHandoverDialog</name>
    <message>
        <source>Trustee shares</source>
        <translation>Доли доверенных лиц</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Сохранить как текст…</translation>
    </message>
    <message>
        <source>Give each share to a different trustee, on paper, and delete any file you saved once it is printed. The shares are shown only now and kept nowhere.</source>
        <translation>Отдайте каждую долю на бумаге разным доверенным лицам и удалите сохранённые файлы после печати. Доли показываются только сейчас и нигде не хранятся.</translation>
    </message>
    <message>
        <source>Share {number} of {count}</source>
        <translation>Доля {number} из {count}</translation>
    </message>
    <message>
        <source>Any {threshold} of the {count} shares together restore access. Set fingerprint: {fingerprint}.</source>
        <translation>Любые {threshold} из {count} долей вместе восстанавливают доступ. Отпечаток набора: {fingerprint}.</translation>
    </message>
    <message>
        <source>Words of share {number}</source>
        <translation>Слова доли {number}</translation>
    </message>
    <message>
        <source>Share {number} is &amp;handed over (printed, saved or written down)</source>
        <translation>Доля {number} &amp;передана (напечатана, сохранена или записана)</translation>
    </message>
    <message>
        <source>&amp;Next share</source>
        <translation>&amp;Следующая доля</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>The trustee shares are made. Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Доли доверенных лиц созданы. Ваше хранилище создано старой версией Trial Monitor, поэтому его код восстановления нельзя было сохранить: старый код больше не действует. Вот новый.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Save the sheet of share {number}</source>
        <translation>Сохранить лист доли {number}</translation>
    </message>
    <message>
        <source>The sheet of share {number} is saved.</source>
        <translation>Лист доли {number} сохранён.</translation>
    </message>
    <message>
        <source>Not every share has been handed over.</source>
        <translation>Не все доли переданы.</translation>
    </message>
    <message>
        <source>&amp;Leave without them</source>
        <translation>&amp;Выйти без них</translation>
    </message>
    <message>
        <source>The shares will not be shown again. Shares not handed over are lost; you can make a new set later, which retires this one.</source>
        <translation>Доли больше не будут показаны. Непереданные доли потеряны; позже можно создать новый набор, и этот перестанет действовать.</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseCheck</name>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>Показать парольную &amp;фразу</translation>
    </message>
</context>
<context>
    <name>SplitEventDialog</name>
    <message>
        <source>Split an event</source>
        <translation>Разделение события</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Разделить</translation>
    </message>
    <message>
        <source>Observations to split off</source>
        <translation>Наблюдения для выделения</translation>
    </message>
    <message>
        <source>&amp;Observations to split off into an event of their own:</source>
        <translation>&amp;Наблюдения, которые выделить в отдельное событие:</translation>
    </message>
</context>
<context>
    <name>StagesBox</name>
    <message>
        <source>Stages of the report</source>
        <translation>Этапы отчёта</translation>
    </message>
    <message>
        <source>Stages issued</source>
        <translation>Выпущенные этапы</translation>
    </message>
    <message>
        <source>Your summary, leading the report</source>
        <translation>Ваше резюме в начале отчёта</translation>
    </message>
    <message>
        <source>Your summary, leading the report (optional): frozen with it when issued.</source>
        <translation>Ваше резюме в начале отчёта (необязательно): фиксируется вместе с ним при выпуске.</translation>
    </message>
    <message>
        <source>Issue pre-trial &amp;briefing…</source>
        <translation>Выпустить справ&amp;ку перед процессом…</translation>
    </message>
    <message>
        <source>Issue preliminar&amp;y report…</source>
        <translation>Выпустить предварите&amp;льный отчёт…</translation>
    </message>
    <message>
        <source>Issue fi&amp;nal report…</source>
        <translation>Выпустить &amp;итоговый отчёт…</translation>
    </message>
    <message>
        <source>Issued already: issuing it again keeps the earlier issue in its history.</source>
        <translation>Уже выпущен: при повторном выпуске прежний останется в истории.</translation>
    </message>
    <message>
        <source>Issue the pre-trial briefing on “{trial}” now?</source>
        <translation>Выпустить справку перед процессом по делу «{trial}» сейчас?</translation>
    </message>
    <message>
        <source>Issue the preliminary report on “{trial}” now?</source>
        <translation>Выпустить предварительный отчёт по делу «{trial}» сейчас?</translation>
    </message>
    <message>
        <source>Issue the final report on “{trial}” now?</source>
        <translation>Выпустить итоговый отчёт по делу «{trial}» сейчас?</translation>
    </message>
    <message>
        <source>It is frozen as things stand: written again, it is the same report, whatever arrives later.</source>
        <translation>Он фиксируется в нынешнем виде: при повторной записи это будет тот же отчёт, что бы ни поступило позже.</translation>
    </message>
    <message>
        <source>It was issued before: this issues it again, and the earlier issue stays in its history.</source>
        <translation>Он уже выпускался: будет выпущен снова, а прежний выпуск останется в его истории.</translation>
    </message>
    <message>
        <source>Issue a stage</source>
        <translation>Выпуск этапа</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Выпустить</translation>
    </message>
    <message>
        <source>Issued: {stage}, {when}. It is written the same whenever it is written.</source>
        <translation>Выпущено: {stage}, {when}. Когда бы его ни записали, он будет тем же.</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпуск</translation>
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
        <translation>События</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Озабоченность</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кто оценил</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Concern assessed</source>
        <translation>Оценённая обеспокоенность</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Estimated passphrase strength</source>
        <translation>Оценка надёжности парольной фразы</translation>
    </message>
    <message>
        <source>Not accepted. {reason}</source>
        <translation>Не принята. {reason}</translation>
    </message>
    <message>
        <source>Accepted. Estimated strength: good.</source>
        <translation>Принята. Примерная надёжность: хорошая.</translation>
    </message>
    <message>
        <source>Accepted. Estimated strength: strong.</source>
        <translation>Принята. Примерная надёжность: высокая.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Same trial?</source>
        <translation>Тот же процесс?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>same case number {case} and court {court}</source>
        <translation>тот же номер дела {case} и суд {court}</translation>
    </message>
    <message>
        <source>same case number {case}</source>
        <translation>тот же номер дела {case}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is nothing to send yet: the vault has no records.</source>
        <translation>Пока нечего отправлять: в хранилище нет записей.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle to {names}. To send everything again, tick the box to send everything.</source>
        <translation>Ничего не изменилось с последнего пакета для {names}. Чтобы отправить всё заново, отметьте «отправить всё».</translation>
    </message>
    <message>
        <source>No bundle from {name} has been imported yet.</source>
        <translation>От {name} ещё не импортировано ни одного пакета.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Отправка пакета</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <source>For&amp;ward bundles received…</source>
        <translation>Пе&amp;реслать полученные пакеты…</translation>
    </message>
    <message>
        <source>Send &amp;everything again, not only what changed since the last bundle</source>
        <translation>Отправить &amp;всё заново, а не только изменения с прошлого пакета</translation>
    </message>
    <message>
        <source>Folder to save the bundle in</source>
        <translation>Папка для сохранения пакета</translation>
    </message>
    <message>
        <source>A USB stick, or a folder that is synced</source>
        <translation>Флешка или синхронизируемая папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle</source>
        <translation>&amp;Сохранить пакет</translation>
    </message>
    <message>
        <source>&amp;Correct them…</source>
        <translation>&amp;Исправить…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>A bundle holds the changes you made since your last bundle to the same people, encrypted so that only they and you can open it. Its file name says nothing about you. Send it any way that works.</source>
        <translation>Пакет содержит изменения, сделанные вами с прошлого пакета тем же людям, и зашифрован так, что открыть его можете только вы и они. Имя файла ничего о вас не говорит. Отправьте его любым доступным способом.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Получатели:</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Отправленные пакеты</translation>
    </message>
    <message>
        <source>Import a &amp;receipt…</source>
        <translation>&amp;Импортировать квитанцию…</translation>
    </message>
    <message>
        <source>Re&amp;move acknowledged trials from this laptop…</source>
        <translation>&amp;Удалить подтверждённые процессы с ноутбука…</translation>
    </message>
    <message>
        <source>Add your coordinator&apos;s key card under Contacts first.</source>
        <translation>Сначала добавьте карточку ключа координатора в разделе «Контакты».</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Выберите, куда сохранить пакет</translation>
    </message>
    <message>
        <source>Tick at least one contact to send it to.</source>
        <translation>Отметьте хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder to save the bundle in.</source>
        <translation>{folder} — не папка. Выберите папку для сохранения пакета.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>Saved {file}: {changes} for {names}. Send the file to them any way that works.</source>
        <translation>Сохранён {file}: {changes} для получателей: {names}. Отправьте им файл любым доступным способом.</translation>
    </message>
    <message>
        <source>Saved {count} files, as one bundle may carry only so much: {file}. They hold {changes} for {names}. Send them all, any way that works; they may be imported in any order.</source>
        <translation>Сохранено файлов: {count}, так как один пакет вмещает лишь ограниченный объём: {file}. В них {changes} для {names}. Отправьте их все любым удобным способом; импортировать их можно в любом порядке.</translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation>Выберите квитанцию</translation>
    </message>
    <message>
        <source>Receipts ({pattern});;All files (*)</source>
        <translation>Квитанции ({pattern});;Все файлы (*)</translation>
    </message>
    <message>
        <source>This receipt from {name} was imported before; nothing changed.</source>
        <translation>Эта квитанция ({name}) уже была импортирована; ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>{name} confirms %n more bundle(s).</source>
        <translation>
            <numerusform>{name}: подтверждено получение ещё %n пакета.</numerusform>
            <numerusform>{name}: подтверждено получение ещё %n пакетов.</numerusform>
            <numerusform>{name}: подтверждено получение ещё %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed before: %n.</source>
        <translation>
            <numerusform>Подтверждено раньше: %n.</numerusform>
            <numerusform>Подтверждено раньше: %n.</numerusform>
            <numerusform>Подтверждено раньше: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) matching no bundle you sent them, ignored.</source>
        <translation>
            <numerusform>%n запись не соответствует ни одному пакету, отправленному вами этому человеку, и пропущена.</numerusform>
            <numerusform>%n записи не соответствуют ни одному пакету, отправленному вами этому человеку, и пропущены.</numerusform>
            <numerusform>%n записей не соответствуют ни одному пакету, отправленному вами этому человеку, и пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записали</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Видели</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Обстоятельство</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>All trials</source>
        <translation>Все процессы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Hearing session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая серьёзность</translation>
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
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Серьёзн&amp;ость:</translation>
    </message>
    <message>
        <source>&amp;Observer:</source>
        <translation>&amp;Наблюдатель:</translation>
    </message>
    <message>
        <source>&amp;Hearing session:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>Hearing sessions and their totals</source>
        <translation>Заседания и их итоги</translation>
    </message>
    <message>
        <source>Postponements</source>
        <translation>Отложенные заседания</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Затягивание</translation>
    </message>
    <message>
        <source>Sessions and delay</source>
        <translation>Заседания и затягивание</translation>
    </message>
    <message>
        <source>The chosen row</source>
        <translation>Выбранная строка</translation>
    </message>
    <message>
        <source>Every observer</source>
        <translation>Все наблюдатели</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Все заседания</translation>
    </message>
    <message>
        <source>Hearings: {hearings}, held: {held}, postponed: {postponed}; days from the first to the last: {days}.</source>
        <translation>Заседаний: {hearings}, состоялось: {held}, отложено: {postponed}; дней от первого до последнего: {days}.</translation>
    </message>
    <message>
        <source>Choose a trial to see its sessions and delay.</source>
        <translation>Выберите процесс, чтобы увидеть его заседания и затягивание.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n event(s), from {logged}</source>
        <translation>
            <numerusform>Показано %n событие; записано: {logged}</numerusform>
            <numerusform>Показано %n события; записано: {logged}</numerusform>
            <numerusform>Показано %n событий; записано: {logged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n trial(s) chosen on the dashboard</source>
        <translation>
            <numerusform>в %n процессе, выбранном на сводке</numerusform>
            <numerusform>в %n процессах, выбранных на сводке</numerusform>
            <numerusform>в %n процессах, выбранных на сводке</numerusform>
        </translation>
    </message>
    <message>
        <source>in {month} (UTC)</source>
        <translation>за {month} (UTC)</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>New trial</source>
        <translation>Новый процесс</translation>
    </message>
    <message>
        <source>Edit trial</source>
        <translation>Редактирование процесса</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>For example: The State v. A. Journalist</source>
        <translation>Например: дело журналиста А. Иванова</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Two letters, such as BY or RU</source>
        <translation>Две буквы, например BY или RU</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Номер &amp;дела:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>С&amp;трана:</translation>
    </message>
    <message>
        <source>&amp;Defendants:</source>
        <translation>&amp;Подсудимые:</translation>
    </message>
    <message>
        <source>C&amp;harges:</source>
        <translation>&amp;Обвинения:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>TrialGroupsModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Trial records</source>
        <translation>Записей процесса</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <source>Last change (UTC)</source>
        <translation>Изменено (UTC)</translation>
    </message>
</context>
<context>
    <name>TrialsPage</name>
    <message>
        <source>Trials across observers</source>
        <translation>Процессы у всех наблюдателей</translation>
    </message>
    <message>
        <source>The same trial?</source>
        <translation>Тот же процесс?</translation>
    </message>
    <message>
        <source>Trials that look like the same one</source>
        <translation>Процессы, похожие на один и тот же</translation>
    </message>
    <message>
        <source>&amp;Link as one trial</source>
        <translation>&amp;Связать как один процесс</translation>
    </message>
    <message>
        <source>Observers record the same trial each on their own. Link their records to report them as one trial; nobody&apos;s notes are changed.</source>
        <translation>Наблюдатели записывают один и тот же процесс каждый сам по себе. Свяжите их записи, чтобы отчитываться о них как об одном процессе; ничьи записи при этом не меняются.</translation>
    </message>
    <message>
        <source>Linked trials</source>
        <translation>Связанные процессы</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Разорвать связь</translation>
    </message>
    <message>
        <source>Linked: the two now report as one trial.</source>
        <translation>Связаны: теперь это один процесс в отчётах.</translation>
    </message>
    <message>
        <source>Unlinked: they report as two trials again.</source>
        <translation>Связь разорвана: в отчётах снова два процесса.</translation>
    </message>
</context>
<context>
    <name>TrusteesBox</name>
    <message>
        <source>Trustees</source>
        <translation>Доверенные лица</translation>
    </message>
    <message>
        <source>&amp;Make shares…</source>
        <translation>Со&amp;здать доли…</translation>
    </message>
    <message>
        <source>R&amp;emove shares…</source>
        <translation>&amp;Удалить доли…</translation>
    </message>
    <message>
        <source>No trustee shares. Trustees are people you trust who, together, can give you back access if you lose both your passphrase and your recovery code.</source>
        <translation>Долей доверенных лиц нет. Доверенные лица — люди, которым вы доверяете: вместе они могут вернуть вам доступ, если вы потеряете и парольную фразу, и код восстановления.</translation>
    </message>
    <message>
        <source>Any {threshold} of {count} shares restore access. Made on {when}; set fingerprint {fingerprint}.</source>
        <translation>Любые {threshold} из {count} долей восстанавливают доступ. Созданы {when}; отпечаток набора {fingerprint}.</translation>
    </message>
    <message>
        <source>New shares are made; earlier shares no longer work.</source>
        <translation>Новые доли созданы; прежние доли больше не действуют.</translation>
    </message>
    <message>
        <source>Type your passphrase to remove the trustee shares. Every share made so far will stop working.</source>
        <translation>Введите парольную фразу, чтобы удалить доли доверенных лиц. Все созданные до сих пор доли перестанут действовать.</translation>
    </message>
    <message>
        <source>The trustee shares no longer work.</source>
        <translation>Доли доверенных лиц больше не действуют.</translation>
    </message>
    <message>
        <source>Your vault was made by an older version of Trial Monitor, so its recovery code could not be kept: the old code no longer works. Here is your new one.</source>
        <translation>Ваше хранилище создано старой версией Trial Monitor, поэтому его код восстановления нельзя было сохранить: старый код больше не действует. Вот новый.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Use &amp;recovery code…</source>
        <translation>Ввести &amp;код восстановления…</translation>
    </message>
    <message>
        <source>Recover with &amp;trustee shares…</source>
        <translation>Восстановить по &amp;долям доверенных лиц…</translation>
    </message>
    <message>
        <source>Trial Monitor {version}</source>
        <translation>Trial Monitor {version}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Trial Monitor</source>
        <translation>Trial Monitor</translation>
    </message>
    <message>
        <source>The vault is locked. Type your passphrase.</source>
        <translation>Хранилище заблокировано. Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>UpcomingKind</name>
    <message>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Явка на регистрацию</translation>
    </message>
    <message>
        <source>Proceeding heard</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Окончание срока</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Hearing: {type}</source>
        <translation>Заседание: {type}</translation>
    </message>
    <message>
        <source>End of: {element}</source>
        <translation>Окончание: {element}</translation>
    </message>
    <message>
        <source>Deadline: {proceeding}</source>
        <translation>Крайний срок: {proceeding}</translation>
    </message>
    <message>
        <source>Reporting date</source>
        <translation>Явка в службу пробации</translation>
    </message>
</context>
<context>
    <name>WatchFolderPage</name>
    <message>
        <source>Folder to watch</source>
        <translation>Папка приёма</translation>
    </message>
    <message>
        <source>A folder that Syncthing or Nextcloud keeps in step, say</source>
        <translation>Например, папка, которую синхронизирует Syncthing или Nextcloud</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Начать приём</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>&amp;Остановить приём</translation>
    </message>
    <message>
        <source>Imported from the watch folder</source>
        <translation>Импортировано из папки приёма</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Bundles that appear in this folder are imported as they arrive, as if you had imported them yourself. A file still being copied waits until it has settled.</source>
        <translation>Пакеты, появляющиеся в этой папке, импортируются по мере поступления, как если бы вы импортировали их сами. Файл, который ещё копируется, ждёт, пока копирование не закончится.</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Выберите папку приёма</translation>
    </message>
    <message>
        <source>Watching {folder}. New bundles are imported as they arrive.</source>
        <translation>Приём из {folder}. Новые пакеты импортируются по мере поступления.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Приём остановлен.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new change(s) from the watch folder.</source>
        <translation>
            <numerusform>Из папки приёма импортировано %n новое изменение.</numerusform>
            <numerusform>Из папки приёма импортировано %n новых изменения.</numerusform>
            <numerusform>Из папки приёма импортировано %n новых изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked at %n new file(s): nothing new.</source>
        <translation>
            <numerusform>Просмотрен %n новый файл: ничего нового.</numerusform>
            <numerusform>Просмотрено %n новых файла: ничего нового.</numerusform>
            <numerusform>Просмотрено %n новых файлов: ничего нового.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n file(s) still being written; imported once complete.</source>
        <translation>
            <numerusform>Ожидание %n файла, который ещё записывается; он будет импортирован, как только запишется целиком.</numerusform>
            <numerusform>Ожидание %n файлов, которые ещё записываются; они будут импортированы, как только запишутся целиком.</numerusform>
            <numerusform>Ожидание %n файлов, которые ещё записываются; они будут импортированы, как только запишутся целиком.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;New trial…</source>
        <translation>&amp;Новый процесс…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Search everything in the vault (Ctrl+F)</source>
        <translation>Поиск по всему хранилищу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts and &amp;keys…</source>
        <translation>Контакт&amp;ы и ключи…</translation>
    </message>
    <message>
        <source>Your key card, and the key cards of the people you exchange notes with</source>
        <translation>Ваша карточка ключа и карточки тех, с кем вы обмениваетесь записями</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Син&amp;хронизация…</translation>
    </message>
    <message>
        <source>Send your notes to your coordinator as a bundle</source>
        <translation>Отправить записи координатору в виде пакета</translation>
    </message>
    <message>
        <source>Impo&amp;rt…</source>
        <translation>По&amp;лучить пакеты…</translation>
    </message>
    <message>
        <source>Import the bundles observers sent you</source>
        <translation>Импортировать пакеты, присланные наблюдателями</translation>
    </message>
    <message>
        <source>&amp;Findings and reports…</source>
        <translation>Сводка и от&amp;чёты…</translation>
    </message>
    <message>
        <source>For coordinators: every observer&apos;s notes side by side, a dashboard, a watch folder and reports</source>
        <translation>Для координаторов: записи всех наблюдателей рядом, сводка, папка приёма и отчёты</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>О про&amp;грамме</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+Shift+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>{keys} locks at once</source>
        <translation>{keys} — мгновенная блокировка</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Filter trials</source>
        <translation>Фильтр процессов</translation>
    </message>
    <message>
        <source>Filter by title, case, court, name…</source>
        <translation>Фильтр по названию, делу, суду, имени…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>New &amp;hearing…</source>
        <translation>Новое засед&amp;ание…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>&amp;Postponed…</source>
        <translation>Не &amp;состоялось…</translation>
    </message>
    <message>
        <source>Record that the hearing was postponed, adjourned or cancelled, and why</source>
        <translation>Отметить, что заседание перенесено, отложено или отменено, и указать причину</translation>
    </message>
    <message>
        <source>Trial as a &amp;whole</source>
        <translation>Процесс в &amp;целом</translation>
    </message>
    <message>
        <source>Observations about the trial as a whole, not one hearing</source>
        <translation>Наблюдения по процессу в целом, а не по отдельному заседанию</translation>
    </message>
    <message>
        <source>No trial chosen</source>
        <translation>Процесс не выбран</translation>
    </message>
    <message>
        <source>Choose a trial on the left to see its hearings.</source>
        <translation>Выберите процесс слева, чтобы увидеть его заседания.</translation>
    </message>
    <message>
        <source>No trials yet. Press “New trial” (Ctrl+N) to start.</source>
        <translation>Процессов пока нет. Чтобы начать, нажмите «Новый процесс» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Дело № {number}</translation>
    </message>
    <message>
        <source>Defendants: {names}</source>
        <translation>Подсудимые: {names}</translation>
    </message>
    <message>
        <source>Hearings: {count} · held: {held} · postponed, adjourned or cancelled: {postponed} · days from the first to the last: {days}</source>
        <translation>Заседаний: {count} · состоялось: {held} · перенесено, отложено или отменено: {postponed} · дней от первого до последнего: {days}</translation>
    </message>
    <message>
        <source>Delete trial</source>
        <translation>Удалить процесс</translation>
    </message>
    <message>
        <source>Delete hearing</source>
        <translation>Удалить заседание</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the history.</source>
        <translation>Почему? Причина сохраняется в истории.</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>Known</source>
        <translation>Известно</translation>
    </message>
    <message>
        <source>{what} is known</source>
        <translation>{what}: известно</translation>
    </message>
    <message>
        <source>{zone} time</source>
        <translation>время {zone}</translation>
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
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Structured, encrypted, offline notes for observers of trials: hearing conditions, logged as they happen.</source>
        <translation>Структурированные зашифрованные записи для наблюдателей за судебными процессами, без подключения к интернету: условия проведения заседаний фиксируются по ходу событий.</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Папка хранилища: {folder}</translation>
    </message>
    <message>
        <source>Log folder: {folder}</source>
        <translation>Папка журнала: {folder}</translation>
    </message>
    <message>
        <source>About Trial Monitor</source>
        <translation>О программе Trial Monitor</translation>
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
        <translation>Что-то пошло не так. Сохранённые данные в безопасности; подробности записаны в файл журнала в папке {folder}.</translation>
    </message>
</context>
<context>
    <name>reauth</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something went wrong. Nothing was changed; details are in the log.</source>
        <translation>Что-то пошло не так. Ничего не изменено; подробности — в журнале.</translation>
    </message>
</context>
</TS>
