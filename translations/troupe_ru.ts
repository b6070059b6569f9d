<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Agent</name>
    <message>
        <source>You are now at: %1</source>
        <translation>You are now at: %1</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>You tried %1 actions in one turn; only the first %2 were kept. Take fewer, more considered actions.</source>
        <translation>You tried %1 actions in one turn; only the first %2 were kept. Take fewer, more considered actions.</translation>
    </message>
    <message>
        <source>You tried to %1 yourself; that does nothing. Address someone else.</source>
        <translation>You tried to %1 yourself; that does nothing. Address someone else.</translation>
    </message>
    <message>
        <source>talk to</source>
        <translation>talk to</translation>
    </message>
    <message>
        <source>reach out to</source>
        <translation>reach out to</translation>
    </message>
    <message>
        <source>You were about to repeat your previous %1 (&quot;%2&quot;). Your turn ended there: say something new next time, or nothing.</source>
        <translation>You were about to repeat your previous %1 (&quot;%2&quot;). Your turn ended there: say something new next time, or nothing.</translation>
    </message>
    <message>
        <source>the stored state of %1 is not an object</source>
        <translation>сохранённое состояние %1 не является объектом</translation>
    </message>
    <message>
        <source>a stored memory of %1 has an embedding of the wrong size</source>
        <translation>у сохранённого воспоминания %1 эмбеддинг неверного размера</translation>
    </message>
</context>
<context>
    <name>AnalysisCalls</name>
    <message numerus="yes">
        <source>%n call(s) to the offline engine, at no cost (run %1&apos;s tokens count them)</source>
        <translation>
            <numerusform>%n вызов офлайн-движка, бесплатно (учтён в токенах прогона %1)</numerusform>
            <numerusform>%n вызова офлайн-движка, бесплатно (учтены в токенах прогона %1)</numerusform>
            <numerusform>%n вызовов офлайн-движка, бесплатно (учтены в токенах прогона %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>$%1 and calls without a known price</source>
        <translation>$%1 и вызовы с неизвестной ценой</translation>
    </message>
    <message numerus="yes">
        <source>%n model call(s), %1 (counted in run %2&apos;s cost)</source>
        <translation>
            <numerusform>%n вызов модели, %1 (учтён в стоимости прогона %2)</numerusform>
            <numerusform>%n вызова модели, %1 (учтены в стоимости прогона %2)</numerusform>
            <numerusform>%n вызовов модели, %1 (учтены в стоимости прогона %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation>текст &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>число %1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>истина</translation>
    </message>
    <message>
        <source>false</source>
        <translation>ложь</translation>
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
        <source>a whole number from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>ожидалось: %1, найдено: %2</translation>
    </message>
    <message>
        <source>%1 is outside the scale: expected %2</source>
        <translation>%1 вне шкалы: ожидается %2</translation>
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
        <source>%1 is below the minimum of %2</source>
        <translation>%1 меньше минимума (%2)</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation>%1 больше максимума (%2)</translation>
    </message>
    <message>
        <source>expected one of the options as text, found %1</source>
        <translation>ожидался один из вариантов в виде текста, получено: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2); options must be written exactly</source>
        <translation>&quot;%1&quot; не входит в число вариантов (%2); варианты нужно писать в точности</translation>
    </message>
    <message>
        <source>expected a list of options, found %1</source>
        <translation>ожидался список вариантов, получено: %1</translation>
    </message>
    <message>
        <source>item %1: expected an option as text, found %2</source>
        <translation>элемент %1: ожидался вариант в виде текста, получено: %2</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not one of the options (%3); options must be written exactly</source>
        <translation>элемент %1: &quot;%2&quot; не входит в число вариантов (%3); варианты нужно писать в точности</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is given twice</source>
        <translation>элемент %1: &quot;%2&quot; указан дважды</translation>
    </message>
    <message>
        <source>%1 options chosen; choose exactly %2</source>
        <translation>выбрано вариантов: %1; выберите ровно %2</translation>
    </message>
    <message>
        <source>%1 options chosen; choose from %2 to %3</source>
        <translation>выбрано вариантов: %1; выберите от %2 до %3</translation>
    </message>
    <message>
        <source>a ranking must order every option; missing: %1</source>
        <translation>при ранжировании нужно упорядочить все варианты; не хватает: %1</translation>
    </message>
    <message>
        <source>expected &quot;yes&quot; or &quot;no&quot;, found %1</source>
        <translation>ожидалось &quot;yes&quot; или &quot;no&quot;, получено: %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>ожидался текст, получено: %1</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>unknown question type</source>
        <translation>неизвестный тип вопроса</translation>
    </message>
    <message>
        <source>expected an object {&quot;value&quot;, &quot;justification&quot;}, found %1</source>
        <translation>ожидался объект {&quot;value&quot;, &quot;justification&quot;}, получено: %1</translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;; an answer has only &quot;value&quot; and &quot;justification&quot;</source>
        <translation>неожиданное поле &quot;%1&quot;; в ответе есть только &quot;value&quot; и &quot;justification&quot;</translation>
    </message>
    <message>
        <source>value: required field is missing</source>
        <translation>value: отсутствует обязательное поле</translation>
    </message>
    <message>
        <source>justification: required field is missing</source>
        <translation>justification: отсутствует обязательное поле</translation>
    </message>
    <message>
        <source>justification: expected text, found %1</source>
        <translation>justification: ожидался текст, получено: %1</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>an &quot;ask&quot; needs a &quot;question&quot; object</source>
        <translation>для &quot;ask&quot; нужен объект &quot;question&quot;</translation>
    </message>
    <message>
        <source>a question needs &quot;id&quot;, &quot;text&quot; and a &quot;schema&quot; object</source>
        <translation>для вопроса нужны &quot;id&quot;, &quot;text&quot; и объект &quot;schema&quot;</translation>
    </message>
    <message>
        <source>&quot;if_mentioned&quot; needs a &quot;question&quot; and a &quot;phrase&quot;</source>
        <translation>для &quot;if_mentioned&quot; нужны &quot;question&quot; и &quot;phrase&quot;</translation>
    </message>
</context>
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
        <source>%1: valid %2 &quot;%3&quot;</source>
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
        <source>imported %1 &quot;%2&quot;</source>
        <translation>импортирован %1 «%2»</translation>
    </message>
    <message>
        <source>replaced %1 &quot;%2&quot;</source>
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
  list --project P.troupe [--json]      list a project&apos;s agents and fragments
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
        <source>unknown verb &quot;%1&quot; (validate, import, list, export)</source>
        <translation>неизвестное действие «%1» (validate, import, list, export)</translation>
    </message>
    <message>
        <source>Usage: troupe &lt;command&gt; [options]

Commands:
  persona validate FILE...            check TinyTroupe agent and fragment files
  persona import FILE... --project P  import them into a project file
  persona list --project P [--json]   list a project&apos;s agents and fragments
  persona export NAME --project P -o OUT.agent.json
  run SCENARIO [--steps N] [--seed S] [--project P] [--json]
                                      run a scenario file or a bundled one
                                      (focus_group, customer_interview, ad_evaluation)
  run --resume last --project P       continue a stopped or paused run
      [--provider P] [--base-url URL] [--model M] [--budget USD] [--no-cache]
  run --fork RUN --at-step K --project P [--apply CHANGE.json] [--steps N]
                                      a new run from a stored run&apos;s step K
  run show RUN --project P [--json]   a stored run as it was printed live
  population dimensions|plan|generate|regenerate|list|profile|export|remove ...
                                      people from a population description (see
                                      troupe population --help)
  llm check [--provider P] [--base-url URL] [--model M]
                                      one tiny request: model, latency, JSON mode
  llm models [--provider P] [--base-url URL]
                                      the models the server offers
  experiment run EXPERIMENT --project P [--shard I/N] [--provider P ...] [--json]
                                      every arm and replicate of an experiment
  experiment compare NAME --project P [--json]
                                      arms side by side with the tests
  project merge A.troupe B.troupe ... -o OUT.troupe
                                      combine projects (shards of an experiment)
  validate empirical RUN_OR_EXPERIMENT --project P --csv FILE --column COL
      --question QID [--match &quot;Age Range=age&quot;]... [--json]
                                      simulated answers against a real survey
  report RUN --project P --format pdf|html|odt|md -o FILE
                                      a run&apos;s report (RUN: an id or &quot;last&quot;)
  study run STUDY [--project P] [--json]
                                      put a study&apos;s questions to its respondents
                                      (bottled_gazpacho, ad_concepts, focus_group_closing)
  results list|export RUN --project P  a study run&apos;s answers; export --format
                                      csv|wide-csv|json|xlsx|sav -o FILE
  results extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME] [--json]
                                      fields from a stored run, per agent, citing events
  results normalise RUN --project P --question QID [--k 5] [--method model|keywords]
                                      group a question&apos;s open answers into labels

Options:
  -h, --help      show help (also after any command)
  -v, --version   show the version

Exit status: 0 success, 1 failure (reason on stderr), 2 wrong usage.</source>
        <translation>Использование: troupe &lt;command&gt; [options]

Команды:
  persona validate FILE...            проверить файлы агентов и фрагментов TinyTroupe
  persona import FILE... --project P  импортировать их в файл проекта
  persona list --project P [--json]   список агентов и фрагментов проекта
  persona export NAME --project P -o OUT.agent.json
  run SCENARIO [--steps N] [--seed S] [--project P] [--json]
                                      запустить файл сценария или встроенный сценарий
                                      (focus_group, customer_interview, ad_evaluation)
  run --resume last --project P       продолжить остановленный или приостановленный прогон
      [--provider P] [--base-url URL] [--model M] [--budget USD] [--no-cache]
  run --fork RUN --at-step K --project P [--apply CHANGE.json] [--steps N]
                                      новый прогон с шага K сохранённого прогона
  run show RUN --project P [--json]   сохранённый прогон в том виде, как он выводился
  population dimensions|plan|generate|regenerate|list|profile|export|remove ...
                                      люди по описанию популяции (см.
                                      troupe population --help)
  llm check [--provider P] [--base-url URL] [--model M]
                                      один короткий запрос: модель, задержка, режим JSON
  llm models [--provider P] [--base-url URL]
                                      модели, доступные на сервере
  experiment run EXPERIMENT --project P [--shard I/N] [--provider P ...] [--json]
                                      все группы и повторы эксперимента
  experiment compare NAME --project P [--json]
                                      сравнение групп со статистическими тестами
  project merge A.troupe B.troupe ... -o OUT.troupe
                                      объединить проекты (части эксперимента)
  validate empirical RUN_OR_EXPERIMENT --project P --csv FILE --column COL
      --question QID [--match &quot;Age Range=age&quot;]... [--json]
                                      сравнить смоделированные ответы с реальным опросом
  report RUN --project P --format pdf|html|odt|md -o FILE
                                      отчёт о прогоне (RUN: id или &quot;last&quot;)
  study run STUDY [--project P] [--json]
                                      задать вопросы исследования его респондентам
                                      (bottled_gazpacho, ad_concepts, focus_group_closing)
  results list|export RUN --project P  ответы прогона исследования; export --format
                                      csv|wide-csv|json|xlsx|sav -o FILE
  results extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME] [--json]
                                      поля из сохранённого прогона по агентам, со ссылками на события
  results normalise RUN --project P --question QID [--k 5] [--method model|keywords]
                                      сгруппировать открытые ответы на вопрос по меткам

Параметры:
  -h, --help      показать справку (также после любой команды)
  -v, --version   показать версию

Код возврата: 0 — успех, 1 — ошибка (причина выводится в stderr), 2 — неверное использование.</translation>
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
        <source>%1: not a file</source>
        <translation>%1: не файл</translation>
    </message>
    <message>
        <source>%1: file is too large to be a config.ini</source>
        <translation>%1: файл слишком велик для config.ini</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: не удаётся прочитать файл (%2)</translation>
    </message>
    <message>
        <source>set twice (also on line %1)</source>
        <translation>задано дважды (также в строке %1)</translation>
    </message>
    <message>
        <source>must be at least MIN_EPISODE_LENGTH (%1), found %2</source>
        <translation>должно быть не меньше MIN_EPISODE_LENGTH (%1), указано %2</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>found nothing</source>
        <translation>ничего не указано</translation>
    </message>
    <message>
        <source>found &quot;%1&quot;</source>
        <translation>указано &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an http(s) URL such as http://localhost:8000/v1, %1</source>
        <translation>ожидался URL http(s), например http://localhost:8000/v1, %1</translation>
    </message>
    <message>
        <source>expected one of %1, %2</source>
        <translation>ожидалось одно из: %1, %2</translation>
    </message>
    <message>
        <source>expected True or False, %1</source>
        <translation>ожидалось True или False, %1</translation>
    </message>
    <message>
        <source>expected a whole number, %1</source>
        <translation>ожидалось целое число, %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ожидалось целое число от %1 до %2, указано %3</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>число секунд</translation>
    </message>
    <message>
        <source>an amount in US dollars</source>
        <translation>сумма в долларах США</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>expected %1, %2</source>
        <translation>ожидалось %1, %2</translation>
    </message>
    <message>
        <source>expected %1 from %2 to %3, found %4</source>
        <translation>ожидалось %1 от %2 до %3, указано %4</translation>
    </message>
    <message>
        <source>expected &quot;input, output[, cached input]&quot; in dollars per million tokens, %1</source>
        <translation>ожидалось &quot;input, output[, cached input]&quot; в долларах за миллион токенов, %1</translation>
    </message>
    <message>
        <source>[%1] is not a section of config.ini (known: %2)</source>
        <translation>[%1] — не раздел config.ini (известные: %2)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>unknown key; did you mean %1?</source>
        <translation>неизвестный ключ; возможно, имелся в виду %1?</translation>
    </message>
    <message>
        <source>notice: not built yet; action quality checks are planned, and until then this key has no effect</source>
        <translation>примечание: ещё не реализовано; проверки качества действий запланированы, а пока этот ключ ни на что не влияет</translation>
    </message>
    <message>
        <source>notice: a TinyTroupe key that has no effect here</source>
        <translation>примечание: ключ TinyTroupe, который здесь ни на что не влияет</translation>
    </message>
