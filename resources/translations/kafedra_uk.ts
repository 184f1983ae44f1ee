<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version} · Python {python} · Qt for Python {pyside}</source>
        <translation>Версія {version} · Python {python} · Qt for Python {pyside}</translation>
    </message>
    <message>
        <source>Plans seminars, conferences and webinars offline and produces their papers: programmes, resolutions, certificates. Everything stays in one database file on this computer.</source>
        <translation>Планує семінари, конференції та вебінари без інтернету й готує їхні документи: програми, резолюції, сертифікати. Усі дані зберігаються в одному файлі бази на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Database: {name}
Log file: {log}</source>
        <translation>База даних: {name}
Журнал: {log}</translation>
    </message>
    <message>
        <source>none (the log folder is not writable)</source>
        <translation>немає (до теки журналу не можна записувати)</translation>
    </message>
    <message>
        <source>About Kafedra</source>
        <translation>Про програму «Кафедра»</translation>
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
        <translation>Бази даних «Кафедри» (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Kafedra: the database cannot be opened</source>
        <translation>Кафедра: базу даних не вдається відкрити</translation>
    </message>
    <message>
        <source>Nothing was changed on the server. Try again once the problem above is solved (the department&apos;s administrator can help), or work in a database file on this computer for now.</source>
        <translation>На сервері нічого не змінено. Спробуйте ще раз, коли проблему, описану вище, буде розв’язано (допоможе адміністратор відділу), або поки що працюйте з файлом бази даних на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>There is an automatic backup of this database from {time}. Restore it? The damaged file is kept beside it under a new name. Or open another database, or create a new one.</source>
        <translation>Є автоматична резервна копія цієї бази даних від {time}. Відновити її? Пошкоджений файл буде збережено поруч під новою назвою. Можна також відкрити іншу базу даних або створити нову.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Відновити з копії</translation>
    </message>
    <message>
        <source>No automatic backup of this database was found. The file was left as it is. Open another database, or create a new one?</source>
        <translation>Автоматичної резервної копії цієї бази даних не знайдено. Файл залишено як є. Відкрити іншу базу даних чи створити нову?</translation>
    </message>
    <message>
        <source>The file was left as it is. Open another database, or create a new one?</source>
        <translation>Файл залишено без змін. Відкрити іншу базу даних чи створити нову?</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Відкрити іншу…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups are made of database files; this database is on a server.</source>
        <translation>Резервні копії робляться лише для файлів баз даних, а ця база розміщена на сервері.</translation>
    </message>
    <message>
        <source>{name} backup {time}.sqlite3</source>
        <translation>{name} копія {time}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Зберегти резервну копію бази до</translation>
    </message>
    <message>
        <source>The backup is written to {path}.</source>
        <translation>Резервну копію збережено: {path}.</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a backup.</source>
        <translation>З резервної копії можна відновити лише файл бази даних.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}? The current database is kept beside it first, so this can be reversed by restoring that copy.</source>
        <translation>Замінити весь вміст {database} резервною копією {backup}? Поточну базу спершу буде збережено поруч, тож її можна буде повернути, відновивши цю копію.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Restored from {backup}.</source>
        <translation>Відновлено з {backup}.</translation>
    </message>
    <message>
        <source>The previous database is kept as {path}.</source>
        <translation>Попередню базу збережено як {path}.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Edit the block</source>
        <translation>Змінити блок</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Новий блок</translation>
    </message>
    <message>
        <source>Choose moderators</source>
        <translation>Вибір модераторів</translation>
    </message>
    <message>
        <source>The block needs a title.</source>
        <translation>Блок повинен мати назву.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зала</translation>
    </message>
    <message>
        <source>&amp;Moderators</source>
        <translation>&amp;Модератори</translation>
    </message>
    <message>
        <source>&amp;Add moderator…</source>
        <translation>&amp;Додати модератора…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повна назва</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Коротка назва</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Науковий ступінь</translation>
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
        <translation>Був присутній</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Доповідачі</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Тривалість</translation>
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
        <translation>Виступи</translation>
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
        <translation>Замість пошкодженої бази даних відновлено автоматичну копію від {time}; змін, зроблених пізніше, у ній немає. Пошкоджений файл збережено як {path}.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
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
        <translation>Пошук: прізвище, організація, ел. пошта… (регістр і апостроф не важливі)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>&amp;Об’єднати два…</translation>
    </message>
    <message>
        <source>Select two duplicates (Ctrl+click), then merge them field by field</source>
        <translation>Виділіть два дублікати (Ctrl+клацання) й об’єднайте їх поле за полем</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} з {total}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документи Word (*.docx)</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>Окремий файл на особу</translation>
    </message>
    <message>
        <source>For e-mailing: a file for each person, named after them, in a folder you choose</source>
        <translation>Для розсилки: по файлу на кожну особу, з її іменем, у вибрану теку</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Відкрити &amp;теку</translation>
    </message>
    <message>
        <source>The folder the last document was saved in</source>
        <translation>Тека, до якої збережено останній документ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose a document and press Preview.</source>
        <translation>Виберіть документ і натисніть «Перегляд».</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Names to check before printing (double-click «Printed as» to correct the dative):</source>
        <translation>Імена, які варто перевірити перед друком (двічі клацніть «Як у документі», щоб виправити давальний відмінок):</translation>
    </message>
    <message>
        <source>No names to check: every name was declined with certainty.</source>
        <translation>Перевіряти нічого: усі імена відмінено впевнено.</translation>
    </message>
    <message>
        <source>The seminar changed since this preview; press Preview to see it again.</source>
        <translation>Семінар змінився після цього перегляду; натисніть «Перегляд», щоб оновити.</translation>
    </message>
    <message>
        <source>Save one file per person into</source>
        <translation>Зберегти по файлу на особу до</translation>
    </message>
    <message>
        <source>Save {document} as {format}</source>
        <translation>Зберегти «{document}» у {format}</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Збираються дані…</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Документ не вдалося сформувати.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Формування…</translation>
    </message>
    <message>
        <source>Rendering… {done} of {total}</source>
        <translation>Формування… {done} з {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Скасовано; нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s). Numbers are issued when you save or print.</source>
        <translation>
            <numerusform>Перегляд: %n сторінка. Номери присвоюються під час збереження або друку.</numerusform>
            <numerusform>Перегляд: %n сторінки. Номери присвоюються під час збереження або друку.</numerusform>
            <numerusform>Перегляд: %n сторінок. Номери присвоюються під час збереження або друку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер надіслано %n сторінку.</numerusform>
            <numerusform>На принтер надіслано %n сторінки.</numerusform>
            <numerusform>На принтер надіслано %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: не вдається записати файл ({reason})</translation>
    </message>
    <message>
        <source>Nothing more was written.</source>
        <translation>Більше нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}.</source>
        <translation>
            <numerusform>Збережено %n файл у {folder}.</numerusform>
            <numerusform>Збережено %n файли у {folder}.</numerusform>
            <numerusform>Збережено %n файлів у {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Збережено: {path}.</translation>
    </message>
    <message>
        <source>The corrected form is saved; preparing the preview again…</source>
        <translation>Виправлену форму збережено; перегляд готується знову…</translation>
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
        <translation>Розклад frab XML (*.xml)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: не вдається записати файл ({reason})</translation>
    </message>
    <message>
        <source>Choose a seminar in the list first.</source>
        <translation>Спершу виберіть семінар у списку.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>учасники</translation>
    </message>
    <message>
        <source>certificate register</source>
        <translation>реєстр сертифікатів</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>програма</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>розклад</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Імпорт учасників…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Participants as &amp;CSV…</source>
        <translation>Учасники в &amp;CSV…</translation>
    </message>
    <message>
        <source>Participants as &amp;XLSX…</source>
        <translation>Учасники в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Certificate &amp;register as CSV…</source>
        <translation>&amp;Реєстр сертифікатів у CSV…</translation>
    </message>
    <message>
        <source>Certificate register as XLS&amp;X…</source>
        <translation>Реєстр сертифікатів у XLS&amp;X…</translation>
    </message>
    <message>
        <source>Programme as &amp;iCalendar…</source>
        <translation>Програма в &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Programme as &amp;frab schedule XML…</source>
        <translation>Програма у &amp;frab XML…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Резервна &amp;копія…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Відновити…</translation>
    </message>
    <message>
        <source>Choose the seminar to import participants into, in the list on the left.</source>
        <translation>Виберіть у списку ліворуч семінар, до якого потрібно імпортувати учасників.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>added {added}, matched to existing people {matched}, merged {merged}, skipped {skipped}; {registered} newly registered</source>
        <translation>додано {added}, знайдено в довіднику {matched}, об’єднано {merged}, пропущено {skipped}; нових реєстрацій {registered}</translation>
    </message>
    <message>
        <source>, {count} already registered</source>
        <translation>, уже зареєстровані {count}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Registrations (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)</source>
        <translation>Реєстрації (*.csv *.xlsx *.xls *.ods *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import participants — {file}</source>
        <translation>Імпорт учасників — {file}</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Check the rows →</source>
        <translation>&amp;Перевірити рядки →</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n registration(s)</source>
        <translation>
            <numerusform>&amp;Імпортувати %n реєстрацію</numerusform>
            <numerusform>&amp;Імпортувати %n реєстрації</numerusform>
            <numerusform>&amp;Імпортувати %n реєстрацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is as it was.</source>
        <translation>Імпорт скасовано; база даних не змінилася.</translation>
    </message>
    <message>
        <source>Import participants from</source>
        <translation>Імпортувати учасників з</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Імпортовано: {summary}.</translation>
    </message>
    <message>
        <source>Organisations added: {count}.</source>
        <translation>Додано організацій: {count}.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>position</source>
        <translation>посада</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>participation format</source>
        <translation>формат участі</translation>
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
        <translation>значення не взято</translation>
    </message>
    <message>
        <source>formula kept as text</source>
        <translation>формулу залишено текстом</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>припущено</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>об’єднано</translation>
    </message>
    <message>
        <source>already in the directory</source>
        <translation>уже в довіднику</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>уже зареєстровано</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Seminar</source>
        <translation>Семінар</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференція</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебінар</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглий стіл</translation>
    </message>
    <message>
        <source>Master class</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренінг</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Дистанційно</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Змішаний формат</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Триває реєстрація</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Russian (русский)</source>
        <translation>Російська (русский)</translation>
    </message>
    <message>
        <source>Ukrainian (українська)</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська (English)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Виступ</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Пленарна доповідь</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обговорення</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Відкриття</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Закриття</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обід</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Доповідач</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гість</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} год {minutes} хв</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>співорганізатор</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {name}</source>
        <translation>База даних: {name}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>This database is read-only: changes cannot be saved. You can look through it and export; to work in it, make the file writable or open a copy.</source>
        <translation>Цю базу даних відкрито лише для читання: зміни зберегти не можна. Її можна переглядати й експортувати; щоб працювати в ній, дозвольте запис у файл або відкрийте копію.</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (лише читання)</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Базу даних відкрито лише для читання</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>{file} — header in row {row}</source>
        <translation>{file} — заголовок у рядку {row}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>, {encoding}, separated by «{delimiter}»</source>
        <translation>, {encoding}, роздільник «{delimiter}»</translation>
    </message>
    <message>
        <source>the mapping you used for this form last time</source>
        <translation>відповідність, вибрана для цієї форми минулого разу</translation>
    </message>
    <message>
        <source>Kafedra&apos;s guess</source>
        <translation>припущення «Кафедри»</translation>
    </message>
    <message>
        <source>{where}.
Each column and what it is imported as ({how}); change what is wrong.</source>
        <translation>{where}.
Стовпці файлу і те, чим вони стануть під час імпорту ({how}); виправте, якщо щось не так.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Імпортується як</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Перше значення</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не імпортувати —</translation>
    </message>
    <message numerus="yes">
        <source>The first rows of the file (%n):</source>
        <translation>
            <numerusform>Перші рядки файлу (%n):</numerusform>
            <numerusform>Перші рядки файлу (%n):</numerusform>
            <numerusform>Перші рядки файлу (%n):</numerusform>
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
        <translation>&lt;b&gt;Залишити цей запис&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged into it and removed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Влити в нього й видалити&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>The entry on the left stays; everything linked to the one on the right (registrations, talks, certificates) moves to it, and the right one is removed. This cannot be undone.</source>
        <translation>Запис ліворуч залишається; усе, що пов’язане із записом праворуч (реєстрації, виступи, сертифікати), переходить до нього, а запис праворуч видаляється. Скасувати це не можна.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong and the action was not completed.</source>
        <translation>Щось пішло не так, і дію не виконано.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Подробиці в журналі:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Журнал записати не вдалося.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал: {path}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now in the database; your unsaved change is then dropped. Cancel keeps your text on screen so you can copy it first.</source>
        <translation>«Оновити» покаже запис таким, яким він є зараз у базі даних; вашу незбережену зміну при цьому буде відкинуто. «Скасувати» залишить ваш текст на екрані, щоб його можна було спершу скопіювати.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
</context>
<context>
    <name>NameChecks</name>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Як у документі</translation>
    </message>
    <message>
        <source>Why to check</source>
        <translation>Чому перевірити</translation>
    </message>
    <message>
        <source>The dative form on the certificate: double-click to correct it</source>
        <translation>Форма давального відмінка в сертифікаті: двічі клацніть, щоб виправити</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit the organisation</source>
        <translation>Змінити організацію</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Нова організація</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Повна назва</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Коротка назва</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Область</translation>
    </message>
</context>
<context>
    <name>OrganisationsWindow</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n організація</numerusform>
            <numerusform>%n організації</numerusform>
            <numerusform>%n організацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Об’єднання двох організацій</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{keep}»? This cannot be undone.</source>
        <translation>Влити «{other}» у «{keep}»? Скасувати це не можна.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Overview</source>
        <translation>Загальні відомості</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>&amp;Підзаголовок</translation>
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
        <translation>&amp;Мова документів</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Закінчення</translation>
    </message>
    <message>
        <source>Venue a&amp;ddress</source>
        <translation>&amp;Адреса місця проведення</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зала</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>Органі&amp;затор</translation>
    </message>
    <message>
        <source>Organiser&apos;s de&amp;partment</source>
        <translation>&amp;Відділ організатора</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Stream lin&amp;k</source>
        <translation>Посилання на &amp;трансляцію</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Re&amp;gistration link</source>
        <translation>Посилання на &amp;реєстрацію</translation>
    </message>
    <message>
        <source>Re&amp;cording link</source>
        <translation>Посилання на &amp;запис</translation>
    </message>
    <message>
        <source>Academic &amp;hours</source>
        <translation>Академічні &amp;години</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Аудиторія</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>підзаголовок</translation>
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
        <translation>мова документів</translation>
    </message>
    <message>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <source>end</source>
        <translation>закінчення</translation>
    </message>
    <message>
        <source>venue address</source>
        <translation>адреса місця проведення</translation>
    </message>
    <message>
        <source>room</source>
        <translation>зала</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>організатор</translation>
    </message>
    <message>
        <source>organiser&apos;s department</source>
        <translation>відділ організатора</translation>
    </message>
    <message>
        <source>stream link</source>
        <translation>посилання на трансляцію</translation>
    </message>
    <message>
        <source>registration link</source>
        <translation>посилання на реєстрацію</translation>
    </message>
    <message>
        <source>recording link</source>
        <translation>посилання на запис</translation>
    </message>
    <message>
        <source>academic hours</source>
        <translation>академічні години</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>аудиторія</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>«{text}» is not a number of hours</source>
        <translation>«{text}» — не кількість годин</translation>
    </message>
    <message>
        <source>academic hours cannot be negative</source>
        <translation>академічних годин не може бути менше від нуля</translation>
    </message>
    <message>
        <source>The seminar ends ({end}) before it starts ({start})</source>
        <translation>Семінар закінчується ({end}) раніше, ніж починається ({start})</translation>
    </message>
    <message>
        <source>Edit the seminar&apos;s {field}</source>
        <translation>Змінити поле «{field}» семінару</translation>
    </message>
</context>
<context>
    <name>ParticipantEdits</name>
    <message numerus="yes">
        <source>Register %n person(s)</source>
        <translation>
            <numerusform>Зареєструвати %n особу</numerusform>
            <numerusform>Зареєструвати %n особи</numerusform>
            <numerusform>Зареєструвати %n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n participant(s)</source>
        <translation>
            <numerusform>Змінити роль %n учасника</numerusform>
            <numerusform>Змінити роль %n учасників</numerusform>
            <numerusform>Змінити роль %n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the mode of %n participant(s)</source>
        <translation>
            <numerusform>Змінити формат участі %n учасника</numerusform>
            <numerusform>Змінити формат участі %n учасників</numerusform>
            <numerusform>Змінити формат участі %n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the attendance of %n participant(s)</source>
        <translation>
            <numerusform>Змінити позначку про присутність %n учасника</numerusform>
            <numerusform>Змінити позначку про присутність %n учасників</numerusform>
            <numerusform>Змінити позначку про присутність %n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Вилучити %n учасника</numerusform>
            <numerusform>Вилучити %n учасників</numerusform>
            <numerusform>Вилучити %n учасників</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n зареєстрований</numerusform>
            <numerusform>%n зареєстровані</numerusform>
            <numerusform>%n зареєстрованих</numerusform>
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
            <numerusform>%n дистанційно</numerusform>
            <numerusform>%n дистанційно</numerusform>
            <numerusform>%n дистанційно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n був присутній</numerusform>
            <numerusform>%n були присутні</numerusform>
            <numerusform>%n були присутні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n організація</numerusform>
            <numerusform>%n організації</numerusform>
            <numerusform>%n організацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n регіон</numerusform>
            <numerusform>%n регіони</numerusform>
            <numerusform>%n регіонів</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, organisation, role…</source>
        <translation>Фільтр за іменем, організацією, роллю…</translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation>Фільтр учасників</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>&amp;Add from directory…</source>
        <translation>&amp;Додати з довідника…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Нова особа…</translation>
    </message>
    <message>
        <source>Mark a&amp;ttended</source>
        <translation>Позначити &amp;присутність</translation>
    </message>
    <message>
        <source>Mark a&amp;bsent</source>
        <translation>Позначити &amp;відсутність</translation>
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
        <translation>&amp;Формат участі</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>В&amp;илучити</translation>
    </message>
    <message>
        <source>Nobody is registered yet: add people from the directory.</source>
        <translation>Поки що ніхто не зареєстрований: додайте людей з довідника.</translation>
    </message>
    <message>
        <source>Register people</source>
        <translation>Реєстрація учасників</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Took part in</source>
        <translation>Брав(ла) участь у</translation>
    </message>
    <message>
        <source>Seminars of the person</source>
        <translation>Семінари цієї особи</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>No seminars yet.</source>
        <translation>Поки що жодного семінару.</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Об’єднання двох записів про осіб</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{keep}»? This cannot be undone.</source>
        <translation>Влити «{other}» у «{keep}»? Скасувати це не можна.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit a person</source>
        <translation>Змінити дані особи</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>Guess from the name</source>
        <translation>Визначити за іменем</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>По &amp;батькові</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Стать</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>П&amp;осада</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>Науковий с&amp;тупінь</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Організація</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Місто</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Нотатки</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Surname, name, organisation or e-mail</source>
        <translation>Прізвище, ім’я, організація або ел. пошта</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Нова особа…</translation>
    </message>
    <message>
        <source>Add someone who is not in the directory yet, with the name typed above</source>
        <translation>Додати особу, якої ще немає в довіднику, з уведеним вище іменем</translation>
    </message>
    <message numerus="yes">
        <source>The first %n shown; type more to narrow.</source>
        <translation>
            <numerusform>Показано перший %n; уточніть запит.</numerusform>
            <numerusform>Показано перші %n; уточніть запит.</numerusform>
            <numerusform>Показано перші %n; уточніть запит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Знайдено %n</numerusform>
            <numerusform>Знайдено %n</numerusform>
            <numerusform>Знайдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found: add a new person?</source>
        <translation>Нікого не знайдено: додати нову особу?</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add a talk</source>
        <translation>Додати виступ</translation>
    </message>
    <message>
        <source>Edit «{title}»</source>
        <translation>Змінити «{title}»</translation>
    </message>
    <message>
        <source>Delete «{title}»</source>
        <translation>Видалити «{title}»</translation>
    </message>
    <message>
        <source>Move «{title}»</source>
        <translation>Перемістити «{title}»</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Додати блок</translation>
    </message>
    <message>
        <source>Edit the block «{title}»</source>
        <translation>Змінити блок «{title}»</translation>
    </message>
    <message>
        <source>Rename the block «{title}»</source>
        <translation>Перейменувати блок «{title}»</translation>
    </message>
    <message>
        <source>Delete the block «{title}»</source>
        <translation>Видалити блок «{title}»</translation>
    </message>
    <message>
        <source>Move the block «{title}»</source>
        <translation>Перемістити блок «{title}»</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копія)</translation>
    </message>
    <message>
        <source>Duplicate the block «{title}»</source>
        <translation>Дублювати блок «{title}»</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Moderators: {names}</source>
        <translation>Модератори: {names}</translation>
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
        <translation>Закріплено: починається о {time}, хоч би що йшло перед ним</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Зала: {room}</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Add &amp;talk…</source>
        <translation>Додати &amp;виступ…</translation>
    </message>
    <message>
        <source>Add &amp;block…</source>
        <translation>Додати &amp;блок…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;ище</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Н&amp;ижче</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n виступ</numerusform>
            <numerusform>%n виступи</numerusform>
            <numerusform>%n виступів</numerusform>
        </translation>
    </message>
    <message>
        <source>talks {duration}</source>
        <translation>виступи {duration}</translation>
    </message>
    <message>
        <source>breaks {duration}</source>
        <translation>перерви {duration}</translation>
    </message>
    <message>
        <source>the day: {span}</source>
        <translation>увесь день: {span}</translation>
    </message>
    <message>
        <source>Total: {parts}</source>
        <translation>Разом: {parts}</translation>
    </message>
    <message>
        <source>The programme is empty: add a block or a talk.</source>
        <translation>Програма порожня: додайте блок або виступ.</translation>
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
        <translation>Дублювати «{title}»</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message numerus="yes">
        <source>; %n new organisation(s)</source>
        <translation>
            <numerusform>; %n нова організація</numerusform>
            <numerusform>; %n нові організації</numerusform>
            <numerusform>; %n нових організацій</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row will be imported as written.</source>
        <translation>Усі рядки буде імпортовано як є.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n рядок: </numerusform>
            <numerusform>%n рядки: </numerusform>
            <numerusform>%n рядків: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet: Import writes it all at once, Cancel leaves the database as it is.</source>
        <translation>Поки що нічого не записано: «Імпортувати» запише все одразу, «Скасувати» залишить базу як є.</translation>
    </message>
