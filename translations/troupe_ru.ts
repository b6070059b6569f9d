<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>missing arguments (see troupe %1 --help)</source>
        <translation>не хватает аргументов (см. troupe %1 --help)</translation>
    </message>
    <message>
        <source>Usage: troupe &lt;command&gt; [options]

Commands:
  persona validate FILE...            check TinyTroupe agent and fragment files
  persona import FILE... --project P  import them into a project file
  persona list --project P [--json]   list a project's agents and fragments
  persona export NAME --project P -o OUT.agent.json

Options:
  -h, --help      show help (also after any command)
  -v, --version   show the version

Exit status: 0 success, 1 failure (reason on stderr), 2 wrong usage.</source>
        <translation>Использование: troupe &lt;команда&gt; [параметры]

Команды:
  persona validate ФАЙЛ...            проверить файлы агентов и фрагментов TinyTroupe
  persona import ФАЙЛ... --project P  импортировать их в файл проекта
  persona list --project P [--json]   список агентов и фрагментов проекта
  persona export ИМЯ --project P -o OUT.agent.json

Параметры:
  -h, --help      показать справку (также после любой команды)
  -v, --version   показать версию

Код выхода: 0 — успех, 1 — ошибка (причина в stderr), 2 — неверный вызов.</translation>
    </message>
    <message>
        <source>unknown command (see troupe --help)</source>
        <translation>неизвестная команда (см. troupe --help)</translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation>Файл проекта (*.troupe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Agent (.agent.json) or fragment (.fragment.json) files.</source>
        <translation>Файлы агентов (.agent.json) или фрагментов (.fragment.json).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ФАЙЛ...</translation>
    </message>
    <message>
        <source>Checks agent and fragment files; prints one line per problem.</source>
        <translation>Проверяет файлы агентов и фрагментов; выводит по строке на каждую проблему.</translation>
    </message>
    <message>
        <source>%1: valid %2 "%3"</source>
        <translation>%1: корректный %2 «%3»</translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid</source>
        <translation>корректных: %1, с ошибками: %2</translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation>создан проект %1</translation>
    </message>
    <message>
        <source>Agent or fragment files to import.</source>
        <translation>Файлы агентов или фрагментов для импорта.</translation>
    </message>
    <message>
        <source>Imports agents and fragments into a project (created when missing). Nothing is imported unless every file is valid; a persona with the same name is replaced.</source>
        <translation>Импортирует агентов и фрагменты в проект (создаёт его, если нет). Ничего не импортируется, пока все файлы не корректны; персона с тем же именем заменяется.</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>нужен параметр --project</translation>
    </message>
    <message>
        <source>nothing imported: fix the files above first</source>
        <translation>ничего не импортировано: сначала исправьте файлы выше</translation>
    </message>
    <message>
        <source>imported %1 "%2"</source>
        <translation>импортирован %1 «%2»</translation>
    </message>
    <message>
        <source>replaced %1 "%2"</source>
        <translation>заменён %1 «%2»</translation>
    </message>
    <message>
        <source>Print a JSON array for scripts.</source>
        <translation>Вывести JSON-массив для скриптов.</translation>
    </message>
    <message>
        <source>Lists the agents and fragments of a project.</source>
        <translation>Показывает агентов и фрагменты проекта.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>КРАТКО</translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation>Куда записать (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <source>The persona or fragment to export.</source>
        <translation>Персона или фрагмент для экспорта.</translation>
    </message>
    <message>
        <source>Writes a persona as a TinyTroupe .agent.json (or a fragment as .fragment.json).</source>
        <translation>Записывает персону в формате TinyTroupe .agent.json (или фрагмент как .fragment.json).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>записан %1</translation>
    </message>
    <message>
        <source>Usage: troupe persona &lt;validate|import|list|export&gt; [options]

  validate FILE...                      check agent and fragment files
  import FILE... --project P.troupe     import them into a project
  list --project P.troupe [--json]      list a project's agents and fragments
  export NAME --project P.troupe [-o OUT.agent.json]
                                        write one back as TinyTroupe JSON

Run troupe persona &lt;verb&gt; --help for details.</source>
        <translation>Использование: troupe persona &lt;validate|import|list|export&gt; [параметры]

  validate ФАЙЛ...                      проверить файлы агентов и фрагментов
  import ФАЙЛ... --project P.troupe     импортировать их в проект
  list --project P.troupe [--json]      список агентов и фрагментов проекта
  export ИМЯ --project P.troupe [-o OUT.agent.json]
                                        записать обратно в JSON TinyTroupe

Подробности: troupe persona &lt;действие&gt; --help.</translation>
    </message>
    <message>
        <source>unknown verb "%1" (validate, import, list, export)</source>
        <translation>неизвестное действие «%1» (validate, import, list, export)</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>built-in defaults</source>
        <translation>встроенные значения по умолчанию</translation>
    </message>
    <message>
        <source>%1: no such configuration file</source>
        <translation>%1: файл настроек не найден</translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation>%1: не удаётся прочитать INI-файл</translation>
    </message>
</context>
<context>
    <name>FragmentMerge</name>
    <message>
        <source>%1: the fragment says %2 but the persona says %3</source>
        <translation>%1: во фрагменте %2, а в персоне %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>invalid JSON Schema: %1</source>
        <translation>некорректная JSON-схема: %1</translation>
    </message>
    <message>
        <source>cannot read schema %1: %2</source>
        <translation>не удаётся прочитать схему %1: %2</translation>
    </message>
    <message>
        <source>schema %1 is not valid JSON</source>
        <translation>схема %1 — некорректный JSON</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>ожидалось: %1, найдено: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>ожидалось: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
</context>
<context>
    <name>PersonaDocument</name>
    <message>
        <source>fragment: %1</source>
        <translation>фрагмент: %1</translation>
    </message>
</context>
<context>
    <name>PersonaParser</name>
    <message>
        <source>unnamed fragment</source>
        <translation>фрагмент без имени</translation>
    </message>
</context>
<context>
    <name>PersonaStore</name>
    <message>
        <source>cannot save %1 "%2": %3</source>
        <translation>не удаётся сохранить %1 «%2»: %3</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>повреждено: %1</translation>
    </message>
    <message>
        <source>no persona or fragment named "%1" in %2</source>
        <translation>в %2 нет персоны или фрагмента с именем «%1»</translation>
    </message>
    <message>
        <source>no %1 named "%2"</source>
        <translation>нет объекта %1 с именем «%2»</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 is not a Troupe Studio project: %2</source>
        <translation>%1 — не проект Troupe Studio: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>это не база данных SQLite</translation>
    </message>
    <message>
        <source>the database cannot be read (%1)</source>
        <translation>базу данных невозможно прочитать (%1)</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation>%1 повреждён и не был открыт (проверка целостности: %2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name</source>
        <translation>%1 уже существует; откройте его или выберите другое имя</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: файл проекта не найден</translation>
    </message>
    <message>
        <source>%1 is not a Troupe Studio project (it is an SQLite database of another program)</source>
        <translation>%1 — не проект Troupe Studio (это база данных SQLite другой программы)</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Troupe Studio (project schema %2; this version reads up to %3). Update Troupe Studio to open it.</source>
        <translation>%1 сохранён более новой версией Troupe Studio (схема проекта %2; эта версия читает до %3). Обновите Troupe Studio, чтобы открыть его.</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>не удаётся подготовить %1: %2</translation>
    </message>
    <message>
        <source>cannot start writing to %1: %2</source>
        <translation>не удаётся начать запись в %1: %2</translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation>не удаётся сохранить в %1: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to project schema %2: %3</source>
        <translation>не удаётся обновить %1 до схемы проекта %2: %3</translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>"%1" looks like a secret; secrets are kept in your user settings, never in a project file</source>
        <translation>«%1» похоже на секрет; секреты хранятся в ваших пользовательских настройках, а не в файле проекта</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Troupe Studio: simulate people with language models.</source>
        <translation>Troupe Studio: моделирование людей с помощью языковых моделей.</translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation>Открыть встроенный пример проекта.</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Файл проекта для открытия.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>файл слишком большой (%1 МБ; предел — %2 МБ)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation>некорректный текст UTF-8 (байт 0x%1); сохраните файл в UTF-8</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>troupe::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Troupe projects (*.troupe)</source>
        <translation>Проекты Troupe (*.troupe)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Troupe projects (*.troupe);;All files (*)</source>
        <translation>Проекты Troupe (*.troupe);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation>Открыть &amp;пример проекта</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Import Persona or Fragment…</source>
        <translation>&amp;Импорт персоны или фрагмента…</translation>
    </message>
    <message>
        <source>Import Persona or Fragment</source>
        <translation>Импорт персоны или фрагмента</translation>
    </message>
    <message>
        <source>TinyTroupe agents and fragments (*.agent.json *.fragment.json *.json)</source>
        <translation>Агенты и фрагменты TinyTroupe (*.agent.json *.fragment.json *.json)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Экспорт выбранного…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Troupe Studio</source>
        <translation>&amp;О Troupe Studio</translation>
    </message>
    <message>
        <source>About Troupe Studio</source>
        <translation>О Troupe Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Troupe Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for simulating people with language models, compatible with TinyTroupe's files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Troupe Studio %1&lt;/h3&gt;&lt;p&gt;Настольная студия для моделирования людей с помощью языковых моделей, совместимая с файлами TinyTroupe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Troupe Studio</source>
        <translation>Troupe Studio</translation>
    </message>
    <message>
        <source>open or create a project first</source>
        <translation>сначала откройте или создайте проект</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Ничего не импортировано:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation><numerusform>Импортирован %n файл</numerusform><numerusform>Импортировано %n файла</numerusform><numerusform>Импортировано %n файлов</numerusform></translation>
    </message>
    <message>
        <source>select a persona or fragment first</source>
        <translation>сначала выберите персону или фрагмент</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>%1 — Troupe Studio</source>
        <translation>%1 — Troupe Studio</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Проект не открыт</translation>
    </message>
</context>
<context>
    <name>troupe::PersonaListModel</name>
    <message>
        <source>Personas (%1)</source>
        <translation>Персоны (%1)</translation>
    </message>
    <message>
        <source>Fragments (%1)</source>
        <translation>Фрагменты (%1)</translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Импортировано из %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
</context>
<context>
    <name>troupe::PersonaView</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No persona selected&lt;/h2&gt;&lt;p&gt;Choose a persona or fragment in the project explorer, or import one with &lt;i&gt;File › Import Persona or Fragment…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Персона не выбрана&lt;/h2&gt;&lt;p&gt;Выберите персону или фрагмент в обозревателе проекта или импортируйте их через &lt;i&gt;Файл › Импорт персоны или фрагмента…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>Фрагмент</translation>
    </message>
</context>
<context>
    <name>troupe::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Обозреватель проекта</translation>
    </message>
</context>
</TS>