</context>
<context>
    <name>ConfigProblems</name>
    <message>
        <source>Settings file has problems</source>
        <translation>В файле настроек есть ошибки</translation>
    </message>
    <message>
        <source>Runs will not start until these lines of your config.ini are fixed:</source>
        <translation>Прогоны не запустятся, пока не будут исправлены эти строки config.ini:</translation>
    </message>
    <message>
        <source>Settings with no effect yet</source>
        <translation>Настройки, которые пока ни на что не влияют</translation>
    </message>
    <message>
        <source>Some keys in %1 have no effect yet:</source>
        <translation>Некоторые ключи в %1 пока ни на что не влияют:</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message numerus="yes">
        <source>%n people · about %1 prompt + %2 completion tokens</source>
        <translation>
            <numerusform>%n человек · около %1 токенов запроса + %2 токенов ответа</numerusform>
            <numerusform>%n человека · около %1 токенов запроса + %2 токенов ответа</numerusform>
            <numerusform>%n человек · около %1 токенов запроса + %2 токенов ответа</numerusform>
        </translation>
    </message>
    <message>
        <source> · no cost (offline engine — not a language model)</source>
        <translation> · бесплатно (офлайн-движок — не языковая модель)</translation>
    </message>
    <message>
        <source> · cost unknown: %1 has no [Prices] entry in config.ini</source>
        <translation> · стоимость неизвестна: для %1 нет записи [Prices] в config.ini</translation>
    </message>
    <message>
        <source> · about $%1 on %2</source>
        <translation> · около $%1 на %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the delimiter must be one ASCII character other than a quote or a line break</source>
        <translation>%1: разделитель должен быть одним символом ASCII, кроме кавычки и перевода строки</translation>
    </message>
    <message>
        <source>a quoted field is never closed (its closing quote is missing)</source>
        <translation>поле в кавычках не закрыто (нет закрывающей кавычки)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>текст после закрывающей кавычки поля; кавычку внутри поля в кавычках нужно удваивать (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>кавычка внутри поля без кавычек; заключите всё поле в кавычки и удвойте кавычку (&quot;&quot;)</translation>
    </message>
    <message>
        <source>this record has %1 fields but the header has %2</source>
        <translation>в этой записи полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл пуст</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>a dimension needs a name</source>
        <translation>у измерения должно быть имя</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no values</source>
        <translation>у измерения &quot;%1&quot; нет значений</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: value &quot;%2&quot; has a negative weight</source>
        <translation>измерение &quot;%1&quot;: у значения &quot;%2&quot; отрицательный вес</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has a value without a name</source>
        <translation>у измерения &quot;%1&quot; есть значение без имени</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation>в измерении &quot;%1&quot; значение &quot;%2&quot; указано дважды</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no value with a positive weight</source>
        <translation>у измерения &quot;%1&quot; нет ни одного значения с положительным весом</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: min %2 is above max %3</source>
        <translation>измерение &quot;%1&quot;: min %2 больше max %3</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: sd must be above 0</source>
        <translation>измерение &quot;%1&quot;: sd должно быть больше 0</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: a lognormal range cannot go below 0</source>
        <translation>измерение &quot;%1&quot;: логнормальный диапазон не может опускаться ниже 0</translation>
    </message>
    <message>
        <source>numeric dimension &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</source>
        <translation>для числового измерения &quot;%1&quot; нужны &quot;min&quot; и &quot;max&quot;</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: unknown distribution &quot;%2&quot; (uniform, normal, lognormal, triangular)</source>
        <translation>измерение &quot;%1&quot;: неизвестное распределение &quot;%2&quot; (uniform, normal, lognormal, triangular)</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: kind must be &quot;categorical&quot; or &quot;numeric&quot;</source>
        <translation>измерение &quot;%1&quot;: kind должен быть &quot;categorical&quot; или &quot;numeric&quot;</translation>
    </message>
    <message>
        <source>expected a list of dimensions, found none</source>
        <translation>ожидался список измерений, но их нет</translation>
    </message>
    <message>
        <source>[%1]: a dimension is an object with &quot;name&quot; and &quot;kind&quot;</source>
        <translation>[%1]: измерение — это объект с &quot;name&quot; и &quot;kind&quot;</translation>
    </message>
    <message>
        <source>[%1].name: dimension &quot;%2&quot; appears twice</source>
        <translation>[%1].name: измерение &quot;%2&quot; встречается дважды</translation>
    </message>
    <message>
        <source>expected a list of dimensions, or an object with &quot;dimensions&quot;</source>
        <translation>ожидался список измерений или объект с &quot;dimensions&quot;</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; appears twice</source>
        <translation>измерение &quot;%1&quot; встречается дважды</translation>
    </message>
    <message>
        <source>the list of dimensions is empty</source>
        <translation>список измерений пуст</translation>
    </message>
</context>
<context>
    <name>Empirical</name>
    <message>
        <source>%1: expected &quot;Real Column=simulated_attribute&quot;, such as &quot;Age Range=age&quot;</source>
        <translation>%1: ожидалось &quot;Real Column=simulated_attribute&quot;, например &quot;Age Range=age&quot;</translation>
    </message>
    <message>
        <source>no simulated answers</source>
        <translation>нет смоделированных ответов</translation>
    </message>
    <message>
        <source>no real answers</source>
        <translation>нет реальных ответов</translation>
    </message>
    <message>
        <source>simulated answers include %1, which no real respondent gave</source>
        <translation>в смоделированных ответах встречается %1 — такого ответа не дал ни один реальный респондент</translation>
    </message>
    <message>
        <source>the values are not a small set of whole numbers</source>
        <translation>значения не образуют небольшой набор целых чисел</translation>
    </message>
    <message>
        <source>%1: there are no simulated answers to compare</source>
        <translation>%1: нет смоделированных ответов для сравнения</translation>
    </message>
    <message>
        <source>%1: there are no real answers to compare</source>
        <translation>%1: нет реальных ответов для сравнения</translation>
    </message>
    <message>
        <source>the real answers have no attribute %1</source>
        <translation>у реальных ответов нет атрибута %1</translation>
    </message>
    <message>
        <source>no simulated respondent has the attribute %1</source>
        <translation>ни у одного смоделированного респондента нет атрибута %1</translation>
    </message>
</context>
<context>
    <name>EmpiricalChart</name>
    <message>
        <source>real</source>
        <translation>реальные</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>смоделированные</translation>
    </message>
    <message>
        <source>share</source>
        <translation>доля</translation>
    </message>
    <message>
        <source>%1: real and simulated answers, with 95% intervals</source>
        <translation>%1: реальные и смоделированные ответы с 95% ДИ</translation>
    </message>
    <message>
        <source>%1: real and simulated answers per value, with 95% intervals</source>
        <translation>%1: реальные и смоделированные ответы по значениям с 95% ДИ</translation>
    </message>
    <message>
        <source>%1: real and simulated answers per bin, with 95% intervals</source>
        <translation>%1: реальные и смоделированные ответы по диапазонам с 95% ДИ</translation>
    </message>
</context>
<context>
    <name>EmpiricalCheck</name>
    <message>
        <source>the project holds no runs</source>
        <translation>в проекте нет прогонов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a run id nor an experiment with runs in this project</source>
        <translation>&quot;%1&quot; — не идентификатор прогона и не эксперимент с прогонами в этом проекте</translation>
    </message>
    <message>
        <source>no simulated answers to &quot;%1&quot; in the run(s) given</source>
        <translation>в указанных прогонах нет смоделированных ответов на &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is numeric in %2 but the simulated answers to &quot;%3&quot; are not numbers</source>
        <translation>&quot;%1&quot; в %2 — числовой столбец, но смоделированные ответы на &quot;%3&quot; — не числа</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>прогон %1</translation>
    </message>
    <message>
        <source>%1: a multi-value column is compared option by option; choose the option</source>
        <translation>%1: столбец с несколькими значениями сравнивается по вариантам; выберите вариант</translation>
    </message>
    <message>
        <source>%1: no respondent in %2 ranks or names &quot;%3&quot;</source>
        <translation>%1: ни один респондент в %2 не ранжирует и не называет &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>EmpiricalPanel</name>
    <message>
        <source>%1: the file has a header but no records</source>
        <translation>%1: в файле есть заголовок, но нет записей</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a network provider (known: %2)</source>
        <translation>«%1» — не сетевой провайдер (известны: %2)</translation>
    </message>
    <message>
        <source>%1 (OpenAI-compatible)</source>
        <translation>%1 (совместимый с OpenAI)</translation>
    </message>
    <message>
        <source>the %1 preset</source>
        <translation>предустановка %1</translation>
    </message>
    <message>
        <source>config.ini BASE_URL</source>
        <translation>BASE_URL в config.ini</translation>
    </message>
    <message>
        <source>no endpoint for Azure OpenAI: set AZURE_OPENAI_ENDPOINT (https://NAME.openai.azure.com) or BASE_URL in config.ini</source>
        <translation>не задан адрес Azure OpenAI: укажите AZURE_OPENAI_ENDPOINT (https://NAME.openai.azure.com) или BASE_URL в config.ini</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation>%1: «%2» — не адрес http(s)</translation>
    </message>
    <message>
        <source>your key file (%1)</source>
        <translation>ваш файл ключей (%1)</translation>
    </message>
    <message>
        <source>no API key for %1: set %2, or save one in the studio&apos;s model settings</source>
        <translation>нет API-ключа для %1: задайте %2 или сохраните ключ в настройках модели в студии</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>no model: set MODEL in config.ini or give --model</source>
        <translation>не задана модель: укажите MODEL в config.ini или передайте --model</translation>
    </message>
    <message>
        <source>config.ini STRUCTURED_OUTPUT: expected auto, json_schema, json_object or prompt, got &quot;%1&quot;</source>
        <translation>STRUCTURED_OUTPUT в config.ini: ожидается auto, json_schema, json_object или prompt, получено «%1»</translation>
    </message>
</context>
<context>
    <name>EngineSpec</name>
    <message>
        <source>the run&apos;s stored engine is not an object</source>
        <translation>сохранённый движок прогона не является объектом</translation>
    </message>
    <message>
        <source>the run&apos;s stored engine names no provider</source>
        <translation>в сохранённом движке прогона не указан провайдер</translation>
    </message>
</context>
<context>
    <name>ExperimentCommand</name>
    <message>
        <source>The project that holds the experiment&apos;s runs.</source>
        <translation>Проект, в котором хранятся прогоны эксперимента.</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>The comparison as one JSON object.</source>
        <translation>Сравнение в виде одного объекта JSON.</translation>
    </message>
    <message>
        <source>The experiment&apos;s name.</source>
        <translation>Имя эксперимента.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Arms side by side per question, with the tests, effect sizes and the spread across replicates.</source>
        <translation>Группы бок о бок по каждому вопросу: тесты, размеры эффекта и разброс между повторами.</translation>
    </message>
    <message>
        <source>needs --project</source>
        <translation>нужен --project</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1: %2 runs, %3 replicates</source>
        <translation>%1: прогонов: %2, повторов: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  %1: n %2, mean %3, sd %4, 95% CI %5 to %6; replicate means %7</source>
        <translation>  %1: n %2, среднее %3, sd %4, 95% ДИ от %5 до %6; средние по повторам: %7</translation>
    </message>
    <message>
        <source>, df %1</source>
        <translation>, df %1</translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation>, p = %1</translation>
    </message>
    <message>
        <source> (Holm: %1)</source>
        <translation> (по Холму: %1)</translation>
    </message>
    <message>
        <source>  not computed: %1</source>
        <translation>  не вычислено: %1</translation>
    </message>
    <message>
        <source>
Not compared (no test for their type here): %1</source>
        <translation>
Не сравнивались (для их типа здесь нет теста): %1</translation>
    </message>
    <message>
        <source>expected &quot;experiment run EXPERIMENT ...&quot; or &quot;experiment compare NAME ...&quot;</source>
        <translation>ожидалось &quot;experiment run EXPERIMENT ...&quot; или &quot;experiment compare NAME ...&quot;</translation>
    </message>
    <message>
        <source>expected &quot;project merge A.troupe B.troupe ... -o OUT.troupe&quot;</source>
        <translation>ожидалось &quot;project merge A.troupe B.troupe ... -o OUT.troupe&quot;</translation>
    </message>
    <message>
        <source>The new project file.</source>
        <translation>Новый файл проекта.</translation>
    </message>
    <message>
        <source>OUT.troupe</source>
        <translation>OUT.troupe</translation>
    </message>
    <message>
        <source>The projects to merge (shards of one experiment, for instance).</source>
        <translation>Проекты для объединения (например, части одного эксперимента).</translation>
    </message>
    <message>
        <source>A.troupe B.troupe ...</source>
        <translation>A.troupe B.troupe ...</translation>
    </message>
    <message>
        <source>Combines projects into a new one, every run with its engine, calls and cost.</source>
        <translation>Объединяет проекты в новый; каждый прогон переносится вместе с движком, вызовами и стоимостью.</translation>
    </message>
    <message>
        <source>needs -o OUT.troupe</source>
        <translation>нужен -o OUT.troupe</translation>
    </message>
    <message>
        <source>merged %1 projects: %2 runs%3 → %4</source>
        <translation>объединено проектов: %1; прогонов: %2%3 → %4</translation>
    </message>
    <message>
        <source>, experiments: %1</source>
        <translation>, экспериментов: %1</translation>
    </message>
    <message>
        <source>Run only shard I of N (0 &lt;= I &lt; N): the jobs whose index is I modulo N, as a Slurm array task or a Kubernetes indexed Job.</source>
        <translation>Выполнить только часть I из N (0 &lt;= I &lt; N): задания, индекс которых по модулю N равен I, — как задачу массива Slurm или индексированный Job Kubernetes.</translation>
    </message>
    <message>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <source>An experiment file, or a bundled experiment: %1.</source>
        <translation>Файл эксперимента или встроенный эксперимент: %1.</translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation>EXPERIMENT</translation>
    </message>
    <message>
        <source>Runs every arm of an experiment in every replicate, each a study run stored with its arm and replicate. Runs already finished in the project are not run again.</source>
        <translation>Выполняет каждую группу эксперимента в каждом повторе; каждый из них — прогон исследования, сохранённый со своей группой и повтором. Прогоны, уже завершённые в проекте, повторно не выполняются.</translation>
    </message>
    <message>
        <source>needs --project, the file that keeps the runs</source>
        <translation>нужен --project — файл, в котором хранятся прогоны</translation>
    </message>
    <message>
        <source>the experiment has errors; nothing was run</source>
        <translation>в эксперименте есть ошибки; ничего не запущено</translation>
    </message>
    <message>
        <source>%1: %2 arms × %3 replicates; this process runs %4 of them%5</source>
        <translation>%1: групп — %2 × повторов — %3; этот процесс выполняет %4 из них%5</translation>
    </message>
    <message>
        <source> (shard %1/%2)</source>
        <translation> (часть %1/%2)</translation>
    </message>
    <message>
        <source>[%1/%2] replicate %3 · %4</source>
        <translation>[%1/%2] повтор %3 · %4</translation>
    </message>
    <message>
        <source>%1: already done (run %2)</source>
        <translation>%1: уже выполнено (прогон %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: run %2 %3, %4 answers%5</source>
        <translation>%1: прогон %2 %3, ответов: %4%5</translation>
    </message>
    <message>
        <source>Saved in %1. Compare the arms: troupe experiment compare &quot;%2&quot; --project %1</source>
        <translation>Сохранено в %1. Сравните группы: troupe experiment compare &quot;%2&quot; --project %1</translation>
    </message>
    <message>
        <source>%1 of %2 runs did not finish; run the same command again to continue</source>
        <translation>Не завершено прогонов: %1 из %2; чтобы продолжить, выполните ту же команду ещё раз</translation>
    </message>
</context>
<context>
    <name>ExperimentCompare</name>
    <message>
        <source>raised</source>
        <translation>повышает</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>понижает</translation>
    </message>
    <message>
        <source>did not change</source>
        <translation>не меняет</translation>
    </message>
    <message>
        <source> by %1 points</source>
        <translation> — на %1 п.</translation>
    </message>
    <message>
        <source>%1 %2 mean %3%4 against %5 (%6% CI %7 to %8; Welch t, %9</source>
        <translation>%1 %2 среднее: %3 против %5%4 (%6% ДИ от %7 до %8; t-критерий Уэлча, %9</translation>
    </message>
    <message>
        <source>; d = %1</source>
        <translation>; d = %1</translation>
    </message>
    <message>
        <source>; %1 replicates agree</source>
        <translation>; согласуются все повторы (%1)</translation>
    </message>
    <message>
        <source>; %1 of %2 replicates agree</source>
        <translation>; согласуются %1 из %2 повторов</translation>
    </message>
    <message>
        <source>the project has no runs of an experiment called &quot;%1&quot;</source>
        <translation>в проекте нет прогонов эксперимента &quot;%1&quot;</translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot;</source>
        <translation>эксперимент &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the stored study cannot be read</source>
        <translation>не удаётся прочитать сохранённое исследование</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; as often as %3 (%4%; %5</source>
        <translation>%1 отвечает «%2» так же часто, как %3 (%4%; %5</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; %3 often than %4 (%5% against %6%; %7, %8</source>
        <translation>%1 отвечает «%2» %3, чем %4 (%5% против %6%; %7, %8</translation>
    </message>
    <message>
        <source>more</source>
        <translation>чаще</translation>
    </message>
    <message>
        <source>less</source>
        <translation>реже</translation>
    </message>
    <message>
        <source>chi-square</source>
        <translation>хи-квадрат</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <source>unknown key in %1; expected one of: %2</source>
        <translation>%1: неизвестный ключ; ожидается один из: %2</translation>
    </message>
    <message>
        <source>there is no study file &quot;%1&quot; next to the experiment and no bundled study of that name (bundled: %2)</source>
        <translation>рядом с экспериментом нет файла исследования &quot;%1&quot;, и встроенного исследования с таким именем тоже нет (встроенные: %2)</translation>
    </message>
    <message>
        <source>an experiment</source>
        <translation>эксперимент</translation>
    </message>
    <message>
        <source>&quot;balance&quot; is for between-subjects assignment; within subjects every respondent is in every arm</source>
        <translation>&quot;balance&quot; используется при межсубъектном распределении; при внутрисубъектном каждый респондент входит во все группы</translation>
    </message>
    <message>
        <source>an arm</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>another arm is already called &quot;%1&quot;</source>
        <translation>другая группа уже называется &quot;%1&quot;</translation>
    </message>
    <message>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>there is no fragment file &quot;%1&quot; next to the experiment</source>
        <translation>рядом с экспериментом нет файла фрагмента &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this is an agent, not a fragment</source>
        <translation>это агент, а не фрагмент</translation>
    </message>
</context>
<context>
    <name>ExperimentPlan</name>
    <message>
        <source>--shard: expected I/N with 0 &lt;= I &lt; N (as a Slurm array task id or a Kubernetes completion index counts), got &quot;%1&quot;</source>
        <translation>--shard: ожидалось I/N, где 0 &lt;= I &lt; N (так считаются id задачи массива Slurm и индекс завершения Kubernetes), получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; sets a sample size, but the study has no population to sample</source>
        <translation>группа &quot;%1&quot; задаёт размер выборки, но в исследовании нет популяции для выборки</translation>
    </message>
    <message>
        <source>arm &quot;%1&quot;</source>
        <translation>группа &quot;%1&quot;</translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; does not make a study</source>
        <translation>из группы &quot;%1&quot; не получается исследование</translation>
    </message>
</context>
<context>
    <name>ExperimentRun</name>
    <message>
        <source>arm &quot;%1&quot;: a sample size per arm is for within-subjects experiments; between subjects the study&apos;s respondents are split between the arms</source>
        <translation>группа &quot;%1&quot;: размер выборки для группы задаётся только во внутрисубъектных экспериментах; при межсубъектном распределении респонденты исследования делятся между группами</translation>
    </message>
    <message numerus="yes">
        <source>arm &quot;%1&quot; gets nobody: the study has %n respondent(s) for %2 arms</source>
        <translation>
            <numerusform>в группу &quot;%1&quot; никто не попадает: в исследовании %n респондент, а групп — %2</numerusform>
            <numerusform>в группу &quot;%1&quot; никто не попадает: в исследовании %n респондента, а групп — %2</numerusform>
            <numerusform>в группу &quot;%1&quot; никто не попадает: в исследовании %n респондентов, а групп — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the experiment &quot;%1&quot; is already running</source>
        <translation>эксперимент &quot;%1&quot; уже выполняется</translation>
    </message>
    <message>
        <source>%1 · %2 · replicate %3</source>
        <translation>%1 · %2 · повтор %3</translation>
    </message>
</context>
<context>
    <name>ExperimentStore</name>
    <message>
        <source>an experiment needs a name</source>
        <translation>у эксперимента должно быть имя</translation>
    </message>
    <message>
        <source>the project already holds an experiment &quot;%1&quot; with another definition; give this one another name, or use another project</source>
        <translation>в проекте уже есть эксперимент &quot;%1&quot; с другим определением; назовите этот эксперимент иначе или используйте другой проект</translation>
    </message>
    <message>
        <source>cannot save experiment &quot;%1&quot;: %2</source>
        <translation>не удаётся сохранить эксперимент &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read experiment &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать эксперимент &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>experiments row &quot;%1&quot;, definition</source>
        <translation>строка experiments &quot;%1&quot;, определение</translation>
    </message>
    <message>
        <source>cannot list experiments: %1</source>
        <translation>не удаётся получить список экспериментов: %1</translation>
    </message>
    <message numerus="yes">
        <source>the experiment &quot;%1&quot; has %n run(s), made from its definition as it is; save the changes as a new experiment</source>
        <translation>
            <numerusform>у эксперимента &quot;%1&quot; есть %n прогон, выполненный по его текущему определению; сохраните изменения как новый эксперимент</numerusform>
            <numerusform>у эксперимента &quot;%1&quot; есть %n прогона, выполненных по его текущему определению; сохраните изменения как новый эксперимент</numerusform>
            <numerusform>у эксперимента &quot;%1&quot; есть %n прогонов, выполненных по его текущему определению; сохраните изменения как новый эксперимент</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot delete experiment &quot;%1&quot;: %2</source>
        <translation>не удаётся удалить эксперимент &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>field &quot;%1&quot;: the name before the colon is missing (NAME or NAME:HINT)</source>
        <translation>поле &quot;%1&quot;: отсутствует имя перед двоеточием (NAME или NAME:HINT)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a name is letters, digits and _ (not starting with a digit, at most 64)</source>
        <translation>поле &quot;%1&quot;: имя состоит из букв, цифр и _ (не начинается с цифры, не длиннее 64 символов)</translation>
    </message>
    <message>
        <source>field &quot;cited_events&quot;: that name is reserved for the events a result cites</source>
        <translation>поле &quot;cited_events&quot;: это имя зарезервировано для событий, на которые ссылается результат</translation>
    </message>
    <message>
        <source>no fields to extract: give at least one --field NAME[:HINT]</source>
        <translation>нет полей для извлечения: укажите хотя бы один --field NAME[:HINT]</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>поле &quot;%1&quot; указано дважды</translation>
    </message>
    <message>
        <source>the objective is empty: say what to extract</source>
        <translation>цель пуста: укажите, что нужно извлечь</translation>
    </message>
    <message>
        <source>run %1 has no agent &quot;%2&quot; (agents: %3)</source>
        <translation>в прогоне %1 нет агента &quot;%2&quot; (агенты: %3)</translation>
    </message>
    <message>
        <source>run %1 has no agents yet: nothing to extract from</source>
        <translation>в прогоне %1 ещё нет агентов: извлекать не из чего</translation>
    </message>
    <message>
        <source>%1 got %2%3</source>
        <translation>%1 получает %2%3</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> от %1</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> для %1</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>ответ не является объектом JSON</translation>
    </message>
    <message>
        <source>cited_events: expected a list of event numbers</source>
        <translation>cited_events: ожидался список номеров событий</translation>
    </message>
    <message>
        <source>cited_events[%1]: expected an event number</source>
        <translation>cited_events[%1]: ожидался номер события</translation>
    </message>
    <message>
        <source>cited_events[%1]: event %2 is not among the numbered events</source>
        <translation>cited_events[%1]: события %2 нет среди пронумерованных</translation>
    </message>
    <message>
        <source>cited_events[%1]: event %2 is cited twice</source>
        <translation>cited_events[%1]: событие %2 указано дважды</translation>
    </message>
    <message>
        <source>the fields make no valid schema: %1</source>
        <translation>из полей не получается допустимая схема: %1</translation>
    </message>
    <message>
        <source>the world</source>
        <translation>мир</translation>
    </message>
    <message>
        <source>%1: the model call failed: %2</source>
        <translation>%1: ошибка вызова модели: %2</translation>
    </message>
    <message>
        <source>%1: the reply was still invalid after %2 attempts: %3</source>
        <translation>%1: ответ всё ещё некорректен (попыток: %2): %3</translation>
    </message>
</context>
<context>
    <name>ForkCommand</name>
    <message>
        <source>the project holds no runs</source>
        <translation>в проекте нет прогонов</translation>
    </message>
    <message>
        <source>%1: expected &quot;last&quot; or a run id, got &quot;%2&quot;</source>
        <translation>%1: ожидалось &quot;last&quot; или id прогона, получено &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The stored run to fork (&quot;last&quot; or its id).</source>
        <translation>Сохранённый прогон, от которого создаётся ответвление (&quot;last&quot; или его id).</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>The fork repeats the run&apos;s first K steps, then takes the change.</source>
        <translation>Ответвление повторяет первые K шагов прогона, а затем применяет изменение.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The project file that holds the run; the fork is stored there too.</source>
        <translation>Файл проекта, в котором хранится прогон; ответвление тоже сохраняется в нём.</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>A change file (see docs/experiments.md): words, material, fragments, model or temperature.</source>
        <translation>Файл изменений (см. docs/experiments.md): слова, материал, фрагменты, модель или температура.</translation>
    </message>
    <message>
        <source>CHANGE.json</source>
        <translation>CHANGE.json</translation>
    </message>
    <message>
        <source>Steps to run after the fork point (default: up to the parent&apos;s length).</source>
        <translation>Сколько шагов выполнить после точки ответвления (по умолчанию — до длины родительского прогона).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Model provider (default: the parent&apos;s).</source>
        <translation>Провайдер модели (по умолчанию — как у родительского прогона).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server URL (default: the parent&apos;s).</source>
        <translation>URL сервера (по умолчанию — как у родительского прогона).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model for the whole fork (default: the parent&apos;s; a change file&apos;s &quot;model&quot; applies after the fork step only).</source>
        <translation>Модель для всего ответвления (по умолчанию — как у родительского прогона; &quot;model&quot; из файла изменений действует только после шага ответвления).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>One JSON object per event per line on stdout; the summary goes to stderr.</source>
        <translation>Один объект JSON на событие в строке в stdout; сводка — в stderr.</translation>
    </message>
    <message>
        <source>No colours, even on a terminal.</source>
        <translation>Без цвета, даже в терминале.</translation>
    </message>
    <message>
        <source>Forks a stored run: a new run whose first K steps repeat the parent&apos;s exactly, then the change, then the rest. The parent is not touched.</source>
        <translation>Создаёт ответвление сохранённого прогона: новый прогон, первые K шагов которого в точности повторяют родительский, затем изменение, затем остальное. Родительский прогон не меняется.</translation>
    </message>
    <message>
        <source>--fork needs --project, the file that holds the run</source>
        <translation>для --fork нужен --project — файл, в котором хранится прогон</translation>
    </message>
    <message>
        <source>--fork needs --at-step K</source>
        <translation>для --fork нужен --at-step K</translation>
    </message>
    <message>
        <source>--at-step: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation>--at-step: ожидалось целое число не меньше 0, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation>--steps: ожидается целое число от 0, получено «%1»</translation>
    </message>
    <message>
        <source>the change file has errors; nothing was run</source>
        <translation>в файле изменений есть ошибки; ничего не запущено</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation>провайдер «%1» неизвестен (доступны: %2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>run %1: fork of run %2 at step %3 · %4 steps · seed %5 · %6 (%7)</source>
        <translation>прогон %1: ответвление прогона %2 на шаге %3 · шагов: %4 · seed %5 · %6 (%7)</translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 steps (steps 1–%4 repeat run %5).</source>
        <translation>Прогон %1 %2 после шага %3 (шаги 1–%4 повторяют прогон %5).</translation>
    </message>
    <message>
        <source>Saved in %1 (run %2).</source>
        <translation>Сохранено в %1 (прогон %2).</translation>
    </message>
    <message>
        <source>run paused: %1. Continue with troupe run --resume %2 --project %3</source>
        <translation>прогон приостановлен: %1. Продолжить: troupe run --resume %2 --project %3</translation>
    </message>
    <message>
        <source>The project file that holds the run.</source>
        <translation>Файл проекта, в котором хранится прогон.</translation>
    </message>
    <message>
        <source>The same event objects as troupe run --json, one per line.</source>
        <translation>Те же объекты событий, что и в troupe run --json, по одному на строку.</translation>
    </message>
    <message>
        <source>A run id, or &quot;last&quot;.</source>
        <translation>Идентификатор прогона или &quot;last&quot;.</translation>
    </message>
    <message>
        <source>Prints a stored run as it was printed while it ran.</source>
        <translation>Выводит сохранённый прогон так, как он выводился во время выполнения.</translation>
    </message>
    <message>
        <source>needs --project, the file that holds the run</source>
        <translation>требуется --project — файл, в котором хранится прогон</translation>
    </message>
    <message>
        <source>run %1 · %2 · %3 steps · seed %4</source>
        <translation>прогон %1 · %2 · шагов: %3 · зерно %4</translation>
    </message>
    <message>
        <source> · fork of run %1 at step %2 (steps 1–%2 are the parent&apos;s)</source>
        <translation> · ответвление прогона %1 на шаге %2 (шаги 1–%2 взяты из родительского прогона)</translation>
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
    <name>HttpClient</name>
    <message>
        <source>the server sent a header line longer than %1 KB</source>
        <translation>сервер прислал строку заголовка длиннее %1 КБ</translation>
    </message>
    <message>
        <source>the server sent more than %1 KB of headers</source>
        <translation>сервер прислал больше %1 КБ заголовков</translation>
    </message>
    <message>
        <source>the server&apos;s reply does not begin with an HTTP/1.x status line</source>
        <translation>ответ сервера не начинается со строки состояния HTTP/1.x</translation>
    </message>
    <message>
        <source>the server&apos;s headers begin with a continuation line</source>
        <translation>заголовки сервера начинаются со строки продолжения</translation>
    </message>
    <message>
        <source>the server sent a malformed header line</source>
        <translation>сервер прислал искажённую строку заголовка</translation>
    </message>
    <message>
        <source>the server sent more than %1 headers</source>
        <translation>сервер прислал больше %1 заголовков</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>сервер сменил протокол</translation>
    </message>
    <message>
        <source>the server used a transfer coding this client does not read: %1</source>
        <translation>сервер использовал кодирование передачи, которое этот клиент не читает: %1</translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length</source>
        <translation>сервер прислал недопустимый Content-Length</translation>
    </message>
    <message>
        <source>the server&apos;s reply is larger than %1 MB</source>
        <translation>ответ сервера больше %1 МБ</translation>
    </message>
    <message>
        <source>the server sent a malformed chunk size</source>
        <translation>сервер прислал искажённый размер фрагмента</translation>
    </message>
    <message>
        <source>a chunk of the server&apos;s reply is longer than it said</source>
        <translation>фрагмент ответа сервера длиннее заявленного</translation>
    </message>
    <message>
        <source>the server closed the connection before its reply was complete</source>
        <translation>сервер закрыл соединение, не закончив ответ</translation>
    </message>
    <message>
        <source>the server closed the connection without replying</source>
        <translation>сервер закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Операция отменена</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>file is too large (the limit is %1 MB)</source>
        <translation>файл слишком большой (ограничение — %1 МБ)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>недопустимый текст UTF-8; сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>expected a section header like [OpenAI], found &quot;%1&quot;</source>
        <translation>ожидался заголовок раздела вида [OpenAI], найдено «%1»</translation>
    </message>
    <message>
        <source>a section needs a name, like [OpenAI]</source>
        <translation>у раздела должно быть имя, например [OpenAI]</translation>
    </message>
    <message>
        <source>expected KEY=value, found &quot;%1&quot;</source>
        <translation>ожидалось KEY=value, найдено «%1»</translation>
    </message>
    <message>
        <source>the key is outside any [section]</source>
        <translation>ключ находится вне какого-либо [раздела]</translation>
    </message>
    <message>
        <source>a quoted value must end with its closing quote</source>
        <translation>значение в кавычках должно заканчиваться закрывающей кавычкой</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>the number %1 is too large to read</source>
        <translation>число %1 слишком велико для чтения</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>вложенность глубже %1 уровней</translation>
    </message>
    <message>
        <source>not valid JSON: a raw NUL byte (U+0000)</source>
        <translation>недопустимый JSON: необработанный байт NUL (U+0000)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>недопустимый JSON</translation>
    </message>
    <message>
        <source>the project is damaged: %1 at %2:%3: %4</source>
        <translation>проект повреждён: %1 в %2:%3: %4</translation>
    </message>
    <message>
        <source>and %1 more problems</source>
        <translation>и ещё проблем: %1</translation>
    </message>
</context>
<context>
    <name>JsonRepair</name>
    <message>
        <source>the reply is empty</source>
        <translation>the reply is empty</translation>
    </message>
    <message>
        <source>removed a code fence</source>
        <translation>removed a code fence</translation>
    </message>
    <message>
        <source>the reply contains no JSON object</source>
        <translation>the reply contains no JSON object</translation>
    </message>
    <message>
        <source>removed text around the JSON</source>
        <translation>removed text around the JSON</translation>
    </message>
    <message>
        <source>removed text before the JSON</source>
        <translation>removed text before the JSON</translation>
    </message>
    <message>
        <source>removed trailing commas</source>
        <translation>removed trailing commas</translation>
    </message>
    <message>
        <source>closed a reply that was cut off</source>
        <translation>closed a reply that was cut off</translation>
    </message>
    <message>
        <source>the reply was cut off and nothing complete could be recovered</source>
        <translation>the reply was cut off and nothing complete could be recovered</translation>
    </message>
    <message>
        <source>the reply, at character %1: %2</source>
        <translation>ответ, символ %1: %2</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>ответ не является допустимым JSON</translation>
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
    <message>
        <source>must be at most %1</source>
        <translation>должно быть не больше %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>должно быть меньше %1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>должно быть не меньше %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>должно быть больше %1</translation>
    </message>
</context>
<context>
    <name>KeywordClusters</name>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>LlmCommand</name>
    <message>
        <source>Provider: %1 (default: config.ini API_TYPE).</source>
        <translation>Провайдер: %1 (по умолчанию API_TYPE из config.ini).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server URL (OpenAI-compatible servers usually end in /v1).</source>
        <translation>Адрес сервера (у серверов, совместимых с OpenAI, обычно оканчивается на /v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model to try (default: config.ini MODEL).</source>
        <translation>Модель для проверки (по умолчанию MODEL из config.ini).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default: config.ini TIMEOUT).</source>
        <translation>Сколько секунд ждать ответа (по умолчанию TIMEOUT из config.ini).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Вывести результат одним объектом JSON.</translation>
    </message>
    <message>
        <source>--timeout: expected a whole number of seconds, got &quot;%1&quot;</source>
        <translation>--timeout: ожидается целое число секунд, получено «%1»</translation>
    </message>
    <message>
        <source>%1: nothing to check; it runs inside troupe. Choose a model server with --provider (%2) or API_TYPE in config.ini.</source>
        <translation>%1: проверять нечего, он работает внутри troupe. Выберите сервер модели через --provider (%2) или API_TYPE в config.ini.</translation>
    </message>
    <message>
        <source>Sends one tiny request to the model server and reports the model, the latency and which structured-output mode works, or why it fails.</source>
        <translation>Отправляет серверу модели один маленький запрос и сообщает модель, задержку и подходящий режим структурированного вывода — или почему запрос не удался.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>Provider:          %1 — %2</source>
        <translation>Провайдер:           %1 — %2</translation>
    </message>
    <message>
        <source>Model:             %1%2</source>
        <translation>Модель:              %1%2</translation>
    </message>
    <message>
        <source> (the server calls it %1)</source>
        <translation> (сервер называет её %1)</translation>
    </message>
    <message>
        <source>API key:           %1</source>
        <translation>API-ключ:            %1</translation>
    </message>
    <message>
        <source>Note:              %1</source>
        <translation>Примечание:          %1</translation>
    </message>
    <message>
        <source>Latency:           %1 ms</source>
        <translation>Задержка:            %1 мс</translation>
    </message>
    <message>
        <source>Structured output: %1</source>
        <translation>Структурный вывод:   %1</translation>
    </message>
    <message>
        <source>OK: ready for runs.</source>
        <translation>Готово: можно запускать прогоны.</translation>
    </message>
    <message>
        <source>Lists the models the server offers (GET /models).</source>
        <translation>Показывает модели, которые предлагает сервер (GET /models).</translation>
    </message>
    <message>
        <source>expected &quot;check&quot; or &quot;models&quot; (see troupe --help)</source>
        <translation>ожидается «check» или «models» (см. troupe --help)</translation>
    </message>
</context>
<context>
    <name>Normalisation</name>
    <message>
        <source>question &quot;%1&quot; of run %2 is not an open question: only open answers are normalised</source>
        <translation>вопрос «%1» прогона %2 не является открытым: нормализуются только ответы на открытые вопросы</translation>
    </message>
    <message>
        <source>run %1 has no answers to question &quot;%2&quot;</source>
        <translation>в прогоне %1 нет ответов на вопрос «%2»</translation>
    </message>
    <message>
        <source>labels: expected a list of labels</source>
        <translation>labels: ожидался список меток</translation>
    </message>
    <message>
        <source>labels: empty, but there are %1 answers to label</source>
        <translation>labels: список пуст, но требуется разметить ответов: %1</translation>
    </message>
    <message>
        <source>labels: %1 labels, at most %2 allowed</source>
        <translation>labels: меток — %1, допускается не более %2</translation>
    </message>
    <message>
        <source>labels[%1]: expected {&quot;label&quot;: text, &quot;answers&quot;: [numbers]}</source>
        <translation>labels[%1]: ожидалось {&quot;label&quot;: текст, &quot;answers&quot;: [номера]}</translation>
    </message>
    <message>
        <source>labels[%1].label: empty</source>
        <translation>labels[%1].label: пусто</translation>
    </message>
    <message>
        <source>labels[%1].label: &quot;%2&quot; is used twice</source>
        <translation>labels[%1].label: «%2» используется дважды</translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: expected an answer number</source>
        <translation>labels[%1].answers[%2]: ожидался номер ответа</translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: there is no answer %3 (answers are 1 to %4)</source>
        <translation>labels[%1].answers[%2]: ответа %3 нет (номера ответов от 1 до %4)</translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: answer %3 has more than one label</source>
        <translation>labels[%1].answers[%2]: у ответа %3 больше одной метки</translation>
    </message>
    <message>
        <source>answers without a label: %1</source>
        <translation>ответы без метки: %1</translation>
    </message>
    <message>
        <source>the model call failed: %1</source>
        <translation>сбой вызова модели: %1</translation>
    </message>
    <message>
        <source>the labels were still invalid after %1 attempts: %2</source>
        <translation>метки остались недопустимыми (попыток: %1): %2</translation>
    </message>
</context>
<context>
    <name>OfflineDimensions</name>
    <message>
        <source>from %1 (percentages as stated)</source>
        <translation>из %1 (проценты как указано)</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>Менее %1</translation>
    </message>
    <message>
        <source>from %1 (cumulative percentages turned into bands)</source>
        <translation>из %1 (накопленные проценты преобразованы в интервалы)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>from %1 (percentages as stated; &quot;Other&quot; is the missing %2 %)</source>
        <translation>из %1 (проценты как указано; «Другое» — недостающие %2 %)</translation>
    </message>
    <message>
        <source>from %1 (weighted by the counts stated)</source>
        <translation>из %1 (взвешено по указанным количествам)</translation>
    </message>
    <message>
        <source>from %1.%2</source>
        <translation>из %1.%2</translation>
    </message>
    <message>
        <source>assumed: the input states no age figures</source>
        <translation>допущение: во входных данных нет сведений о возрасте</translation>
    </message>
    <message>
        <source>assumed: the input states no gender figures</source>
        <translation>допущение: во входных данных нет сведений о поле</translation>
    </message>
</context>
<context>
    <name>OfflineEngine</name>
    <message>
        <source>Right now what I want is this: %1</source>
        <translation>Right now what I want is this: %1</translation>
    </message>
    <message>
        <source>this</source>
        <translation>this</translation>
    </message>
    <message>
        <source>%1 has a point about %2. I&apos;ll listen for now.</source>
        <translation>%1 has a point about %2. I&apos;ll listen for now.</translation>
    </message>
    <message>
        <source>That</source>
        <translation>That</translation>
    </message>
    <message>
        <source>listening to the others about %1</source>
        <translation>listening to the others about %1</translation>
    </message>
    <message>
        <source>%1... I can already see %2 coming.</source>
        <translation>%1... I can already see %2 coming.</translation>
    </message>
    <message>
        <source>%1 — that connects with something I care about: %2.</source>
        <translation>%1 — that connects with something I care about: %2.</translation>
    </message>
    <message>
        <source>How do I feel about %1? %2</source>
        <translation>How do I feel about %1? %2</translation>
    </message>
    <message>
        <source>I need to think about %1 before I answer.</source>
        <translation>I need to think about %1 before I answer.</translation>
    </message>
    <message>
        <source>I&apos;ll be direct.</source>
        <translation>I&apos;ll be direct.</translation>
    </message>
    <message>
        <source>Here&apos;s my view.</source>
        <translation>Here&apos;s my view.</translation>
    </message>
    <message>
        <source>Short answer.</source>
        <translation>Short answer.</translation>
    </message>
    <message>
        <source>Let me put it carefully.</source>
        <translation>Let me put it carefully.</translation>
    </message>
    <message>
        <source>I have thought about it.</source>
        <translation>I have thought about it.</translation>
    </message>
    <message>
        <source>A considered answer, then.</source>
        <translation>A considered answer, then.</translation>
    </message>
    <message>
        <source>Well, well.</source>
        <translation>Well, well.</translation>
    </message>
    <message>
        <source>Ha, okay.</source>
        <translation>Ha, okay.</translation>
    </message>
    <message>
        <source>Funny you ask.</source>
        <translation>Funny you ask.</translation>
    </message>
    <message>
        <source>Honestly?</source>
        <translation>Honestly?</translation>
    </message>
    <message>
        <source>Hmm.</source>
        <translation>Hmm.</translation>
    </message>
    <message>
        <source>For me it&apos;s simple.</source>
        <translation>For me it&apos;s simple.</translation>
    </message>
    <message>
        <source>Let me think out loud.</source>
        <translation>Let me think out loud.</translation>
    </message>
    <message>
        <source>I&apos;d pick %1.</source>
        <translation>I&apos;d pick %1.</translation>
    </message>
    <message>
        <source>It promises no %1, and that matters to me.</source>
        <translation>It promises no %1, and that matters to me.</translation>
    </message>
    <message>
        <source>It speaks to me: %1 matters to me.</source>
        <translation>It speaks to me: %1 matters to me.</translation>
    </message>
    <message>
        <source>%1 lost me: %2.</source>
        <translation>%1 lost me: %2.</translation>
    </message>
    <message>
        <source>%1 did nothing for me.</source>
        <translation>%1 did nothing for me.</translation>
    </message>
    <message>
        <source>Explain why I chose %1</source>
        <translation>Explain why I chose %1</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Yes.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Maybe.</source>
        <translation>Maybe.</translation>
    </message>
    <message>
        <source>I hear %1 on %2, but I&apos;m less convinced.</source>
        <translation>I hear %1 on %2, but I&apos;m less convinced.</translation>
    </message>
    <message>
        <source>I&apos;m with %1 on %2.</source>
        <translation>I&apos;m with %1 on %2.</translation>
    </message>
    <message>
        <source>%1 could actually work for me.</source>
        <translation>%1 could actually work for me.</translation>
    </message>
    <message>
        <source>I like the sound of %1.</source>
        <translation>I like the sound of %1.</translation>
    </message>
    <message>
        <source>%1 is something I&apos;d try.</source>
        <translation>%1 is something I&apos;d try.</translation>
    </message>
    <message>
        <source>I care about %1, and this fits.</source>
        <translation>I care about %1, and this fits.</translation>
    </message>
    <message>
        <source>It suits me: %1</source>
        <translation>It suits me: %1</translation>
    </message>
    <message>
        <source>I&apos;m not sold on %1.</source>
        <translation>I&apos;m not sold on %1.</translation>
    </message>
    <message>
        <source>%1 makes me wary.</source>
        <translation>%1 makes me wary.</translation>
    </message>
    <message>
        <source>I have doubts about %1.</source>
        <translation>I have doubts about %1.</translation>
    </message>
    <message>
        <source>%1 — that is exactly what puts me off.</source>
        <translation>%1 — that is exactly what puts me off.</translation>
    </message>
    <message>
        <source>You have to understand, %1</source>
        <translation>You have to understand, %1</translation>
    </message>
    <message>
        <source>I&apos;m in two minds about %1.</source>
        <translation>I&apos;m in two minds about %1.</translation>
    </message>
    <message>
        <source>I like %1, but I can&apos;t stand %2.</source>
        <translation>I like %1, but I can&apos;t stand %2.</translation>
    </message>
    <message>
        <source>I would need to know more before I decide.</source>
        <translation>I would need to know more before I decide.</translation>
    </message>
    <message>
        <source>I believe %1.</source>
        <translation>I believe %1.</translation>
    </message>
    <message>
        <source>As %1, I&apos;d judge it by whether it fits a normal working day.</source>
        <translation>As %1, I&apos;d judge it by whether it fits a normal working day.</translation>
    </message>
    <message>
        <source>In my work as %1, things like this live or die on trust.</source>
        <translation>In my work as %1, things like this live or die on trust.</translation>
    </message>
    <message>
        <source>Coming from my job as %1, I&apos;d want to see it in practice first.</source>
        <translation>Coming from my job as %1, I&apos;d want to see it in practice first.</translation>
    </message>
    <message>
        <source>%1, what would it cost per month, all in?</source>
        <translation>%1, what would it cost per month, all in?</translation>
    </message>
    <message>
        <source>Who is it really for, %1?</source>
        <translation>Who is it really for, %1?</translation>
    </message>
    <message>
        <source>Has anyone here actually tried something like it?</source>
        <translation>Has anyone here actually tried something like it?</translation>
    </message>
    <message>
        <source>What happens to %1 when things go wrong?</source>
        <translation>What happens to %1 when things go wrong?</translation>
    </message>
    <message>
        <source>Could we talk after this? I&apos;d like to hear more about %1.</source>
        <translation>Could we talk after this? I&apos;d like to hear more about %1.</translation>
    </message>
    <message>
        <source>interested, a little nervous</source>
        <translation>interested, a little nervous</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>interested</translation>
    </message>
    <message>
        <source>uneasy</source>
        <translation>uneasy</translation>
    </message>
    <message>
        <source>sceptical</source>
        <translation>sceptical</translation>
    </message>
    <message>
        <source>thoughtful</source>
        <translation>thoughtful</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>what %1 said about %2</source>
        <translation>what %1 said about %2</translation>
    </message>
    <message>
        <source>Give my honest view on %1</source>
        <translation>Give my honest view on %1</translation>
    </message>
    <message>
        <source>%1 of %2 key words of the condition appear in recent events (offline engine — not a language model)</source>
        <translation>%1 из %2 ключевых слов условия встречаются в последних событиях (офлайн-движок — не языковая модель)</translation>
    </message>
    <message>
        <source>offline engine — not a language model</source>
        <translation>офлайн-движок — не языковая модель</translation>
    </message>
    <message>
        <source>the offline engine cannot answer &quot;%1&quot; requests; configure a language model</source>
        <translation>офлайн-движок не умеет отвечать на запросы «%1»; настройте языковую модель</translation>
    </message>
</context>
<context>
    <name>OpenAiProtocol</name>
    <message>
        <source>the server&apos;s reply is not JSON: %1</source>
        <translation>ответ сервера — не JSON: %1</translation>
    </message>
    <message>
        <source>the server&apos;s reply has no choices</source>
        <translation>в ответе сервера нет вариантов (choices)</translation>
    </message>
    <message>
        <source>the server&apos;s reply has no message</source>
        <translation>в ответе сервера нет сообщения</translation>
    </message>
    <message>
        <source>a streamed chunk is not JSON: %1</source>
        <translation>фрагмент потока — не JSON: %1</translation>
    </message>
    <message>
        <source>the server&apos;s embeddings reply is not in the expected form</source>
        <translation>ответ сервера с эмбеддингами имеет неожиданный вид</translation>
    </message>
    <message>
        <source>the server&apos;s embeddings reply has a bad item</source>
        <translation>в ответе сервера с эмбеддингами испорчен элемент</translation>
    </message>
    <message>
        <source>the server returned %1 embeddings for %2 texts</source>
        <translation>сервер вернул %1 эмбеддингов для %2 текстов</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <source>the stream ended without any reply</source>
        <translation>поток закончился без ответа</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1 sent an unreadable reply %2 times: %3</source>
        <translation>%1 %2 раз прислал нечитаемый ответ: %3</translation>
    </message>
    <message>
        <source>the reply was withheld by %1&apos;s content filter</source>
        <translation>ответ задержан фильтром содержимого %1</translation>
    </message>
    <message>
        <source>the model refused: %1</source>
        <translation>модель отказалась: %1</translation>
    </message>
    <message>
        <source>no embedding model: set EMBEDDING_MODEL in config.ini</source>
        <translation>нет модели эмбеддингов: укажите EMBEDDING_MODEL в config.ini</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 отклонён: %2</translation>
    </message>
    <message>
        <source>%1 accepted but the reply was not the JSON asked for</source>
        <translation>%1 принят, но ответ — не тот JSON, что просили</translation>
    </message>
    <message>
        <source>the model did not answer with JSON even when asked in the prompt; turns will rely on repair</source>
        <translation>модель не ответила в JSON даже по просьбе в промпте; ходы будут полагаться на исправление ответа</translation>
    </message>
    <message>
        <source>the server lists no models</source>
        <translation>сервер не перечисляет ни одной модели</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> после %1 попыток</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout: %2 s to connect, %3 s per request)%4</source>
        <translation>%1 не ответил вовремя (тайм-аут: %2 с на соединение, %3 с на запрос)%4</translation>
    </message>
    <message>
        <source>cannot find the server &quot;%1&quot; (DNS lookup failed); check the base URL</source>
        <translation>не удаётся найти сервер «%1» (ошибка DNS); проверьте адрес</translation>
    </message>
    <message>
        <source>nothing is listening at %1:%2 (connection refused); is the server running?</source>
        <translation>по адресу %1:%2 никто не слушает (соединение отклонено); сервер запущен?</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>network error talking to %1: %2%3</source>
        <translation>сетевая ошибка при обращении к %1: %2%3</translation>
    </message>
    <message>
        <source>%1 refused the API key (401%2): %3</source>
        <translation>%1 не принял API-ключ (401%2): %3</translation>
    </message>
    <message>
        <source>, key from %1</source>
        <translation>, ключ из %1</translation>
    </message>
    <message>
        <source>%1 denied access (403): %2</source>
        <translation>%1 отказал в доступе (403): %2</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not available at %2 (404): %3</source>
        <translation>модель «%1» недоступна на %2 (404): %3</translation>
    </message>
    <message>
        <source>nothing at %1 (404); check the base URL (OpenAI-compatible servers usually end in /v1)</source>
        <translation>по адресу %1 ничего нет (404); проверьте адрес (у серверов, совместимых с OpenAI, он обычно оканчивается на /v1)</translation>
    </message>
    <message>
        <source>%1 is rate limiting (429)%2: %3</source>
        <translation>%1 ограничивает частоту запросов (429)%2: %3</translation>
    </message>
    <message>
        <source> — it asks to wait %1 s</source>
        <translation> — просит подождать %1 с</translation>
    </message>
    <message>
        <source>refused by %1&apos;s content filter: %2</source>
        <translation>отклонено фильтром содержимого %1: %2</translation>
    </message>
    <message>
        <source>%1 had a server error (%2)%3: %4</source>
        <translation>ошибка сервера %1 (%2)%3: %4</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 ответил %2: %3</translation>
    </message>
</context>
<context>
    <name>PersonFactory</name>
    <message numerus="yes">
        <source>the model gave no usable dimensions after %n attempts: %1</source>
        <translation>
            <numerusform>модель не дала пригодных измерений за %n попытку: %1</numerusform>
            <numerusform>модель не дала пригодных измерений за %n попытки: %1</numerusform>
            <numerusform>модель не дала пригодных измерений за %n попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a generation is already running</source>
        <translation>генерация уже выполняется</translation>
    </message>
    <message>
        <source>sample %1 is not in the plan (it has %2)</source>
        <translation>образца %1 нет в плане (в нём %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the budget of $%1 was reached</source>
        <translation>достигнут бюджет $%1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>образец %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonRequest</name>
    <message>
        <source>persona.name is empty</source>
        <translation>persona.name пусто</translation>
    </message>
    <message>
        <source>persona.name: &quot;%1&quot; is already taken in this population or project; choose a different name</source>
        <translation>persona.name: имя «%1» уже занято в этой популяции или проекте; выберите другое имя</translation>
    </message>
    <message>
        <source>persona.age: %1 is not the sampled age %2</source>
        <translation>persona.age: %1 не совпадает с выбранным возрастом %2</translation>
    </message>
    <message>
        <source>persona.age: %1 is outside the sampled range %2</source>
        <translation>persona.age: %1 вне выбранного диапазона %2</translation>
    </message>
    <message>
        <source>persona.gender: &quot;%1&quot; is not the sampled gender &quot;%2&quot;</source>
        <translation>persona.gender: «%1» не совпадает с выбранным полом «%2»</translation>
    </message>
    <message>
        <source>persona.nationality: &quot;%1&quot; (living in &quot;%2&quot;) does not fit the sampled country &quot;%3&quot;</source>
        <translation>persona.nationality: «%1» (проживает в «%2») не соответствует выбранной стране «%3»</translation>
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
        <source>cannot save %1 &quot;%2&quot;: %3</source>
        <translation>не удаётся сохранить %1 «%2»: %3</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>повреждено: %1</translation>
    </message>
    <message>
        <source>no persona or fragment named &quot;%1&quot; in %2</source>
        <translation>в %2 нет персоны или фрагмента с именем «%1»</translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation>нет объекта %1 с именем «%2»</translation>
    </message>
</context>
<context>
    <name>PopulationCommand</name>
    <message>
        <source>Usage: troupe population &lt;verb&gt; ...

  dimensions DESCRIPTION [--extra TEXT_OR_FILE] [provider flags] [--json]
  plan DESCRIPTION --count N [--dimensions FILE] [--seed S] [provider flags] [--json]
  generate DESCRIPTION --count N --project P [--name NAME] [--dimensions FILE] [--extra ...]
           [--seed S] [--concurrency C] [--budget USD] [provider flags] [--json]
  regenerate NAME --project P [--sample K]... [provider flags]
  list --project P [--json]
  profile NAME --project P [--json]
  export NAME --project P -o DIR [--format agents|csv]
  remove NAME --project P

DESCRIPTION is a population description file (TinyTroupe format), a bundled one
(us_adults, lagos_young_professionals, germany_remote_workers, japan_seniors), or a
context in words (&quot;adults in Lagos who commute by bus&quot;).</source>
        <translation>Использование: troupe population &lt;verb&gt; ...

  dimensions DESCRIPTION [--extra TEXT_OR_FILE] [provider flags] [--json]
  plan DESCRIPTION --count N [--dimensions FILE] [--seed S] [provider flags] [--json]
  generate DESCRIPTION --count N --project P [--name NAME] [--dimensions FILE] [--extra ...]
           [--seed S] [--concurrency C] [--budget USD] [provider flags] [--json]
  regenerate NAME --project P [--sample K]... [provider flags]
  list --project P [--json]
  profile NAME --project P [--json]
  export NAME --project P -o DIR [--format agents|csv]
  remove NAME --project P

DESCRIPTION — файл описания популяции (формат TinyTroupe), одно из встроенных описаний
(us_adults, lagos_young_professionals, germany_remote_workers, japan_seniors) или
контекст словами («взрослые в Лагосе, которые ездят на автобусе»).</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>нужен параметр --project</translation>
    </message>
    <message>
        <source>A population description file, a bundled one, or a context in words.</source>
        <translation>Файл описания популяции, встроенное описание или контекст словами.</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>Asks the model for sampling dimensions and prints them (the offline engine reads the description&apos;s own figures).</source>
        <translation>Запрашивает у модели измерения выборки и выводит их (офлайн-движок берёт данные из самого описания).</translation>
    </message>
    <message>
        <source>%1 (numeric): %2 to %3, %4</source>
        <translation>%1 (числовое): от %2 до %3, %4</translation>
    </message>
    <message>
        <source>Draws the sampling plan: exactly N samples whose categorical counts meet the weights.</source>
        <translation>Составляет план выборки: ровно N образцов, количества по категориям в которых соответствуют весам.</translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation>образцов: %1, зерно %2</translation>
    </message>
    <message>
        <source>Lists the populations of a project.</source>
        <translation>Выводит список популяций проекта.</translation>
    </message>
    <message>
        <source>no populations in %1</source>
        <translation>в %1 нет популяций</translation>
    </message>
    <message>
        <source>%1  %2 of %3 people  %4  (%5)</source>
        <translation>%1  %2 из %3 чел.  %4  (%5)</translation>
    </message>
    <message>
        <source>The population.</source>
        <translation>Популяция.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Requested against generated shares per dimension, ages and Big Five.</source>
        <translation>Запрошенные и полученные доли по каждому измерению, возрасты и «Большая пятёрка».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Папка для записи.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>agents (one .agent.json per person, default) or csv.</source>
        <translation>agents (по одному файлу .agent.json на человека, по умолчанию) или csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Writes a population&apos;s people as TinyTroupe agent files or a CSV of attributes.</source>
        <translation>Записывает людей популяции в файлы агентов TinyTroupe или в CSV с атрибутами.</translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation>требуется -o DIR</translation>
    </message>
    <message>
        <source>--format: expected agents or csv, got &quot;%1&quot;</source>
        <translation>--format: ожидалось agents или csv, получено «%1»</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>wrote %1 people to %2</source>
        <translation>записано людей: %1 в %2</translation>
    </message>
    <message>
        <source>Deletes a population and the personas generated for it.</source>
        <translation>Удаляет популяцию и созданные для неё персоны.</translation>
    </message>
    <message>
        <source>removed population %1</source>
        <translation>популяция %1 удалена</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe population --help)</source>
        <translation>неизвестная команда «%1» (см. troupe population --help)</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>The estimate is above the $%1 budget: generation stops once the budget is spent.</source>
        <translation>Оценка превышает бюджет $%1: генерация остановится, когда бюджет будет исчерпан.</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 из %2 чел.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>Population %1: %2 of %3 people generated, %4 failed%5.</source>
        <translation>Популяция %1: создано %2 из %3 чел., сбой: %4%5.</translation>
    </message>
    <message>
        <source>, %1 not started (%2)</source>
        <translation>, не начато: %1 (%2)</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>нет (%1)</translation>
    </message>
    <message>
        <source>Model calls: %1 · tokens: %2 prompt, %3 completion · cost: %4 · %5 s</source>
        <translation>Вызовы модели: %1 · токены: %2 в запросе, %3 в ответе · стоимость: %4 · %5 с</translation>
    </message>
    <message>
        <source>The rest are stored. Try the missing ones again with: troupe population regenerate %1 --project %2</source>
        <translation>Остальные сохранены. Повторите создание недостающих командой: troupe population regenerate %1 --project %2</translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation>--budget: ожидается сумма в долларах США, получено «%1»</translation>
    </message>
    <message>
        <source>Name of the population in the project (default: the description&apos;s file name).</source>
        <translation>Имя популяции в проекте (по умолчанию — имя файла описания).</translation>
    </message>
    <message>
        <source>Start no new person once the calls cost this many US dollars.</source>
        <translation>Не начинать создание новых людей, когда стоимость вызовов достигнет этой суммы в долларах США.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Generates a population into a project: dimensions, a seeded plan, then one person per sample.</source>
        <translation>Создаёт популяцию в проекте: измерения, план выборки с зерном, затем по одному человеку на образец.</translation>
    </message>
    <message>
        <source>the project already has a population called &quot;%1&quot;; choose another with --name</source>
        <translation>в проекте уже есть популяция «%1»; выберите другое имя с помощью --name</translation>
    </message>
    <message>
        <source>Regenerate this sample (1-based; repeat the flag for more). Default: every sample without a person.</source>
        <translation>Создать заново этот образец (нумерация с 1; для нескольких повторите флаг). По умолчанию — все образцы без человека.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Generates some of a population&apos;s people again; the others are kept.</source>
        <translation>Заново создаёт часть людей популяции; остальные сохраняются.</translation>
    </message>
    <message>
        <source>--sample: expected a number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--sample: ожидалось число от 1 до %1, получено «%2»</translation>
    </message>
    <message>
        <source>every sample of %1 has its person; name one with --sample K to make it again</source>
        <translation>у каждого образца %1 есть человек; укажите образец с помощью --sample K, чтобы создать его заново</translation>
    </message>
    <message>
        <source>Model provider: %1 (default: config.ini API_TYPE).</source>
        <translation>Провайдер модели: %1 (по умолчанию API_TYPE из config.ini).</translation>
    </message>
    <message>
        <source>Server URL for OpenAI-compatible providers.</source>
        <translation>Адрес сервера для провайдеров, совместимых с OpenAI.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model to ask.</source>
        <translation>Модель для запросов.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS).</source>
        <translation>Сколько вызовов модели выполняется одновременно (по умолчанию MAX_CONCURRENT_MODEL_CALLS из config.ini).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Seconds a model call may take (default: config.ini TIMEOUT).</source>
        <translation>Сколько секунд может длиться вызов модели (по умолчанию TIMEOUT из config.ini).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Do not answer repeated calls from the project&apos;s cache.</source>
        <translation>Не отвечать на повторные вызовы из кэша проекта.</translation>
    </message>
    <message>
        <source>Do not ask the server to stream replies.</source>
        <translation>Не просить сервер передавать ответы потоком.</translation>
    </message>
    <message>
        <source>Extra dimensions, as text or a file (&quot;culinary tastes: from traditional to modern, from spicy to mild&quot;).</source>
        <translation>Дополнительные измерения — текстом или файлом («кулинарные вкусы: от традиционных до современных, от острых до мягких»).</translation>
    </message>
    <message>
        <source>TEXT_OR_FILE</source>
        <translation>TEXT_OR_FILE</translation>
    </message>
    <message>
        <source>Read the dimensions from this file (as `population dimensions --json` prints them) instead of asking the model.</source>
        <translation>Прочитать измерения из этого файла (в том виде, в каком их выводит `population dimensions --json`) вместо запроса к модели.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seed of the sampling plan (default: 1).</source>
        <translation>Зерно плана выборки (по умолчанию: 1).</translation>
    </message>
    <message>
        <source>How many people (1 to %1).</source>
        <translation>Количество людей (от 1 до %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Выводить JSON.</translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation>Файл проекта (*.troupe).</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>--%1: expected a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1: ожидается целое число больше 0, получено «%2»</translation>
    </message>
    <message>
        <source>--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)</source>
        <translation>--base-url относится к сетевым провайдерам, а не к офлайн-движку; добавьте --provider openai (или другой: %1)</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation>провайдер «%1» неизвестен (доступны: %2)</translation>
    </message>
    <message>
        <source>the population description has errors</source>
        <translation>в описании популяции есть ошибки</translation>
    </message>
    <message>
        <source>%1: no such file (give a population description file, a bundled one, or a context in words)</source>
        <translation>%1: файл не найден (укажите файл описания популяции, встроенное описание или контекст словами)</translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation>требуется --count N</translation>
    </message>
    <message>
        <source>--count: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--count: ожидалось целое число от 1 до %1, получено «%2»</translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation>--seed: ожидается целое число, получено «%1»</translation>
    </message>
</context>
<context>
    <name>PopulationExport</name>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>PopulationProfile</name>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 из %2 чел.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>измерение</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>%1: requested mean %2, generated mean %3</source>
        <translation>%1: запрошенное среднее %2, полученное среднее %3</translation>
    </message>
    <message>
        <source>Ages: %1</source>
        <translation>Возрасты: %1</translation>
    </message>
    <message>
        <source>%1: low %2, medium %3, high %4</source>
        <translation>%1: низкий %2, средний %3, высокий %4</translation>
    </message>
</context>
<context>
    <name>PopulationStore</name>
    <message>
        <source>a population needs a name</source>
        <translation>у популяции должно быть имя</translation>
    </message>
    <message>
        <source>the project already has a population called &quot;%1&quot;</source>
        <translation>в проекте уже есть популяция «%1»</translation>
    </message>
    <message>
        <source>the project already has a persona called &quot;%1&quot;</source>
        <translation>в проекте уже есть персона «%1»</translation>
    </message>
    <message>
        <source>there is no population called &quot;%1&quot; in this project</source>
        <translation>в этом проекте нет популяции «%1»</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is damaged in this project file</source>
        <translation>популяция «%1» повреждена в этом файле проекта</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; of population &quot;%2&quot; is damaged: %3</source>
        <translation>персона «%1» популяции «%2» повреждена: %3</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no people yet</source>
        <translation>в популяции «%1» ещё нет людей</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has %2 people; cannot sample %3</source>
        <translation>в популяции «%1» людей: %2; невозможно выбрать %3</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>%1: [Prices] %2: expected &quot;input, output[, cached input]&quot; in dollars per million tokens, got &quot;%3&quot;</source>
        <translation>%1: [Prices] %2: ожидается «input, output[, cached input]» в долларах за миллион токенов, получено «%3»</translation>
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
    <message>
        <source>cannot read the schema history of %1: %2</source>
        <translation>не удаётся прочитать историю схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no projects to merge</source>
        <translation>нет проектов для объединения</translation>
    </message>
    <message>
        <source>%1 exists already; merge into a new file</source>
        <translation>%1 уже существует; объединяйте в новый файл</translation>
    </message>
    <message>
        <source>%1 is both an input and the output</source>
        <translation>%1 указан и как входной, и как выходной файл</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot; differs between %2 and %3 (arms, replicates, seed or study); only runs of the same definition can be merged</source>
        <translation>эксперимент «%1» различается в %2 и %3 (группы, повторы, зерно или исследование); объединять можно только прогоны с одинаковым определением</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>copy the runs of %1</source>
        <translation>копирование прогонов из %1</translation>
    </message>
    <message>
        <source>copy %1 of %2</source>
        <translation>копирование %1 из %2</translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>&quot;%1&quot; looks like a secret; secrets are kept in your user settings, never in a project file</source>
        <translation>«%1» похоже на секрет; секреты хранятся в ваших пользовательских настройках, а не в файле проекта</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation>провайдер «%1» неизвестен (доступны: %2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>extra dimension: %1</source>
        <translation>дополнительное измерение: %1</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>%1 is out of range (at most 1000000 either way)</source>
        <translation>%1 вне допустимого диапазона (не более 1000000 по модулю)</translation>
    </message>
    <message>
        <source>expected an object like {&quot;min&quot;: 1, &quot;max&quot;: 5}</source>
        <translation>ожидался объект вида {&quot;min&quot;: 1, &quot;max&quot;: 5}</translation>
    </message>
    <message>
        <source>unknown key; a scale has &quot;min&quot;, &quot;max&quot; and &quot;labels&quot;</source>
        <translation>неизвестный ключ; у шкалы есть &quot;min&quot;, &quot;max&quot; и &quot;labels&quot;</translation>
    </message>
    <message>
        <source>the scale&apos;s max (%1) must be greater than its min (%2)</source>
        <translation>максимум шкалы (%1) должен быть больше её минимума (%2)</translation>
    </message>
    <message>
        <source>a scale has at most %1 points; this one has %2</source>
        <translation>у шкалы не более %1 делений; у этой — %2</translation>
    </message>
    <message>
        <source>expected an object of scale points and labels, like {&quot;1&quot;: &quot;never&quot;}</source>
        <translation>ожидался объект с делениями шкалы и метками, например {&quot;1&quot;: &quot;never&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale point; use a whole number from %2 to %3</source>
        <translation>«%1» не является делением шкалы; используйте целое число от %2 до %3</translation>
    </message>
    <message>
        <source>%1 is outside the scale (%2 to %3)</source>
        <translation>%1 вне шкалы (от %2 до %3)</translation>
    </message>
    <message>
        <source>expected the label&apos;s text</source>
        <translation>ожидался текст метки</translation>
    </message>
    <message>
        <source>expected an object of scale points and anchor statements, like {&quot;1&quot;: [&quot;...&quot;]}</source>
        <translation>ожидался объект с делениями шкалы и опорными утверждениями, например {&quot;1&quot;: [&quot;...&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of the scale (%2 to %3)</source>
        <translation>«%1» не является делением шкалы (от %2 до %3)</translation>
    </message>
    <message>
        <source>expected a statement or a list of statements</source>
        <translation>ожидалось утверждение или список утверждений</translation>
    </message>
    <message>
        <source>anchor statements must not be empty</source>
        <translation>опорные утверждения не должны быть пустыми</translation>
    </message>
    <message>
        <source>scale point %1 has no anchor statement; give one for every point from %2 to %3</source>
        <translation>у деления шкалы %1 нет опорного утверждения; укажите его для каждого деления от %2 до %3</translation>
    </message>
    <message>
        <source>expected a list of options</source>
        <translation>ожидался список вариантов</translation>
    </message>
    <message>
        <source>a ranking needs at least 2 options</source>
        <translation>для ранжирования нужно не менее 2 вариантов</translation>
    </message>
    <message>
        <source>the list of options is empty</source>
        <translation>список вариантов пуст</translation>
    </message>
    <message>
        <source>a choice needs at least 2 options</source>
        <translation>для выбора нужно не менее 2 вариантов</translation>
    </message>
    <message>
        <source>at most %1 options; this question has %2</source>
        <translation>не более %1 вариантов; в этом вопросе — %2</translation>
    </message>
    <message>
        <source>an option must not be empty</source>
        <translation>вариант не должен быть пустым</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats options[%2]; options must be unique</source>
        <translation>«%1» повторяет options[%2]; варианты должны быть уникальными</translation>
    </message>
    <message>
        <source>min is %1 but the question has %2 options; use 0 to %2</source>
        <translation>min равен %1, но в вопросе вариантов: %2; используйте значение от 0 до %2</translation>
    </message>
    <message>
        <source>max is %1 but the question has %2 options; use 1 to %2</source>
        <translation>max равен %1, но в вопросе вариантов: %2; используйте значение от 1 до %2</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>min (%1) больше max (%2)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>max (%1) is less than min (%2)</source>
        <translation>max (%1) меньше min (%2)</translation>
    </message>
    <message>
        <source>no whole number lies between min and max</source>
        <translation>между min и max нет ни одного целого числа</translation>
    </message>
    <message>
        <source>expected &quot;end&quot; or a step number</source>
        <translation>ожидалось &quot;end&quot; или номер шага</translation>
    </message>
    <message>
        <source>steps count from 1</source>
        <translation>шаги нумеруются с 1</translation>
    </message>
    <message>
        <source>unknown key; a follow-up has &quot;text&quot; and &quot;mentioned&quot;</source>
        <translation>неизвестный ключ; у уточняющего вопроса есть &quot;text&quot; и &quot;mentioned&quot;</translation>
    </message>
    <message>
        <source>expected the phrase that triggers the follow-up</source>
        <translation>ожидалась фраза, запускающая уточняющий вопрос</translation>
    </message>
    <message>
        <source>expected the follow-up&apos;s text, or {&quot;text&quot;, &quot;mentioned&quot;}</source>
        <translation>ожидался текст уточняющего вопроса или {&quot;text&quot;, &quot;mentioned&quot;}</translation>
    </message>
    <message>
        <source>the follow-up needs its text</source>
        <translation>у уточняющего вопроса должен быть текст</translation>
    </message>
    <message>
        <source>expected a question object</source>
        <translation>ожидался объект вопроса</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: start with a letter, then letters, digits or _</source>
        <translation>«%1» не является идентификатором: он должен начинаться с буквы, за которой следуют буквы, цифры или _</translation>
    </message>
    <message>
        <source>at most %1 characters; it names columns in exports</source>
        <translation>не более %1 символов; это имя используется для столбцов при экспорте</translation>
    </message>
    <message>
        <source>expected one of: likert, open, choice, multi, ranking, numeric, yes_no</source>
        <translation>ожидалось одно из: likert, open, choice, multi, ranking, numeric, yes_no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by %2 questions</source>
        <translation>«%1» не используется в вопросах типа %2</translation>
    </message>
    <message>
        <source>a likert question needs a scale, like {&quot;min&quot;: 1, &quot;max&quot;: 5}</source>
        <translation>вопросу likert нужна шкала, например {&quot;min&quot;: 1, &quot;max&quot;: 5}</translation>
    </message>
    <message>
        <source>anchors are used for semantic similarity rating: add &quot;ssr&quot;: true</source>
        <translation>опорные утверждения используются для оценки по семантическому сходству: добавьте &quot;ssr&quot;: true</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <source>Model calls</source>
        <translation>Вызовы модели</translation>
    </message>
    <message>
        <source>%1 (%2 from the cache)</source>
        <translation>%1 (%2 из кэша)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>%1 prompt, %2 completion%3</source>
        <translation>%1 во входе, %2 в ответах%3</translation>
    </message>
    <message>
        <source> (estimated by the offline engine)</source>
        <translation> (оценка офлайн-движка)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source> (some models have no price)</source>
        <translation> (у некоторых моделей нет цены)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Прогон %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Actions by type</source>
        <translation>Действия по типам</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Who talked to whom</source>
        <translation>Кто с кем говорил</translation>
    </message>
    <message>
        <source>Speaker → listener</source>
        <translation>Говорящий → слушатель</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>До первого шага</translation>
    </message>
    <message>
        <source>Step %1 — %2</source>
        <translation>Шаг %1 — %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
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
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>DONE, which ends every turn, is not counted.</source>
        <translation>DONE, которым завершается каждый ход, не учитывается.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>How often each speaker (row) talked to each listener (column); &quot;everyone&quot; is talk addressed to no one in particular.</source>
        <translation>Сколько раз каждый говорящий (строка) обращался к каждому слушателю (столбец); &quot;everyone&quot; — реплики, ни к кому конкретно не обращённые.</translation>
    </message>
    <message>
        <source>How often each speaker (row) talked to each listener (column).</source>
        <translation>Сколько раз каждый говорящий (строка) обращался к каждому слушателю (столбец).</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Actions per step</source>
        <translation>Действия по шагам</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Tokens per step (estimated)</source>
        <translation>Токены по шагам (оценка)</translation>
    </message>
    <message>
        <source>Tokens per step</source>
        <translation>Токены по шагам</translation>
    </message>
    <message>
        <source>The people in this run are simulated by a language model. Read what they say as material for hypotheses, not as measurements or predictions of what real people would do.</source>
        <translation>Люди в этом прогоне смоделированы языковой моделью. Воспринимайте их слова как материал для гипотез, а не как измерения или предсказания поведения реальных людей.</translation>
    </message>
    <message>
        <source>This run used the offline engine, which is not a language model: its replies are composed from the personas by rules, and its token counts are estimates.</source>
        <translation>В этом прогоне использовался офлайн-движок, который не является языковой моделью: его ответы составляются из персон по правилам, а количество токенов оценочное.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>step %1, event %2</source>
        <translation>шаг %1, событие %2</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>Отчёт о прогоне</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Activity per step</source>
        <translation>Активность по шагам</translation>
    </message>
    <message>
        <source>Nobody talked in this run.</source>
        <translation>В этом прогоне никто не говорил.</translation>
    </message>
    <message>
        <source>The run has no events yet.</source>
        <translation>В прогоне ещё нет событий.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1 (thinks): </source>
        <translation>%1 (думает): </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed</source>
        <translation>Не удаётся записать %1: сбой модуля записи OpenDocument</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer did not start</source>
        <translation>Не удаётся записать %1: модуль записи PDF не запустился</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished</source>
        <translation>Не удаётся записать %1: не удалось завершить PDF</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The project file that holds the run.</source>
        <translation>Файл проекта, содержащий прогон.</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>pdf, html, odt or md (default: from the output&apos;s suffix).</source>
        <translation>pdf, html, odt или md (по умолчанию: по расширению выходного файла).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: by the locale; Letter in the US, Canada, Mexico...).</source>
        <translation>Формат бумаги PDF: a4 или letter (по умолчанию: по локали; Letter в США, Канаде, Мексике...).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Leave the transcript out.</source>
        <translation>Не включать стенограмму.</translation>
    </message>
    <message>
        <source>The run: its id, or &quot;last&quot;.</source>
        <translation>Прогон: его идентификатор или &quot;last&quot;.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>Writes a run&apos;s report: summary, actions, charts, who talked to whom and the transcript.</source>
        <translation>Создаёт отчёт о прогоне: сводка, действия, диаграммы, кто с кем говорил и стенограмма.</translation>
    </message>
    <message>
        <source>--project is needed: the file that holds the run</source>
        <translation>требуется --project: файл, содержащий прогон</translation>
    </message>
    <message>
        <source>-o is needed: the file to write</source>
        <translation>требуется -o: файл для записи</translation>
    </message>
    <message>
        <source>--format: expected pdf, html, odt or md, got &quot;%1&quot;</source>
        <translation>--format: ожидалось pdf, html, odt или md, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; give --format pdf, html, odt or md</source>
        <translation>не удаётся определить формат по &quot;%1&quot;; укажите --format pdf, html, odt или md</translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper: ожидалось a4 или letter, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 holds no runs</source>
        <translation>%1 не содержит прогонов</translation>
    </message>
    <message>
        <source>expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation>ожидалось &quot;last&quot; или идентификатор прогона, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Study report of run %1 written to %2</source>
        <translation>Отчёт исследования по прогону %1 записан в %2</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Отчёт по прогону %1 записан в %2</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>most preferred</source>
        <translation>наиболее предпочтительно</translation>
    </message>
    <message>
        <source>least preferred</source>
        <translation>наименее предпочтительно</translation>
    </message>
    <message>
        <source>run</source>
        <translation>прогон</translation>
    </message>
    <message>
        <source>respondent (agent name)</source>
        <translation>респондент (имя агента)</translation>
    </message>
    <message>
        <source>experiment arm</source>
        <translation>группа эксперимента</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>не удаётся заменить %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>the SPSS file cannot be read back: %1</source>
        <translation>не удаётся прочитать записанный файл SPSS: %1</translation>
    </message>
    <message>
        <source>the SPSS file reads back with other variables than were written</source>
        <translation>записанный файл SPSS при чтении содержит не те переменные, что были записаны</translation>
    </message>
    <message>
        <source>no valid answer</source>
        <translation>нет допустимого ответа</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не задавался</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>question text</source>
        <translation>текст вопроса</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>value labels</source>
        <translation>метки значений</translation>
    </message>
    <message>
        <source>the results do not fit in one Excel sheet (%1 rows, %2 columns)</source>
        <translation>результаты не помещаются на один лист Excel (строк: %1, столбцов: %2)</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>run %1: question %2 of its study is damaged: %3</source>
        <translation>прогон %1: вопрос %2 его исследования повреждён: %3</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is %2 in one run and %3 in run %4</source>
        <translation>вопрос &quot;%1&quot; имеет тип %2 в одном прогоне и %3 в прогоне %4</translation>
    </message>
    <message>
        <source>run %1 has an answer of %2 to &quot;%3&quot;, which its study does not ask</source>
        <translation>в прогоне %1 есть ответ от %2 на вопрос &quot;%3&quot;, которого нет в его исследовании</translation>
    </message>
    <message>
        <source>run %1: the answer of %2 to &quot;%3&quot; is stored as %4, but the question is %5</source>
        <translation>прогон %1: ответ от %2 на вопрос &quot;%3&quot; сохранён как %4, но вопрос имеет тип %5</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 holds no runs</source>
        <translation>%1 не содержит прогонов</translation>
    </message>
    <message>
        <source>expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation>ожидалось &quot;last&quot; или идентификатор прогона, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no run %2</source>
        <translation>в %1 нет прогона %2</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найдено)</translation>
    </message>
    <message>
        <source>What to extract, in words.</source>
        <translation>Что извлечь (описание словами).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A field of the result, with an optional hint (repeat the flag).</source>
        <translation>Поле результата с необязательной подсказкой (флаг можно повторять).</translation>
    </message>
    <message>
        <source>NAME[:HINT]</source>
        <translation>NAME[:HINT]</translation>
    </message>
    <message>
        <source>Only this agent (default: every agent of the run).</source>
        <translation>Только этот агент (по умолчанию: все агенты прогона).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>One result for the whole world instead of one per agent.</source>
        <translation>Один результат для всего мира вместо одного на каждого агента.</translation>
    </message>
    <message>
        <source>The run: its id, or &quot;last&quot;.</source>
        <translation>Прогон: его идентификатор или &quot;last&quot;.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>Extracts fields from a stored run: one JSON object per agent (or for the whole world), each citing the events it used.</source>
        <translation>Извлекает поля из сохранённого прогона: по одному объекту JSON на агента (или на весь мир), каждый со ссылками на использованные события.</translation>
    </message>
    <message>
        <source>--project is needed: the file that holds the run</source>
        <translation>требуется --project: файл, содержащий прогон</translation>
    </message>
    <message>
        <source>--objective is needed: what to extract, in words</source>
        <translation>требуется --objective: что извлечь (описание словами)</translation>
    </message>
    <message>
        <source>--agent and --world exclude each other</source>
        <translation>--agent и --world взаимоисключающие</translation>
    </message>
    <message>
        <source>The world:</source>
        <translation>Мир:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>  cites events: %1</source>
        <translation>  ссылается на события: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>troupe %1: %2</source>
        <translation>troupe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) stored in %1 (engine: %2)</source>
        <translation>
            <numerusform>%n результат сохранён в %1 (движок: %2)</numerusform>
            <numerusform>%n результата сохранено в %1 (движок: %2)</numerusform>
            <numerusform>%n результатов сохранено в %1 (движок: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open question whose answers to group.</source>
        <translation>Открытый вопрос, ответы на который нужно сгруппировать.</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>At most this many labels (default 5).</source>
        <translation>Не более указанного числа меток (по умолчанию 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>model (ask the model; the offline engine clusters keywords) or keywords (no model).</source>
        <translation>model (запрос к модели; офлайн-движок кластеризует ключевые слова) или keywords (без модели).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Groups one question&apos;s open answers into at most k labels, each with a count and example quotes.</source>
        <translation>Группирует открытые ответы на один вопрос не более чем в k меток, для каждой — количество и примеры цитат.</translation>
    </message>
    <message>
        <source>--question is needed: the id of an open question</source>
        <translation>требуется --question: идентификатор открытого вопроса</translation>
    </message>
    <message>
        <source>--k: expected a whole number from 1 to 100, got &quot;%1&quot;</source>
        <translation>--k: ожидалось целое число от 1 до 100, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--method: expected model or keywords, got &quot;%1&quot;</source>
        <translation>--method: ожидалось model или keywords, получено &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n answer(s), method %2</source>
        <translation>
            <numerusform>%1 — %n ответ, метод %2</numerusform>
            <numerusform>%1 — %n ответа, метод %2</numerusform>
            <numerusform>%1 — %n ответов, метод %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: troupe results &lt;verb&gt; ...
  list RUN --project P [--json]
  export RUN --project P --format %1 -o FILE
  extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME | --world] [--json]
  normalise RUN --project P --question QID [--k 5] [--method model|keywords] [--json]
RUN is a run id, &quot;last&quot; (the latest study run) or an experiment&apos;s name (all its runs).</source>
        <translation>Использование: troupe results &lt;verb&gt; ...
  list RUN --project P [--json]
  export RUN --project P --format %1 -o FILE
  extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME | --world] [--json]
  normalise RUN --project P --question QID [--k 5] [--method model|keywords] [--json]
RUN — идентификатор прогона, &quot;last&quot; (последний прогон исследования) или имя эксперимента (все его прогоны).</translation>
    </message>
    <message>
        <source>run %1 of %2 is not a study run (no answers are kept for it)</source>
        <translation>прогон %1 в %2 не является прогоном исследования (ответы для него не хранятся)</translation>
    </message>
    <message>
        <source>%1 holds no study runs</source>
        <translation>%1 не содержит прогонов исследований</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a run id, &quot;last&quot; nor an experiment in %2</source>
        <translation>&quot;%1&quot; не является ни идентификатором прогона, ни &quot;last&quot;, ни экспериментом в %2</translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation>Файл проекта (*.troupe).</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>One JSON object per answer per line.</source>
        <translation>По одному объекту JSON на ответ в каждой строке.</translation>
    </message>
    <message>
        <source>A run id, &quot;last&quot; or an experiment.</source>
        <translation>Идентификатор прогона, &quot;last&quot; или эксперимент.</translation>
    </message>
    <message>
        <source>Lists a study run&apos;s answers: one line per respondent and question.</source>
        <translation>Выводит ответы прогона исследования: по строке на каждого респондента и вопрос.</translation>
    </message>
    <message>
        <source>(missing: %1)</source>
        <translation>(отсутствует: %1)</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Одно из: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Writes a study run&apos;s answers as tidy CSV, wide CSV, JSON, XLSX or SPSS .sav.</source>
        <translation>Записывает ответы прогона исследования в формате CSV (длинный или широкий), JSON, XLSX или SPSS .sav.</translation>
    </message>
    <message>
        <source>--project, --format and -o are needed</source>
        <translation>требуются --project, --format и -o</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2</source>
        <translation>--format: &quot;%1&quot; не является одним из: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2 respondents, %3 questions)</source>
        <translation>записан %1 (респондентов: %2, вопросов: %3)</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe results --help)</source>
        <translation>неизвестная команда &quot;%1&quot; (см. troupe results --help)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Actions per step</source>
        <translation>Действия по шагам</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Tokens per step (estimated)</source>
        <translation>Токены по шагам (оценка)</translation>
    </message>
    <message>
        <source>Tokens per step</source>
        <translation>Токены по шагам</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed (default: the scenario&apos;s).</source>
        <translation>Зерно случайности (по умолчанию — как в сценарии).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Store the run in this project file (created when missing).</source>
        <translation>Сохранить прогон в этом файле проекта (создаётся, если его нет).</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Server URL for OpenAI-compatible providers.</source>
        <translation>Адрес сервера для провайдеров, совместимых с OpenAI.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model for agents without their own.</source>
        <translation>Модель для агентов без собственной модели.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>One JSON object per event per line on stdout; the summary goes to stderr.</source>
        <translation>Один объект JSON на событие в строке в stdout; сводка — в stderr.</translation>
    </message>
    <message>
        <source>No colours, even on a terminal.</source>
        <translation>Без цвета, даже в терминале.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>Pause the run once its model calls cost this many US dollars (default: config.ini RUN_BUDGET_USD).</source>
        <translation>Приостановить прогон, когда вызовы модели обойдутся в столько долларов США (по умолчанию RUN_BUDGET_USD из config.ini).</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS).</source>
        <translation>Сколько вызовов модели выполняется одновременно (по умолчанию MAX_CONCURRENT_MODEL_CALLS из config.ini).</translation>
    </message>
    <message>
        <source>Seconds a model call may take (default: config.ini TIMEOUT).</source>
        <translation>Сколько секунд может длиться вызов модели (по умолчанию TIMEOUT из config.ini).</translation>
    </message>
    <message>
        <source>Do not answer repeated calls from the project&apos;s cache.</source>
        <translation>Не отвечать на повторные вызовы из кэша проекта.</translation>
    </message>
    <message>
        <source>Do not ask the server to stream replies.</source>
        <translation>Не просить сервер передавать ответы потоком.</translation>
    </message>
    <message>
        <source>A scenario file, or a bundled scenario: %1.</source>
        <translation>Файл сценария или встроенный сценарий: %1.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>СЦЕНАРИЙ</translation>
    </message>
    <message>
        <source>Runs a scenario and prints the conversation as it happens. Ctrl-C stops after the current step, with everything saved.</source>
        <translation>Запускает сценарий и печатает разговор по мере его хода. Ctrl-C останавливает прогон после текущего шага, всё сохраняется.</translation>
    </message>
    <message>
        <source>--steps: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation>--steps: ожидается целое число от 0, получено «%1»</translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation>--seed: ожидается целое число, получено «%1»</translation>
    </message>
    <message>
        <source>--resume needs --project, the file that holds the run</source>
        <translation>--resume требует --project — файла, в котором хранится прогон</translation>
    </message>
    <message>
        <source>--%1: expected a whole number above 0, got &quot;%2&quot;</source>
        <translation>--%1: ожидается целое число больше 0, получено «%2»</translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation>--budget: ожидается сумма в долларах США, получено «%1»</translation>
    </message>
    <message>
        <source>--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)</source>
        <translation>--base-url относится к сетевым провайдерам, а не к офлайн-движку; добавьте --provider openai (или другой: %1)</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation>провайдер «%1» неизвестен (доступны: %2)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation>создан проект %1</translation>
    </message>
    <message>
        <source>%1 holds no runs to resume</source>
        <translation>в %1 нет прогонов, которые можно продолжить</translation>
    </message>
    <message>
        <source>--resume: expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation>--resume: ожидается «last» или номер прогона, получено «%1»</translation>
    </message>
    <message>
        <source>the scenario has errors; nothing was run</source>
        <translation>в сценарии есть ошибки; ничего не запущено</translation>
    </message>
    <message>
        <source>%1 agents · %2 steps · seed %3 · %4 (%5)</source>
        <translation>агентов: %1 · шагов: %2 · зерно %3 · %4 (%5)</translation>
    </message>
    <message>
        <source>cancelling the calls in flight…</source>
        <translation>отменяем выполняемые вызовы…</translation>
    </message>
    <message>
        <source>stopped with Ctrl-C during step %1</source>
        <translation>остановлено по Ctrl-C на шаге %1</translation>
    </message>
    <message>
        <source>stopping after this step (everything so far is saved); Ctrl-C again to cancel calls in flight…</source>
        <translation>остановка после этого шага (всё сохранено); нажмите Ctrl-C ещё раз, чтобы отменить выполняемые вызовы…</translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 steps.</source>
        <translation>Прогон %1: %2 после %3 шагов.</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Действия: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Model calls: %1 (%2 failed), embedding calls: %3</source>
        <translation>Вызовы модели: %1 (неудачных: %2), вызовы эмбеддингов: %3</translation>
    </message>
    <message>
        <source>Tokens: %1 prompt, %2 completion%3</source>
        <translation>Токены: %1 во входе, %2 в ответах%3</translation>
    </message>
    <message>
        <source> (estimated: %1)</source>
        <translation> (оценка: %1)</translation>
    </message>
    <message>
        <source>Retries: %1 (the server was slow or failing; see llm_calls)</source>
        <translation>Повторы: %1 (сервер был медленным или отвечал ошибками; см. llm_calls)</translation>
    </message>
    <message>
        <source>Cache: %1 hits, %2 misses</source>
        <translation>Кэш: %1 попаданий, %2 промахов</translation>
    </message>
    <message>
        <source>Cost: $%1</source>
        <translation>Стоимость: $%1</translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation> из бюджета $%1</translation>
    </message>
    <message>
        <source> + unknown for %1 calls (no [Prices] entry for %2)</source>
        <translation> + неизвестно для %1 вызовов (нет записи [Prices] для %2)</translation>
    </message>
    <message>
        <source>Saved in %1 (run %2).</source>
        <translation>Сохранено в %1 (прогон %2).</translation>
    </message>
    <message>
        <source>run paused: %1. Fix the cause and continue with --resume %2 --project %3</source>
        <translation>прогон приостановлен: %1. Устраните причину и продолжите с --resume %2 --project %3</translation>
    </message>
    <message>
        <source>Steps to run (default: the scenario&apos;s); with --resume, this many more.</source>
        <translation>Число шагов (по умолчанию: из сценария); с --resume — сколько ещё шагов выполнить.</translation>
    </message>
    <message>
        <source>Model provider: %1 (default: config.ini API_TYPE; resuming: the run&apos;s).</source>
        <translation>Провайдер модели: %1 (по умолчанию: API_TYPE из config.ini; при продолжении: как в прогоне).</translation>
    </message>
    <message>
        <source>Continue a stored run of --project (&quot;last&quot; or its id) with the engine it was started with; flags given override it.</source>
        <translation>Продолжить сохранённый прогон из --project (&quot;last&quot; или его идентификатор) с движком, с которым он был запущен; заданные флаги переопределяют его.</translation>
    </message>
    <message>
        <source>Take at least this many seconds per step, to watch it (default: 0).</source>
        <translation>Тратить на каждый шаг не менее указанного числа секунд, чтобы за ним можно было следить (по умолчанию: 0).</translation>
    </message>
    <message>
        <source>--seed cannot change a stored run; it keeps the seed it was started with</source>
        <translation>--seed не может изменить сохранённый прогон; он сохраняет начальное значение, с которым был запущен</translation>
    </message>
    <message>
        <source>--pace: expected seconds between 0 and 3600, got &quot;%1&quot;</source>
        <translation>--pace: ожидалось число секунд от 0 до 3600, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stopped with Ctrl-C after step %1</source>
        <translation>остановлено по Ctrl-C после шага %1</translation>
    </message>
</context>
<context>
    <name>RunEngine</name>
    <message>
        <source>run %1 already ran all %2 steps; ask for more steps to continue it</source>
        <translation>прогон %1 уже выполнил все шаги (%2); чтобы продолжить его, запросите больше шагов</translation>
    </message>
    <message>
        <source>run %1 failed and cannot be continued</source>
        <translation>прогон %1 завершился сбоем и не может быть продолжен</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>прогон %1: %2</translation>
    </message>
    <message>
        <source>run %1 was made with %2 (%3), which cannot be used now: %4</source>
        <translation>прогон %1 создан с %2 (%3), который сейчас нельзя использовать: %4</translation>
    </message>
    <message>
        <source>resuming run %1 (&quot;%2&quot;) after step %3</source>
        <translation>продолжаем прогон %1 («%2») после шага %3</translation>
    </message>
    <message>
        <source>engine changed for the rest of run %1: %2 %3 → %4 (given explicitly)</source>
        <translation>движок изменён для оставшейся части прогона %1: %2 %3 → %4 (задано явно)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>paused after step %1</source>
        <translation>приостановлено после шага %1</translation>
    </message>
    <message>
        <source>the program was closed during step %1</source>
        <translation>программа была закрыта во время шага %1</translation>
    </message>
    <message>
        <source>the run could not be saved: %1</source>
        <translation>прогон не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>the run could not be saved: %1; open it again to continue from step %2</source>
        <translation>прогон не удалось сохранить: %1; откройте его снова, чтобы продолжить с шага %2</translation>
    </message>
    <message>
        <source>%1; the run could not be saved after step %2: %3</source>
        <translation>%1; после шага %2 прогон не удалось сохранить: %3</translation>
    </message>
</context>
<context>
    <name>RunFork</name>
    <message>
        <source>unknown key in a change; expected one of: %1</source>
        <translation>неизвестный ключ в изменении; ожидался один из: %1</translation>
    </message>
    <message>
        <source>unknown key in material; expected name or text</source>
        <translation>неизвестный ключ в material; ожидался name или text</translation>
    </message>
    <message>
        <source>there is no fragment file &quot;%1&quot; next to the change file</source>
        <translation>рядом с файлом изменения нет файла фрагмента &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this is an agent, not a fragment</source>
        <translation>это агент, а не фрагмент</translation>
    </message>
    <message>
        <source>the change changes nothing; give &quot;broadcast&quot;, &quot;material&quot;, &quot;fragments&quot;, &quot;model&quot; or &quot;temperature&quot;</source>
        <translation>изменение ничего не меняет; укажите &quot;broadcast&quot;, &quot;material&quot;, &quot;fragments&quot;, &quot;model&quot; или &quot;temperature&quot;</translation>
    </message>
    <message>
        <source>run %1 has no scenario stored; it cannot be forked</source>
        <translation>в прогоне %1 не сохранён сценарий; создать от него ответвление нельзя</translation>
    </message>
    <message>
        <source>run %1 has %2 stored steps; --at-step must be between 0 and %2, not %3</source>
        <translation>в прогоне %1 сохранено шагов: %2; --at-step должен быть от 0 до %2, а не %3</translation>
    </message>
    <message>
        <source>the steps after the fork must be 0 or more</source>
        <translation>число шагов после ответвления должно быть не меньше 0</translation>
    </message>
    <message>
        <source>the change names &quot;%1&quot;, who is not in run %2 (agents: %3)</source>
        <translation>в изменении указан &quot;%1&quot;, которого нет в прогоне %2 (агенты: %3)</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>прогон %1: %2</translation>
    </message>
    <message>
        <source>%1 (fork of run %2 at step %3)</source>
        <translation>%1 (ответвление прогона %2 на шаге %3)</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>модель %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>температура %1</translation>
    </message>
    <message>
        <source>from step %1 on: %2</source>
        <translation>начиная с шага %1: %2</translation>
    </message>
</context>
<context>
    <name>RunPrinter</name>
    <message>
        <source>── step %1 · %2 ──</source>
        <translation>── шаг %1 · %2 ──</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>%1 (thinks): %2</source>
        <translation>%1 (думает): %2</translation>
    </message>
    <message>
        <source> reaches out to %1: %2</source>
        <translation> обращается к %1: %2</translation>
    </message>
    <message>
        <source>(world)</source>
        <translation>(мир)</translation>
    </message>
    <message>
        <source>[shown by %1] %2</source>
        <translation>[показано %1] %2</translation>
    </message>
    <message>
        <source>the world</source>
        <translation>мир</translation>
    </message>
    <message>
        <source>  (%1: %2)</source>
        <translation>  (%1: %2)</translation>
    </message>
    <message>
        <source>[%1 → %2] %3</source>
        <translation>[%1 → %2] %3</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>  (note to %1: %2)</source>
        <translation>  (заметка для %1: %2)</translation>
    </message>
    <message>
        <source>!! %1</source>
        <translation>!! %1</translation>
    </message>
</context>
<context>
    <name>RunResume</name>
    <message>
        <source>run %1 has no scenario stored; it cannot be resumed</source>
        <translation>у прогона %1 не сохранён сценарий; продолжить его нельзя</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>stopped; the run can be resumed from the run list</source>
        <translation>остановлено; прогон можно продолжить из списка прогонов</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>остановлено вами</translation>
    </message>
    <message>
        <source>nothing to run: choose a scenario or a stored run</source>
        <translation>запускать нечего: выберите сценарий или сохранённый прогон</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>изменение</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation>в %1 нет прогона %2</translation>
    </message>
    <message>
        <source>llm_calls of run %1, step %2, request: the start it shares with other requests is missing from request_prefixes</source>
        <translation>llm_calls прогона %1, шаг %2, request: общее с другими запросами начало отсутствует в request_prefixes</translation>
    </message>
</context>
<context>
    <name>SamplingPlan</name>
    <message>
        <source>the number of people must be at least 1, not %1</source>
        <translation>число людей должно быть не меньше 1, а не %1</translation>
    </message>
    <message>
        <source>at most %1 people can be generated at once, not %2</source>
        <translation>за один раз можно сгенерировать не более %1 человек, а не %2</translation>
    </message>
    <message>
        <source>there are no dimensions to sample</source>
        <translation>нет измерений для выборки</translation>
    </message>
    <message>
        <source>a plan is an object with &quot;dimensions&quot; and &quot;samples&quot;</source>
        <translation>план — это объект с &quot;dimensions&quot; и &quot;samples&quot;</translation>
    </message>
    <message>
        <source>every sample needs &quot;attributes&quot;</source>
        <translation>каждый элемент выборки должен содержать &quot;attributes&quot;</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>cannot find %1</source>
        <translation>не удаётся найти %1</translation>
    </message>
    <message>
        <source>%1 could not be read (see above)</source>
        <translation>не удалось прочитать %1 (см. выше)</translation>
    </message>
    <message>
        <source>%1 is a fragment, not an agent</source>
        <translation>%1 — фрагмент, а не агент</translation>
    </message>
    <message>
        <source>%1 is an agent, not a fragment</source>
        <translation>%1 — агент, а не фрагмент</translation>
    </message>
    <message>
        <source>an intervention&apos;s effects go to its targets; use &quot;targets&quot; on the intervention</source>
        <translation>действия вмешательства адресуются его целям; используйте «targets» у вмешательства</translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot; in this scenario</source>
        <translation>в этом сценарии нет агента «%1»</translation>
    </message>
    <message>
        <source>a &quot;fragment&quot; step needs &quot;file&quot; (a .fragment.json) or an inline &quot;fragment&quot;</source>
        <translation>шагу «fragment» нужен «file» (.fragment.json) или встроенный «fragment»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;content&quot;</source>
        <translation>«%1» требует «content»</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>give either &quot;file&quot; (an .agent.json) or an inline &quot;spec&quot;</source>
        <translation>укажите либо «file» (.agent.json), либо встроенный «spec»</translation>
    </message>
    <message>
        <source>this is a fragment, not an agent</source>
        <translation>это фрагмент, а не агент</translation>
    </message>
    <message>
        <source>fragment %1 does not fit %2: %3</source>
        <translation>фрагмент %1 не подходит к %2: %3</translation>
    </message>
    <message>
        <source>%1 appears twice; agent names must be unique</source>
        <translation>%1 встречается дважды; имена агентов должны быть уникальными</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-02T18:00:00</source>
        <translation>ожидается дата и время вида 2026-03-02T18:00:00</translation>
    </message>
    <message>
        <source>use either &quot;everyone_accessible&quot; or &quot;relations&quot;, not both</source>
        <translation>используйте либо «everyone_accessible», либо «relations», но не оба</translation>
    </message>
    <message>
        <source>and %1 more problems</source>
        <translation>и ещё проблем: %1</translation>
    </message>
    <message>
        <source>questions are asked by the script, not by interventions</source>
        <translation>вопросы задаются скриптом, а не вмешательствами</translation>
    </message>
    <message>
        <source>a population entry takes no &quot;file&quot;, &quot;spec&quot; or &quot;fragments&quot;</source>
        <translation>запись популяции не принимает &quot;file&quot;, &quot;spec&quot; или &quot;fragments&quot;</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; lives in a project: run the scenario with --project</source>
        <translation>популяция &quot;%1&quot; находится в проекте: запустите сценарий с --project</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>a scenario needs a name</source>
        <translation>у сценария должно быть имя</translation>
    </message>
    <message>
        <source>cannot save scenario &quot;%1&quot;: %2</source>
        <translation>не удаётся сохранить сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>cannot list scenarios: %1</source>
        <translation>не удаётся получить список сценариев: %1</translation>
    </message>
    <message>
        <source>cannot read scenario &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>there is no scenario called &quot;%1&quot; in this project</source>
        <translation>в этом проекте нет сценария «%1»</translation>
    </message>
    <message>
        <source>cannot delete scenario &quot;%1&quot;: %2</source>
        <translation>не удаётся удалить сценарий «%1»: %2</translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation>сценарий «%1» уже есть</translation>
    </message>
    <message>
        <source>add at least one persona to the scenario</source>
        <translation>добавьте в сценарий хотя бы одну персону</translation>
    </message>
    <message>
        <source>there is no persona called &quot;%1&quot; in this project</source>
        <translation>в этом проекте нет персоны «%1»</translation>
    </message>
    <message>
        <source>there is no fragment called &quot;%1&quot; in this project</source>
        <translation>в этом проекте нет фрагмента «%1»</translation>
    </message>
    <message>
        <source>scenarios row &quot;%1&quot;, spec</source>
        <translation>строка &quot;%1&quot; таблицы scenarios, spec</translation>
    </message>
    <message>
        <source>the project is damaged: scenarios row &quot;%1&quot;, spec: expected an object</source>
        <translation>проект повреждён: строка &quot;%1&quot; таблицы scenarios, spec: ожидался объект</translation>
    </message>
    <message>
        <source>a scenario is an object</source>
        <translation>сценарий должен быть объектом</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; import it again</source>
        <translation>%1 изменился во время импорта; импортируйте его снова</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>not valid JSON</source>
        <translation>недопустимый JSON</translation>
    </message>
    <message>
        <source>expected an object with &quot;script&quot; and &quot;interventions&quot; lists</source>
        <translation>ожидался объект со списками &quot;script&quot; и &quot;interventions&quot;</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: ожидался список</translation>
    </message>
    <message>
        <source>%1[%2]: expected an object</source>
        <translation>%1[%2]: ожидался объект</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: cannot create the key file (%2)</source>
        <translation>%1: не удаётся создать файл ключей (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the key file</source>
        <translation>%1: не удаётся записать файл ключей</translation>
    </message>
</context>
<context>
    <name>SharedCallCache</name>
    <message>
        <source>the shared cache %1 (CACHE_FILE_NAME) cannot be opened: %2</source>
        <translation>не удаётся открыть общий кэш %1 (CACHE_FILE_NAME): %2</translation>
    </message>
    <message>
        <source>the shared cache %1 (CACHE_FILE_NAME) is not usable: %2</source>
        <translation>общий кэш %1 (CACHE_FILE_NAME) непригоден для использования: %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the project&apos;s database is not SQLite</source>
        <translation>база данных проекта — не SQLite</translation>
    </message>
    <message>
        <source>the project&apos;s database is not open</source>
        <translation>база данных проекта не открыта</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver was built with its own SQLite, not the %1 this program uses; build against a Qt that uses the system SQLite</source>
        <translation>драйвер SQLite в Qt собран со своей SQLite, а не с %1, которую использует эта программа; соберите с Qt, использующей системную SQLite</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 has a value that is not a finite number (at position %2)</source>
        <translation>%1 содержит значение, не являющееся конечным числом (в позиции %2)</translation>
    </message>
    <message>
        <source>the Kolmogorov-Smirnov test needs at least one value in each sample (%1 and %2)</source>
        <translation>для критерия Колмогорова — Смирнова нужно хотя бы одно значение в каждой выборке (%1 и %2)</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>первая выборка</translation>
    </message>
    <message>
        <source>the second sample</source>
        <translation>вторая выборка</translation>
    </message>
    <message>
        <source>the Wasserstein distance needs at least one value in each sample (%1 and %2)</source>
        <translation>для расстояния Вассерштейна нужно хотя бы одно значение в каждой выборке (%1 и %2)</translation>
    </message>
    <message>
        <source>there must be one weight per value</source>
        <translation>на каждое значение должен приходиться один вес</translation>
    </message>
    <message>
        <source>the values must be finite numbers and the weights non-negative with a positive sum</source>
        <translation>значения должны быть конечными числами, а веса — неотрицательными с положительной суммой</translation>
    </message>
    <message>
        <source>the table needs at least two rows and two columns</source>
        <translation>в таблице должно быть не менее двух строк и двух столбцов</translation>
    </message>
    <message>
        <source>row %1 has %2 cells but row 1 has %3</source>
        <translation>в строке %1 ячеек: %2, а в строке 1: %3</translation>
    </message>
    <message>
        <source>cell (%1, %2) is not a count: %3</source>
        <translation>ячейка (%1, %2) не является частотой: %3</translation>
    </message>
    <message>
        <source>cell (%1, %2) is not a whole count: %3</source>
        <translation>ячейка (%1, %2) не является целой частотой: %3</translation>
    </message>
    <message>
        <source>Welch&apos;s t test needs at least two values in each sample (%1 and %2)</source>
        <translation>для t-критерия Уэлча нужно не менее двух значений в каждой выборке (%1 и %2)</translation>
    </message>
    <message>
        <source>both samples are constant, so the t statistic is not defined</source>
        <translation>обе выборки постоянны, поэтому t-статистика не определена</translation>
    </message>
    <message>
        <source>Student&apos;s t test needs a value in each sample and three in all (%1 and %2)</source>
        <translation>для t-критерия Стьюдента нужно хотя бы одно значение в каждой выборке и не менее трёх всего (%1 и %2)</translation>
    </message>
    <message>
        <source>the Mann-Whitney U test needs at least one value in each sample (%1 and %2)</source>
        <translation>для U-критерия Манна — Уитни нужно хотя бы одно значение в каждой выборке (%1 и %2)</translation>
    </message>
    <message>
        <source>the exact Mann-Whitney distribution assumes no ties, and these samples have some</source>
        <translation>точное распределение Манна — Уитни предполагает отсутствие совпадающих значений, а в этих выборках они есть</translation>
    </message>
    <message>
        <source>the samples are too large for the exact Mann-Whitney distribution (%1 × %2)</source>
        <translation>выборки слишком велики для точного распределения Манна — Уитни (%1 × %2)</translation>
    </message>
    <message>
        <source>all values are equal, so the Mann-Whitney U test is not defined</source>
        <translation>все значения равны, поэтому U-критерий Манна — Уитни не определён</translation>
    </message>
    <message>
        <source>row %1 of the table is empty</source>
        <translation>строка %1 таблицы пуста</translation>
    </message>
    <message>
        <source>column %1 of the table is empty</source>
        <translation>столбец %1 таблицы пуст</translation>
    </message>
    <message>
        <source>there are %1 observed counts but %2 expected proportions</source>
        <translation>наблюдаемых частот: %1, а ожидаемых долей: %2</translation>
    </message>
    <message>
        <source>category %1: the observed count is not a count: %2</source>
        <translation>категория %1: наблюдаемая частота не является количеством: %2</translation>
    </message>
    <message>
        <source>category %1: the expected proportion is negative or not a number</source>
        <translation>категория %1: ожидаемая доля отрицательна или не является числом</translation>
    </message>
    <message>
        <source>there are no observations</source>
        <translation>нет наблюдений</translation>
    </message>
    <message>
        <source>the expected proportions are all zero</source>
        <translation>все ожидаемые доли равны нулю</translation>
    </message>
    <message>
        <source>category %1 has %2 observations but an expected share of zero</source>
        <translation>в категории %1 наблюдений: %2, но ожидаемая доля равна нулю</translation>
    </message>
    <message>
        <source>a goodness-of-fit test needs at least two categories with an expected share</source>
        <translation>для критерия согласия нужно не менее двух категорий с ненулевой ожидаемой долей</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test takes a 2×2 table</source>
        <translation>точный критерий Фишера применяется к таблице 2×2</translation>
    </message>
    <message>
        <source>the counts are too large for Fisher&apos;s exact test; use chi-square</source>
        <translation>частоты слишком велики для точного критерия Фишера; используйте хи-квадрат</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>таблица пуста</translation>
    </message>
    <message>
        <source>the hypergeometric probabilities could not be computed for this table</source>
        <translation>не удалось вычислить гипергеометрические вероятности для этой таблицы</translation>
    </message>
    <message>
        <source>the test needs at least two groups (got %1)</source>
        <translation>для критерия нужно не менее двух групп (получено: %1)</translation>
    </message>
    <message>
        <source>group %1 has no values</source>
        <translation>в группе %1 нет значений</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>one-way ANOVA needs more values (%1) than groups (%2)</source>
        <translation>для однофакторного дисперсионного анализа значений (%1) должно быть больше, чем групп (%2)</translation>
    </message>
    <message>
        <source>every group is constant, so the F statistic is not defined</source>
        <translation>все группы постоянны, поэтому F-статистика не определена</translation>
    </message>
    <message>
        <source>all values are equal, so the Kruskal-Wallis test is not defined</source>
        <translation>все значения равны, поэтому критерий Краскела — Уоллиса не определён</translation>
    </message>
    <message>
        <source>a mean difference interval needs at least two values in each sample (%1 and %2)</source>
        <translation>для интервала разности средних нужно не менее двух значений в каждой выборке (%1 и %2)</translation>
    </message>
    <message>
        <source>the confidence level must be between 0 and 1</source>
        <translation>уровень доверия должен быть от 0 до 1</translation>
    </message>
    <message>
        <source>a test result must be a JSON object</source>
        <translation>результат критерия должен быть объектом JSON</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: отсутствует</translation>
    </message>
    <message>
        <source>%1: expected a number or null</source>
        <translation>%1: ожидалось число или null</translation>
    </message>
    <message>
        <source>name: expected the test&apos;s name</source>
        <translation>name: ожидалось название критерия</translation>
    </message>
    <message>
        <source>effect_name: expected text or null</source>
        <translation>effect_name: ожидался текст или null</translation>
    </message>
</context>
<context>
    <name>StructuredCall</name>
    <message>
        <source>the reply is JSON but not an object</source>
        <translation>ответ — JSON, но не объект</translation>
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
    <name>StudyCommand</name>
    <message>
        <source>Usage: troupe study &lt;verb&gt; ...
  run STUDY [--project P] [provider flags] [--seed S] [--budget USD] [--json]
  run --resume RUN --project P
STUDY is a study file or a bundled study: %1.</source>
        <translation>Использование: troupe study &lt;verb&gt; ...
  run STUDY [--project P] [флаги провайдера] [--seed S] [--budget USD] [--json]
  run --resume RUN --project P
STUDY — файл исследования или встроенное исследование: %1.</translation>
    </message>
    <message>
        <source>the project has no population &quot;%1&quot; and the study gives no description to generate it from</source>
        <translation>в проекте нет популяции &quot;%1&quot;, а в исследовании нет описания, по которому её можно сгенерировать</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>Generating the population &quot;%1&quot; (%2 people) for the study…</source>
        <translation>Генерация популяции &quot;%1&quot; (%2 чел.) для исследования…</translation>
    </message>
    <message>
        <source>%1 · %2: (missing: %3)</source>
        <translation>%1 · %2: (отсутствует: %3)</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 — %4</source>
        <translation>%1 · %2: %3 — %4</translation>
    </message>
    <message>
        <source>Seed of the run (default: the study&apos;s scenario&apos;s).</source>
        <translation>Начальное значение (seed) прогона (по умолчанию: из сценария исследования).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Pause once the run&apos;s model calls cost this many US dollars.</source>
        <translation>Приостановить прогон, когда стоимость вызовов модели достигнет указанной суммы в долларах США.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Continue a stored study run of --project (&quot;last&quot; or its id).</source>
        <translation>Продолжить сохранённый прогон исследования из --project (&quot;last&quot; или его идентификатор).</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>A study file, or a bundled study: %1.</source>
        <translation>Файл исследования или встроенное исследование: %1.</translation>
    </message>
    <message>
        <source>STUDY</source>
        <translation>STUDY</translation>
    </message>
    <message>
        <source>Puts a study&apos;s questions to its respondents and stores their answers.</source>
        <translation>Задаёт вопросы исследования его респондентам и сохраняет их ответы.</translation>
    </message>
    <message>
        <source>--resume needs --project, the file that holds the run</source>
        <translation>--resume требует --project — файла, в котором хранится прогон</translation>
    </message>
    <message>
        <source>the study has errors; nothing was run</source>
        <translation>в исследовании есть ошибки; ничего не запущено</translation>
    </message>
    <message>
        <source>--resume: expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation>--resume: ожидается «last» или номер прогона, получено «%1»</translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation>--seed: ожидается целое число, получено «%1»</translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation>--budget: ожидается сумма в долларах США, получено «%1»</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 questions · run %4 · %5</source>
        <translation>%1 · %2 · вопросов: %3 · прогон %4 · %5</translation>
    </message>
    <message>
        <source>Saved in %1 (run %2). Export: troupe results export %2 --project %1 --format csv -o answers.csv</source>
        <translation>Сохранено в %1 (прогон %2). Экспорт: troupe results export %2 --project %1 --format csv -o answers.csv</translation>
    </message>
    <message>
        <source>run paused: %1. Fix the cause and continue with: troupe study run --resume %2 --project %3</source>
        <translation>прогон приостановлен: %1. Устраните причину и продолжите командой: troupe study run --resume %2 --project %3</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe study --help)</source>
        <translation>неизвестная команда &quot;%1&quot; (см. troupe study --help)</translation>
    </message>
    <message>
        <source>mean %1 (95% CI %2–%3)</source>
        <translation>среднее %1 (95% ДИ %2–%3)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>среднее %1</translation>
    </message>
    <message>
        <source>Summary of %1 respondents</source>
        <translation>Сводка по респондентам: %1</translation>
    </message>
    <message>
        <source>%1: mean rank %2</source>
        <translation>%1: средний ранг %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>ответили: %1</translation>
    </message>
    <message>
        <source>SSR %1</source>
        <translation>SSR %1</translation>
    </message>
    <message>
        <source>%1 missing (most often: %2)</source>
        <translation>пропусков: %1 (чаще всего: %2)</translation>
    </message>
</context>
<context>
    <name>StudyFile</name>
    <message>
        <source>unknown key in %1; expected one of: %2</source>
        <translation>%1: неизвестный ключ; ожидается один из: %2</translation>
    </message>
    <message>
        <source>there is no scenario file &quot;%1&quot; next to the study and no bundled scenario of that name (bundled: %2)</source>
        <translation>рядом с исследованием нет файла сценария «%1», и встроенного сценария с таким именем тоже нет (встроенные: %2)</translation>
    </message>
    <message>
        <source>the scenario &quot;%1&quot; could not be read (see above)</source>
        <translation>не удалось прочитать сценарий «%1» (см. выше)</translation>
    </message>
    <message>
        <source>the population</source>
        <translation>популяция</translation>
    </message>
    <message>
        <source>the sample needs at least 1 person</source>
        <translation>в выборке должен быть хотя бы 1 человек</translation>
    </message>
    <message>
        <source>at most %1 people</source>
        <translation>не более %1 чел.</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0</source>
        <translation>начальное значение (seed) — целое число от 0</translation>
    </message>
    <message>
        <source>there is no population description file &quot;%1&quot; next to the study and no bundled description of that name (bundled: %2)</source>
        <translation>рядом с исследованием нет файла описания популяции «%1», и встроенного описания с таким именем тоже нет (встроенные: %2)</translation>
    </message>
    <message>
        <source>the population description could not be read (see above)</source>
        <translation>не удалось прочитать описание популяции (см. выше)</translation>
    </message>
    <message>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of material[%2]</source>
        <translation>«%1» уже является именем material[%2]</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of questions[%2]; ids must be unique</source>
        <translation>«%1» уже является id в questions[%2]; id должны быть уникальными</translation>
    </message>
    <message>
        <source>a study needs respondents: give &quot;scenario&quot; or &quot;population&quot;</source>
        <translation>исследованию нужны респонденты: укажите &quot;scenario&quot; или &quot;population&quot;</translation>
    </message>
    <message>
        <source>a discussion needs a &quot;scenario&quot; for the group to talk in</source>
        <translation>для обсуждения нужен &quot;scenario&quot;, в котором будет общаться группа</translation>
    </message>
    <message>
        <source>step %1 is after the scenario&apos;s last step (%2)</source>
        <translation>шаг %1 находится после последнего шага сценария (%2)</translation>
    </message>
    <message>
        <source>&quot;ask_at&quot; is for discussions; a %1 asks its questions in turn</source>
        <translation>&quot;ask_at&quot; — только для обсуждений; в режиме «%1» вопросы задаются по очереди</translation>
    </message>
    <message>
        <source>steps count from 1</source>
        <translation>шаги нумеруются с 1</translation>
    </message>
    <message>
        <source>at most step %1</source>
        <translation>не больше шага %1</translation>
    </message>
    <message>
        <source>&quot;ask_at&quot; is for discussions</source>
        <translation>&quot;ask_at&quot; — только для обсуждений</translation>
    </message>
    <message>
        <source>follow-ups are asked in interviews; this study is a %1</source>
        <translation>уточняющие вопросы задаются в интервью; режим этого исследования — %1</translation>
    </message>
    <message>
        <source>&quot;interviewer&quot; is for interviews; this study is a %1</source>
        <translation>&quot;interviewer&quot; — только для интервью; режим этого исследования — %1</translation>
    </message>
    <message>
        <source>the interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <source>a study</source>
        <translation>исследование</translation>
    </message>
</context>
<context>
    <name>StudyReport</name>
    <message>
        <source>Likert %1–%2</source>
        <translation>шкала Лайкерта %1–%2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открытый</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>одиночный выбор</translation>
    </message>
    <message>
        <source>multiple choice (%1–%2)</source>
        <translation>множественный выбор (%1–%2)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>ранжирование</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation>число (%1)</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>да / нет</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>These respondents are synthetic: personas simulated by a model, not people. Read the results as hypotheses to test with real respondents, not as predictions of what a market will do.</source>
        <translation>Эти респонденты синтетические: это персоны, смоделированные моделью, а не люди. Рассматривайте результаты как гипотезы для проверки на реальных респондентах, а не как прогноз поведения рынка.</translation>
    </message>
    <message>
        <source>Respondents per scale point</source>
        <translation>Респонденты по баллам шкалы</translation>
    </message>
    <message>
        <source>Respondents per option</source>
        <translation>Респонденты по вариантам</translation>
    </message>
    <message>
        <source>Respondents choosing each option</source>
        <translation>Респонденты, выбравшие каждый вариант</translation>
    </message>
    <message>
        <source>Mean rank (1 = most preferred)</source>
        <translation>Средний ранг (1 = наиболее предпочтительный)</translation>
    </message>
    <message>
        <source>Distribution of answers</source>
        <translation>Распределение ответов</translation>
    </message>
    <message>
        <source>Respondents per answer</source>
        <translation>Респонденты по ответам</translation>
    </message>
    <message>
        <source>Respondents per label</source>
        <translation>Респонденты по меткам</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Средний ранг</translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n ответил</numerusform>
            <numerusform>%n ответили</numerusform>
            <numerusform>%n ответили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n пропуск</numerusform>
            <numerusform>%n пропуска</numerusform>
            <numerusform>%n пропусков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation>
            <numerusform>%n не опрошен</numerusform>
            <numerusform>%n не опрошены</numerusform>
            <numerusform>%n не опрошено</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1 (95% CI %2)</source>
        <translation>среднее %1 (95% ДИ %2)</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>top-2 box %1 (95% CI %2)</source>
        <translation>две верхние оценки %1 (95% ДИ %2)</translation>
    </message>
    <message>
        <source>answers not labelled yet</source>
        <translation>ответы ещё не размечены</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Borda score</source>
        <translation>Баллы Борда</translation>
    </message>
    <message>
        <source>options ranked below it, summed over respondents</source>
        <translation>число вариантов, поставленных ниже, суммарно по респондентам</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Первый выбор</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <source>Wilson score interval</source>
        <translation>Доверительный интервал Уилсона</translation>
    </message>
    <message>
        <source>Shares are of respondents who answered; one may choose several options.</source>
        <translation>Доли рассчитаны от ответивших респондентов; можно было выбрать несколько вариантов.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 в разрезе %2</translation>
    </message>
    <message>
        <source>Study run %1</source>
        <translation>Прогон исследования %1</translation>
    </message>
    <message>
        <source>Study report</source>
        <translation>Отчёт об исследовании</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Study design</source>
        <translation>Дизайн исследования</translation>
    </message>
    <message>
        <source>Mode: %1. %2</source>
        <translation>Режим: %1. %2</translation>
    </message>
    <message>
        <source>Each respondent answered alone.</source>
        <translation>Каждый респондент отвечал отдельно.</translation>
    </message>
    <message>
        <source>An interviewer asked the questions one respondent at a time.</source>
        <translation>Интервьюер задавал вопросы каждому респонденту по очереди.</translation>
    </message>
    <message>
        <source>The questions were asked during a group discussion.</source>
        <translation>Вопросы задавались во время групповой дискуссии.</translation>
    </message>
    <message>
        <source>Respondents were drawn from the population &quot;%1&quot;%2.</source>
        <translation>Респонденты отобраны из популяции «%1»%2.</translation>
    </message>
    <message>
        <source> (a sample of %1)</source>
        <translation> (выборка: %1)</translation>
    </message>
    <message>
        <source>Material: %1</source>
        <translation>Материал: %1</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message numerus="yes">
        <source>%n respondents.</source>
        <translation>
            <numerusform>%n респондент.</numerusform>
            <numerusform>%n респондента.</numerusform>
            <numerusform>%n респондентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Пропущенные ответы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Selected quotes</source>
        <translation>Избранные цитаты</translation>
    </message>
    <message>
        <source>step %1, event %2</source>
        <translation>шаг %1, событие %2</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>No answer has a justification to quote.</source>
        <translation>Ни у одного ответа нет обоснования для цитирования.</translation>
    </message>
    <message>
        <source>Engine and cost</source>
        <translation>Движок и стоимость</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
</context>
<context>
    <name>StudyRun</name>
    <message>
        <source>the study &quot;%1&quot; asks for the population &quot;%2&quot;, which %3 does not have (%4); generate it first (troupe population generate)</source>
        <translation>исследованию «%1» нужна популяция «%2», которой нет в %3 (%4); сначала создайте её (troupe population generate)</translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; asks for %2 people of &quot;%3&quot;, which has only %4 generated</source>
        <translation>исследованию «%1» нужно %2 чел. из популяции «%3», а в ней создано только %4</translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; has neither a population nor a scenario with agents</source>
        <translation>у исследования «%1» нет ни популяции, ни сценария с агентами</translation>
    </message>
    <message>
        <source>the scenario of the study &quot;%1&quot; has no agents</source>
        <translation>в сценарии исследования «%1» нет агентов</translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; has no respondents</source>
        <translation>у исследования «%1» нет респондентов</translation>
    </message>
    <message>
        <source>no answer in the event</source>
        <translation>в событии нет ответа</translation>
    </message>
    <message>
        <source>the answer does not fit the question: %1</source>
        <translation>ответ не соответствует вопросу: %1</translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; does not make a valid scenario: %2</source>
        <translation>из исследования «%1» не получается корректный сценарий: %2</translation>
    </message>
    <message>
        <source>the stored study cannot be read</source>
        <translation>не удаётся прочитать сохранённое исследование</translation>
    </message>
    <message>
        <source>none of the respondents this run should ask is among the study&apos;s</source>
        <translation>ни один из респондентов, которых должен опросить этот прогон, не входит в число респондентов исследования</translation>
    </message>
    <message>
        <source>fragment %1 does not fit %2: %3</source>
        <translation>фрагмент %1 не подходит к %2: %3</translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1 is damaged in the project (not JSON)</source>
        <translation>%1: данные в проекте повреждены (не JSON)</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>не удаётся %1: %2</translation>
    </message>
    <message>
        <source>the study of run %1</source>
        <translation>исследование прогона %1</translation>
    </message>
    <message>
        <source>cannot read the runs of &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать прогоны «%1»: %2</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 in run %3</source>
        <translation>ответ %1 на %2 в прогоне %3</translation>
    </message>
    <message>
        <source>a study needs a name</source>
        <translation>у исследования должно быть имя</translation>
    </message>
    <message>
        <source>save study &quot;%1&quot;</source>
        <translation>сохранить исследование «%1»</translation>
    </message>
    <message>
        <source>cannot read study &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать исследование «%1»: %2</translation>
    </message>
    <message>
        <source>there is no study called &quot;%1&quot; in this project</source>
        <translation>в этом проекте нет исследования «%1»</translation>
    </message>
    <message>
        <source>study &quot;%1&quot;</source>
        <translation>исследование «%1»</translation>
    </message>
    <message>
        <source>cannot list studies: %1</source>
        <translation>не удаётся получить список исследований: %1</translation>
    </message>
    <message>
        <source>delete study &quot;%1&quot;</source>
        <translation>удалить исследование «%1»</translation>
    </message>
    <message>
        <source>record run %1 as a run of &quot;%2&quot;</source>
        <translation>записать прогон %1 как прогон «%2»</translation>
    </message>
    <message>
        <source>cannot read run %1: %2</source>
        <translation>не удаётся прочитать прогон %1: %2</translation>
    </message>
    <message>
        <source>run %1 is not a run of a study</source>
        <translation>прогон %1 не является прогоном исследования</translation>
    </message>
    <message>
        <source>read the respondents of run %1</source>
        <translation>прочитать респондентов прогона %1</translation>
    </message>
    <message>
        <source>store respondent %1 of run %2</source>
        <translation>сохранить респондента %1 прогона %2</translation>
    </message>
    <message>
        <source>cannot read the respondents of run %1: %2</source>
        <translation>не удаётся прочитать респондентов прогона %1: %2</translation>
    </message>
    <message>
        <source>respondent %1 of run %2</source>
        <translation>респондент %1 прогона %2</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 has both a value and a missing reason</source>
        <translation>у ответа %1 на %2 есть и значение, и причина пропуска</translation>
    </message>
    <message>
        <source>the answer of %1 to %2 has no value and no reason why it is missing</source>
        <translation>у ответа %1 на %2 нет ни значения, ни причины пропуска</translation>
    </message>
    <message>
        <source>store the answer of %1 to %2</source>
        <translation>сохранить ответ %1 на %2</translation>
    </message>
    <message>
        <source>cannot read the answers of run %1: %2</source>
        <translation>не удаётся прочитать ответы прогона %1: %2</translation>
    </message>
    <message>
        <source>store the extraction</source>
        <translation>сохранить результат извлечения</translation>
    </message>
    <message>
        <source>cannot read the extractions of run %1: %2</source>
        <translation>не удаётся прочитать результаты извлечения прогона %1: %2</translation>
    </message>
    <message>
        <source>extraction %1</source>
        <translation>извлечение %1</translation>
    </message>
    <message>
        <source>replace the labels of %1</source>
        <translation>заменить метки %1</translation>
    </message>
    <message>
        <source>store the label &quot;%1&quot;</source>
        <translation>сохранить метку «%1»</translation>
    </message>
    <message>
        <source>cannot read the labels of %1: %2</source>
        <translation>не удаётся прочитать метки %1: %2</translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation>метка «%1»</translation>
    </message>
</context>
<context>
    <name>StudySummary</name>
    <message>
        <source>the study has no question &quot;%1&quot;</source>
        <translation>в исследовании нет вопроса «%1»</translation>
    </message>
    <message>
        <source>no respondent has the attribute &quot;%1&quot;</source>
        <translation>ни у одного респондента нет атрибута «%1»</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>the header has more than one column called %1</source>
        <translation>в заголовке несколько столбцов с именем %1</translation>
    </message>
    <message>
        <source>there is no column called %1; the columns are %2</source>
        <translation>нет столбца с именем %1; есть столбцы: %2</translation>
    </message>
    <message>
        <source>ranking has an empty item</source>
        <translation>в ранжировании есть пустой элемент</translation>
    </message>
    <message>
        <source>ranking repeats an item</source>
        <translation>в ранжировании повторяется элемент</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation>в файле есть заголовок, но нет записей</translation>
    </message>
    <message>
        <source>marked as missing (%1)</source>
        <translation>отмечено как пропуск (%1)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>column %1 has no %2 values (this cell is %3)</source>
        <translation>в столбце %1 нет значений %2 (в этой ячейке: %3)</translation>
    </message>
</context>
<context>
    <name>TestNames</name>
    <message>
        <source>Welch&apos;s t</source>
        <translation>t-критерий Уэлча</translation>
    </message>
    <message>
        <source>Student&apos;s t</source>
        <translation>t-критерий Стьюдента</translation>
    </message>
    <message>
        <source>Mann-Whitney U</source>
        <translation>U-критерий Манна — Уитни</translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation>Хи-квадрат</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation>Точный критерий Фишера</translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov</source>
        <translation>Критерий Колмогорова — Смирнова</translation>
    </message>
    <message>
        <source>ANOVA (F)</source>
        <translation>Дисперсионный анализ (F)</translation>
    </message>
    <message>
        <source>Kruskal-Wallis H</source>
        <translation>H-критерий Краскела — Уоллиса</translation>
    </message>
    <message>
        <source>Wasserstein distance</source>
        <translation>Расстояние Вассерштейна</translation>
    </message>
    <message>
        <source>Cohen&apos;s d</source>
        <translation>d Коэна</translation>
    </message>
    <message>
        <source>Cliff&apos;s delta</source>
        <translation>дельта Клиффа</translation>
    </message>
    <message>
        <source>Cramér&apos;s V</source>
        <translation>V Крамера</translation>
    </message>
    <message>
        <source>Cohen&apos;s w</source>
        <translation>w Коэна</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>отношение шансов</translation>
    </message>
    <message>
        <source>eta squared</source>
        <translation>эта-квадрат</translation>
    </message>
    <message>
        <source>eta squared (H)</source>
        <translation>эта-квадрат (H)</translation>
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
    <message>
        <source>is not a regular file</source>
        <translation>не является обычным файлом</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the whole simulation</source>
        <translation>вся симуляция</translation>
    </message>
</context>
<context>
    <name>TurnExplanation</name>
    <message>
        <source>No memory search at this step: the semantic memory was still empty (engrams are made when the episodic memory is consolidated, after a step with at least %1 new items).</source>
        <translation>На этом шаге поиска в памяти не было: семантическая память ещё пуста (энграммы создаются при консолидации эпизодической памяти — после шага, на котором появилось не менее %1 новых элементов).</translation>
    </message>
    <message>
        <source>No memory search at this step: the agent did not use RECALL, and the search made before every turn is off (ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL in config.ini).</source>
        <translation>На этом шаге поиска в памяти не было: агент не использовал RECALL, а поиск перед каждым ходом отключён (ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL в config.ini).</translation>
    </message>
    <message>
        <source>No memory search was logged for this step.</source>
        <translation>Для этого шага поиск в памяти не записан в журнал.</translation>
    </message>
    <message>
        <source>The memory search at this step failed: %1</source>
        <translation>Сбой поиска в памяти на этом шаге: %1</translation>
    </message>
    <message>
        <source>The memory search at this step is logged without its vectors; its results cannot be rebuilt.</source>
        <translation>Поиск в памяти на этом шаге записан в журнал без векторов; его результаты нельзя восстановить.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>, df %1</source>
        <translation>, df %1</translation>
    </message>
    <message>
        <source>, p &lt; 0.0001</source>
        <translation>, p &lt; 0.0001</translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation>, p = %1</translation>
    </message>
    <message>
        <source>mean difference (simulated − real): %1 (%2% CI %3 to %4)</source>
        <translation>средняя разность (симуляция − реальность): %1 (%2% ДИ от %3 до %4)</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>не вычислено: %1</translation>
    </message>
    <message>
        <source>expected &quot;validate empirical RUN_OR_EXPERIMENT ...&quot;</source>
        <translation>ожидается &quot;validate empirical RUN_OR_EXPERIMENT ...&quot;</translation>
    </message>
    <message>
        <source>The project that holds the simulated answers.</source>
        <translation>Проект, в котором хранятся симулированные ответы.</translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation>P.troupe</translation>
    </message>
    <message>
        <source>The real survey, a CSV file with a header row.</source>
        <translation>Реальный опрос: CSV-файл со строкой заголовка.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CSV column that answers the question.</source>
        <translation>Столбец CSV с ответами на вопрос.</translation>
    </message>
    <message>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <source>The study question&apos;s id.</source>
        <translation>ID вопроса исследования.</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>A real column and the simulated attribute it matches, &quot;Age Range=age&quot;; repeatable. Each gets a comparison per value.</source>
        <translation>Реальный столбец и соответствующий ему симулированный атрибут, &quot;Age Range=age&quot;; можно повторять. Для каждого выполняется сравнение по каждому значению.</translation>
    </message>
    <message>
        <source>REAL=SIM</source>
        <translation>REAL=SIM</translation>
    </message>
    <message>
        <source>The comparison as one JSON object.</source>
        <translation>Результат сравнения в виде одного объекта JSON.</translation>
    </message>
    <message>
        <source>A study run id, &quot;last&quot;, or an experiment&apos;s name (all its runs).</source>
        <translation>ID прогона исследования, &quot;last&quot; или имя эксперимента (все его прогоны).</translation>
    </message>
    <message>
        <source>RUN_OR_EXPERIMENT</source>
        <translation>RUN_OR_EXPERIMENT</translation>
    </message>
    <message>
        <source>Compares a question&apos;s simulated answers with a real survey&apos;s: KS, chi-square, Wasserstein distance and the mean difference, overall and per subgroup.</source>
        <translation>Сравнивает симулированные ответы на вопрос с ответами реального опроса: KS, хи-квадрат, расстояние Вассерштейна и средняя разность — в целом и по подгруппам.</translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation>требуется --%1</translation>
    </message>
    <message>
        <source>--match: %1</source>
        <translation>--match: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1: %2 simulated answers against %3 real ones (%4, column &quot;%5&quot;)</source>
        <translation>%1: симулированных ответов — %2, реальных — %3 (%4, столбец «%5»)</translation>
    </message>
    <message>
        <source>%1 = %2 (simulated %3): %4 simulated, %5 real</source>
        <translation>%1 = %2 (в симуляции %3): симулированных — %4, реальных — %5</translation>
    </message>
    <message>
        <source>%1: %2 simulated respondents fit none of the real values</source>
        <translation>%1: симулированных респондентов, не подходящих ни под одно реальное значение, — %2</translation>
    </message>
    <message>
        <source>How the column reads: numeric, choice, ranking or multi (default: numeric when the simulated answers are numbers, else choice).</source>
        <translation>Как читать столбец: numeric, choice, ranking или multi (по умолчанию — numeric, если симулированные ответы — числа, иначе choice).</translation>
    </message>
    <message>
        <source>Ranking: the item whose position is compared (default: the first choice). Multi: the option whose mentions are compared (needed).</source>
        <translation>Для ranking: элемент, позиция которого сравнивается (по умолчанию — первый выбор). Для multi: вариант, упоминания которого сравниваются (обязательно).</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ЭЛЕМЕНТ</translation>
    </message>
    <message>
        <source>--kind: expected numeric, choice, ranking or multi, got &quot;%1&quot;</source>
        <translation>--kind: ожидалось numeric, choice, ranking или multi, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--option needs --kind ranking or --kind multi</source>
        <translation>для --option нужен --kind ranking или --kind multi</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>the budget of $%1 for this run is reached ($%2 spent); raise the cap to continue</source>
        <translation>бюджет этого прогона $%1 исчерпан (потрачено $%2); поднимите лимит, чтобы продолжить</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 — %4</source>
        <translation>%1: «%2» %3 — %4</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>не выполняется</translation>
    </message>
    <message>
        <source>checking the condition of intervention %1 failed: %2</source>
        <translation>не удалось проверить условие вмешательства %1: %2</translation>
    </message>
    <message>
        <source>embedding for %1&apos;s memory search failed: %2</source>
        <translation>не удалось получить эмбеддинг для поиска в памяти %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s turn failed: %2</source>
        <translation>ход агента %1 не удался: %2</translation>
    </message>
    <message>
        <source>%1&apos;s reply was unusable after %2 attempts: %3</source>
        <translation>ответ агента %1 непригоден после %2 попыток: %3</translation>
    </message>
    <message>
        <source>memory consolidation for %1 postponed: %2</source>
        <translation>консолидация памяти %1 отложена: %2</translation>
    </message>
    <message>
        <source>wrong number of embeddings</source>
        <translation>неверное число эмбеддингов</translation>
    </message>
    <message>
        <source>the run could not be saved: %1</source>
        <translation>прогон не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot; in %2</source>
        <translation>в %2 нет агента «%1»</translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot;</source>
        <translation>нет агента «%1»</translation>
    </message>
    <message>
        <source>fragment %1 not applied to %2: %3</source>
        <translation>фрагмент %1 не применён к %2: %3</translation>
    </message>
    <message>
        <source>fragment %1 applied to %2&apos;s persona</source>
        <translation>фрагмент %1 применён к персоне %2</translation>
    </message>
    <message>
        <source>also here in %1</source>
        <translation>also here in %1</translation>
    </message>
    <message>
        <source>intervention %1 fired</source>
        <translation>сработало вмешательство %1</translation>
    </message>
    <message>
        <source>%1 could not hear you: you have no relation with them.</source>
        <translation>%1 could not hear you: you have no relation with them.</translation>
    </message>
    <message>
        <source>You could not reach out to %1: there is nobody by that name here.</source>
        <translation>You could not reach out to %1: there is nobody by that name here.</translation>
    </message>
    <message>
        <source>You could not reach out to %1: you have no relation with them.</source>
        <translation>You could not reach out to %1: you have no relation with them.</translation>
    </message>
    <message>
        <source>reached out</source>
        <translation>reached out</translation>
    </message>
    <message>
        <source>%1 reached out to you and is now available to talk. %2</source>
        <translation>%1 reached out to you and is now available to talk. %2</translation>
    </message>
    <message>
        <source>You reached out to %1, who is now available to talk.</source>
        <translation>You reached out to %1, who is now available to talk.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to %2 failed: %3</source>
        <translation>%1: сбой ответа на %2: %3</translation>
    </message>
</context>
<context>
    <name>troupe::ConversationDelegate</name>
    <message>
        <source>%1 to everyone</source>
        <translation>%1 — всем</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2) to %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Run paused</source>
        <translation>Прогон приостановлен</translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation>Ошибка (%1)</translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation>Вмешательство: %1</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <source>%1 thinks: %2</source>
        <translation>%1 думает: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (note): %2</source>
        <translation>%1 (заметка): %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>The scenario gives everyone a goal</source>
        <translation>Цель от сценария для всех</translation>
    </message>
    <message>
        <source>The scenario gives %1 a goal</source>
        <translation>Цель от сценария для %1</translation>
    </message>
    <message>
        <source>The situation changes for everyone</source>
        <translation>Ситуация меняется для всех</translation>
    </message>
    <message>
        <source>The situation changes for %1</source>
        <translation>Ситуация меняется для %1</translation>
    </message>
    <message>
        <source>Everyone sees</source>
        <translation>Видят все</translation>
    </message>
    <message>
        <source>%1 sees</source>
        <translation>%1 видит</translation>
    </message>
    <message>
        <source>A thought for everyone</source>
        <translation>Мысль для всех</translation>
    </message>
    <message>
        <source>A thought comes to %1</source>
        <translation>Мысль для %1</translation>
    </message>
    <message>
        <source>The scenario, to everyone</source>
        <translation>Сценарий — всем</translation>
    </message>
    <message>
        <source>The scenario, to %1</source>
        <translation>Сценарий — для %1</translation>
    </message>
    <message>
        <source>%1 shows everyone</source>
        <translation>%1 показывает всем</translation>
    </message>
    <message>
        <source>%1 shows %2</source>
        <translation>%1 показывает %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2) to everyone</source>
        <translation>%1 (%2) — всем</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 отвечает</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 отвечает → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>troupe::ConversationModel</name>
    <message>
        <source>Before the first step</source>
        <translation>До первого шага</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Шаг %1 · %2</translation>
    </message>
    <message>
        <source>%1 answers %2: %3</source>
        <translation>%1 отвечает на %2: %3</translation>
    </message>
    <message>
        <source>%1 · as in run %2</source>
        <translation>%1 · как в прогоне %2</translation>
    </message>
    <message>
        <source>Forked from run %1 at step %2: the steps above repeat it, the change applies from here</source>
        <translation>Ответвление от прогона %1 на шаге %2: шаги выше повторяют его, изменение действует отсюда</translation>
    </message>
</context>
<context>
    <name>troupe::ConversationPanel</name>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Show or hide agents</source>
        <translation>Показать или скрыть агентов</translation>
    </message>
    <message>
        <source>Search the conversation</source>
        <translation>Поиск по разговору</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Держать новое событие в поле зрения</translation>
    </message>
    <message>
        <source>Step </source>
        <translation>Шаг </translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>Перейти к шагу</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Реплики</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Мысли</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Услышанное</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>What the agents say</source>
        <translation>Что говорят агенты</translation>
    </message>
    <message>
        <source>What the agents think</source>
        <translation>Что думают агенты</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>What the moderator, an interviewer or another voice from outside says</source>
        <translation>Что говорят модератор, интервьюер или другой голос извне</translation>
    </message>
    <message>
        <source>What the agents are shown, told by the scenario or recall</source>
        <translation>Что показывают агентам, сообщает сценарий или подсказывает память</translation>
    </message>
    <message>
        <source>Each listener&apos;s copy of what several heard</source>
        <translation>Копия для каждого слушателя того, что услышали несколько агентов</translation>
    </message>
    <message>
        <source>Interventions, errors and notes of the world</source>
        <translation>Вмешательства, ошибки и заметки мира</translation>
    </message>
    <message>
        <source>Changes of goals, attention and emotions</source>
        <translation>Изменения целей, внимания и эмоций</translation>
    </message>
    <message>
        <source>&amp;Fork from Here…</source>
        <translation>Создать &amp;ответвление отсюда…</translation>
    </message>
    <message>
        <source>A new run that repeats steps 1 to %1 of this one, then takes a change</source>
        <translation>Новый прогон, который повторяет шаги 1–%1 этого прогона, а затем применяет изменение</translation>
    </message>
</context>
<context>
    <name>troupe::DimensionsModel</name>
    <message>
        <source>New value %1</source>
        <translation>Новое значение %1</translation>
    </message>
    <message>
        <source>Add a value to %1</source>
        <translation>Добавить значение в %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Удалить %1 из %2</translation>
    </message>
    <message>
        <source>Value 1</source>
        <translation>Значение 1</translation>
    </message>
    <message>
        <source>Value 2</source>
        <translation>Значение 2</translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation>Добавить измерение %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(нет значений)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>Set the weight of %1 to %2</source>
        <translation>Установить для %1 вес %2</translation>
    </message>
</context>
<context>
    <name>troupe::EmpiricalPanel</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Path of a survey CSV with a header row</source>
        <translation>Путь к CSV-файлу опроса со строкой заголовка</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>How the column&apos;s cells read: numbers, one choice, a ranking (&quot;B-C-D-A-E&quot;) or several values (&quot;a; b; c&quot;)</source>
        <translation>Как читать ячейки столбца: числа, один выбор, ранжирование («B-C-D-A-E») или несколько значений («a; b; c»)</translation>
    </message>
    <message>
        <source>Ranking: the item whose position is compared (or the first choice). Multi: the option whose mentions are compared.</source>
        <translation>Для ranking: элемент, позиция которого сравнивается (или первый выбор). Для multi: вариант, упоминания которого сравниваются.</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>Столбец CSV</translation>
    </message>
    <message>
        <source>Persona attribute</source>
        <translation>Атрибут персоны</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>n simulated</source>
        <translation>n смодел.</translation>
    </message>
    <message>
        <source>n real</source>
        <translation>n реальн.</translation>
    </message>
    <message>
        <source>KS D</source>
        <translation>KS D</translation>
    </message>
    <message>
        <source>KS p</source>
        <translation>KS p</translation>
    </message>
    <message>
        <source>χ²</source>
        <translation>χ²</translation>
    </message>
    <message>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <source>χ² p</source>
        <translation>χ² p</translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation>Вассерштейн</translation>
    </message>
    <message>
        <source>Mean diff. (sim − real)</source>
        <translation>Разн. средних (мод. − реал.)</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <source>Choose a CSV and its answer column, then press Compare: the real answers are drawn beside the simulated ones.</source>
        <translation>Выберите CSV-файл и его столбец ответов, затем нажмите «Сравнить»: реальные ответы будут показаны рядом со смоделированными.</translation>
    </message>
    <message>
        <source>Real survey (CSV &amp;file):</source>
        <translation>Реальный опрос (&amp;файл CSV):</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>&amp;Answer column:</source>
        <translation>Столбец &amp;ответов:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Читать как:</translation>
    </message>
    <message>
        <source>O&amp;ption:</source>
        <translation>Вари&amp;ант:</translation>
    </message>
    <message>
        <source>Subgroups: CSV column → persona attribute</source>
        <translation>Подгруппы: столбец CSV → атрибут персоны</translation>
    </message>
    <message>
        <source>Compare with real data</source>
        <translation>Сравнение с реальными данными</translation>
    </message>
    <message>
        <source>Choose a CSV file: its header names the columns.</source>
        <translation>Выберите CSV-файл: его заголовок задаёт имена столбцов.</translation>
    </message>
    <message>
        <source>Compare %1 with real data</source>
        <translation>Сравнение с реальными данными: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a Survey CSV</source>
        <translation>Выбор CSV-файла опроса</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>No columns: the file cannot be read.</source>
        <translation>Нет столбцов: файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>%1 records; columns: %2</source>
        <translation>Записей: %1; столбцы: %2</translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(не сравнивается)</translation>
    </message>
    <message>
        <source>Persona attribute for %1</source>
        <translation>Атрибут персоны для %1</translation>
    </message>
    <message>
        <source>(first choice)</source>
        <translation>(первый выбор)</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Все респонденты</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 simulated answers to &quot;%2&quot; against %3 real ones in column &quot;%4&quot; of %5.</source>
        <translation>Смоделированных ответов на «%2»: %1, реальных: %3 (столбец «%4» в %5).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n simulated respondent(s) fit none of the real values.</source>
        <translation>
            <numerusform>%1: %n смоделированный респондент не подходит ни под одно реальное значение.</numerusform>
            <numerusform>%1: %n смоделированных респондента не подходят ни под одно реальное значение.</numerusform>
            <numerusform>%1: %n смоделированных респондентов не подходят ни под одно реальное значение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Не вычислено: %1</translation>
    </message>
    <message>
        <source>%1, mentions of &quot;%2&quot;</source>
        <translation>%1, упоминания «%2»</translation>
    </message>
    <message>
        <source>%1, first choice</source>
        <translation>%1, первый выбор</translation>
    </message>
    <message>
        <source>%1, position of &quot;%2&quot;</source>
        <translation>%1, позиция «%2»</translation>
    </message>
</context>
<context>
    <name>troupe::EpisodicModel</name>
    <message>
        <source>Remembered, but outside the prompt window</source>
        <translation>Запомнено, но вне окна промпта</translation>
    </message>
    <message>
        <source>In the prompt of this turn</source>
        <translation>В промпте этого хода</translation>
    </message>
    <message>
        <source>Not in this turn&apos;s prompt: the agent got it after the call (its reply, or what it heard later)</source>
        <translation>Не в промпте этого хода: агент получил это после вызова (свой ответ или то, что услышал позже)</translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentCompareView</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>No experiment is shown. Choose Results → Compare Experiment…</source>
        <translation>Эксперимент не выбран. Выберите «Результаты → Сравнить эксперимент…»</translation>
    </message>
    <message>
        <source>Compare experiment arms</source>
        <translation>Сравнение групп эксперимента</translation>
    </message>
    <message>
        <source>Comparing the arms of &quot;%1&quot;…</source>
        <translation>Сравниваем группы «%1»…</translation>
    </message>
    <message>
        <source>Cannot compare &quot;%1&quot;: %2</source>
        <translation>Не удаётся сравнить «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2 · runs: %3 · replicates: %4</source>
        <translation>%1: %2 · прогонов: %3 · повторов: %4</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> против </translation>
    </message>
    <message>
        <source>No question of this experiment&apos;s study has a comparison (only likert, numeric, choice and yes/no questions do).</source>
        <translation>Ни у одного вопроса исследования этого эксперимента нет сравнения (оно есть только у вопросов со шкалой Лайкерта, числовых, с выбором и «да/нет»).</translation>
    </message>
    <message>
        <source>Not compared (no test for their type): %1</source>
        <translation>Не сравниваются (для их типа нет теста): %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mean %1 per arm, with 95% intervals and each replicate&apos;s mean</source>
        <translation>Среднее %1 по группам с 95% ДИ и средним каждого повтора</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>среднее %1</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>replicate mean</source>
        <translation>среднее повтора</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Share of each answer to %1 per arm, with 95% Wilson intervals and each replicate&apos;s share</source>
        <translation>Доля каждого ответа на %1 по группам с 95% интервалами Уилсона и долей каждого повтора</translation>
    </message>
    <message>
        <source>share of answers</source>
        <translation>доля ответов</translation>
    </message>
    <message>
        <source>replicate share</source>
        <translation>доля повтора</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p (Холм)</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>Размер эффекта</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Мера эффекта</translation>
    </message>
    <message numerus="yes">
        <source>p (Holm): the first test&apos;s p, adjusted over the experiment&apos;s %n question(s).</source>
        <translation>
            <numerusform>p (Холм): p первого теста с поправкой по %n вопросу эксперимента.</numerusform>
            <numerusform>p (Холм): p первого теста с поправкой по %n вопросам эксперимента.</numerusform>
            <numerusform>p (Холм): p первого теста с поправкой по %n вопросам эксперимента.</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference of means (%1 − %2): %3, 95% CI %4 to %5.</source>
        <translation>Разность средних (%1 − %2): %3, 95% ДИ от %4 до %5.</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Не вычислено: %1</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>СО</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Export Tests as CSV</source>
        <translation>Экспорт тестов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentEditor</name>
    <message>
        <source>Add Arm</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <source>Remove Arm</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Edit a Copy</source>
        <translation>Изменить копию</translation>
    </message>
    <message>
        <source>Run Experiment</source>
        <translation>Запустить эксперимент</translation>
    </message>
    <message>
        <source>Compare Arms</source>
        <translation>Сравнить группы</translation>
    </message>
    <message>
        <source>Experiment as JSON</source>
        <translation>Эксперимент в виде JSON</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Эксперимент</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>Имя эксперимента</translation>
    </message>
    <message>
        <source>Within subjects: the same respondents in every arm</source>
        <translation>Внутрисубъектно: одни и те же респонденты во всех группах</translation>
    </message>
    <message>
        <source>Between subjects: respondents split between the arms</source>
        <translation>Межсубъектно: респонденты распределяются по группам</translation>
    </message>
    <message>
        <source>attributes to balance, e.g. gender, age_range</source>
        <translation>атрибуты для балансировки, например gender, age_range</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Темп.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Temperature of this arm&apos;s model calls (empty: the default)</source>
        <translation>Температура вызовов модели в этой группе (пусто — по умолчанию)</translation>
    </message>
    <message>
        <source>Another sample size of the study&apos;s population (empty: the study&apos;s)</source>
        <translation>Другой размер выборки из популяции исследования (пусто — как в исследовании)</translation>
    </message>
    <message>
        <source>Fragments of the project applied to every respondent, comma-separated</source>
        <translation>Фрагменты проекта, применяемые к каждому респонденту, через запятую</translation>
    </message>
    <message>
        <source>The study material this arm replaces (by name) or adds</source>
        <translation>Материал исследования, который эта группа заменяет (по имени) или добавляет</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>Исс&amp;ледование</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Распределение</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Балансировка</translation>
    </message>
    <message>
        <source>&amp;Replicates</source>
        <translation>По&amp;вторы</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>&amp;Зерно</translation>
    </message>
    <message>
        <source>Replicate r runs with seed + r − 1 in every arm, so a replicate&apos;s arms differ only by their change.</source>
        <translation>Повтор r выполняется с зерном seed + r − 1 во всех группах, поэтому группы одного повтора различаются только своим изменением.</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (встроенное)</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (проект)</translation>
    </message>
    <message>
        <source>%1 (inline, edit it as JSON)</source>
        <translation>%1 (внутри эксперимента, правьте в JSON)</translation>
    </message>
    <message numerus="yes">
        <source>%1
(and %n more material, kept as it is: see JSON)</source>
        <translation>
            <numerusform>%1
(и ещё %n материал, сохранён как есть: см. JSON)</numerusform>
            <numerusform>%1
(и ещё %n материала, сохранены как есть: см. JSON)</numerusform>
            <numerusform>%1
(и ещё %n материалов, сохранены как есть: см. JSON)</numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no fragment called &quot;%1&quot;</source>
        <translation>в проекте нет фрагмента «%1»</translation>
    </message>
    <message>
        <source>expected a number such as 0.7, got &quot;%1&quot;</source>
        <translation>ожидалось число, например 0.7, получено «%1»</translation>
    </message>
    <message>
        <source>expected a whole number of people, got &quot;%1&quot;</source>
        <translation>ожидалось целое число человек, получено «%1»</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Edit experiment %1</source>
        <translation>Изменить эксперимент %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n run(s), made from this definition, so it cannot change. Edit a copy to try something else; Run continues the jobs not finished yet.</source>
        <translation>
            <numerusform>У этого эксперимента есть %n прогон, выполненный по этому определению, поэтому изменить его нельзя. Чтобы попробовать что-то другое, измените копию; «Запустить эксперимент» продолжит ещё не завершённые задания.</numerusform>
            <numerusform>У этого эксперимента есть %n прогона, выполненных по этому определению, поэтому изменить его нельзя. Чтобы попробовать что-то другое, измените копию; «Запустить эксперимент» продолжит ещё не завершённые задания.</numerusform>
            <numerusform>У этого эксперимента есть %n прогонов, выполненных по этому определению, поэтому изменить его нельзя. Чтобы попробовать что-то другое, измените копию; «Запустить эксперимент» продолжит ещё не завершённые задания.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy experiment %1</source>
        <translation>Копировать эксперимент %1</translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentProgress</name>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>%v of %m jobs</source>
        <translation>%v из %m заданий</translation>
    </message>
    <message>
        <source>Jobs of the experiment</source>
        <translation>Задания эксперимента</translation>
    </message>
    <message>
        <source>Stops the job in progress (its run is kept, and continued by the next Run)</source>
        <translation>Останавливает текущее задание (его прогон сохраняется и продолжится при следующем запуске)</translation>
    </message>
    <message>
        <source>Stopping after the calls in flight…</source>
        <translation>Остановка после завершения текущих вызовов…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>%1/%2 · replicate %3 · %4: done before (run #%5)</source>
        <translation>%1/%2 · повтор %3 · %4: выполнено ранее (прогон №%5)</translation>
    </message>
    <message>
        <source>Job %1 of %2: replicate %3 · %4 (run #%5, seed %6)</source>
        <translation>Задание %1 из %2: повтор %3 · %4 (прогон №%5, зерно %6)</translation>
    </message>
    <message>
        <source>Waiting for the first answers…</source>
        <translation>Ожидание первых ответов…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in this job · %1 in all · last from %2</source>
        <translation>
            <numerusform>%n ответ в этом задании · всего %1 · последний от %2</numerusform>
            <numerusform>%n ответа в этом задании · всего %1 · последний от %2</numerusform>
            <numerusform>%n ответов в этом задании · всего %1 · последний от %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The experiment could not run: %1</source>
        <translation>Не удалось выполнить эксперимент: %1</translation>
    </message>
    <message>
        <source>Job %1 of %2 (replicate %3 · %4) ended: %5</source>
        <translation>Задание %1 из %2 (повтор %3 · %4) завершилось: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 · replicate %3 · %4: run #%5 %6, %n answer(s)</source>
        <translation>
            <numerusform>%1/%2 · повтор %3 · %4: прогон №%5 %6, %n ответ</numerusform>
            <numerusform>%1/%2 · повтор %3 · %4: прогон №%5 %6, %n ответа</numerusform>
            <numerusform>%1/%2 · повтор %3 · %4: прогон №%5 %6, %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Stopped: a job did not finish (its reason is in the list). Fix the cause, for example the model in Settings, then Run the experiment again to continue where it stopped.</source>
        <translation>Остановлено: одно из заданий не завершилось (причина указана в списке). Устраните причину, например модель в настройках, и запустите эксперимент снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <source>Stopped. Run the experiment again to continue where it stopped.</source>
        <translation>Остановлено. Запустите эксперимент снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) done.</source>
        <translation>
            <numerusform>Все задания выполнены (%n).</numerusform>
            <numerusform>Выполнены все %n задания.</numerusform>
            <numerusform>Выполнены все %n заданий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentResultsPage</name>
    <message>
        <source>Compare Arms</source>
        <translation>Сравнение групп</translation>
    </message>
    <message>
        <source>Real Data</source>
        <translation>Реальные данные</translation>
    </message>
    <message>
        <source>The experiment&apos;s runs, pooled, against a real survey</source>
        <translation>Объединённые прогоны эксперимента в сравнении с реальным опросом</translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot;</source>
        <translation>эксперимент «%1»</translation>
    </message>
    <message>
        <source>A single study run has no arms to compare; experiments do</source>
        <translation>У отдельного прогона исследования нет групп для сравнения; они есть у экспериментов</translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentWorker</name>
    <message>
        <source>job %1: %2</source>
        <translation>задание %1: %2</translation>
    </message>
    <message>
        <source>stopped in the studio</source>
        <translation>остановлено в студии</translation>
    </message>
</context>
<context>
    <name>troupe::ExtractionDialog</name>
    <message>
        <source>(not found)</source>
        <translation>(не найдено)</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Добавить поле</translation>
    </message>
    <message>
        <source>Re&amp;move Field</source>
        <translation>&amp;Удалить поле</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>Extract Results — Run #%1</source>
        <translation>Извлечение результатов — прогон №%1</translation>
    </message>
    <message>
        <source>Reads what happened in run #%1 “%2” again with an objective of yours; the simulation is not run again. Each result cites the events it used.</source>
        <translation>Заново просматривает прогон №%1 «%2» с заданной вами целью; симуляция повторно не выполняется. Каждый результат ссылается на события, на которых он основан.</translation>
    </message>
    <message>
        <source>e.g. which ad each person picked and why</source>
        <translation>например, какую рекламу выбрал каждый человек и почему</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Hint (what it means)</source>
        <translation>Подсказка (что оно означает)</translation>
    </message>
    <message>
        <source>Fields to extract</source>
        <translation>Поля для извлечения</translation>
    </message>
    <message>
        <source>Each agent</source>
        <translation>Каждый агент</translation>
    </message>
    <message>
        <source>The whole world</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Только %1</translation>
    </message>
    <message>
        <source>Extracted results</source>
        <translation>Извлечённые результаты</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>Д&amp;ля:</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Ранее:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) stored in the project.</source>
        <translation>
            <numerusform>%n результат сохранён в проекте.</numerusform>
            <numerusform>%n результата сохранены в проекте.</numerusform>
            <numerusform>%n результатов сохранено в проекте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>Ничего не извлечено: %1</translation>
    </message>
    <message>
        <source>No extraction of this run yet.</source>
        <translation>Из этого прогона ещё ничего не извлекалось.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n result(s))</source>
        <translation>
            <numerusform>%1 (%n результат)</numerusform>
            <numerusform>%1 (%n результата)</numerusform>
            <numerusform>%1 (%n результатов)</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Stored in the project. Run again to extract with what the form says now.</source>
        <translation>Сохранено в проекте. Нажмите «Запустить» ещё раз, чтобы извлечь по тому, что сейчас указано в форме.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Cited events</source>
        <translation>Цитируемые события</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Click an event to see it in the conversation</source>
        <translation>Щёлкните событие, чтобы увидеть его в диалоге</translation>
    </message>
    <message>
        <source>An extraction is running; wait for it to finish.</source>
        <translation>Идёт извлечение; дождитесь его окончания.</translation>
    </message>
    <message>
        <source>Objective: say what to extract.</source>
        <translation>Цель: укажите, что нужно извлечь.</translation>
    </message>
    <message>
        <source>Fields, row %1: %2</source>
        <translation>Поля, строка %1: %2</translation>
    </message>
    <message>
        <source>Fields: add at least one field to extract (a name, and a hint of what it means).</source>
        <translation>Поля: добавьте хотя бы одно поле для извлечения (имя и подсказку, что оно означает).</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Поля: %1</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Извлечение…</translation>
    </message>
</context>
<context>
    <name>troupe::ForkDialog</name>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Температура:</translation>
    </message>
    <message>
        <source>Fork Run #%1</source>
        <translation>Ответвление прогона №%1</translation>
    </message>
    <message>
        <source>A new run of “%1” that repeats its first steps exactly (from the stored model calls), then takes the change and runs on. Run #%2 is not touched.</source>
        <translation>Новый прогон «%1», который в точности повторяет его первые шаги (по сохранённым вызовам модели), затем применяет изменение и продолжается. Прогон №%2 не меняется.</translation>
    </message>
    <message>
        <source>The fork repeats steps 1 to this one, then the change applies from the next step</source>
        <translation>Ответвление повторяет шаги с 1 по этот, а изменение применяется со следующего шага</translation>
    </message>
    <message>
        <source>Steps the fork runs after the fork step (default: up to the parent&apos;s length)</source>
        <translation>Сколько шагов выполнить после шага ответвления (по умолчанию — до длины родительского прогона)</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Say something to them</source>
        <translation>Сказать им что-то</translation>
    </message>
    <message>
        <source>Show them material</source>
        <translation>Показать им материал</translation>
    </message>
    <message>
        <source>Apply a fragment of the project</source>
        <translation>Применить фрагмент проекта</translation>
    </message>
    <message>
        <source>Change the model or temperature</source>
        <translation>Изменить модель или температуру</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>The change as JSON</source>
        <translation>Изменение в виде JSON</translation>
    </message>
    <message>
        <source>&amp;Fork and Run</source>
        <translation>&amp;Ответвить и запустить</translation>
    </message>
    <message>
        <source>Fork after &amp;step:</source>
        <translation>Ответвить после &amp;шага:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Изменение:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>Д&amp;ля:</translation>
    </message>
    <message>
        <source>The change as &amp;JSON (what is applied; the form above writes it, and you can edit it):</source>
        <translation>Изменение в виде &amp;JSON (то, что применяется; форма выше заполняет его, и его можно править):</translation>
    </message>
    <message>
        <source>Steps &amp;after the fork:</source>
        <translation>Ша&amp;гов после ответвления:</translation>
    </message>
    <message>
        <source>e.g. Advertisement</source>
        <translation>например, Реклама</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <source>the project has no fragments</source>
        <translation>в проекте нет фрагментов</translation>
    </message>
    <message>
        <source>F&amp;ragment:</source>
        <translation>&amp;Фрагмент:</translation>
    </message>
    <message>
        <source>the parent&apos;s model</source>
        <translation>модель родительского прогона</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>What they are shown</source>
        <translation>Что им показывают</translation>
    </message>
    <message>
        <source>What the moderator says to them</source>
        <translation>Что им говорит модератор</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>No change: the fork repeats the run, then continues it.</source>
        <translation>Без изменений: ответвление повторяет прогон, а затем продолжает его.</translation>
    </message>
    <message>
        <source>The change applies from step %1.</source>
        <translation>Изменение применяется с шага %1.</translation>
    </message>
</context>
<context>
    <name>troupe::InspectorPanel</name>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Engram</source>
        <translation>Энграмма</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Can reach</source>
        <translation>Может обратиться к</translation>
    </message>
    <message>
        <source>What does this agent remember about…</source>
        <translation>Что этот агент помнит о…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>Model Call</source>
        <translation>Вызов модели</translation>
    </message>
    <message>
        <source>Episodic Memory</source>
        <translation>Эпизодическая память</translation>
    </message>
    <message>
        <source>Semantic Memory</source>
        <translation>Семантическая память</translation>
    </message>
    <message>
        <source>Cognitive State</source>
        <translation>Когнитивное состояние</translation>
    </message>
    <message>
        <source>Select an event in the conversation to see why the agent did it.</source>
        <translation>Выберите событие в разговоре, чтобы увидеть, почему агент так поступил.</translation>
    </message>
    <message>
        <source>%1 at step %2</source>
        <translation>%1 на шаге %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No model call by %1 at step %2.</source>
        <translation>У %1 нет вызовов модели на шаге %2.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Из кэша</translation>
    </message>
    <message>
        <source>yes (no cost, no network)</source>
        <translation>да (без оплаты и без сети)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached), %3 completion%4</source>
        <translation>%1 во входе (%2 из кэша), %3 в ответе%4</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, оценка</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>%1 ms over %2 attempt(s)</source>
        <translation>%1 мс за %2 попыт.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>none (offline engine)</source>
        <translation>нет (офлайн-движок)</translation>
    </message>
    <message>
        <source>no price known</source>
        <translation>цена неизвестна</translation>
    </message>
    <message>
        <source>Prompt sent</source>
        <translation>Отправленный промпт</translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation>Ответ как есть</translation>
    </message>
    <message>
        <source>This run&apos;s engrams were embedded by %1; ranking shows them by word overlap instead.</source>
        <translation>Энграммы этого прогона получены моделью %1; здесь они ранжированы по совпадению слов.</translation>
    </message>
    <message>
        <source>In the prompt</source>
        <translation>В промпте</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 made no model call at step %2. It remembered %3 items before the step&apos;s actions; the %4 marked ● would be in its prompt window.</source>
        <translation>%1 не вызывал модель на шаге %2. До действий шага он помнил элементов: %3; отмеченные ● (%4) попали бы в окно промпта.</translation>
    </message>
    <message>
        <source>%1 items remembered when the turn was sent; the %2 marked ● were in its prompt (the first %3 and the last %4), the rest were left out.</source>
        <translation>Элементов в памяти при отправке хода: %1; отмеченные ● (%2) были в промпте (первые %3 и последние %4), остальные не вошли.</translation>
    </message>
    <message numerus="yes">
        <source>The %n marked ○ came after the call (the reply and what was heard later in the step).</source>
        <translation>
            <numerusform>%n элемент, отмеченный ○, появился после вызова (ответ и то, что было услышано позже на этом шаге).</numerusform>
            <numerusform>%n элемента, отмеченные ○, появились после вызова (ответ и то, что было услышано позже на этом шаге).</numerusform>
            <numerusform>%n элементов, отмеченных ○, появились после вызова (ответ и то, что было услышано позже на этом шаге).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Estimated: the stored prompt does not show this memory.)</source>
        <translation>(Оценка: сохранённый промпт не показывает эту память.)</translation>
    </message>
    <message>
        <source>before the turn</source>
        <translation>до хода</translation>
    </message>
    <message>
        <source>RECALL: %1</source>
        <translation>ВОСПОМИНАНИЕ: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n engram(s) retrieved for this turn from the %1 it had.</source>
        <translation>
            <numerusform>Для этого хода извлечена %n энграмма из имевшихся %1.</numerusform>
            <numerusform>Для этого хода извлечены %n энграммы из имевшихся %1.</numerusform>
            <numerusform>Для этого хода извлечено %n энграмм из имевшихся %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n engram(s) it had are listed, newest first; search them above.</source>
        <translation>
            <numerusform>Имевшаяся %n энграмма показана ниже, новые сверху; для поиска используйте поле выше.</numerusform>
            <numerusform>Имевшиеся %n энграммы показаны ниже, новые сверху; для поиска используйте поле выше.</numerusform>
            <numerusform>Имевшиеся %n энграмм показаны ниже, новые сверху; для поиска используйте поле выше.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>no change at this step</source>
        <translation>на этом шаге без изменений</translation>
    </message>
    <message>
        <source>the agent did not act at this step</source>
        <translation>на этом шаге агент не действовал</translation>
    </message>
    <message>
        <source>As at the last change</source>
        <translation>Как при последнем изменении</translation>
    </message>
</context>
<context>
    <name>troupe::IntervalChart</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% интервал</translation>
    </message>
    <message>
        <source>Nothing to draw</source>
        <translation>Нечего отображать</translation>
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
        <source>&lt;h3&gt;Troupe Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for simulating people with language models, compatible with TinyTroupe&apos;s files.&lt;/p&gt;</source>
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
        <translation>
            <numerusform>Импортирован %n файл</numerusform>
            <numerusform>Импортировано %n файла</numerusform>
            <numerusform>Импортировано %n файлов</numerusform>
        </translation>
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
    <message>
        <source>&lt;h2&gt;Troupe Studio&lt;/h2&gt;&lt;p&gt;Select a persona to edit it, a scenario to run it, or a run to see its results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Troupe Studio&lt;/h2&gt;&lt;p&gt;Выберите персону, чтобы изменить её, сценарий, чтобы запустить его, или прогон, чтобы увидеть результаты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Configure a Model…</source>
        <translation>Настроить модель…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Everything is saved as you edit; use Save As to make a copy.</source>
        <translation>Всё сохраняется по мере правки; «Сохранить как» делает копию.</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>&amp;Import Persona, Fragment or Scenario…</source>
        <translation>&amp;Импортировать персону, фрагмент или сценарий…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>TinyTroupe agents, fragments and scenarios (*.json)</source>
        <translation>Агенты, фрагменты и сценарии TinyTroupe (*.json)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
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
        <source>New &amp;Persona</source>
        <translation>Новая &amp;персона</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>New &amp;Scenario</source>
        <translation>Новый &amp;сценарий</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Прогон</translation>
    </message>
    <message>
        <source>&amp;Step Once</source>
        <translation>&amp;Один шаг</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Model Provider…</source>
        <translation>&amp;Провайдер модели…</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>проект не открыт</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name</source>
        <translation>%1 уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>Cannot save a copy at %1: %2</source>
        <translation>Не удаётся сохранить копию в %1: %2</translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Импортировано из %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>Создан %1 · %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation>Новая персона %1</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Новый сценарий %1</translation>
    </message>
    <message>
        <source>select something to duplicate</source>
        <translation>выберите, что дублировать</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Дублировать %1</translation>
    </message>
    <message>
        <source>runs cannot be duplicated; run the scenario again</source>
        <translation>прогоны не дублируются; запустите сценарий ещё раз</translation>
    </message>
    <message>
        <source>select something to delete</source>
        <translation>выберите, что удалить</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>stop the run before deleting it</source>
        <translation>остановите прогон, прежде чем удалять его</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Удалить прогон</translation>
    </message>
    <message>
        <source>Delete run %1 with its events, memories and model calls? This cannot be undone.</source>
        <translation>Удалить прогон %1 вместе с его событиями, памятью и вызовами модели? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>a run is in progress; pause or stop it first</source>
        <translation>идёт прогон; сначала приостановите или остановите его</translation>
    </message>
    <message>
        <source>“%1” cannot run yet:
%2</source>
        <translation>«%1» пока нельзя запустить:
%2</translation>
    </message>
    <message>
        <source>Run #%1 — %2</source>
        <translation>Прогон №%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Прогон не удалось начать: %1</translation>
    </message>
    <message>
        <source>Run paused: %1</source>
        <translation>Прогон приостановлен: %1</translation>
    </message>
    <message>
        <source>Run #%1 — %2 (%3)</source>
        <translation>Прогон №%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Offline engine — not a language model</source>
        <translation>Офлайн-движок — не языковая модель</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>модель по умолчанию</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running on the offline engine.&lt;/b&gt; It is deterministic and persona-aware, but it is not a language model: use it to try the studio, then configure a model for real studies.</source>
        <translation>&lt;b&gt;Работает офлайн-движок.&lt;/b&gt; Он детерминирован и учитывает персону, но это не языковая модель: используйте его, чтобы опробовать студию, а для настоящих исследований настройте модель.</translation>
    </message>
    <message>
        <source>%1 tokens%2 · %3</source>
        <translation>%1 токенов%2 · %3</translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>$0 (offline)</source>
        <translation>$0 (офлайн)</translation>
    </message>
    <message>
        <source>&amp;Start or Continue</source>
        <translation>&amp;Запустить или продолжить</translation>
    </message>
    <message>
        <source>Run S&amp;tudy…</source>
        <translation>Запустить исс&amp;ледование…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n сбой</numerusform>
            <numerusform>%n сбоя</numerusform>
            <numerusform>%n сбоев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 people · %4</source>
        <translation>%1
%2 из %3 человек · %4</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>выборка %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 · %n шаг · %2 · %3</numerusform>
            <numerusform>%1 · %n шага · %2 · %3</numerusform>
            <numerusform>%1 · %n шагов · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the Run</source>
        <translation>Продолжить прогон</translation>
    </message>
    <message>
        <source>Run this many more steps:</source>
        <translation>Выполнить ещё шагов:</translation>
    </message>
    <message>
        <source>wait for the generation to finish or cancel it</source>
        <translation>дождитесь окончания генерации или отмените её</translation>
    </message>
    <message>
        <source>a study is already running</source>
        <translation>исследование уже выполняется</translation>
    </message>
    <message>
        <source>the study %1 cannot be read</source>
        <translation>не удаётся прочитать исследование %1</translation>
    </message>
    <message>
        <source>Study &quot;%1&quot; running as run %2</source>
        <translation>Исследование «%1» выполняется как прогон %2</translation>
    </message>
    <message>
        <source>Study run %1 %2</source>
        <translation>Прогон исследования %1 %2</translation>
    </message>
    <message>
        <source>Study run %1 %2: %3</source>
        <translation>Прогон исследования %1 %2: %3</translation>
    </message>
    <message>
        <source>The study could not run: %1</source>
        <translation>Не удалось выполнить исследование: %1</translation>
    </message>
    <message>
        <source>Event %1 is not in the conversation view</source>
        <translation>Событие %1 отсутствует в представлении диалога</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Рез&amp;ультаты</translation>
    </message>
    <message>
        <source>Compare &amp;Experiment…</source>
        <translation>Сравнить &amp;эксперимент…</translation>
    </message>
    <message>
        <source>Compare with &amp;Real Data…</source>
        <translation>Сравнить с &amp;реальными данными…</translation>
    </message>
    <message>
        <source>Run %1 is not a study run: only a study&apos;s answers can be compared with a survey</source>
        <translation>Прогон %1 — не прогон исследования: с опросом можно сравнивать только ответы исследования</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>прогон %1 (%2)</translation>
    </message>
    <message>
        <source>This project holds no experiments yet. Run one first (troupe experiment run NAME --project P).</source>
        <translation>В этом проекте пока нет экспериментов. Сначала выполните эксперимент (troupe experiment run NAME --project P).</translation>
    </message>
    <message>
        <source>Compare Experiment</source>
        <translation>Сравнение эксперимента</translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation>&amp;Эксперимент:</translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot; (all its runs)</source>
        <translation>Эксперимент «%1» (все его прогоны)</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Прогон %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 (%3, %4, replicate %5)</source>
        <translation>Прогон %1: %2 (%3, %4, повтор %5)</translation>
    </message>
    <message>
        <source>This project holds no study runs yet. Run a study first (Run → Run Study…).</source>
        <translation>В этом проекте пока нет прогонов исследований. Сначала запустите исследование («Прогон → Запустить исследование…»).</translation>
    </message>
    <message>
        <source>Compare with Real Data</source>
        <translation>Сравнение с реальными данными</translation>
    </message>
    <message>
        <source>&amp;Simulated answers of:</source>
        <translation>&amp;Смоделированные ответы из:</translation>
    </message>
    <message>
        <source>#%1 fork at step %2</source>
        <translation>№%1 ответвление на шаге %2</translation>
    </message>
    <message>
        <source>fork at step %1 · %2</source>
        <translation>ответвление на шаге %1 · %2</translation>
    </message>
    <message>
        <source>%1
Forked from run %2 at step %3
%4</source>
        <translation>%1
Ответвление от прогона %2 на шаге %3
%4</translation>
    </message>
    <message>
        <source>Run #%1 — %2 (study)</source>
        <translation>Прогон №%1 — %2 (исследование)</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Эксперимент</translation>
    </message>
    <message>
        <source>New E&amp;xperiment</source>
        <translation>Новый экспе&amp;римент</translation>
    </message>
    <message>
        <source>New Experiment &amp;from Bundled</source>
        <translation>Новый эксперимент из вс&amp;троенного</translation>
    </message>
    <message>
        <source>Run E&amp;xperiment…</source>
        <translation>Запустить &amp;эксперимент…</translation>
    </message>
    <message>
        <source>#%1 %2 · replicate %3</source>
        <translation>№%1 %2 · повтор %3</translation>
    </message>
    <message>
        <source>Run %1 of %2: arm %3, replicate %4</source>
        <translation>Прогон %1 эксперимента %2: группа %3, повтор %4</translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation>Выполнено прогонов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n arm(s) × %2 replicate(s)</source>
        <translation>
            <numerusform>%1
%n группа × повторов: %2</numerusform>
            <numerusform>%1
%n группы × повторов: %2</numerusform>
            <numerusform>%1
%n групп × повторов: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation>Новый эксперимент</translation>
    </message>
    <message>
        <source>the bundled experiment %1 cannot be read</source>
        <translation>не удаётся прочитать встроенный эксперимент %1</translation>
    </message>
    <message>
        <source>a new experiment cannot be made</source>
        <translation>не удаётся создать новый эксперимент</translation>
    </message>
    <message>
        <source>New experiment %1</source>
        <translation>Новый эксперимент %1</translation>
    </message>
    <message>
        <source>stop the experiment before deleting it</source>
        <translation>остановите эксперимент, прежде чем удалять его</translation>
    </message>
    <message>
        <source>the project has no experiment called &quot;%1&quot;</source>
        <translation>в проекте нет эксперимента «%1»</translation>
    </message>
    <message>
        <source>Delete Experiment</source>
        <translation>Удалить эксперимент</translation>
    </message>
    <message>
        <source>Delete the experiment &quot;%1&quot;? Its runs stay in the project, listed among the runs.</source>
        <translation>Удалить эксперимент «%1»? Его прогоны останутся в проекте, в списке прогонов.</translation>
    </message>
    <message>
        <source>Delete experiment %1</source>
        <translation>Удалить эксперимент %1</translation>
    </message>
    <message>
        <source>the project has no experiment yet: make one with File &gt; New Experiment</source>
        <translation>в проекте ещё нет экспериментов: создайте его через «Файл &gt; Новый эксперимент»</translation>
    </message>
    <message>
        <source>Run Experiment</source>
        <translation>Запуск эксперимента</translation>
    </message>
    <message>
        <source>Runs every arm in every replicate with the engine chosen in Settings. Jobs already finished are not run again, so this also continues a stopped experiment.</source>
        <translation>Выполняет каждую группу в каждом повторе на движке, выбранном в настройках. Уже завершённые задания повторно не выполняются, поэтому так можно продолжить и остановленный эксперимент.</translation>
    </message>
    <message>
        <source>the experiment &quot;%1&quot; is running; stop it first</source>
        <translation>эксперимент «%1» выполняется; сначала остановите его</translation>
    </message>
    <message>
        <source>the experiment %1 cannot be read</source>
        <translation>не удаётся прочитать эксперимент %1</translation>
    </message>
    <message>
        <source>The experiment &quot;%1&quot; cannot run: %2</source>
        <translation>Эксперимент «%1» нельзя запустить: %2</translation>
    </message>
    <message numerus="yes">
        <source>Experiment &quot;%1&quot; stopped; %n job(s) did not finish</source>
        <translation>
            <numerusform>Эксперимент «%1» остановлен; не завершено %n задание</numerusform>
            <numerusform>Эксперимент «%1» остановлен; не завершено %n задания</numerusform>
            <numerusform>Эксперимент «%1» остановлен; не завершено %n заданий</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot;: every job done</source>
        <translation>Эксперимент «%1»: все задания выполнены</translation>
    </message>
    <message>
        <source>The experiment could not run: %1</source>
        <translation>Не удалось выполнить эксперимент: %1</translation>
    </message>
    <message>
        <source>populations cannot be duplicated; make a new one</source>
        <translation>популяции не дублируются; создайте новую</translation>
    </message>
    <message>
        <source>Forked run %1 at step %2</source>
        <translation>Создано ответвление прогона %1 на шаге %2</translation>
    </message>
    <message>
        <source>fork of run %1 at step %2 · %3</source>
        <translation>ответвление прогона %1 на шаге %2 · %3</translation>
    </message>
    <message>
        <source>stop the study or experiment that is running before deleting a run</source>
        <translation>остановите идущее исследование или эксперимент, прежде чем удалять прогон</translation>
    </message>
</context>
<context>
    <name>troupe::PersonaEditor</name>
    <message>
        <source>Apply Fragment</source>
        <translation>Применить фрагмент</translation>
    </message>
    <message>
        <source>Remove Fragment</source>
        <translation>Убрать фрагмент</translation>
    </message>
    <message>
        <source>Talk to This Persona…</source>
        <translation>Поговорить с этой персоной…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Persona JSON</source>
        <translation>JSON персоны</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Правка %1</translation>
    </message>
    <message>
        <source>Fragment: %1</source>
        <translation>Фрагмент: %1</translation>
    </message>
    <message>
        <source>changing an agent into a fragment (or back) is not an edit; create a new one instead</source>
        <translation>превратить агента во фрагмент (или обратно) правкой нельзя; создайте новый</translation>
    </message>
    <message>
        <source>Edit JSON of %1</source>
        <translation>Правка JSON персоны %1</translation>
    </message>
    <message>
        <source>Cannot apply %1 to %2: %3</source>
        <translation>Не удаётся применить %1 к %2: %3</translation>
    </message>
    <message>
        <source>Apply fragment %1</source>
        <translation>Применить фрагмент %1</translation>
    </message>
    <message>
        <source>Remove fragment %1</source>
        <translation>Убрать фрагмент %1</translation>
    </message>
</context>
<context>
    <name>troupe::PersonaForm</name>
    <message>
        <source>One item per line</source>
        <translation>По одному пункту в строке</translation>
    </message>
    <message>
        <source>this field holds JSON; the text is not valid JSON</source>
        <translation>в этом поле JSON; текст — не корректный JSON</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>(нет уровня)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
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
    <name>troupe::PopulationBuilder</name>
    <message>
        <source>Get Dimensions</source>
        <translation>Получить измерения</translation>
    </message>
    <message>
        <source>Draw Plan</source>
        <translation>Составить план</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Сгенерировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Context in words</source>
        <translation>Контекст словами</translation>
    </message>
    <message>
        <source>Population description</source>
        <translation>Описание популяции</translation>
    </message>
    <message>
        <source>Adults in Lagos who commute by bus</source>
        <translation>Взрослые жители Лагоса, которые ездят на работу на автобусе</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Extra dimensions, e.g. culinary tastes: from traditional to modern, from spicy to mild</source>
        <translation>Дополнительные измерения, например кулинарные вкусы: от традиционных до современных, от острого до мягкого</translation>
    </message>
    <message>
        <source>Extra dimensions</source>
        <translation>Дополнительные измерения</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Population name</source>
        <translation>Название популяции</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation>Добавить значение</translation>
    </message>
    <message>
        <source>Add Dimension</source>
        <translation>Добавить измерение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Population Description</source>
        <translation>Описание популяции</translation>
    </message>
    <message>
        <source>Population descriptions (*.json)</source>
        <translation>Описания популяций (*.json)</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Контекст:</translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation>Дополнительно:</translation>
    </message>
    <message>
        <source>Dimensions (edit before anything is spent)</source>
        <translation>Измерения (правьте до того, как что-либо потрачено)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Измерение %1</translation>
    </message>
    <message>
        <source>Get dimensions</source>
        <translation>Получить измерения</translation>
    </message>
    <message numerus="yes">
        <source>%n dimension(s). Edit them, then draw the plan.</source>
        <translation>
            <numerusform>%n измерение. Отредактируйте его, затем составьте план.</numerusform>
            <numerusform>%n измерения. Отредактируйте их, затем составьте план.</numerusform>
            <numerusform>%n измерений. Отредактируйте их, затем составьте план.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 из %2 человек</translation>
    </message>
    <message>
        <source>Type who the population is, or choose a description.</source>
        <translation>Опишите, кто входит в популяцию, или выберите описание.</translation>
    </message>
    <message>
        <source>Choose a description file.</source>
        <translation>Выберите файл описания.</translation>
    </message>
    <message>
        <source>Asking for dimensions…</source>
        <translation>Запрос измерений…</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Точно</translation>
    </message>
    <message>
        <source>Before you generate: %1</source>
        <translation>Перед генерацией: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) drawn with seed %1.</source>
        <translation>
            <numerusform>Составлена %n выборка с зерном %1.</numerusform>
            <numerusform>Составлено %n выборки с зерном %1.</numerusform>
            <numerusform>Составлено %n выборок с зерном %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the population a name.</source>
        <translation>Задайте название популяции.</translation>
    </message>
    <message>
        <source>offline engine — not a language model</source>
        <translation>офлайн-движок — не языковая модель</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Генерация %1…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 people generated, %4 failed</source>
        <translation>%1: сгенерировано %2 из %3 человек, сбоев: %4</translation>
    </message>
    <message>
        <source>, %1 not started (%2)</source>
        <translation>, не начато: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>troupe::PopulationProfileView</name>
    <message>
        <source>Requested and generated shares</source>
        <translation>Запрошенные и полученные доли</translation>
    </message>
    <message>
        <source>Age histogram</source>
        <translation>Гистограмма возрастов</translation>
    </message>
    <message>
        <source>Big Five spread</source>
        <translation>Разброс «Большой пятёрки»</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Популяция</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Популяция:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Измерение:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1: requested and generated share (%)</source>
        <translation>%1: запрошенная и полученная доля (%)</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возрасты</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>Big Five of %1</source>
        <translation>«Большая пятёрка» для %1</translation>
    </message>
    <message>
        <source>A agreeableness, C conscientiousness, E extraversion, N neuroticism, O openness</source>
        <translation>A — доброжелательность, C — добросовестность, E — экстраверсия, N — нейротизм, O — открытость опыту</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