</context>
<context>
    <name>ResolutionTab</name>
    <message>
        <source>Noted</source>
        <translation>Учасники відзначили</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <source>The preamble: when and where the seminar took place, who took part.</source>
        <translation>Преамбула: коли й де відбувся семінар, хто брав у ньому участь.</translation>
    </message>
    <message>
        <source>&amp;Draft from the seminar</source>
        <translation>&amp;Чернетка з даних семінару</translation>
    </message>
    <message>
        <source>Write the preamble from the seminar&apos;s date, title, organiser and counts</source>
        <translation>Скласти преамбулу за датою, назвою, організатором і кількістю учасників семінару</translation>
    </message>
    <message>
        <source>Adopted &amp;on</source>
        <translation>Ухвалено &amp;</translation>
    </message>
    <message>
        <source>Talks heard</source>
        <translation>Заслухані виступи</translation>
    </message>
    <message>
        <source>Talks heard (from the programme)</source>
        <translation>Заслухані виступи (з програми)</translation>
    </message>
    <message>
        <source>No talks in the programme yet.</source>
        <translation>У програмі поки що немає виступів.</translation>
    </message>
    <message>
        <source>Edit the preamble</source>
        <translation>Змінити преамбулу</translation>
    </message>
    <message>
        <source>Add to «{section}»</source>
        <translation>Додати до розділу «{section}»</translation>
    </message>
    <message>
        <source>Edit an item of «{section}»</source>
        <translation>Змінити пункт розділу «{section}»</translation>
    </message>
    <message>
        <source>Delete an item of «{section}»</source>
        <translation>Видалити пункт розділу «{section}»</translation>
    </message>
    <message>
        <source>Move an item of «{section}»</source>
        <translation>Перемістити пункт розділу «{section}»</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>New item: type its text</source>
        <translation>Новий пункт: введіть текст</translation>
    </message>
