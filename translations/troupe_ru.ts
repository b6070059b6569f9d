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
  llm check [--provider P] [--base-url URL] [--model M]
                                      one tiny request: model, latency, JSON mode
  llm models [--provider P] [--base-url URL]
                                      the models the server offers

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
  run СЦЕНАРИЙ [--steps N] [--seed S] [--project P] [--json]
                                      запустить файл сценария или встроенный сценарий
                                      (focus_group, customer_interview, ad_evaluation)
  run --resume last --project P       продолжить остановленный или приостановленный прогон
      [--provider P] [--base-url URL] [--model M] [--budget USD] [--no-cache]
  llm check [--provider P] [--base-url URL] [--model M]
                                      один маленький запрос: модель, задержка, режим JSON
  llm models [--provider P] [--base-url URL]
                                      модели, которые предлагает сервер

Параметры:
  -h, --help      справка (также после любой команды)
  -v, --version   версия

Код выхода: 0 — успех, 1 — ошибка (причина в stderr), 2 — неверный вызов.</translation>
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
        <source>the reply is not valid JSON (%1)</source>
        <translation>the reply is not valid JSON (%1)</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
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
        <source>outside voice</source>
        <translation>голос извне</translation>
    </message>
    <message>
        <source>%1 thinks: %2</source>
        <translation>%1 думает: %2</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Steps to run (default: the scenario&apos;s).</source>
        <translation>Сколько шагов выполнить (по умолчанию — как в сценарии).</translation>
    </message>
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
        <source>Model provider: %1 (default: config.ini API_TYPE).</source>
        <translation>Провайдер модели: %1 (по умолчанию API_TYPE из config.ini).</translation>
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
        <source>Continue a stored run of --project (&quot;last&quot; or its id) instead of starting one.</source>
        <translation>Продолжить сохранённый в --project прогон («last» или его номер) вместо нового.</translation>
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
        <source>%1 cannot be used: %2</source>
        <translation>%1 нельзя использовать: %2</translation>
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
        <source>run %1 already ran all %2 steps of its scenario; give --steps to run it further</source>
        <translation>прогон %1 уже выполнил все %2 шагов сценария; укажите --steps, чтобы продолжить</translation>
    </message>
    <message>
        <source>resuming run %1 (&quot;%2&quot;) after step %3</source>
        <translation>продолжаем прогон %1 («%2») после шага %3</translation>
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
        <source>%1 cannot be used: %2</source>
        <translation>%1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>nothing to run: choose a scenario or a stored run</source>
        <translation>запускать нечего: выберите сценарий или сохранённый прогон</translation>
    </message>
    <message>
        <source>paused after step %1</source>
        <translation>приостановлено после шага %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation>в %1 нет прогона %2</translation>
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
        <source>scenario &quot;%1&quot; is damaged in the project: %2</source>
        <translation>сценарий «%1» в проекте повреждён: %2</translation>
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
    <name>World</name>
    <message>
        <source>the reply is JSON but not an object</source>
        <translation>the reply is JSON but not an object</translation>
    </message>
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
        <source>no &quot;holds&quot; in the reply</source>
        <translation>в ответе нет «holds»</translation>
    </message>
    <message>
        <source>embedding for %1&apos;s memory search failed: %2</source>
        <translation>не удалось получить эмбеддинг для поиска в памяти %1: %2</translation>
    </message>
    <message>
        <source>Nothing comes to mind about &quot;%1&quot;.</source>
        <translation>Nothing comes to mind about &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You recall about &quot;%1&quot;: %2</source>
        <translation>You recall about &quot;%1&quot;: %2</translation>
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
        <source>I said</source>
        <translation>I said</translation>
    </message>
    <message>
        <source>Episode at %1 (%2): %3</source>
        <translation>Episode at %1 (%2): %3</translation>
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
        <source>The world</source>
        <translation>Мир</translation>
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
</context>
<context>
    <name>troupe::EpisodicModel</name>
    <message>
        <source>In the prompt window of the next turn</source>
        <translation>В окне промпта следующего хода</translation>
    </message>
    <message>
        <source>Remembered, but outside the prompt window</source>
        <translation>Запомнено, но вне окна промпта</translation>
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
        <source>Time</source>
        <translation>Время</translation>
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
        <source>%1 items remembered by the end of step %2; the %3 marked ● are in the prompt window (the first %4 and the last %5), the rest are left out of the prompt.</source>
        <translation>К концу шага %2 запомнено элементов: %1; %3, отмеченные ●, попадают в окно промпта (первые %4 и последние %5), остальные в промпт не входят.</translation>
    </message>
    <message>
        <source>No semantic memory yet: engrams are made when memory is consolidated.</source>
        <translation>Семантической памяти пока нет: энграммы появляются при консолидации памяти.</translation>
    </message>
    <message>
        <source>%1 engrams by step %2.</source>
        <translation>Энграмм к шагу %2: %1.</translation>
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
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n шаг</numerusform>
            <numerusform>%1 · %n шага</numerusform>
            <numerusform>%1 · %n шагов</numerusform>
        </translation>
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
    <name>troupe::ProjectController</name>
    <message>
        <source>no project is open</source>
        <translation>проект не открыт</translation>
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
</context>
<context>
    <name>troupe::RelationsGraph</name>
    <message>
        <source>Social network graph</source>
        <translation>Граф социальной сети</translation>
    </message>
</context>
<context>
    <name>troupe::ResultsPanel</name>
    <message>
        <source>How often each speaker (row) talked to each listener (column)</source>
        <translation>Сколько раз каждый говорящий (строка) обращался к каждому слушателю (столбец)</translation>
    </message>
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
    <message>
        <source>Who talked to whom (matrix)</source>
        <translation>Кто с кем говорил (матрица)</translation>
    </message>
    <message>
        <source>select a run first</source>
        <translation>сначала выберите прогон</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
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
        <source>{&quot;script&quot;: [...], &quot;interventions&quot;: [...]} as in the scenario file format</source>
        <translation>{&quot;script&quot;: [...], &quot;interventions&quot;: [...]} в формате файла сценария</translation>
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
        <source>every</source>
        <translation>каждые</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>шагов</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
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
        <source>Script and interventions (JSON)</source>
        <translation>Сценарий событий и вмешательства (JSON)</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Движок</translation>
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
        <source>the script is not valid JSON (%1); the last valid script is kept</source>
        <translation>сценарий событий — не корректный JSON (%1); сохранён последний корректный вариант</translation>
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
    <name>troupe::llm::CallScheduler</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
</TS>