</context>
<context>
    <name>troupe::ProjectController</name>
    <message>
        <source>no project is open</source>
        <translation>проект не открыт</translation>
    </message>
    <message>
        <source>name: the project already has an experiment called &quot;%1&quot;</source>
        <translation>name: в проекте уже есть эксперимент «%1»</translation>
    </message>
    <message>
        <source>name: runs of an earlier experiment called &quot;%1&quot; are in the project; choose another name</source>
        <translation>name: в проекте есть прогоны более раннего эксперимента «%1»; выберите другое имя</translation>
    </message>
    <message numerus="yes">
        <source>the experiment &quot;%1&quot; has %n run(s), made from its definition as it is; edit a copy to change it</source>
        <translation>
            <numerusform>у эксперимента «%1» есть %n прогон, выполненный по его текущему определению; чтобы внести изменения, измените копию</numerusform>
            <numerusform>у эксперимента «%1» есть %n прогона, выполненных по его текущему определению; чтобы внести изменения, измените копию</numerusform>
            <numerusform>у эксперимента «%1» есть %n прогонов, выполненных по его текущему определению; чтобы внести изменения, измените копию</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>troupe::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation>Обозреватель проекта</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Talk to This Persona…</source>
        <translation>Поговорить с этой персоной…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue for More Steps…</source>
        <translation>Продолжить ещё на несколько шагов…</translation>
    </message>
    <message>
        <source>New Population…</source>
        <translation>Новая популяция…</translation>
    </message>
    <message>
        <source>Delete Population and Its People</source>
        <translation>Удалить популяцию и её людей</translation>
    </message>
    <message>
        <source>Fork…</source>
        <translation>Создать ответвление…</translation>
    </message>
    <message>
        <source>Extract Results…</source>
        <translation>Извлечь результаты…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Run / Continue</source>
        <translation>Запустить / продолжить</translation>
    </message>
    <message>
        <source>Compare Arms</source>
        <translation>Сравнить группы</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation>Новый эксперимент</translation>
    </message>
    <message>
        <source>New from Bundled %1</source>
        <translation>Новый из встроенного %1</translation>
    </message>