</context>
<context>
    <name>SeminarListPanel</name>
    <message>
        <source>Search seminars (Ctrl+F)</source>
        <translation>Пошук семінарів (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search seminars</source>
        <translation>Пошук семінарів</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
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
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Будь-який вид</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Усі роки</translation>
    </message>
    <message>
        <source>Seminars</source>
        <translation>Семінари</translation>
    </message>
</context>
<context>
    <name>SeminarPanel</name>
    <message>
        <source>No seminar is open.

Choose one in the list, or create one with Seminar → New seminar (Ctrl+N).</source>
        <translation>Семінар не відкрито.

Виберіть його у списку або створіть: Семінар → Новий семінар (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>The seminar&apos;s title</source>
        <translation>Назва семінару</translation>
    </message>
    <message>
        <source>The block&apos;s title</source>
        <translation>Назва блоку</translation>
    </message>
    <message>
        <source>The talk&apos;s title</source>
        <translation>Назва доповіді</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>The surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>The materials link</source>
        <translation>Посилання на матеріали</translation>
    </message>
    <message>
        <source>The stream link</source>
        <translation>Посилання на трансляцію</translation>
    </message>
    <message>
        <source>The recording link</source>
        <translation>Посилання на запис</translation>
    </message>
    <message>
        <source>The registration link</source>
        <translation>Посилання на реєстрацію</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>семінар</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>block</source>
        <translation>блок</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>доповідь</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>участь</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>резолюція</translation>
    </message>
    <message>
        <source>resolution item</source>
        <translation>пункт резолюції</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>по батькові</translation>
    </message>
    <message>
        <source>position</source>
        <translation>посада</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>participation format</source>
        <translation>формат участі</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>організатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>talk title</source>
        <translation>назва доповіді</translation>
    </message>
    <message>
        <source>the seminar ends ({ends}) before it starts ({starts})</source>
        <translation>семінар закінчується ({ends}) раніше, ніж починається ({starts})</translation>
    </message>
    <message>
        <source>academic hours cannot be negative</source>
        <translation>кількість академічних годин не може бути від&apos;ємною</translation>
    </message>
    <message>
        <source>{label} must not be empty</source>
        <translation>Поле «{label}» не може бути порожнім</translation>
    </message>
    <message>
        <source>{label} must start with http:// or https:// (got «{value}»)</source>
        <translation>Поле «{label}» має починатися з http:// або https:// (зазначено «{value}»)</translation>
    </message>
    <message>
        <source>{label} must not contain spaces</source>
        <translation>Поле «{label}» не повинно містити пробілів</translation>
    </message>
    <message>
        <source>a talk lasts from 1 minute to 24 hours, not {minutes} minutes</source>
        <translation>доповідь триває від 1 хвилини до 24 годин, а не {minutes} хв</translation>
    </message>
    <message>
        <source>block {block} belongs to another seminar</source>
        <translation>блок {block} належить до іншого семінару</translation>
    </message>
    <message>
        <source>«{name}» is not an organisation name (no letters or digits)</source>
        <translation>«{name}» — не назва організації (у ній немає ні літер, ні цифр)</translation>
    </message>
    <message>
        <source>«{name}» is already in the directory (id {id}); merge the two instead</source>
        <translation>«{name}» уже є в довіднику (id {id}); краще об&apos;єднайте ці записи</translation>
    </message>
    <message>
        <source>an organisation cannot be merged with itself</source>
        <translation>організацію не можна об&apos;єднати саму з собою</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address</source>
        <translation>«{email}» — не адреса електронної пошти</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves</source>
        <translation>особу не можна об&apos;єднати саму з собою</translation>
    </message>
    <message>
        <source>cannot choose {fields} when merging</source>
        <translation>під час об&apos;єднання не можна вибрати: {fields}</translation>
    </message>
    <message>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>логотип має бути зображенням PNG або JPEG</translation>
    </message>
    <message>
        <source>at most {count} signatories</source>
        <translation>підписантів може бути не більше ніж {count}</translation>
    </message>
    <message>
        <source>the logo is larger than 5 MB; use a smaller image</source>
        <translation>логотип більший за 5 МБ; виберіть менше зображення</translation>
    </message>
    <message>
        <source>the logo is not a whole PNG or JPEG image</source>
        <translation>логотип не є цілим зображенням PNG або JPEG</translation>
    </message>
    <message>
        <source>the logo is {width}×{height} pixels; use an image of at most {limit} pixels on its longer side</source>
        <translation>розмір логотипа {width}×{height} пікселів; виберіть зображення не більше {limit} пікселів за довшою стороною</translation>
    </message>
    <message>
        <source>no place {place} among {count} items</source>
        <translation>немає місця {place}: пунктів усього {count}</translation>
    </message>
    <message>
        <source>person {person} is not registered for seminar {seminar}</source>
        <translation>особу {person} не зареєстровано на семінар {seminar}</translation>
    </message>
    <message>
        <source>no {what} with id {id}</source>
        <translation>не знайдено: {what} з id {id}</translation>
    </message>
    <message>
        <source>The talk «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Доповідь «{title}» змінив користувач {who} о {when}, уже після того як ви її відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The block «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Блок «{title}» змінив користувач {who} о {when}, уже після того як ви його відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The seminar «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Семінар «{title}» змінив користувач {who} о {when}, уже після того як ви його відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The registration of «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Реєстрацію учасника «{name}» змінив користувач {who} о {when}, уже після того як ви її відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The directory entry «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Запис довідника «{name}» змінив користувач {who} о {when}, уже після того як ви його відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The organisation «{name}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Організацію «{name}» змінив користувач {who} о {when}, уже після того як ви її відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The resolution of «{title}» was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Резолюцію семінару «{title}» змінив користувач {who} о {when}, уже після того як ви її відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The organisation profile was changed by {who} at {when} after you opened it; reload to see the changes</source>
        <translation>Профіль організації змінив користувач {who} о {when}, уже після того як ви його відкрили; оновіть, щоб побачити зміни</translation>
    </message>
    <message>
        <source>The database is busy: another Kafedra window or command is writing to it. Try again in a moment.</source>
        <translation>База даних зайнята: до неї зараз записує інше вікно або команда Kafedra. Повторіть за кілька секунд.</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record at the same moment; reload to see it.</source>
        <translation>Хтось інший тієї ж миті зберіг зміну цього самого запису; оновіть, щоб її побачити.</translation>
    </message>
    <message>
        <source>the certificate number pattern is empty</source>
        <translation>шаблон номера сертифіката порожній</translation>
    </message>
    <message>
        <source>the certificate number pattern «{pattern}» is malformed ({reason})</source>
        <translation>шаблон номера сертифіката «{pattern}» записано з помилкою ({reason})</translation>
    </message>
    <message>
        <source>the certificate number pattern may use {{year}} and {{seq}}, not {{{unknown}}}</source>
        <translation>у шаблоні номера сертифіката можна використовувати {{year}} і {{seq}}, але не {{{unknown}}}</translation>
    </message>
    <message>
        <source>the certificate number pattern must contain {{seq}}, or every number would be the same</source>
        <translation>шаблон номера сертифіката має містити {{seq}}, інакше всі номери будуть однаковими</translation>
    </message>
    <message>
        <source>the certificate number pattern «{pattern}» cannot be used ({reason})</source>
        <translation>шаблон номера сертифіката «{pattern}» не можна використати ({reason})</translation>
    </message>
    <message>
        <source>«{talk}» is pinned to {pinned}, before «{previous}» ends at {ends}</source>
        <translation>«{talk}» закріплено на {pinned}, а «{previous}» закінчується лише о {ends}</translation>
    </message>
    <message>
        <source>the same speaker is in «{first}» ({first_start}–{first_end}) and «{second}» ({second_start}–{second_end})</source>
        <translation>той самий доповідач виступає в «{first}» ({first_start}–{first_end}) і в «{second}» ({second_start}–{second_end})</translation>
    </message>
    <message>
        <source>blocks «{first}» and «{second}» overlap in room «{room}»</source>
        <translation>блоки «{first}» і «{second}» накладаються в аудиторії «{room}»</translation>
    </message>
    <message>
        <source>blocks «{first}» and «{second}» overlap in the same room</source>
        <translation>блоки «{first}» і «{second}» накладаються в одному приміщенні</translation>
    </message>
    <message>
        <source>«{talk}» ends at {ends}, after the seminar ends ({end})</source>
        <translation>«{talk}» закінчується о {ends}, уже після завершення семінару ({end})</translation>
    </message>
    <message>
        <source>«{talk}» starts at {starts}, before the seminar starts ({start})</source>
        <translation>«{talk}» починається о {starts}, ще до початку семінару ({start})</translation>
    </message>
    <message>
        <source>{path}: an empty database, not a Kafedra database</source>
        <translation>{path}: порожня база даних, а не база Kafedra</translation>
    </message>
    <message>
        <source>{path}: the database has no schema revision, not a Kafedra database</source>
        <translation>{path}: база даних не має версії схеми — це не база Kafedra</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it</source>
        <translation>{path}: файл створено новішою версією Kafedra (схема {revision}); щоб працювати з ним, установіть нову версію Kafedra</translation>
    </message>
    <message>
        <source>{path}: the copy failed its check ({problem})</source>
        <translation>{path}: копія не пройшла перевірку ({problem})</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; choose another file for the backup</source>
        <translation>{path}: це сама база даних; виберіть для резервної копії інший файл</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name for the backup</source>
        <translation>{path}: це тека; зазначте ім&apos;я файлу для резервної копії</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: теки {folder} не існує</translation>
    </message>
    <message>
        <source>{path}: cannot write the backup ({reason})</source>
        <translation>{path}: не вдалося записати резервну копію ({reason})</translation>
    </message>
    <message>
        <source>{path}: that is the database itself; nothing to restore</source>
        <translation>{path}: це сама база даних; відновлювати нічого</translation>
    </message>
    <message>
        <source>{path}: cannot restore from {source} ({reason}); the previous database is kept at {kept}</source>
        <translation>{path}: не вдалося відновити з {source} ({reason}); попередню базу даних збережено як {kept}</translation>
    </message>
    <message>
        <source>{path}: cannot restore from {source} ({reason})</source>
        <translation>{path}: не вдалося відновити з {source} ({reason})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: це тека, а не файл бази даних</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: файл не вдається прочитати ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes), not a Kafedra database; it was left as is</source>
        <translation>{path}: файл порожній (0 байтів), це не база Kafedra; файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: not a SQLite database (wrong file type); it was left as is</source>
        <translation>{path}: це не база даних SQLite (інший тип файлу); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: the database is damaged (the file is cut short); it was left as is</source>
        <translation>{path}: базу даних пошкоджено (файл обрізано); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: the database is damaged (the file is cut short: {size} of {expected} bytes); it was left as is</source>
        <translation>{path}: базу даних пошкоджено (файл обрізано: {size} з {expected} байтів); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: a SQLite database of another program, not of Kafedra; it was left as is</source>
        <translation>{path}: база даних SQLite іншої програми, а не Kafedra; файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: the database is damaged or not a database ({reason}); it was left as is</source>
        <translation>{path}: базу даних пошкоджено або це взагалі не база даних ({reason}); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({problem}); it was left as is</source>
        <translation>{path}: базу даних пошкоджено ({problem}); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: cannot write a backup copy before the upgrade ({reason})</source>
        <translation>{path}: не вдалося зберегти резервну копію перед оновленням ({reason})</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this change was not saved; check the network and try again</source>
        <translation>З’єднання із сервером бази даних перервалося, тому цю зміну не збережено; перевірте мережу й спробуйте ще раз</translation>
    </message>
    <message>
        <source>The database server refused a value ({detail}); nothing was saved</source>
        <translation>Сервер бази даних не прийняв значення ({detail}); нічого не збережено</translation>
    </message>
    <message>
        <source>{path}: not a database path or URL</source>
        <translation>{path}: це не шлях до бази даних і не її адреса</translation>
    </message>
    <message>
        <source>{path}: Kafedra works with a SQLite file or a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>{path}: «Кафедра» працює з файлом SQLite або із сервером PostgreSQL (postgresql://КОРИСТУВАЧ@СЕРВЕР:ПОРТ/БАЗА)</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder {folder} ({reason})</source>
        <translation>{path}: не вдалося створити теку {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path}: the database has no schema revision; it was left as is</source>
        <translation>{path}: база даних не має версії схеми; файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to open it; the file was left as is</source>
        <translation>{path}: файл створено новішою версією Kafedra (схема {revision}); щоб відкрити його, установіть нову версію Kafedra; файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: a database of another program, not of Kafedra</source>
        <translation>{path}: база даних іншої програми, а не Kafedra</translation>
    </message>
    <message>
        <source>{path}: the server refused the password of user {user}</source>
        <translation>{path}: сервер не прийняв пароль користувача {user}</translation>
    </message>
    <message>
        <source>{path}: no password for user {user}; enter it in Settings → Database, or put it in ~/.pgpass or PGPASSWORD</source>
        <translation>{path}: немає пароля для користувача {user}; введіть його в «Налаштування → База даних» або запишіть у ~/.pgpass чи PGPASSWORD</translation>
    </message>
    <message>
        <source>{path}: the database {database} does not exist on the server; ask its administrator to create it</source>
        <translation>{path}: бази даних {database} на сервері немає; попросіть адміністратора створити її</translation>
    </message>
    <message>
        <source>{path}: the server has no user {user}</source>
        <translation>{path}: на сервері немає користувача {user}</translation>
    </message>
    <message>
        <source>{path}: the server {host} is not known; check its name</source>
        <translation>{path}: сервер {host} не знайдено; перевірте його ім’я</translation>
    </message>
    <message>
        <source>{path}: the server {host}:{port} is unreachable; check the address and that PostgreSQL is running there</source>
        <translation>{path}: сервер {host}:{port} недоступний; перевірте адресу і чи запущено на ньому PostgreSQL</translation>
    </message>
    <message>
        <source>{path}: the server does not accept connections from this computer for {user}</source>
        <translation>{path}: сервер не приймає з’єднань користувача {user} з цього комп’ютера</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database (user {user} may not create or change the tables; open it once as the database&apos;s owner, or ask the administrator to, so that Kafedra can create or upgrade them)</source>
        <translation>{path}: не вдалося підготувати базу даних (користувач {user} не може створювати і змінювати таблиці; відкрийте її один раз від імені власника бази даних або попросіть про це адміністратора, щоб Kafedra створила чи оновила їх)</translation>
    </message>
    <message>
        <source>{path}: cannot connect ({reason})</source>
        <translation>{path}: не вдалося під&apos;єднатися ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database ({reason}); a copy made before the upgrade is at {backup}</source>
        <translation>{path}: не вдалося підготувати базу даних ({reason}); копія, зроблена перед оновленням: {backup}</translation>
    </message>
    <message>
        <source>{path}: cannot prepare the database ({reason})</source>
        <translation>{path}: не вдалося підготувати базу даних ({reason})</translation>
    </message>
    <message>
        <source>{path}: the upgrade left {count} broken reference(s) (first: {table} row {row} → {parent}); the database was left as it was</source>
        <translation>{path}: після оновлення лишилися биті посилання: {count} (перше: {table}, рядок {row} → {parent}); базу даних залишено як була</translation>
    </message>
    <message>
        <source>{path}: the disk is full; the change was not saved and the database is as it was. Free some space and try again</source>
        <translation>{path}: диск заповнено; зміну не збережено, база даних лишилася такою, як була. Звільніть місце й спробуйте ще раз</translation>
    </message>
    <message>
        <source>{path}: the database is read-only; the change was not saved</source>
        <translation>{path}: базу даних відкрито лише для читання; зміну не збережено</translation>
    </message>
    <message>
        <source>{path}: the file is read-only and was made by an older Kafedra (schema {revision}), so it cannot be upgraded; make it writable, or open a copy; it was left as is</source>
        <translation>{path}: файл доступний лише для читання і створений старішою версією Kafedra (схема {revision}), тому його не можна оновити; дозвольте запис у нього або відкрийте копію; файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: cannot restore the backup {backup} ({reason}); the file was left as is</source>
        <translation>{path}: не вдалося відновити резервну копію {backup} ({reason}); файл залишено як є</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: це тека, а не файл</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: файл не знайдено</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: не вдалося прочитати файл ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл порожній</translation>
    </message>
    <message>
        <source>{path}: the file has no rows</source>
        <translation>{path}: у файлі немає рядків</translation>
    </message>
    <message>
        <source>{path}: not a text table in a known encoding ({encodings})</source>
        <translation>{path}: це не текстова таблиця у відомому кодуванні ({encodings})</translation>
    </message>
    <message>
        <source>{path}: cannot tell the encoding; save the file as UTF-8 ({encodings})</source>
        <translation>{path}: не вдається визначити кодування; збережіть файл в UTF-8 ({encodings})</translation>
    </message>
    <message>
        <source>{path}: not a spreadsheet Kafedra can read ({reason})</source>
        <translation>{path}: Kafedra не може прочитати цю електронну таблицю ({reason})</translation>
    </message>
    <message>
        <source>{path}: more than {limit} rows under the header (row {row}); split the file</source>
        <translation>{path}: понад {limit} рядків під заголовком (рядок {row}); розділіть файл на частини</translation>
    </message>
    <message>
        <source>{path}: {size} MB, larger than a registration table can be (at most {limit} MB); split the file</source>
        <translation>{path}: {size} МБ — більше, ніж буває таблиця реєстрації (не більше {limit} МБ); розділіть файл на частини</translation>
    </message>
    <message>
        <source>{path}: mixed encodings: line {line} is UTF-8 but line {other} is not; save the whole file in one encoding</source>
        <translation>{path}: змішано кодування: рядок {line} в UTF-8, а рядок {other} — ні; збережіть увесь файл в одному кодуванні</translation>
    </message>
    <message>
        <source>{path}, row {row}: a line longer than {limit} characters; not a registration table</source>
        <translation>{path}, рядок {row}: рядок довший за {limit} символів; це не таблиця реєстрації</translation>
    </message>
    <message>
        <source>{path}, row {row}: more than {limit} columns; not a registration table</source>
        <translation>{path}, рядок {row}: понад {limit} стовпців; це не таблиця реєстрації</translation>
    </message>
    <message>
        <source>{path}, row {row}: not text in {encoding}; the file is damaged</source>
        <translation>{path}, рядок {row}: це не текст у кодуванні {encoding}; файл пошкоджено</translation>
    </message>
    <message>
        <source>{path}, row {row}: a NUL byte, so the file is binary or damaged</source>
        <translation>{path}, рядок {row}: нульовий байт (NUL) — файл двійковий або пошкоджений</translation>
    </message>
    <message>
        <source>{path}, row {row}: a cell longer than {limit} characters (an unclosed quote?)</source>
        <translation>{path}, рядок {row}: клітинка довша за {limit} символів (не закрито лапки?)</translation>
    </message>
    <message>
        <source>{path}: a ZIP archive with no workbook inside, not a spreadsheet</source>
        <translation>{path}: ZIP-архів без робочої книги всередині, а не електронна таблиця</translation>
    </message>
    <message>
        <source>{path}: the spreadsheet unpacks to {size} MB, more than a registration table can be (at most {limit} MB); not opened</source>
        <translation>{path}: таблиця розпаковується в {size} МБ — більше, ніж буває таблиця реєстрації (не більше {limit} МБ); файл не відкрито</translation>
    </message>
    <message>
        <source>{path}: {part} inside the spreadsheet unpacks {ratio} times larger than it is stored, as a ZIP bomb does; not opened</source>
        <translation>{path}: {part} всередині таблиці розпаковується в {ratio} разів більше, ніж зберігається, як у ZIP-бомбі; файл не відкрито</translation>
    </message>
    <message>
        <source>{path}: the sheet reaches row {row} and column {column}, more than a registration table can be (at most {limit} cells); not opened</source>
        <translation>{path}: аркуш сягає рядка {row} і стовпця {column} — більше, ніж буває таблиця реєстрації (не більше {limit} клітинок); файл не відкрито</translation>
    </message>
    <message>
        <source>{path}: the sheet has a cell reference Kafedra does not read; not opened</source>
        <translation>{path}: на аркуші посилання на клітинку, яке Kafedra не читає; файл не відкрито</translation>
    </message>
    <message>
        <source>{path}: more than one column is mapped to {fields}</source>
        <translation>{path}: те саме поле призначено кільком стовпцям: {fields}</translation>
    </message>
    <message>
        <source>{path}: no column with people&apos;s names (expected a header such as «ФИО», «Фамилия», «ПІБ» or «Full name»; the headers are {headers})</source>
        <translation>{path}: немає стовпця з іменами людей (потрібен заголовок на кшталт «ФИО», «Фамилия», «ПІБ» або «Full name»; заголовки у файлі: {headers})</translation>
    </message>
    <message>
        <source>seminar {seminar} has no participants to print badges for</source>
        <translation>у семінарі {seminar} немає учасників — бейджі друкувати нема для кого</translation>
    </message>
    <message>
        <source>seminar {seminar} has no speakers to print certificates for</source>
        <translation>у семінарі {seminar} немає доповідачів — сертифікати друкувати нема для кого</translation>
    </message>
    <message>
        <source>seminar {seminar} has no participants to print certificates for</source>
        <translation>у семінарі {seminar} немає учасників — сертифікати друкувати нема для кого</translation>
    </message>
    <message>
        <source>{field} «{value}» starts with «=», kept as plain text</source>
        <translation>поле «{field}»: «{value}» починається з «=», збережено як звичайний текст</translation>
    </message>
    <message>
        <source>«{written}» in the surname column split into surname, given name and patronymic</source>
        <translation>«{written}» у стовпці прізвищ розділено на прізвище, ім&apos;я та по батькові</translation>
    </message>
    <message>
        <source>name «{typed}» written as «{written}»</source>
        <translation>ім&apos;я «{typed}» записано як «{written}»</translation>
    </message>
    <message>
        <source>several e-mails «{value}», the first kept</source>
        <translation>кілька адрес ел. пошти «{value}», залишено першу</translation>
    </message>
    <message>
        <source>malformed e-mail «{value}», left out</source>
        <translation>неправильна адреса ел. пошти «{value}», не імпортовано</translation>
    </message>
    <message>
        <source>malformed phone «{value}», left out</source>
        <translation>неправильний номер телефону «{value}», не імпортовано</translation>
    </message>
    <message>
        <source>participation format «{value}» not understood, the seminar&apos;s default used</source>
        <translation>формат участі «{value}» не розпізнано, узято типовий формат семінару</translation>
    </message>
    <message>
        <source>role «{value}» not understood, participant assumed</source>
        <translation>роль «{value}» не розпізнано, записано як учасника</translation>
    </message>
    <message>
        <source>no name, skipped</source>
        <translation>немає імені, рядок пропущено</translation>
    </message>
    <message>
        <source>duplicate of row {row}, merged</source>
        <translation>повтор рядка {row}, об&apos;єднано</translation>
    </message>
    <message>
        <source>{who} is already registered for this seminar</source>
        <translation>{who} уже зареєстровано на цей семінар</translation>
    </message>
    <message>
        <source>matched to {who} in the directory</source>
        <translation>зіставлено із записом довідника: {who}</translation>
    </message>
    <message>
        <source>programme conflict: {conflict}</source>
        <translation>конфлікт у програмі: {conflict}</translation>
    </message>
    <message>
        <source>the programme has no talks yet</source>
        <translation>у програмі ще немає доповідей</translation>
    </message>
    <message>
        <source>the resolution has no items yet: only the preamble and the talks are printed</source>
        <translation>у резолюції ще немає пунктів: друкуються лише преамбула й доповіді</translation>
    </message>
    <message>
        <source>the organisation profile names no signatories: the resolution is printed unsigned</source>
        <translation>у профілі організації не зазначено підписантів: резолюція друкується без підписів</translation>
    </message>
    <message>
        <source>nobody is registered yet: the sheet has empty rows to fill in by hand</source>
        <translation>поки ніхто не зареєстрований: в аркуші будуть порожні рядки, щоб заповнити їх від руки</translation>
    </message>
    <message>
        <source>the badge of {name} had a line cut short; check it</source>
        <translation>бейдж «{name}»: рядок обрізано, перевірте його</translation>
    </message>
    <message>
        <source>{name} speaks in the programme but is not registered, so gets no certificate</source>
        <translation>{name} виступає в програмі, але не зареєстрований(а) і тому не отримає сертифіката</translation>
    </message>
    <message>
        <source>{count} registered people were not marked present and get none</source>
        <translation>зареєстрованих, але не позначених як присутні: {count}; вони сертифікатів не отримають</translation>
    </message>
    <message>
        <source>Someone else issued certificates to some of these participants at the same moment; nothing was issued this time, try again</source>
        <translation>Хтось інший у ту саму мить видав сертифікати деяким із цих учасників; цього разу нічого не видано, спробуйте ще раз</translation>
    </message>
    <message>
        <source>the organisation profile names no signatories: certificates are printed unsigned</source>
        <translation>у профілі організації не зазначено підписантів: сертифікати друкуються без підписів</translation>
    </message>
    <message>
        <source>the logo in Settings cannot be printed (not a whole PNG or JPEG image, or too large): the document is made without it; choose the logo again in Settings</source>
        <translation>логотип із налаштувань не можна надрукувати (це не ціле зображення PNG або JPEG чи воно завелике): документ зроблено без нього; виберіть логотип у налаштуваннях знову</translation>
    </message>
    <message>
        <source>check «{name}» → «{printed}»: {reasons}</source>
        <translation>перевірте «{name}» → «{printed}»: {reasons}</translation>
    </message>
    <message>
        <source>the fonts cannot print {characters}; those characters will show as boxes</source>
        <translation>у шрифтах немає символів {characters}; замість них будуть порожні квадрати</translation>
    </message>
    <message>
        <source>the fonts cannot print {characters}</source>
        <translation>у шрифтах немає символів {characters}</translation>
    </message>
    <message>
        <source>the {what} was too long and is cut short</source>
        <translation>поле «{what}» задовге й обрізане</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>стать невідома</translation>
    </message>
    <message>
        <source>written in Latin or another script, so it is left undeclined</source>
        <translation>написано латиницею або іншою абеткою, тому не відмінюється</translation>
    </message>
    <message>
        <source>Ukrainian spelling declined by Russian rules</source>
        <translation>українське написання відмінено за російськими правилами</translation>
    </message>
    <message>
        <source>Russian spelling declined by Ukrainian rules</source>
        <translation>російське написання відмінено за українськими правилами</translation>
    </message>
    <message>
        <source>a man&apos;s surname in -а/-я: whether it declines depends on its origin and stress</source>
        <translation>чоловіче прізвище на -а/-я: чи відмінюється воно, залежить від походження й наголосу</translation>
    </message>
    <message>
        <source>the surname was left undeclined</source>
        <translation>прізвище залишено невідмінюваним</translation>
    </message>
    <message>
        <source>a woman&apos;s surname in -ька: an adjective (-ій) or a noun (-ці)</source>
        <translation>жіноче прізвище на -ька: як прикметник (-ій) чи як іменник (-ці)</translation>
    </message>
    <message>
        <source>a woman&apos;s surname in -на: an adjective (-ій) or a noun (-і)</source>
        <translation>жіноче прізвище на -на: як прикметник (-ій) чи як іменник (-і)</translation>
    </message>
    <message>
        <source>a man&apos;s surname in -ній: an adjective (-ньому) or a noun (-нію)</source>
        <translation>чоловіче прізвище на -ній: як прикметник (-ньому) чи як іменник (-нію)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Choose the logo</source>
        <translation>Вибір логотипа</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Як у системі ({language})</translation>
    </message>
    <message>
        <source>A new window language is used from the next start of Kafedra.</source>
        <translation>Нова мова інтерфейсу застосується під час наступного запуску «Кафедри».</translation>
    </message>
    <message>
        <source>Only English is available in this version.</source>
        <translation>У цій версії доступна лише англійська.</translation>
    </message>
    <message>
        <source>Colleagues sharing this database see this name when you changed a record they were editing (empty: your login name, {login}).</source>
        <translation>Колеги, які працюють із цією ж базою, побачать це ім’я, якщо ви змінили запис, який вони редагували (якщо порожньо — ваше ім’я входу в систему, {login}).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Немає логотипа</translation>
    </message>
    <message>
        <source>The first certificate this year: {number}</source>
        <translation>Перший сертифікат цього року: {number}</translation>
    </message>
    <message>
        <source>A SQLite file on this computer</source>
        <translation>Файл SQLite на цьому комп’ютері</translation>
    </message>
    <message>
        <source>The department&apos;s PostgreSQL server</source>
        <translation>Сервер PostgreSQL відділу</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in Kafedra&apos;s settings.</source>
        <translation>Пароль зберігається в системному сховищі паролів, а не в налаштуваннях Kafedra.</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>зберігається в системному сховищі паролів</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password is only used to test the connection and is not kept. Put it in ~/.pgpass (host:port:database:user:password, readable by you only) or ask the administrator for a service file.</source>
        <translation>На цьому комп’ютері немає системного сховища паролів, тому пароль використовується лише для перевірки з’єднання і не зберігається. Запишіть його в ~/.pgpass (хост:порт:база:користувач:пароль, доступний для читання лише вам) або попросіть в адміністратора файл служб (service file).</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>сервер (хост)</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>базу даних</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>користувача</translation>
    </message>
    <message>
        <source>Enter {what} of the PostgreSQL server.</source>
        <translation>Вкажіть {what} сервера PostgreSQL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З’єднання…</translation>
    </message>
    <message>
        <source>{version}: this database holds tables of another program.</source>
        <translation>{version}: у цій базі даних таблиці іншої програми.</translation>
    </message>
    <message>
        <source>{version}: this database was made by a newer version of Kafedra (schema {revision}); install the newer Kafedra to use it.</source>
        <translation>{version}: цю базу даних створено новішою версією Kafedra (схема {revision}); встановіть нову версію Kafedra, щоб працювати з нею.</translation>
    </message>
    <message>
        <source>an empty database; Kafedra will create its tables</source>
        <translation>порожня база даних; Kafedra створить у ній свої таблиці</translation>
    </message>
    <message>
        <source>a database of an older Kafedra; it will be upgraded when opened</source>
        <translation>база даних старішої версії Kafedra; її буде оновлено під час відкриття</translation>
    </message>
    <message>
        <source>a Kafedra database</source>
        <translation>база даних Kafedra</translation>
    </message>
    <message>
        <source>Connected: {version}, {state}.</source>
        <translation>З’єднано: {version}, {state}.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring ({reason}).</source>
        <translation>Не вдалося зберегти пароль у системному сховищі паролів ({reason}).</translation>
    </message>
    <message>
        <source>Database to open at start</source>
        <translation>База даних, що відкривається під час запуску</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Our &amp;organisation</source>
        <translation>Наша &amp;організація</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>&amp;Коротка назва</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Відділ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Вибрати &amp;логотип…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Прибрати логотип</translation>
    </message>
    <message>
        <source>Signatory 1</source>
        <translation>Підпис 1</translation>
    </message>
    <message>
        <source>Name, e.g. И.И. Иванова</source>
        <translation>Ім’я, наприклад І.І. Іванова</translation>
    </message>
    <message>
        <source>Title, e.g. Директор</source>
        <translation>Посада, наприклад Директор</translation>
    </message>
    <message>
        <source>Signatory 2</source>
        <translation>Підпис 2</translation>
    </message>
    <message>
        <source>Signatory 3</source>
        <translation>Підпис 3</translation>
    </message>
    <message>
        <source>Certificate &amp;number pattern</source>
        <translation>Шаблон &amp;номера сертифіката</translation>
    </message>
    <message>
        <source>{year}-{seq:04d}</source>
        <translation>{year}-{seq:04d}</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Мови</translation>
    </message>
    <message>
        <source>&amp;Documents are written in</source>
        <translation>&amp;Документи складаються</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Мова &amp;інтерфейсу</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База даних</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Відкрита зараз</translation>
    </message>
    <message>
        <source>Open at &amp;start</source>
        <translation>Відкривати під час &amp;запуску</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>типова база даних</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
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
        <translation>Ба&amp;за даних</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Користувач</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Пере&amp;вірити з’єднання</translation>
    </message>
    <message>
        <source>Used when Kafedra starts without --db and without KAFEDRA_DB.</source>
        <translation>Використовується, коли «Кафедра» запускається без --db і без KAFEDRA_DB.</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>Зберігати &amp;резервних копій</translation>
    </message>
    <message>
        <source>none (no automatic backup)</source>
        <translation>жодної (без автоматичних копій)</translation>
    </message>
    <message>
        <source>Each time a database opens, a copy goes to the backups folder beside it; the oldest copies beyond this number are deleted.</source>
        <translation>Під час кожного відкриття бази даних її копія зберігається до теки backups поруч із нею; найстаріші копії понад це число видаляються.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ваше ім’я</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Загальні відомості</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>&amp;Учасники</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Програма</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Резолюція</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Edit the talk</source>
        <translation>Змінити виступ</translation>
    </message>
    <message>
        <source>New talk</source>
        <translation>Новий виступ</translation>
    </message>
    <message>
        <source>Choose speakers</source>
        <translation>Вибір доповідачів</translation>
    </message>
    <message>
        <source>The talk needs a title.</source>
        <translation>Виступ повинен мати назву.</translation>
    </message>
    <message>
        <source>The materials link must start with http:// or https://</source>
        <translation>Посилання на матеріали має починатися з http:// або https://</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Виступ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Тривалість</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Start at a &amp;fixed time (the times after it follow from it)</source>
        <translation>Почати в &amp;заданий час (час наступних виступів рахується від нього)</translation>
    </message>
    <message>
        <source>Fixed &amp;start</source>
        <translation>Заданий &amp;початок</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Доповідачі</translation>
    </message>
    <message>
        <source>&amp;Add speaker…</source>
        <translation>Додати до&amp;повідача…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>Materials lin&amp;k</source>
        <translation>Посилання на &amp;матеріали</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>There is no seminar to copy yet.</source>
        <translation>Поки що немає семінару, який можна скопіювати.</translation>
    </message>
    <message>
        <source>New seminar from template</source>
        <translation>Новий семінар за зразком</translation>
    </message>
    <message>
        <source>The new seminar gets the programme, speakers, moderators, partners and settings of the one you copy, moved to the new start. Participants, the resolution and certificates stay behind.</source>
        <translation>Новий семінар отримає програму, доповідачів, модераторів, партнерів і налаштування семінару, що копіюється, зсунуті до нового початку. Учасники, резолюція й сертифікати не копіюються.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation>Нова &amp;назва</translation>
    </message>
    <message>
        <source>New &amp;start</source>
        <translation>Новий &amp;початок</translation>
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
        <translation>Новий семінар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Seminar</source>
        <translation>&amp;Семінар</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Довідники</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Дові&amp;дка</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Нещодавні бази даних</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;New seminar</source>
        <translation>&amp;Новий семінар</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Новий за &amp;зразком…</translation>
    </message>
    <message>
        <source>&amp;Delete seminar…</source>
        <translation>&amp;Видалити семінар…</translation>
    </message>
    <message>
        <source>&amp;Find seminar</source>
        <translation>&amp;Знайти семінар</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Організації</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Відкрити теку &amp;журналу</translation>
    </message>
    <message>
        <source>&amp;About Kafedra</source>
        <translation>&amp;Про програму «Кафедра»</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(поки що немає)</translation>
    </message>
    <message>
        <source>Delete «{title}» with its programme, participants and resolution? This cannot be undone; certificates already issued stay in the register.</source>
        <translation>Видалити «{title}» разом із програмою, учасниками й резолюцією? Скасувати це не можна; уже видані сертифікати залишаться в реєстрі.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
</TS>
