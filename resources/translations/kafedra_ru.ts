<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version} · Python {python} · Qt for Python {pyside}</source>
        <translation>Версия {version} · Python {python} · Qt for Python {pyside}</translation>
    </message>
    <message>
        <source>Plans seminars, conferences and webinars offline and produces their papers: programmes, resolutions, certificates. Everything stays in one database file on this computer.</source>
        <translation>Планирует семинары, конференции и вебинары без интернета и готовит их документы: программы, резолюции, сертификаты. Все данные хранятся в одном файле базы на этом компьютере.</translation>
    </message>
    <message>
        <source>Database: {name}
Log file: {log}</source>
        <translation>База данных: {name}
Журнал: {log}</translation>
    </message>
    <message>
        <source>none (the log folder is not writable)</source>
        <translation>нет (в папку журнала нельзя записывать)</translation>
    </message>
    <message>
        <source>About Kafedra</source>
        <translation>О программе «Кафедра»</translation>
    </message>
    <message>
        <source>Kafedra (Кафедра)</source>
        <translation>Кафедра (Kafedra)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kafedra databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных «Кафедры» (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Kafedra: the database cannot be opened</source>
        <translation>Кафедра: базу данных нельзя открыть</translation>
    </message>
    <message>
        <source>Nothing was changed on the server. Try again once the problem above is solved (the department&apos;s administrator can help), or work in a database file on this computer for now.</source>
        <translation>На сервере ничего не изменено. Повторите попытку, когда проблема, описанная выше, будет решена (поможет администратор отдела), или пока работайте с файлом базы данных на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>There is an automatic backup of this database from {time}. Restore it? The damaged file is kept beside it under a new name. Or open another database, or create a new one.</source>
        <translation>Есть автоматическая резервная копия этой базы данных от {time}. Восстановить её? Повреждённый файл будет сохранён рядом под новым именем. Можно также открыть другую базу данных или создать новую.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Восстановить из копии</translation>
    </message>
    <message>
        <source>No automatic backup of this database was found. The file was left as it is. Open another database, or create a new one?</source>
        <translation>Автоматической резервной копии этой базы данных не найдено. Файл оставлен как есть. Открыть другую базу данных или создать новую?</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another database, or create a new one?</source>
        <translation>Файл оставлен без изменений. Открыть другую базу данных или создать новую?</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups are made of database files; this database is on a server.</source>
        <translation>Резервные копии делаются только для файлов баз данных, а эта база находится на сервере.</translation>
    </message>
    <message>
        <source>{name} backup {time}.sqlite3</source>
        <translation>{name} копия {time}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Сохранить резервную копию базы в</translation>
    </message>
    <message>
        <source>The backup is written to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a backup.</source>
        <translation>Из резервной копии можно восстановить только файл базы данных.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}? The current database is kept beside it first, so this can be reversed by restoring that copy.</source>
        <translation>Заменить всё содержимое {database} резервной копией {backup}? Текущая база сначала будет сохранена рядом, так что её можно будет вернуть, восстановив эту копию.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restored from {backup}.</source>
        <translation>Восстановлено из {backup}.</translation>
    </message>
    <message>
        <source>The previous database is kept as {path}.</source>
        <translation>Прежняя база сохранена как {path}.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit the block</source>
        <translation>Изменить блок</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Новый блок</translation>
    </message>
    <message>
        <source>Choose moderators</source>
        <translation>Выбор модераторов</translation>
    </message>
    <message>
        <source>The block needs a title.</source>
        <translation>У блока должно быть название.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <source>&amp;Moderators</source>
        <translation>&amp;Модераторы</translation>
    </message>
    <message>
        <source>&amp;Add moderator…</source>
        <translation>&amp;Добавить модератора…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Выступл.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>The automatic backup of {time} was put in place of the damaged database; changes made after that time are not in it. The damaged file is kept as {path}.</source>
        <translation>Вместо повреждённой базы данных восстановлена автоматическая копия от {time}; изменений, сделанных позже, в ней нет. Повреждённый файл сохранён как {path}.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>{title} — Kafedra</source>
        <translation>{title} — Кафедра</translation>
    </message>
    <message>
        <source>Search: surname, organisation, e-mail… (case and ё do not matter)</source>
        <translation>Поиск: фамилия, организация, эл. почта… (регистр и ё не важны)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>&amp;Объединить две…</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click), then merge them field by field</source>
        <translation>Выделите два дубликата (Ctrl+щелчок) и объедините их поле за полем</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>Отдельный файл на человека</translation>
    </message>
    <message>
        <source>For e-mailing: a file for each person, named after them, in a folder you choose</source>
        <translation>Для рассылки: по файлу на каждого человека, с его именем, в выбранную папку</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>The folder the last document was saved in</source>
        <translation>Папка, в которую сохранён последний документ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a document and press Preview.</source>
        <translation>Выберите документ и нажмите «Просмотр».</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Names to check before printing (double-click «Printed as» to correct the dative):</source>
        <translation>Имена, которые стоит проверить перед печатью (дважды щёлкните «Как в документе», чтобы исправить дательный падеж):</translation>
    </message>
    <message>
        <source>No names to check: every name was declined with certainty.</source>
        <translation>Проверять нечего: все имена просклонялись уверенно.</translation>
    </message>
    <message>
        <source>The seminar changed since this preview; press Preview to see it again.</source>
        <translation>Семинар изменился после этого просмотра; нажмите «Просмотр», чтобы обновить.</translation>
    </message>
    <message>
        <source>Save one file per person into</source>
        <translation>Сохранить по файлу на человека в</translation>
    </message>
    <message>
        <source>Save {document} as {format}</source>
        <translation>Сохранить «{document}» в {format}</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Собираются данные…</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Документ не удалось сформировать.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <source>Rendering… {done} of {total}</source>
        <translation>Формирование… {done} из {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s). Numbers are issued when you save or print.</source>
        <translation>
            <numerusform>Просмотр: %n страница. Номера присваиваются при сохранении или печати.</numerusform>
            <numerusform>Просмотр: %n страницы. Номера присваиваются при сохранении или печати.</numerusform>
            <numerusform>Просмотр: %n страниц. Номера присваиваются при сохранении или печати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлено %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: не удаётся записать файл ({reason})</translation>
    </message>
    <message>
        <source>Nothing more was written.</source>
        <translation>Больше ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Сохранён %n файл в {folder}.</numerusform>
            <numerusform>Сохранено %n файла в {folder}.</numerusform>
            <numerusform>Сохранено %n файлов в {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>The corrected form is saved; preparing the preview again…</source>
        <translation>Исправленная форма сохранена; просмотр готовится заново…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>frab schedule XML (*.xml)</source>
        <translation>Расписание frab XML (*.xml)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: не удаётся записать файл ({reason})</translation>
    </message>
    <message>
        <source>Choose a seminar in the list first.</source>
        <translation>Сначала выберите семинар в списке.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>certificate register</source>
        <translation>реестр сертификатов</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Participants as &amp;CSV…</source>
        <translation>Участники в &amp;CSV…</translation>
    </message>
    <message>
        <source>Participants as &amp;XLSX…</source>
        <translation>Участники в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Certificate &amp;register as CSV…</source>
        <translation>&amp;Реестр сертификатов в CSV…</translation>
    </message>
    <message>
        <source>Certificate register as XLS&amp;X…</source>
        <translation>Реестр сертификатов в XLS&amp;X…</translation>
    </message>
    <message>
        <source>Programme as &amp;iCalendar…</source>
        <translation>Программа в &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Programme as &amp;frab schedule XML…</source>
        <translation>Программа в &amp;frab XML…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Резервная &amp;копия…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Choose the seminar to import participants into, in the list on the left.</source>
        <translation>Выберите в списке слева семинар, в который нужно импортировать участников.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>added {added}, matched to existing people {matched}, merged {merged}, skipped {skipped}; {registered} newly registered</source>
        <translation>добавлено {added}, найдено в справочнике {matched}, объединено {merged}, пропущено {skipped}; новых регистраций {registered}</translation>
    </message>
    <message>
        <source>, {count} already registered</source>
        <translation>, уже зарегистрированы {count}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Registrations (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)</source>
        <translation>Регистрации (*.csv *.xlsx *.xls *.ods *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import participants — {file}</source>
        <translation>Импорт участников — {file}</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Check the rows →</source>
        <translation>&amp;Проверить строки →</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n registration(s)</source>
        <translation>
            <numerusform>&amp;Импортировать %n регистрацию</numerusform>
            <numerusform>&amp;Импортировать %n регистрации</numerusform>
            <numerusform>&amp;Импортировать %n регистраций</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is as it was.</source>
        <translation>Импорт отменён; база данных не изменилась.</translation>
    </message>
    <message>
        <source>Import participants from</source>
        <translation>Импортировать участников из</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Импортировано: {summary}.</translation>
    </message>
    <message>
        <source>Organisations added: {count}.</source>
        <translation>Добавлено организаций: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>participation format</source>
        <translation>формат участия</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>value left out</source>
        <translation>значение не взято</translation>
    </message>
    <message>
        <source>formula kept as text</source>
        <translation>формула оставлена текстом</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>предположено</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>already in the directory</source>
        <translation>уже в справочнике</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>уже зарегистрирован</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Master class</source>
        <translation>Мастер-класс</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный формат</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Идёт регистрация</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Russian (русский)</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian (українська)</source>
        <translation>Украинский (українська)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский (English)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Пленарный доклад</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>соорганизатор</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>This database is read-only: changes cannot be saved. You can look through it and export; to work in it, make the file writable or open a copy.</source>
        <translation>Эта база данных открыта только для чтения: изменения сохранить нельзя. Её можно просматривать и экспортировать; чтобы работать в ней, разрешите запись в файл или откройте копию.</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>База данных открыта только для чтения</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>{file} — header in row {row}</source>
        <translation>{file} — заголовок в строке {row}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>, {encoding}, separated by «{delimiter}»</source>
        <translation>, {encoding}, разделитель «{delimiter}»</translation>
    </message>
    <message>
        <source>the mapping you used for this form last time</source>
        <translation>соответствие, выбранное для этой формы в прошлый раз</translation>
    </message>
    <message>
        <source>Kafedra&apos;s guess</source>
        <translation>предположение «Кафедры»</translation>
    </message>
    <message>
        <source>{where}.
Each column and what it is imported as ({how}); change what is wrong.</source>
        <translation>{where}.
Столбцы файла и то, чем они станут при импорте ({how}); исправьте, если что-то не так.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message numerus="yes">
        <source>The first rows of the file (%n):</source>
        <translation>
            <numerusform>Первые строки файла (%n):</numerusform>
            <numerusform>Первые строки файла (%n):</numerusform>
            <numerusform>Первые строки файла (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить эту запись&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged into it and removed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Влить в неё и удалить&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>The entry on the left stays; everything linked to the one on the right (registrations, talks, certificates) moves to it, and the right one is removed. This cannot be undone.</source>
        <translation>Запись слева остаётся; всё, что связано с записью справа (регистрации, выступления, сертификаты), переходит к ней, а запись справа удаляется. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Что-то пошло не так, и действие не выполнено.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Подробности в журнале:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Журнал записать не удалось.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал: {path}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now in the database; your unsaved change is then dropped. Cancel keeps your text on screen so you can copy it first.</source>
        <translation>«Обновить» покажет запись такой, какая она сейчас в базе данных; ваше несохранённое изменение при этом будет отброшено. «Отмена» оставит ваш текст на экране, чтобы его можно было сначала скопировать.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
</context>
<context>
    <name>NameChecks</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <source>Why to check</source>
        <translation>Почему проверить</translation>
    </message>
    <message>
        <source>The dative form on the certificate: double-click to correct it</source>
        <translation>Форма дательного падежа в сертификате: дважды щёлкните, чтобы исправить</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit the organisation</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Полное название</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
</context>
<context>
    <name>OrganisationsWindow</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Объединение двух организаций</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{keep}»? This cannot be undone.</source>
        <translation>Влить «{other}» в «{keep}»? Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Overview</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Подзаголовок</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Язык документов</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>Venue a&amp;ddress</source>
        <translation>&amp;Адрес места проведения</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>Органи&amp;затор</translation>
    </message>
    <message>
        <source>Organiser&apos;s de&amp;partment</source>
        <translation>&amp;Отдел организатора</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Stream lin&amp;k</source>
        <translation>Ссылка на &amp;трансляцию</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Re&amp;gistration link</source>
        <translation>Ссылка на &amp;регистрацию</translation>
    </message>
    <message>
        <source>Re&amp;cording link</source>
        <translation>Ссылка на &amp;запись</translation>
    </message>
    <message>
        <source>Academic &amp;hours</source>
        <translation>Академические &amp;часы</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Аудитория</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>document language</source>
        <translation>язык документов</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>venue address</source>
        <translation>адрес места проведения</translation>
    </message>
    <message>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>organiser&apos;s department</source>
        <translation>отдел организатора</translation>
    </message>
    <message>
        <source>stream link</source>
        <translation>ссылка на трансляцию</translation>
    </message>
    <message>
        <source>registration link</source>
        <translation>ссылка на регистрацию</translation>
    </message>
    <message>
        <source>recording link</source>
        <translation>ссылка на запись</translation>
    </message>
    <message>
        <source>academic hours</source>
        <translation>академические часы</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>«{text}» is not a number of hours</source>
        <translation>«{text}» — не число часов</translation>
    </message>
    <message>
        <source>academic hours cannot be negative</source>
        <translation>академических часов не может быть меньше нуля</translation>
    </message>
    <message>
        <source>The seminar ends ({end}) before it starts ({start})</source>
        <translation>Семинар заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>Edit the seminar&apos;s {field}</source>
        <translation>Изменить поле «{field}» семинара</translation>
    </message>
</context>
<context>
    <name>ParticipantEdits</name>
    <message numerus="yes">
        <source>Register %n person(s)</source>
        <translation>
            <numerusform>Зарегистрировать %n человека</numerusform>
            <numerusform>Зарегистрировать %n человек</numerusform>
            <numerusform>Зарегистрировать %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n participant(s)</source>
        <translation>
            <numerusform>Изменить роль %n участника</numerusform>
            <numerusform>Изменить роль %n участников</numerusform>
            <numerusform>Изменить роль %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the mode of %n participant(s)</source>
        <translation>
            <numerusform>Изменить формат участия %n участника</numerusform>
            <numerusform>Изменить формат участия %n участников</numerusform>
            <numerusform>Изменить формат участия %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the attendance of %n participant(s)</source>
        <translation>
            <numerusform>Изменить отметку о присутствии %n участника</numerusform>
            <numerusform>Изменить отметку о присутствии %n участников</numerusform>
            <numerusform>Изменить отметку о присутствии %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Удалить %n участника</numerusform>
            <numerusform>Удалить %n участников</numerusform>
            <numerusform>Удалить %n участников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n зарегистрирован</numerusform>
            <numerusform>%n зарегистрировано</numerusform>
            <numerusform>%n зарегистрировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in person</source>
        <translation>
            <numerusform>%n очно</numerusform>
            <numerusform>%n очно</numerusform>
            <numerusform>%n очно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n дистанционно</numerusform>
            <numerusform>%n дистанционно</numerusform>
            <numerusform>%n дистанционно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n присутствовал</numerusform>
            <numerusform>%n присутствовали</numerusform>
            <numerusform>%n присутствовали</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n регион</numerusform>
            <numerusform>%n региона</numerusform>
            <numerusform>%n регионов</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, organisation, role…</source>
        <translation>Отбор по имени, организации, роли…</translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation>Отбор участников</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Add from directory…</source>
        <translation>&amp;Добавить из справочника…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>Mark a&amp;ttended</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <source>Mark a&amp;bsent</source>
        <translation>Отметить о&amp;тсутствие</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Set &amp;mode</source>
        <translation>&amp;Формат участия</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Nobody is registered yet: add people from the directory.</source>
        <translation>Пока никто не зарегистрирован: добавьте людей из справочника.</translation>
    </message>
    <message>
        <source>Register people</source>
        <translation>Регистрация участников</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Участвовал(а) в</translation>
    </message>
    <message>
        <source>Seminars of the person</source>
        <translation>Семинары этого человека</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No seminars yet.</source>
        <translation>Пока ни одного семинара.</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Объединение двух записей о людях</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{keep}»? This cannot be undone.</source>
        <translation>Влить «{other}» в «{keep}»? Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit a person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Guess from the name</source>
        <translation>Определить по имени</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>Учёная с&amp;тепень</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname, name, organisation or e-mail</source>
        <translation>Фамилия, имя, организация или эл. почта</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>Add someone who is not in the directory yet, with the name typed above</source>
        <translation>Добавить человека, которого ещё нет в справочнике, с введённым выше именем</translation>
    </message>
    <message numerus="yes">
        <source>The first %n shown; type more to narrow.</source>
        <translation>
            <numerusform>Показан первый %n; уточните запрос.</numerusform>
            <numerusform>Показаны первые %n; уточните запрос.</numerusform>
            <numerusform>Показаны первые %n; уточните запрос.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найден %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found: add a new person?</source>
        <translation>Никого не найдено: добавить нового человека?</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add a talk</source>
        <translation>Добавить выступление</translation>
    </message>
    <message>
        <source>Edit «{title}»</source>
        <translation>Изменить «{title}»</translation>
    </message>
    <message>
        <source>Delete «{title}»</source>
        <translation>Удалить «{title}»</translation>
    </message>
    <message>
        <source>Move «{title}»</source>
        <translation>Переместить «{title}»</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Добавить блок</translation>
    </message>
    <message>
        <source>Edit the block «{title}»</source>
        <translation>Изменить блок «{title}»</translation>
    </message>
    <message>
        <source>Rename the block «{title}»</source>
        <translation>Переименовать блок «{title}»</translation>
    </message>
    <message>
        <source>Delete the block «{title}»</source>
        <translation>Удалить блок «{title}»</translation>
    </message>
    <message>
        <source>Move the block «{title}»</source>
        <translation>Переместить блок «{title}»</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>Duplicate the block «{title}»</source>
        <translation>Продублировать блок «{title}»</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Moderators: {names}</source>
        <translation>Модераторы: {names}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Conflict: {reason}</source>
        <translation>Накладка: {reason}</translation>
    </message>
    <message>
        <source>Pinned: starts at {time} whatever comes before it</source>
        <translation>Закреплено: начинается в {time}, что бы ни шло перед ним</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Зал: {room}</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Add &amp;talk…</source>
        <translation>Добавить &amp;выступление…</translation>
    </message>
    <message>
        <source>Add &amp;block…</source>
        <translation>Добавить &amp;блок…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;ыше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Н&amp;иже</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message>
        <source>talks {duration}</source>
        <translation>выступления {duration}</translation>
    </message>
    <message>
        <source>breaks {duration}</source>
        <translation>перерывы {duration}</translation>
    </message>
    <message>
        <source>the day: {span}</source>
        <translation>весь день: {span}</translation>
    </message>
    <message>
        <source>Total: {parts}</source>
        <translation>Итого: {parts}</translation>
    </message>
    <message>
        <source>The programme is empty: add a block or a talk.</source>
        <translation>Программа пуста: добавьте блок или выступление.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n накладка</numerusform>
            <numerusform>%n накладки</numerusform>
            <numerusform>%n накладок</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate «{title}»</source>
        <translation>Продублировать «{title}»</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <source>; %n new organisation(s)</source>
        <translation>
            <numerusform>; %n новая организация</numerusform>
            <numerusform>; %n новые организации</numerusform>
            <numerusform>; %n новых организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row will be imported as written.</source>
        <translation>Все строки будут импортированы как есть.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n строка: </numerusform>
            <numerusform>%n строки: </numerusform>
            <numerusform>%n строк: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes it all at once, Cancel leaves the database as it is.</source>
        <translation>Пока ничего не записано: «Импортировать» запишет всё сразу, «Отмена» оставит базу как есть.</translation>
    </message>
</context>
<context>
    <name>ResolutionTab</name>
    <message>
        <source>Noted</source>
        <translation>Участники отметили</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <source>The preamble: when and where the seminar took place, who took part.</source>
        <translation>Преамбула: когда и где прошёл семинар, кто в нём участвовал.</translation>
    </message>
    <message>
        <source>&amp;Draft from the seminar</source>
        <translation>&amp;Черновик по данным семинара</translation>
    </message>
    <message>
        <source>Write the preamble from the seminar&apos;s date, title, organiser and counts</source>
        <translation>Составить преамбулу по дате, названию, организатору и числу участников семинара</translation>
    </message>
    <message>
        <source>Adopted &amp;on</source>
        <translation>Принята &amp;</translation>
    </message>
    <message>
        <source>Talks heard</source>
        <translation>Заслушанные выступления</translation>
    </message>
    <message>
        <source>Talks heard (from the programme)</source>
        <translation>Заслушанные выступления (из программы)</translation>
    </message>
    <message>
        <source>No talks in the programme yet.</source>
        <translation>В программе пока нет выступлений.</translation>
    </message>
    <message>
        <source>Edit the preamble</source>
        <translation>Изменить преамбулу</translation>
    </message>
    <message>
        <source>Add to «{section}»</source>
        <translation>Добавить в раздел «{section}»</translation>
    </message>
    <message>
        <source>Edit an item of «{section}»</source>
        <translation>Изменить пункт раздела «{section}»</translation>
    </message>
    <message>
        <source>Delete an item of «{section}»</source>
        <translation>Удалить пункт раздела «{section}»</translation>
    </message>
    <message>
        <source>Move an item of «{section}»</source>
        <translation>Переместить пункт раздела «{section}»</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>New item: type its text</source>
        <translation>Новый пункт: введите текст</translation>
    </message>
</context>
<context>
    <name>SeminarListPanel</name>
    <message>
        <source>Search seminars (Ctrl+F)</source>
        <translation>Поиск семинаров (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search seminars</source>
        <translation>Поиск семинаров</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Семинары</translation>
    </message>
</context>
<context>
    <name>SeminarPanel</name>
    <message>
        <source>No seminar is open.

Choose one in the list, or create one with Seminar → New seminar (Ctrl+N).</source>
        <translation>Семинар не открыт.

Выберите его в списке или создайте: Семинар → Новый семинар (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>The seminar&apos;s title</source>
        <translation>Название семинара</translation>
    </message>
    <message>
        <source>The block&apos;s title</source>
        <translation>Название блока</translation>
    </message>
    <message>
        <source>The talk&apos;s title</source>
        <translation>Название доклада</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>The surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>The materials link</source>
        <translation>Ссылка на материалы</translation>
    </message>
    <message>
        <source>The stream link</source>
        <translation>Ссылка на трансляцию</translation>
    </message>
    <message>
        <source>The recording link</source>
        <translation>Ссылка на запись</translation>
    </message>
    <message>
        <source>The registration link</source>
        <translation>Ссылка на регистрацию</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>семинар</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>block</source>
        <translation>блок</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>доклад</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>участие</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>резолюция</translation>
    </message>
    <message>
        <source>resolution item</source>
        <translation>пункт резолюции</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>participation format</source>
        <translation>формат участия</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>talk title</source>
        <translation>название доклада</translation>
    </message>
    <message>
        <source>the seminar ends ({ends}) before it starts ({starts})</source>
        <translation>семинар заканчивается ({ends}) раньше, чем начинается ({starts})</translation>
    </message>
    <message>
        <source>academic hours cannot be negative</source>
        <translation>количество академических часов не может быть отрицательным</translation>
    </message>
    <message>
        <source>{label} must not be empty</source>
        <translation>Поле «{label}» не может быть пустым</translation>
    </message>
    <message>
        <source>{label} must start with http:// or https:// (got «{value}»)</source>
        <translation>Поле «{label}» должно начинаться с http:// или https:// (указано «{value}»)</translation>
    </message>
    <message>
        <source>{label} must not contain spaces</source>
        <translation>Поле «{label}» не должно содержать пробелов</translation>
    </message>
    <message>
        <source>a talk lasts from 1 minute to 24 hours, not {minutes} minutes</source>
        <translation>доклад длится от 1 минуты до 24 часов, а не {minutes} мин</translation>
    </message>
    <message>
        <source>block {block} belongs to another seminar</source>
        <translation>блок {block} относится к другому семинару</translation>
    </message>
    <message>
        <source>«{name}» is not an organisation name (no letters or digits)</source>
        <translation>«{name}» — не название организации (в нём нет ни букв, ни цифр)</translation>
    </message>
    <message>
        <source>«{name}» is already in the directory (id {id}); merge the two instead</source>
        <translation>«{name}» уже есть в справочнике (id {id}); лучше объедините эти записи</translation>
    </message>
    <message>
        <source>an organisation cannot be merged with itself</source>
        <translation>организацию нельзя объединить саму с собой</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address</source>
        <translation>«{email}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves</source>
        <translation>человека нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>cannot choose {fields} when merging</source>
        <translation>при объединении нельзя выбрать: {fields}</translation>
    </message>
    <message>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>логотип должен быть изображением PNG или JPEG</translation>
    </message>
    <message>
        <source>at most {count} signatories</source>
        <translation>подписантов может быть не больше {count}</translation>
    </message>
    <message>
        <source>the logo is larger than 5 MB; use a smaller image</source>
        <translation>логотип больше 5 МБ; выберите изображение поменьше</translation>
    </message>
    <message>
        <source>the logo is not a whole PNG or JPEG image</source>
        <translation>логотип не является целым изображением PNG или JPEG</translation>
    </message>
    <message>
        <source>the logo is {width}×{height} pixels; use an image of at most {limit} pixels on its longer side</source>
        <translation>размер логотипа {width}×{height} пикселей; выберите изображение не больше {limit} пикселей по длинной стороне</translation>
    </message>
    <message>
        <source>no place {place} among {count} items</source>
        <translation>нет места {place}: пунктов всего {count}</translation>
    </message>
    <message>
        <source>person {person} is not registered for seminar {seminar}</source>
        <translation>человек {person} не зарегистрирован на семинар {seminar}</translation>
    </message>
    <message>
        <source>no {what} with id {id}</source>
        <translation>не найдено: {what} с id {id}</translation>
    </message>
    <message>
        <source>The talk «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Доклад «{title}» изменил пользователь {who} в {when}, уже после того как вы его открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The block «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Блок «{title}» изменил пользователь {who} в {when}, уже после того как вы его открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The seminar «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Семинар «{title}» изменил пользователь {who} в {when}, уже после того как вы его открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The registration of «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Регистрацию участника «{name}» изменил пользователь {who} в {when}, уже после того как вы её открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The directory entry «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Запись справочника «{name}» изменил пользователь {who} в {when}, уже после того как вы её открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The organisation «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Организацию «{name}» изменил пользователь {who} в {when}, уже после того как вы её открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The resolution of «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Резолюцию семинара «{title}» изменил пользователь {who} в {when}, уже после того как вы её открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The organisation profile was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Профиль организации изменил пользователь {who} в {when}, уже после того как вы его открыли; обновите, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>The database is busy: another Kafedra window or command is writing to it. Try again in a moment.</source>
        <translation>База данных занята: в неё сейчас записывает другое окно или команда Kafedra. Повторите через несколько секунд.</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record at the same moment; reload to see it.</source>
        <translation>Кто-то другой в тот же момент сохранил изменение этой же записи; обновите, чтобы его увидеть.</translation>
    </message>
    <message>
        <source>the certificate number pattern is empty</source>
        <translation>шаблон номера сертификата пуст</translation>
    </message>
    <message>
        <source>the certificate number pattern «{pattern}» is malformed ({reason})</source>
        <translation>шаблон номера сертификата «{pattern}» записан с ошибкой ({reason})</translation>
    </message>
    <message>
        <source>the certificate number pattern may use {{year}} and {{seq}}, not {{{unknown}}}</source>
        <translation>в шаблоне номера сертификата можно использовать {{year}} и {{seq}}, но не {{{unknown}}}</translation>
    </message>
    <message>
        <source>the certificate number pattern must contain {{seq}}, or every number would be the same</source>
        <translation>шаблон номера сертификата должен содержать {{seq}}, иначе все номера будут одинаковыми</translation>
    </message>
    <message>
        <source>the certificate number pattern «{pattern}» cannot be used ({reason})</source>
        <translation>шаблон номера сертификата «{pattern}» нельзя использовать ({reason})</translation>
    </message>
    <message>
        <source>«{talk}» is pinned to {pinned}, before «{previous}» ends at {ends}</source>
        <translation>«{talk}» закреплён на {pinned}, а «{previous}» заканчивается только в {ends}</translation>
    </message>
    <message>
        <source>the same speaker is in «{first}» ({first_start}–{first_end}) and «{second}» ({second_start}–{second_end})</source>
        <translation>один и тот же докладчик выступает в «{first}» ({first_start}–{first_end}) и в «{second}» ({second_start}–{second_end})</translation>
    </message>
    <message>
        <source>blocks «{first}» and «{second}» overlap in room «{room}»</source>
        <translation>блоки «{first}» и «{second}» пересекаются в аудитории «{room}»</translation>
    </message>
    <message>
        <source>blocks «{first}» and «{second}» overlap in the same room</source>
        <translation>блоки «{first}» и «{second}» пересекаются в одном помещении</translation>
    </message>
    <message>
        <source>«{talk}» ends at {ends}, after the seminar ends ({end})</source>
        <translation>«{talk}» заканчивается в {ends}, уже после окончания семинара ({end})</translation>
    </message>
    <message>
        <source>«{talk}» starts at {starts}, before the seminar starts ({start})</source>
        <translation>«{talk}» начинается в {starts}, ещё до начала семинара ({start})</translation>
    </message>
    <message>
        <source>{path}: an empty database, not a Kafedra database</source>
        <translation>{path}: пустая база данных, а не база Kafedra</translation>
    </message>
    <message>
        <source>{path}: the database has no schema revision, not a Kafedra database</source>
        <translation>{path}: у базы данных нет версии схемы — это не база Kafedra</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it</source>
        <translation>{path}: файл создан более новой версией Kafedra (схема {revision}); чтобы работать с ним, установите новую версию Kafedra</translation>
    </message>
    <message>
        <source>{path}: the copy failed its check ({problem})</source>
        <translation>{path}: копия не прошла проверку ({problem})</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; choose another file for the backup</source>
        <translation>{path}: это сама база данных; выберите для резервной копии другой файл</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name for the backup</source>
        <translation>{path}: это папка; укажите имя файла для резервной копии</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>{path}: cannot write the backup ({reason})</source>
        <translation>{path}: не удалось записать резервную копию ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; nothing to restore</source>
        <translation>{path}: это сама база данных; восстанавливать нечего</translation>
    </message>
    <message>
        <source>{path}: cannot restore from {source} ({reason}); the previous database is kept at {kept}</source>
        <translation>{path}: не удалось восстановить из {source} ({reason}); прежняя база данных сохранена как {kept}</translation>
    </message>
    <message>
        <source>{path}: cannot restore from {source} ({reason})</source>
        <translation>{path}: не удалось восстановить из {source} ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: файл не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes), not a Kafedra database; it was left as is</source>
        <translation>{path}: файл пуст (0 байт), это не база Kafedra; файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: not a SQLite database (wrong file type); it was left as is</source>
        <translation>{path}: это не база данных SQLite (другой тип файла); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: the database is damaged (the file is cut short); it was left as is</source>
        <translation>{path}: база данных повреждена (файл обрезан); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: the database is damaged (the file is cut short: {size} of {expected} bytes); it was left as is</source>
        <translation>{path}: база данных повреждена (файл обрезан: {size} из {expected} байт); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: a SQLite database of another program, not of Kafedra; it was left as is</source>
        <translation>{path}: база данных SQLite другой программы, а не Kafedra; файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: the database is damaged or not a database ({reason}); it was left as is</source>
        <translation>{path}: база данных повреждена или это вовсе не база данных ({reason}); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({problem}); it was left as is</source>
        <translation>{path}: база данных повреждена ({problem}); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: cannot write a backup copy before the upgrade ({reason})</source>
        <translation>{path}: не удалось сохранить резервную копию перед обновлением ({reason})</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this change was not saved; check the network and try again</source>
        <translation>Соединение с сервером базы данных прервалось, поэтому это изменение не сохранено; проверьте сеть и повторите попытку</translation>
    </message>
    <message>
        <source>The database server refused a value ({detail}); nothing was saved</source>
        <translation>Сервер базы данных не принял значение ({detail}); ничего не сохранено</translation>
    </message>
    <message>
        <source>{path}: not a database path or URL</source>
        <translation>{path}: это не путь к базе данных и не её адрес</translation>
    </message>
    <message>
        <source>{path}: Kafedra works with a SQLite file or a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>{path}: «Кафедра» работает с файлом SQLite или с сервером PostgreSQL (postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР:ПОРТ/БАЗА)</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder {folder} ({reason})</source>
        <translation>{path}: не удалось создать папку {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path}: the database has no schema revision; it was left as is</source>
        <translation>{path}: у базы данных нет версии схемы; файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to open it; the file was left as is</source>
        <translation>{path}: файл создан более новой версией Kafedra (схема {revision}); чтобы открыть его, установите новую версию Kafedra; файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: a database of another program, not of Kafedra</source>
        <translation>{path}: база данных другой программы, а не Kafedra</translation>
    </message>
    <message>
        <source>{path}: the server refused the password of user {user}</source>
        <translation>{path}: сервер не принял пароль пользователя {user}</translation>
    </message>
    <message>
        <source>{path}: no password for user {user}; enter it in Settings → Database, or put it in ~/.pgpass or PGPASSWORD</source>
        <translation>{path}: нет пароля для пользователя {user}; введите его в «Настройки → База данных» или запишите в ~/.pgpass или PGPASSWORD</translation>
    </message>
    <message>
        <source>{path}: the database {database} does not exist on the server; ask its administrator to create it</source>
        <translation>{path}: базы данных {database} на сервере нет; попросите администратора создать её</translation>
    </message>
    <message>
        <source>{path}: the server has no user {user}</source>
        <translation>{path}: на сервере нет пользователя {user}</translation>
    </message>
    <message>
        <source>{path}: the server {host} is not known; check its name</source>
        <translation>{path}: сервер {host} не найден; проверьте его имя</translation>
    </message>
    <message>
        <source>{path}: the server {host}:{port} is unreachable; check the address and that PostgreSQL is running there</source>
        <translation>{path}: сервер {host}:{port} недоступен; проверьте адрес и что на нём запущен PostgreSQL</translation>
    </message>
    <message>
        <source>{path}: the server does not accept connections from this computer for {user}</source>
        <translation>{path}: сервер не принимает подключения пользователя {user} с этого компьютера</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database (user {user} may not create or change the tables; open it once as the database&apos;s owner, or ask the administrator to, so that Kafedra can create or upgrade them)</source>
        <translation>{path}: не удалось подготовить базу данных (пользователь {user} не может создавать и изменять таблицы; откройте её один раз от имени владельца базы данных или попросите об этом администратора, чтобы Kafedra создала или обновила их)</translation>
    </message>
    <message>
        <source>{path}: cannot connect ({reason})</source>
        <translation>{path}: не удалось подключиться ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database ({reason}); a copy made before the upgrade is at {backup}</source>
        <translation>{path}: не удалось подготовить базу данных ({reason}); копия, сделанная перед обновлением: {backup}</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database ({reason})</source>
        <translation>{path}: не удалось подготовить базу данных ({reason})</translation>
    </message>
    <message>
        <source>{path}: the upgrade left {count} broken reference(s) (first: {table} row {row} → {parent}); the database was left as it was</source>
        <translation>{path}: после обновления остались битые ссылки: {count} (первая: {table}, строка {row} → {parent}); база данных оставлена как была</translation>
    </message>
    <message>
        <source>{path}: the disk is full; the change was not saved and the database is as it was. Free some space and try again</source>
        <translation>{path}: диск заполнен; изменение не сохранено, база данных осталась прежней. Освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>{path}: the database is read-only; the change was not saved</source>
        <translation>{path}: база данных открыта только для чтения; изменение не сохранено</translation>
    </message>
    <message>
        <source>{path}: the file is read-only and was made by an older Kafedra (schema {revision}), so it cannot be upgraded; make it writable, or open a copy; it was left as is</source>
        <translation>{path}: файл доступен только для чтения и создан более старой версией Kafedra (схема {revision}), поэтому его нельзя обновить; разрешите запись в него или откройте копию; файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: cannot restore the backup {backup} ({reason}); the file was left as is</source>
        <translation>{path}: не удалось восстановить резервную копию {backup} ({reason}); файл оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: это папка, а не файл</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: не удалось прочитать файл ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл пуст</translation>
    </message>
    <message>
        <source>{path}: the file has no rows</source>
        <translation>{path}: в файле нет строк</translation>
    </message>
    <message>
        <source>{path}: not a text table in a known encoding ({encodings})</source>
        <translation>{path}: это не текстовая таблица в известной кодировке ({encodings})</translation>
    </message>
    <message>
        <source>{path}: cannot tell the encoding; save the file as UTF-8 ({encodings})</source>
        <translation>{path}: не удаётся определить кодировку; сохраните файл в UTF-8 ({encodings})</translation>
    </message>
    <message>
        <source>{path}: not a spreadsheet Kafedra can read ({reason})</source>
        <translation>{path}: Kafedra не может прочитать эту электронную таблицу ({reason})</translation>
    </message>
    <message>
        <source>{path}: more than {limit} rows under the header (row {row}); split the file</source>
        <translation>{path}: больше {limit} строк под заголовком (строка {row}); разделите файл на части</translation>
    </message>
    <message>
        <source>{path}: {size} MB, larger than a registration table can be (at most {limit} MB); split the file</source>
        <translation>{path}: {size} МБ — больше, чем бывает таблица регистрации (не более {limit} МБ); разделите файл на части</translation>
    </message>
    <message>
        <source>{path}: mixed encodings: line {line} is UTF-8 but line {other} is not; save the whole file in one encoding</source>
        <translation>{path}: смешаны кодировки: строка {line} в UTF-8, а строка {other} — нет; сохраните весь файл в одной кодировке</translation>
    </message>
    <message>
        <source>{path}, row {row}: a line longer than {limit} characters; not a registration table</source>
        <translation>{path}, строка {row}: строка длиннее {limit} символов; это не таблица регистрации</translation>
    </message>
    <message>
        <source>{path}, row {row}: more than {limit} columns; not a registration table</source>
        <translation>{path}, строка {row}: больше {limit} столбцов; это не таблица регистрации</translation>
    </message>
    <message>
        <source>{path}, row {row}: not text in {encoding}; the file is damaged</source>
        <translation>{path}, строка {row}: это не текст в кодировке {encoding}; файл повреждён</translation>
    </message>
    <message>
        <source>{path}, row {row}: a NUL byte, so the file is binary or damaged</source>
        <translation>{path}, строка {row}: нулевой байт (NUL) — файл двоичный или повреждён</translation>
    </message>
    <message>
        <source>{path}, row {row}: a cell longer than {limit} characters (an unclosed quote?)</source>
        <translation>{path}, строка {row}: ячейка длиннее {limit} символов (не закрыта кавычка?)</translation>
    </message>
    <message>
        <source>{path}: a ZIP archive with no workbook inside, not a spreadsheet</source>
        <translation>{path}: ZIP-архив без рабочей книги внутри, а не электронная таблица</translation>
    </message>
    <message>
        <source>{path}: the spreadsheet unpacks to {size} MB, more than a registration table can be (at most {limit} MB); not opened</source>
        <translation>{path}: таблица распаковывается в {size} МБ — больше, чем бывает таблица регистрации (не более {limit} МБ); файл не открыт</translation>
    </message>
    <message>
        <source>{path}: {part} inside the spreadsheet unpacks {ratio} times larger than it is stored, as a ZIP bomb does; not opened</source>
        <translation>{path}: {part} внутри таблицы распаковывается в {ratio} раз больше, чем хранится, как в ZIP-бомбе; файл не открыт</translation>
    </message>
    <message>
        <source>{path}: the sheet reaches row {row} and column {column}, more than a registration table can be (at most {limit} cells); not opened</source>
        <translation>{path}: лист доходит до строки {row} и столбца {column} — больше, чем бывает таблица регистрации (не более {limit} ячеек); файл не открыт</translation>
    </message>
    <message>
        <source>{path}: the sheet has a cell reference Kafedra does not read; not opened</source>
        <translation>{path}: на листе ссылка на ячейку, которую Kafedra не читает; файл не открыт</translation>
    </message>
    <message>
        <source>{path}: more than one column is mapped to {fields}</source>
        <translation>{path}: одно и то же поле назначено нескольким столбцам: {fields}</translation>
    </message>
    <message>
        <source>{path}: no column with people&apos;s names (expected a header such as «ФИО», «Фамилия», «ПІБ» or «Full name»; the headers are {headers})</source>
        <translation>{path}: нет столбца с именами людей (нужен заголовок вроде «ФИО», «Фамилия», «ПІБ» или «Full name»; заголовки в файле: {headers})</translation>
    </message>
    <message>
        <source>seminar {seminar} has no participants to print badges for</source>
        <translation>в семинаре {seminar} нет участников — бейджи печатать не для кого</translation>
    </message>
    <message>
        <source>seminar {seminar} has no speakers to print certificates for</source>
        <translation>в семинаре {seminar} нет докладчиков — сертификаты печатать не для кого</translation>
    </message>
    <message>
        <source>seminar {seminar} has no participants to print certificates for</source>
        <translation>в семинаре {seminar} нет участников — сертификаты печатать не для кого</translation>
    </message>
    <message>
        <source>{field} «{value}» starts with «=», kept as plain text</source>
        <translation>поле «{field}»: «{value}» начинается с «=», сохранено как обычный текст</translation>
    </message>
    <message>
        <source>«{written}» in the surname column split into surname, given name and patronymic</source>
        <translation>«{written}» в столбце фамилий разделено на фамилию, имя и отчество</translation>
    </message>
    <message>
        <source>name «{typed}» written as «{written}»</source>
        <translation>имя «{typed}» записано как «{written}»</translation>
    </message>
    <message>
        <source>several e-mails «{value}», the first kept</source>
        <translation>несколько адресов эл. почты «{value}», оставлен первый</translation>
    </message>
    <message>
        <source>malformed e-mail «{value}», left out</source>
        <translation>неверный адрес эл. почты «{value}», не импортирован</translation>
    </message>
    <message>
        <source>malformed phone «{value}», left out</source>
        <translation>неверный номер телефона «{value}», не импортирован</translation>
    </message>
    <message>
        <source>participation format «{value}» not understood, the seminar&apos;s default used</source>
        <translation>формат участия «{value}» не распознан, взят формат семинара по умолчанию</translation>
    </message>
    <message>
        <source>role «{value}» not understood, participant assumed</source>
        <translation>роль «{value}» не распознана, записан как участник</translation>
    </message>
    <message>
        <source>no name, skipped</source>
        <translation>нет имени, строка пропущена</translation>
    </message>
    <message>
        <source>duplicate of row {row}, merged</source>
        <translation>повтор строки {row}, объединено</translation>
    </message>
    <message>
        <source>{who} is already registered for this seminar</source>
        <translation>{who} уже зарегистрирован(а) на этот семинар</translation>
    </message>
    <message>
        <source>matched to {who} in the directory</source>
        <translation>сопоставлено с записью справочника: {who}</translation>
    </message>
    <message>
        <source>programme conflict: {conflict}</source>
        <translation>конфликт в программе: {conflict}</translation>
    </message>
    <message>
        <source>the programme has no talks yet</source>
        <translation>в программе ещё нет докладов</translation>
    </message>
    <message>
        <source>the resolution has no items yet: only the preamble and the talks are printed</source>
        <translation>в резолюции ещё нет пунктов: печатаются только преамбула и доклады</translation>
    </message>
    <message>
        <source>the organisation profile names no signatories: the resolution is printed unsigned</source>
        <translation>в профиле организации не указаны подписанты: резолюция печатается без подписей</translation>
    </message>
    <message>
        <source>nobody is registered yet: the sheet has empty rows to fill in by hand</source>
        <translation>пока никто не зарегистрирован: в листе будут пустые строки, чтобы заполнить их от руки</translation>
    </message>
    <message>
        <source>the badge of {name} had a line cut short; check it</source>
        <translation>бейдж «{name}»: строка обрезана, проверьте его</translation>
    </message>
    <message>
        <source>{name} speaks in the programme but is not registered, so gets no certificate</source>
        <translation>{name} выступает в программе, но не зарегистрирован(а) и поэтому не получит сертификат</translation>
    </message>
    <message>
        <source>{count} registered people were not marked present and get none</source>
        <translation>зарегистрированных, но не отмеченных как присутствовавшие: {count}; они сертификатов не получат</translation>
    </message>
    <message>
        <source>Someone else issued certificates to some of these participants at the same moment; nothing was issued this time, try again</source>
        <translation>Кто-то другой в тот же момент выдал сертификаты некоторым из этих участников; на этот раз ничего не выдано, повторите попытку</translation>
    </message>
    <message>
        <source>the organisation profile names no signatories: certificates are printed unsigned</source>
        <translation>в профиле организации не указаны подписанты: сертификаты печатаются без подписей</translation>
    </message>
    <message>
        <source>the logo in Settings cannot be printed (not a whole PNG or JPEG image, or too large): the document is made without it; choose the logo again in Settings</source>
        <translation>логотип из настроек нельзя напечатать (это не целое изображение PNG или JPEG либо оно слишком велико): документ сделан без него; выберите логотип в настройках заново</translation>
    </message>
    <message>
        <source>check «{name}» → «{printed}»: {reasons}</source>
        <translation>проверьте «{name}» → «{printed}»: {reasons}</translation>
    </message>
    <message>
        <source>the fonts cannot print {characters}; those characters will show as boxes</source>
        <translation>в шрифтах нет символов {characters}; вместо них будут пустые квадраты</translation>
    </message>
    <message>
        <source>the fonts cannot print {characters}</source>
        <translation>в шрифтах нет символов {characters}</translation>
    </message>
    <message>
        <source>the {what} was too long and is cut short</source>
        <translation>поле «{what}» слишком длинное и обрезано</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>пол неизвестен</translation>
    </message>
    <message>
        <source>written in Latin or another script, so it is left undeclined</source>
        <translation>написано латиницей или другим алфавитом, поэтому не склоняется</translation>
    </message>
    <message>
        <source>Ukrainian spelling declined by Russian rules</source>
        <translation>украинское написание просклонено по русским правилам</translation>
    </message>
    <message>
        <source>Russian spelling declined by Ukrainian rules</source>
        <translation>русское написание просклонено по украинским правилам</translation>
    </message>
    <message>
        <source>a man&apos;s surname in -а/-я: whether it declines depends on its origin and stress</source>
        <translation>мужская фамилия на -а/-я: склоняется ли она, зависит от происхождения и ударения</translation>
    </message>
    <message>
        <source>the surname was left undeclined</source>
        <translation>фамилия оставлена без склонения</translation>
    </message>
    <message>
        <source>a woman&apos;s surname in -ька: an adjective (-ій) or a noun (-ці)</source>
        <translation>женская фамилия на -ька: как прилагательное (-ій) или как существительное (-ці)</translation>
    </message>
    <message>
        <source>a woman&apos;s surname in -на: an adjective (-ій) or a noun (-і)</source>
        <translation>женская фамилия на -на: как прилагательное (-ій) или как существительное (-і)</translation>
    </message>
    <message>
        <source>a man&apos;s surname in -ній: an adjective (-ньому) or a noun (-нію)</source>
        <translation>мужская фамилия на -ній: как прилагательное (-ньому) или как существительное (-нію)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>A new window language is used from the next start of Kafedra.</source>
        <translation>Новый язык интерфейса применится при следующем запуске «Кафедры».</translation>
    </message>
    <message>
        <source>Only English is available in this version.</source>
        <translation>В этой версии доступен только английский.</translation>
    </message>
    <message>
        <source>Colleagues sharing this database see this name when you changed a record they were editing (empty: your login name, {login}).</source>
        <translation>Коллеги, работающие с этой же базой, увидят это имя, если вы изменили запись, которую они редактировали (если пусто — ваше имя входа в систему, {login}).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>The first certificate this year: {number}</source>
        <translation>Первый сертификат этого года: {number}</translation>
    </message>
    <message>
        <source>A SQLite file on this computer</source>
        <translation>Файл SQLite на этом компьютере</translation>
    </message>
    <message>
        <source>The department&apos;s PostgreSQL server</source>
        <translation>Сервер PostgreSQL отдела</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Kafedra&apos;s settings.</source>
        <translation>Пароль хранится в системном хранилище паролей, а не в настройках Kafedra.</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password is only used to test the connection and is not kept. Put it in ~/.pgpass (host:port:database:user:password, readable by you only) or ask the administrator for a service file.</source>
        <translation>На этом компьютере нет системного хранилища паролей, поэтому пароль используется только для проверки подключения и не сохраняется. Запишите его в ~/.pgpass (хост:порт:база:пользователь:пароль, доступный для чтения только вам) или попросите у администратора файл служб (service file).</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>сервер (хост)</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>базу данных</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>пользователя</translation>
    </message>
    <message>
        <source>Enter {what} of the PostgreSQL server.</source>
        <translation>Укажите {what} сервера PostgreSQL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>{version}: this database holds tables of another program.</source>
        <translation>{version}: в этой базе данных таблицы другой программы.</translation>
    </message>
    <message>
        <source>{version}: this database was made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it.</source>
        <translation>{version}: эта база данных создана более новой версией Kafedra (схема {revision}); установите новую версию Kafedra, чтобы работать с ней.</translation>
    </message>
    <message>
        <source>an empty database; Kafedra will create its tables</source>
        <translation>пустая база данных; Kafedra создаст в ней свои таблицы</translation>
    </message>
    <message>
        <source>a database of an older Kafedra; it will be upgraded when opened</source>
        <translation>база данных более старой версии Kafedra; она будет обновлена при открытии</translation>
    </message>
    <message>
        <source>a Kafedra database</source>
        <translation>база данных Kafedra</translation>
    </message>
    <message>
        <source>Connected: {version}, {state}.</source>
        <translation>Подключено: {version}, {state}.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring ({reason}).</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей ({reason}).</translation>
    </message>
    <message>
        <source>Database to open at start</source>
        <translation>База данных, открываемая при запуске</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Our &amp;organisation</source>
        <translation>Наша &amp;организация</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Отдел</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Убрать логотип</translation>
    </message>
    <message>
        <source>Signatory 1</source>
        <translation>Подпись 1</translation>
    </message>
    <message>
        <source>Name, e.g. И.И. Иванова</source>
        <translation>Имя, например И.И. Иванова</translation>
    </message>
    <message>
        <source>Title, e.g. Директор</source>
        <translation>Должность, например Директор</translation>
    </message>
    <message>
        <source>Signatory 2</source>
        <translation>Подпись 2</translation>
    </message>
    <message>
        <source>Signatory 3</source>
        <translation>Подпись 3</translation>
    </message>
    <message>
        <source>Certificate &amp;number pattern</source>
        <translation>Шаблон &amp;номера сертификата</translation>
    </message>
    <message>
        <source>{year}-{seq:04d}</source>
        <translation>{year}-{seq:04d}</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>&amp;Documents are written in</source>
        <translation>&amp;Документы составляются на</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Язык &amp;интерфейса</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Открыта сейчас</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Открывать при &amp;запуске</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>база данных по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Сервер (хост)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>П&amp;орт</translation>
    </message>
    <message>
        <source>Dat&amp;abase</source>
        <translation>Ба&amp;за данных</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Used when Kafedra starts without --db and without KAFEDRA_DB.</source>
        <translation>Используется, когда «Кафедра» запускается без --db и без KAFEDRA_DB.</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>Хранить &amp;резервных копий</translation>
    </message>
    <message>
        <source>none (no automatic backup)</source>
        <translation>нисколько (без автоматических копий)</translation>
    </message>
    <message>
        <source>Each time a database opens, a copy goes to the backups folder beside it; the oldest copies beyond this number are deleted.</source>
        <translation>При каждом открытии базы данных её копия сохраняется в папку backups рядом с ней; самые старые копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ваше имя</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Резолюция</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Edit the talk</source>
        <translation>Изменить выступление</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>Новое выступление</translation>
    </message>
    <message>
        <source>Choose speakers</source>
        <translation>Выбор докладчиков</translation>
    </message>
    <message>
        <source>The talk needs a title.</source>
        <translation>У выступления должно быть название.</translation>
    </message>
    <message>
        <source>The materials link must start with http:// or https://</source>
        <translation>Ссылка на материалы должна начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Длительность</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Start at a &amp;fixed time (the times after it follow from it)</source>
        <translation>Начать в &amp;заданное время (время следующих выступлений считается от него)</translation>
    </message>
    <message>
        <source>Fixed &amp;start</source>
        <translation>Заданное &amp;начало</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Докладчики</translation>
    </message>
    <message>
        <source>&amp;Add speaker…</source>
        <translation>Добавить д&amp;окладчика…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Materials lin&amp;k</source>
        <translation>Ссылка на &amp;материалы</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>There is no seminar to copy yet.</source>
        <translation>Пока нет семинара, который можно скопировать.</translation>
    </message>
    <message>
        <source>New seminar from template</source>
        <translation>Новый семинар по образцу</translation>
    </message>
    <message>
        <source>The new seminar gets the programme, speakers, moderators, partners and settings of the one you copy, moved to the new start. Participants, the resolution and certificates stay behind.</source>
        <translation>Новый семинар получит программу, докладчиков, модераторов, партнёров и настройки копируемого, сдвинутые к новому началу. Участники, резолюция и сертификаты не копируются.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation>Новое &amp;название</translation>
    </message>
    <message>
        <source>New &amp;start</source>
        <translation>Новое &amp;начало</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New seminar</source>
        <translation>Новый семинар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Seminar</source>
        <translation>&amp;Семинар</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Спр&amp;авочники</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New seminar</source>
        <translation>&amp;Новый семинар</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Новый по &amp;образцу…</translation>
    </message>
    <message>
        <source>&amp;Delete seminar…</source>
        <translation>&amp;Удалить семинар…</translation>
    </message>
    <message>
        <source>&amp;Find seminar</source>
        <translation>&amp;Найти семинар</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Kafedra</source>
        <translation>&amp;О программе «Кафедра»</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Delete «{title}» with its programme, participants and resolution? This cannot be undone; certificates already issued stay in the register.</source>
        <translation>Удалить «{title}» вместе с программой, участниками и резолюцией? Отменить это нельзя; уже выданные сертификаты останутся в реестре.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
</TS>
