<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Agent</name>
    <message>
        <source>You are now at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tried %1 actions in one turn; only the first %2 were kept. Take fewer, more considered actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tried to %1 yourself; that does nothing. Address someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach out to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were about to repeat your previous %1 (&quot;%2&quot;). Your turn ended there: say something new next time, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments (see troupe %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command (see troupe --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent (.agent.json) or fragment (.fragment.json) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks agent and fragment files; prints one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or fragment files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports agents and fragments into a project (created when missing). Nothing is imported unless every file is valid; a persona with the same name is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: fix the files above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the agents and fragments of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona or fragment to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a persona as a TinyTroupe .agent.json (or a fragment as .fragment.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: troupe persona &lt;validate|import|list|export&gt; [options]

  validate FILE...                      check agent and fragment files
  import FILE... --project P.troupe     import them into a project
  list --project P.troupe [--json]      list a project&apos;s agents and fragments
  export NAME --project P.troupe [-o OUT.agent.json]
                                        write one back as TinyTroupe JSON

Run troupe persona &lt;verb&gt; --help for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (validate, import, list, export)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a network provider (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.ini BASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint for Azure OpenAI: set AZURE_OPENAI_ENDPOINT (https://NAME.openai.azure.com) or BASE_URL in config.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your key file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key for %1: set %2, or save one in the studio&apos;s model settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model: set MODEL in config.ini or give --model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.ini STRUCTURED_OUTPUT: expected auto, json_schema, json_object or prompt, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FragmentMerge</name>
    <message>
        <source>%1: the fragment says %2 but the persona says %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRepair</name>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a code fence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply contains no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed text around the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed text before the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed trailing commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed a reply that was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was cut off and nothing complete could be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmCommand</name>
    <message>
        <source>Provider: %1 (default: config.ini API_TYPE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL (OpenAI-compatible servers usually end in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to try (default: config.ini MODEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default: config.ini TIMEOUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: expected a whole number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to check; it runs inside troupe. Choose a model server with --provider (%2) or API_TYPE in config.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one tiny request to the model server and reports the model, the latency and which structured-output mode works, or why it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:          %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:             %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server calls it %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:           %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: ready for runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the models the server offers (GET /models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;check&quot; or &quot;models&quot; (see troupe --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineEngine</name>
    <message>
        <source>Right now what I want is this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a point about %2. I&apos;ll listen for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening to the others about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1... I can already see %2 coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — that connects with something I care about: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I feel about %1? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need to think about %1 before I answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll be direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here&apos;s my view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me put it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have thought about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A considered answer, then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well, well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha, okay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funny you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honestly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hmm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For me it&apos;s simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me think out loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d pick %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It promises no %1, and that matters to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It speaks to me: %1 matters to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost me: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did nothing for me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why I chose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I hear %1 on %2, but I&apos;m less convinced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could actually work for me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I like the sound of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is something I&apos;d try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I care about %1, and this fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It suits me: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not sold on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes me wary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have doubts about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — that is exactly what puts me off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have to understand, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m in two minds about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I like %1, but I can&apos;t stand %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would need to know more before I decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I believe %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, I&apos;d judge it by whether it fits a normal working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my work as %1, things like this live or die on trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming from my job as %1, I&apos;d want to see it in practice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, what would it cost per month, all in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it really for, %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has anyone here actually tried something like it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to %1 when things go wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could we talk after this? I&apos;d like to hear more about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested, a little nervous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uneasy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sceptical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoughtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what %1 said about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give my honest view on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 key words of the condition appear in recent events (offline engine — not a language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline engine — not a language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline engine cannot answer &quot;%1&quot; requests; configure a language model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiProtocol</name>
    <message>
        <source>the server&apos;s reply is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply has no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply has no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a streamed chunk is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s embeddings reply is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s embeddings reply has a bad item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned %1 embeddings for %2 texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <source>the stream ended without any reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an unreadable reply %2 times: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was withheld by %1&apos;s content filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no embedding model: set EMBEDDING_MODEL in config.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted but the reply was not the JSON asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model did not answer with JSON even when asked in the prompt; turns will rely on repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server lists no models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout: %2 s to connect, %3 s per request)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the server &quot;%1&quot; (DNS lookup failed); check the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is listening at %1:%2 (connection refused); is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error talking to %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key (401%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied access (403): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not available at %2 (404): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing at %1 (404); check the base URL (OpenAI-compatible servers usually end in /v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rate limiting (429)%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — it asks to wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by %1&apos;s content filter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2)%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaDocument</name>
    <message>
        <source>fragment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaParser</name>
    <message>
        <source>unnamed fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaStore</name>
    <message>
        <source>cannot save %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona or fragment named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>%1: [Prices] %2: expected &quot;input, output[, cached input]&quot; in dollars per million tokens, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 is not a Troupe Studio project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Troupe Studio project (it is an SQLite database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Troupe Studio (project schema %2; this version reads up to %3). Update Troupe Studio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade %1 to project schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>&quot;%1&quot; looks like a secret; secrets are kept in your user settings, never in a project file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt, %2 completion%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated by the offline engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (some models have no price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talked to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker → listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thinks: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Steps to run (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (default: the scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the run in this project file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider: %1 (default: config.ini API_TYPE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL for OpenAI-compatible providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for agents without their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per event per line on stdout; the summary goes to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colours, even on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stored run of --project (&quot;last&quot; or its id) instead of starting one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the run once its model calls cost this many US dollars (default: config.ini RUN_BUDGET_USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a model call may take (default: config.ini TIMEOUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer repeated calls from the project&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the server to stream replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario file, or a bundled scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a scenario and prints the conversation as it happens. Ctrl-C stops after the current step, with everything saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs --project, the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number above 0, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is not known (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no runs to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 already ran all %2 steps of its scenario; give --steps to run it further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming run %1 (&quot;%2&quot;) after step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has errors; nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents · %2 steps · seed %3 · %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling the calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with Ctrl-C during step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping after this step (everything so far is saved); Ctrl-C again to cancel calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls: %1 (%2 failed), embedding calls: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 prompt, %2 completion%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries: %1 (the server was slow or failing; see llm_calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 hits, %2 misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of a $%1 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + unknown for %1 calls (no [Prices] entry for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1 (run %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run paused: %1. Fix the cause and continue with --resume %2 --project %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPrinter</name>
    <message>
        <source>── step %1 · %2 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thinks): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reaches out to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(world)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[shown by %1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 → %2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (note to %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!! %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunResume</name>
    <message>
        <source>run %1 has no scenario stored; it cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>stopped; the run can be resumed from the run list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run: choose a scenario or a stored run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused after step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>cannot find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fragment, not an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an agent, not a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intervention&apos;s effects go to its targets; use &quot;targets&quot; on the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot; in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;fragment&quot; step needs &quot;file&quot; (a .fragment.json) or an inline &quot;fragment&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;content&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;file&quot; (an .agent.json) or an inline &quot;spec&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a fragment, not an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1 does not fit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice; agent names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-02T18:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either &quot;everyone_accessible&quot; or &quot;relations&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>a scenario needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list scenarios: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario called &quot;%1&quot; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; is damaged in the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete scenario &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a scenario called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one persona to the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no persona called &quot;%1&quot; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no fragment called &quot;%1&quot; in this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: cannot create the key file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Troupe Studio: simulate people with language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>file is too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>the reply is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget of $%1 for this run is reached ($%2 spent); raise the cap to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the condition of intervention %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;holds&quot; in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding for %1&apos;s memory search failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing comes to mind about &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recall about &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s turn failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reply was unusable after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode at %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory consolidation for %1 postponed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1 not applied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1 applied to %2&apos;s persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also here in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention %1 fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not hear you: you have no relation with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could not reach out to %1: there is nobody by that name here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could not reach out to %1: you have no relation with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached out to you and is now available to talk. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached out to %1, who is now available to talk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ConversationDelegate</name>
    <message>
        <source>%1 to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thinks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (note): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ConversationModel</name>
    <message>
        <source>Before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ConversationPanel</name>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::EpisodicModel</name>
    <message>
        <source>In the prompt window of the next turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered, but outside the prompt window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::InspectorPanel</name>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this agent remember about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodic Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognitive State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event in the conversation to see why the agent did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items remembered by the end of step %2; the %3 marked ● are in the prompt window (the first %4 and the last %5), the rest are left out of the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No semantic memory yet: engrams are made when memory is consolidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 engrams by step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model call by %1 at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (no cost, no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt (%2 cached), %3 completion%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms over %2 attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (offline engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run&apos;s engrams were embedded by %1; ranking shows them by word overlap instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::MainWindow</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troupe projects (*.troupe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troupe projects (*.troupe);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Troupe Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Troupe Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Troupe Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for simulating people with language models, compatible with TinyTroupe&apos;s files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troupe Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open or create a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>select a persona or fragment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Troupe Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Troupe Studio&lt;/h2&gt;&lt;p&gt;Select a persona to edit it, a scenario to run it, or a run to see its results.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved as you edit; use Save As to make a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Persona, Fragment or Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TinyTroupe agents, fragments and scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select something to duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs cannot be duplicated; run the scenario again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select something to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the run before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run %1 with its events, memories and model calls? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run is in progress; pause or stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot run yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline engine — not a language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Running on the offline engine.&lt;/b&gt; It is deterministic and persona-aware, but it is not a language model: use it to try the studio, then configure a model for real studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$0 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::PersonaEditor</name>
    <message>
        <source>Apply Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to This Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing an agent into a fragment (or back) is not an edit; create a new one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fragment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fragment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::PersonaForm</name>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field holds JSON; the text is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::PersonaView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No persona selected&lt;/h2&gt;&lt;p&gt;Choose a persona or fragment in the project explorer, or import one with &lt;i&gt;File › Import Persona or Fragment…&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ProjectController</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to This Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ProjectTreeModel</name>
    <message>
        <source>Personas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::RelationsGraph</name>
    <message>
        <source>Social network graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ResultsPanel</name>
    <message>
        <source>How often each speaker (row) talked to each listener (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a run in the project explorer to see its results.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per step (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talked to whom (matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::RunPanel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the remaining steps (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the step in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one step (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now; calls in flight are cancelled and the run can be resumed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to start “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cost (offline engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + unpriced calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 tokens%3 · %4 · %5 calls, %6 from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the run (checking the model server)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ScenarioEditor</name>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone can talk to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;script&quot;: [...], &quot;interventions&quot;: [...]} as in the scenario file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can reach whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script and interventions (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run This Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script is not valid JSON (%1); the last valid script is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: a scenario needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::SettingsDialog</name>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline engine (not a language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.ini default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://YOUR-RESOURCE.openai.azure.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline engine runs on this computer: deterministic, persona-aware, and not a language model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1 (readable by you only), never in a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local servers usually need no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms. Structured output: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is set in the environment; it is used instead of a key saved here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::TalkDialog</name>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 something…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers come from %1. Nothing here is saved in the project&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::llm::CallScheduler</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