</context>
<context>
    <name>troupe::ProjectTreeModel</name>
    <message>
        <source>Personas (%1)</source>
        <translation>Персоны (%1)</translation>
    </message>
    <message>
        <source>Fragments (%1)</source>
        <translation>Фрагменты (%1)</translation>
    </message>
    <message>
        <source>Scenarios (%1)</source>
        <translation>Сценарии (%1)</translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation>Прогоны (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Populations (%1)</source>
        <translation>Популяции (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiments (%1)</source>
        <translation>Эксперименты (%1)</translation>
    </message>
</context>
<context>
    <name>troupe::RelationsGraph</name>
    <message>
        <source>Social network graph</source>
        <translation>Граф социальной сети</translation>
    </message>
</context>
<context>
    <name>troupe::ReplayBar</name>
    <message>
        <source>Replay the run from where the slider is (Space)</source>
        <translation>Воспроизвести прогон с позиции ползунка (Пробел)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Drag to show the run up to a step</source>
        <translation>Перетащите, чтобы показать прогон до нужного шага</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Loading %1 of %2 events…</source>
        <translation>Загрузка событий: %1 из %2…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Шагов пока нет</translation>
    </message>
</context>
<context>
    <name>troupe::ResultsPanel</name>
    <message>
        <source>Export Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Экспорт в HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a run in the project explorer to see its results.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите прогон в обозревателе проекта, чтобы увидеть его результаты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>select a run first</source>
        <translation>сначала выберите прогон</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>Экспорт в ODT…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who talked to whom&lt;/b&gt; — rows speak to columns; hover a column for the name</source>
        <translation>&lt;b&gt;Кто с кем говорил&lt;/b&gt; — строки обращаются к столбцам; наведите на столбец, чтобы увидеть имя</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Прогон</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Прогон %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Actions by type</source>
        <translation>Действия по типам</translation>
    </message>
    <message>
        <source>Who talked to whom</source>
        <translation>Кто с кем говорил</translation>
    </message>
    <message>
        <source>Nobody talked in this run.</source>
        <translation>В этом прогоне никто не говорил.</translation>
    </message>
    <message>
        <source>the study results of run %1 cannot be shown: %2</source>
        <translation>не удаётся показать результаты исследования для прогона %1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>troupe::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Run the remaining steps (F5)</source>
        <translation>Выполнить оставшиеся шаги (F5)</translation>
    </message>
    <message>
        <source>Pause after the step in progress</source>
        <translation>Приостановить после текущего шага</translation>
    </message>
    <message>
        <source>Run one step (F10)</source>
        <translation>Выполнить один шаг (F10)</translation>
    </message>
    <message>
        <source>Stop now; calls in flight are cancelled and the run can be resumed later</source>
        <translation>Остановить сейчас: выполняемые вызовы отменяются, прогон можно продолжить позже</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Нет прогона</translation>
    </message>
    <message>
        <source>Press Run to start “%1”.</source>
        <translation>Нажмите «Запуск», чтобы начать «%1».</translation>
    </message>
    <message>
        <source>Select a scenario to run it.</source>
        <translation>Выберите сценарий, чтобы запустить его.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>прошло %1</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · осталось около %1</translation>
    </message>
    <message>
        <source>no cost (offline engine)</source>
        <translation>бесплатно (офлайн-движок)</translation>
    </message>
    <message>
        <source> + unpriced calls</source>
        <translation> + вызовы без цены</translation>
    </message>
    <message>
        <source>%1 · %2 tokens%3 · %4 · %5 calls, %6 from the cache</source>
        <translation>%1 · %2 токенов%3 · %4 · вызовов: %5, из кэша: %6</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>Preparing the run (checking the model server)…</source>
        <translation>Подготовка прогона (проверяем сервер модели)…</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Готово к запуску.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Приостановлено.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Приостановлено: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Завершено.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Не удалось запустить: %1</translation>
    </message>
    <message>
        <source> s/step</source>
        <translation> с/шаг</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>полная скорость</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>The least time a step takes, so a run can be watched as it happens</source>
        <translation>Минимальная длительность шага, чтобы за прогоном можно было следить в реальном времени</translation>
    </message>
</context>
<context>
    <name>troupe::ScenarioEditor</name>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Everyone can talk to everyone</source>
        <translation>Все могут говорить со всеми</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Between (comma-separated)</source>
        <translation>Между (через запятую)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Studio setting</source>
        <translation>Как в настройках студии</translation>
    </message>
    <message>
        <source>the provider&apos;s default</source>
        <translation>по умолчанию у провайдера</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Добавить персону</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Who can reach whom</source>
        <translation>Кто к кому может обратиться</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>Добавить отношение</translation>
    </message>
    <message>
        <source>Run This Scenario</source>
        <translation>Запустить этот сценарий</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>knows</source>
        <translation>знакомы</translation>
    </message>
    <message>
        <source>name: a scenario needs a name</source>
        <translation>имя: у сценария должно быть имя</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Правка сценария %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Добавить %1 в %2</translation>
    </message>
    <message>
        <source>Each step</source>
        <translation>Каждый шаг</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Script and interventions</source>
        <translation>Скрипт и вмешательства</translation>
    </message>
    <message>
        <source>Engine for runs of this scenario</source>
        <translation>Движок для прогонов этого сценария</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Population %1: everyone (%2)</source>
        <translation>Популяция %1: все (%2)</translation>
    </message>
    <message>
        <source>Population %1: 20 of them (seed 1)</source>
        <translation>Популяция %1: 20 человек (зерно 1)</translation>
    </message>
</context>
<context>
    <name>troupe::ScriptEditor</name>
    <message>
        <source>(a fragment written in the JSON)</source>
        <translation>(фрагмент, записанный в JSON)</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Сказать</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Мысль</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Apply fragment</source>
        <translation>Применить фрагмент</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>С шага</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Однократно</translation>
    </message>
    <message>
        <source>When someone says</source>
        <translation>Когда кто-то говорит</translation>
    </message>
    <message>
        <source>When the model judges that</source>
        <translation>Когда модель решает, что</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Script events</source>
        <translation>События скрипта</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Вмешательства</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Эффекты</translation>
    </message>
    <message>
        <source>Who hears it, comma-separated; empty: everyone</source>
        <translation>Кто это слышит, через запятую; пусто — все</translation>
    </message>
    <message>
        <source>Who it acts on, comma-separated; empty: everyone</source>
        <translation>На кого это действует, через запятую; пусто — на всех</translation>
    </message>
    <message>
        <source>Fires once anyone says this phrase</source>
        <translation>Срабатывает, как только кто-либо произнесёт эту фразу</translation>
    </message>
    <message>
        <source>Fires when the model judges this true of the recent conversation</source>
        <translation>Срабатывает, когда модель сочтёт это верным для недавнего разговора</translation>
    </message>
    <message>
        <source>Select a row to see and edit its text</source>
        <translation>Выберите строку, чтобы просмотреть и изменить её текст</translation>
    </message>
    <message>
        <source>Text of the selected event</source>
        <translation>Текст выбранного события</translation>
    </message>
    <message>
        <source>Text of the selected effect</source>
        <translation>Текст выбранного эффекта</translation>
    </message>
    <message>
        <source>Script and interventions as JSON</source>
        <translation>Скрипт и вмешательства в виде JSON</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>Add Intervention</source>
        <translation>Добавить вмешательство</translation>
    </message>
    <message>
        <source>Remove Intervention</source>
        <translation>Удалить вмешательство</translation>
    </message>
    <message>
        <source>Add Effect</source>
        <translation>Добавить эффект</translation>
    </message>
    <message>
        <source>Remove Effect</source>
        <translation>Удалить эффект</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>Advanced (JSON)</source>
        <translation>Расширенный (JSON)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>intervention %1</source>
        <translation>вмешательство %1</translation>
    </message>
    <message>
        <source>What “%1” does to its targets when it fires:</source>
        <translation>Что «%1» делает со своими целями при срабатывании:</translation>
    </message>
    <message>
        <source>Add an intervention to make the world react to what is said.</source>
        <translation>Добавьте вмешательство, чтобы мир реагировал на сказанное.</translation>
    </message>
    <message>
        <source>The JSON cannot be used (%1); the tables keep the last valid script.</source>
        <translation>Этот JSON нельзя использовать (%1); в таблицах остаётся последний корректный скрипт.</translation>
    </message>
</context>
<context>
    <name>troupe::SettingsDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Fetch Models</source>
        <translation>Получить список моделей</translation>
    </message>
    <message>
        <source>Model Settings</source>
        <translation>Настройки модели</translation>
    </message>
    <message>
        <source>Offline engine (not a language model)</source>
        <translation>Офлайн-движок (не языковая модель)</translation>
    </message>
    <message>
        <source>config.ini default</source>
        <translation>как в config.ini</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Вызовов одновременно</translation>
    </message>
    <message>
        <source>https://YOUR-RESOURCE.openai.azure.com</source>
        <translation>https://ВАШ-РЕСУРС.openai.azure.com</translation>
    </message>
    <message>
        <source>The offline engine runs on this computer: deterministic, persona-aware, and not a language model.</source>
        <translation>Офлайн-движок работает на этом компьютере: детерминированный, учитывает персону, но это не языковая модель.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable by you only), never in a project.</source>
        <translation>Хранится в %1 (доступен только вам), никогда — в проекте.</translation>
    </message>
    <message>
        <source>Local servers usually need no key.</source>
        <translation>Локальным серверам ключ обычно не нужен.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Ключ не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms. Structured output: %3.</source>
        <translation>Соединение есть: %1 ответила за %2 мс. Структурный вывод: %3.</translation>
    </message>
    <message>
        <source>Cannot use this server: %1</source>
        <translation>Этот сервер нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Запрашиваем у сервера список моделей…</translation>
    </message>
    <message>
        <source>No model list: %1</source>
        <translation>Нет списка моделей: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>Доступна %n модель.</numerusform>
            <numerusform>Доступны %n модели.</numerusform>
            <numerusform>Доступно %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is set in the environment; it is used instead of a key saved here.</source>
        <translation>%1 задана в окружении и используется вместо ключа, сохранённого здесь.</translation>
    </message>
    <message>
        <source>No API key yet: type your %1 key in the API key field above (or set %2 before starting the studio).</source>
        <translation>Ключа API пока нет: введите ключ %1 в поле «Ключ API» выше (или задайте %2 перед запуском студии).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The model list could not be fetched: %1 (type the model&apos;s name, or press Fetch Models once the server is reachable)</source>
        <translation>Не удалось получить список моделей: %1 (введите название модели или нажмите «Получить модели», когда сервер станет доступен)</translation>
    </message>
</context>
<context>
    <name>troupe::StudyResultsPanel</name>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Crosstab</source>
        <translation>Таблица сопряжённости</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Вопро&amp;с:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Своими словами</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Click a quote (or press Enter) to see it in the conversation</source>
        <translation>Щёлкните цитату (или нажмите Enter), чтобы увидеть её в диалоге</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Отсутствующие ответы</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — respondents: %2. &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — респонденты: %2. &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This run is not a study run.</source>
        <translation>Этот прогон не является прогоном исследования.</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Все вопросы</translation>
    </message>
    <message>
        <source>Missing answers (%1)</source>
        <translation>Отсутствующие ответы (%1)</translation>
    </message>
    <message>
        <source>%1: Borda %2</source>
        <translation>%1: Борда %2</translation>
    </message>
    <message>
        <source>This question has no categories to count yet (open answers need labels).</source>
        <translation>У этого вопроса пока нет категорий для подсчёта (открытым ответам нужны метки).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>No respondent who answered has the attribute &quot;%1&quot;.</source>
        <translation>Ни у одного ответившего респондента нет атрибута «%1».</translation>
    </message>
    <message>
        <source>E&amp;xtract Results…</source>
        <translation>&amp;Извлечь результаты…</translation>
    </message>
    <message>
        <source>Extract fields from this run again with another objective, without running it again</source>
        <translation>Извлечь поля из этого прогона заново с другой целью, не выполняя его повторно</translation>
    </message>
</context>
<context>
    <name>troupe::StudyRunDialog</name>
    <message>
        <source>Run Study</source>
        <translation>Запуск исследования</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (проект)</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (встроенное)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Прогон</translation>
    </message>
    <message>
        <source>The study runs with the engine chosen in Settings. Its answers appear in the results as they arrive.</source>
        <translation>Исследование выполняется на движке, выбранном в настройках. Ответы появляются в результатах по мере поступления.</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>&amp;Исследование:</translation>
    </message>
</context>
<context>
    <name>troupe::StudyWorker</name>
    <message>
        <source>stopped in the studio</source>
        <translation>остановлено в студии</translation>
    </message>
</context>
<context>
    <name>troupe::TalkDialog</name>
    <message>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <source>Talk to %1</source>
        <translation>Разговор с %1</translation>
    </message>
    <message>
        <source>Ask %1 something…</source>
        <translation>Спросите %1 о чём-нибудь…</translation>
    </message>
    <message>
        <source>Answers come from %1. Nothing here is saved in the project&apos;s runs.</source>
        <translation>Отвечает %1. Ничего отсюда не сохраняется в прогонах проекта.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Нет ответа: %1</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>troupe::TalkMatrix</name>
    <message>
        <source>How often each speaker (row) talked to each listener (column)</source>
        <translation>Сколько раз каждый говорящий (строка) обращался к каждому слушателю (столбец)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n time(s)</source>
        <translation>
            <numerusform>%1 → %2: %n раз</numerusform>
            <numerusform>%1 → %2: %n раза</numerusform>
            <numerusform>%1 → %2: %n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>troupe::llm::CallScheduler</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
</TS>
