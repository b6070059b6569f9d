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
    <message>
        <source>the stored state of %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored memory of %1 has an embedding of the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisCalls</name>
    <message numerus="yes">
        <source>%n call(s) to the offline engine, at no cost (run %1&apos;s tokens count them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>$%1 and calls without a known price</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model call(s), %1 (counted in run %2&apos;s cost)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
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
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scale: expected %2</source>
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
        <source>%1 is below the minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of the options as text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2); options must be written exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of options, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: expected an option as text, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not one of the options (%3); options must be written exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 options chosen; choose exactly %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 options chosen; choose from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ranking must order every option; missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;yes&quot; or &quot;no&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object {&quot;value&quot;, &quot;justification&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;; an answer has only &quot;value&quot; and &quot;justification&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justification: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justification: expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>an &quot;ask&quot; needs a &quot;question&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question needs &quot;id&quot;, &quot;text&quot; and a &quot;schema&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;if_mentioned&quot; needs a &quot;question&quot; and a &quot;phrase&quot;</source>
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
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file is too large to be a config.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set twice (also on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least MIN_EPISODE_LENGTH (%1), found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http(s) URL such as http://localhost:8000/v1, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected True or False, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 from %2 to %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;input, output[, cached input]&quot; in dollars per million tokens, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] is not a section of config.ini (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: not built yet; action quality checks are planned, and until then this key has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: a TinyTroupe key that has no effect here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigProblems</name>
    <message>
        <source>Settings file has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs will not start until these lines of your config.ini are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings with no effect yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keys in %1 have no effect yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message numerus="yes">
        <source>%n people · about %1 prompt + %2 completion tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · no cost (offline engine — not a language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cost unknown: %1 has no [Prices] entry in config.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about $%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: the delimiter must be one ASCII character other than a quote or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (its closing quote is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>a dimension needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: value &quot;%2&quot; has a negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has a value without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; lists &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no value with a positive weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: min %2 is above max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: sd must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: a lognormal range cannot go below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric dimension &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: unknown distribution &quot;%2&quot; (uniform, normal, lognormal, triangular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot;: kind must be &quot;categorical&quot; or &quot;numeric&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of dimensions, found none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]: a dimension is an object with &quot;name&quot; and &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1].name: dimension &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of dimensions, or an object with &quot;dimensions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of dimensions is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Empirical</name>
    <message>
        <source>%1: expected &quot;Real Column=simulated_attribute&quot;, such as &quot;Age Range=age&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no simulated answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no real answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated answers include %1, which no real respondent gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values are not a small set of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no simulated answers to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no real answers to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the real answers have no attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no simulated respondent has the attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmpiricalChart</name>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: real and simulated answers, with 95% intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: real and simulated answers per value, with 95% intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: real and simulated answers per bin, with 95% intervals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmpiricalCheck</name>
    <message>
        <source>the project holds no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a run id nor an experiment with runs in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no simulated answers to &quot;%1&quot; in the run(s) given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is numeric in %2 but the simulated answers to &quot;%3&quot; are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a multi-value column is compared option by option; choose the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no respondent in %2 ranks or names &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmpiricalPanel</name>
    <message>
        <source>%1: the file has a header but no records</source>
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
    <name>EngineSpec</name>
    <message>
        <source>the run&apos;s stored engine is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s stored engine names no provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentCommand</name>
    <message>
        <source>The project that holds the experiment&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms side by side per question, with the tests, effect sizes and the spread across replicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 runs, %3 replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: n %2, mean %3, sd %4, 95% CI %5 to %6; replicate means %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, df %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Holm: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not compared (no test for their type here): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;experiment run EXPERIMENT ...&quot; or &quot;experiment compare NAME ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;project merge A.troupe B.troupe ... -o OUT.troupe&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects to merge (shards of one experiment, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.troupe B.troupe ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combines projects into a new one, every run with its engine, calls and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs -o OUT.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged %1 projects: %2 runs%3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, experiments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only shard I of N (0 &lt;= I &lt; N): the jobs whose index is I modulo N, as a Slurm array task or a Kubernetes indexed Job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experiment file, or a bundled experiment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every arm of an experiment in every replicate, each a study run stored with its arm and replicate. Runs already finished in the project are not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project, the file that keeps the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment has errors; nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 arms × %3 replicates; this process runs %4 of them%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shard %1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] replicate %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already done (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 %3, %4 answers%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1. Compare the arms: troupe experiment compare &quot;%2&quot; --project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs did not finish; run the same command again to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentCompare</name>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 mean %3%4 against %5 (%6% CI %7 to %8; Welch t, %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; d = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 replicates agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 replicates agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no runs of an experiment called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored study cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; as often as %3 (%4%; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; %3 often than %4 (%5% against %6%; %7, %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chi-square</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <source>unknown key in %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no study file &quot;%1&quot; next to the experiment and no bundled study of that name (bundled: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;balance&quot; is for between-subjects assignment; within subjects every respondent is in every arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another arm is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no fragment file &quot;%1&quot; next to the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an agent, not a fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentPlan</name>
    <message>
        <source>--shard: expected I/N with 0 &lt;= I &lt; N (as a Slurm array task id or a Kubernetes completion index counts), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; sets a sample size, but the study has no population to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; does not make a study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentRun</name>
    <message>
        <source>arm &quot;%1&quot;: a sample size per arm is for within-subjects experiments; between subjects the study&apos;s respondents are split between the arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>arm &quot;%1&quot; gets nobody: the study has %n respondent(s) for %2 arms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the experiment &quot;%1&quot; is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · replicate %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentStore</name>
    <message>
        <source>an experiment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project already holds an experiment &quot;%1&quot; with another definition; give this one another name, or use another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save experiment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read experiment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments row &quot;%1&quot;, definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list experiments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the experiment &quot;%1&quot; has %n run(s), made from its definition as it is; save the changes as a new experiment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot delete experiment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extraction</name>
    <message>
        <source>field &quot;%1&quot;: the name before the colon is missing (NAME or NAME:HINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: a name is letters, digits and _ (not starting with a digit, at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;cited_events&quot;: that name is reserved for the events a result cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields to extract: give at least one --field NAME[:HINT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective is empty: say what to extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no agent &quot;%2&quot; (agents: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no agents yet: nothing to extract from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited_events: expected a list of event numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited_events[%1]: expected an event number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited_events[%1]: event %2 is not among the numbered events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited_events[%1]: event %2 is cited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields make no valid schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model call failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reply was still invalid after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForkCommand</name>
    <message>
        <source>the project holds no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;last&quot; or a run id, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored run to fork (&quot;last&quot; or its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fork repeats the run&apos;s first K steps, then takes the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file that holds the run; the fork is stored there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change file (see docs/experiments.md): words, material, fragments, model or temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to run after the fork point (default: up to the parent&apos;s length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider (default: the parent&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL (default: the parent&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for the whole fork (default: the parent&apos;s; a change file&apos;s &quot;model&quot; applies after the fork step only).</source>
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
        <source>Forks a stored run: a new run whose first K steps repeat the parent&apos;s exactly, then the change, then the rest. The parent is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fork needs --project, the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fork needs --at-step K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at-step: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change file has errors; nothing was run</source>
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
        <source>run %1: fork of run %2 at step %3 · %4 steps · seed %5 · %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 steps (steps 1–%4 repeat run %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1 (run %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run paused: %1. Continue with troupe run --resume %2 --project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file that holds the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same event objects as troupe run --json, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run id, or &quot;last&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a stored run as it was printed while it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --project, the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 · %2 · %3 steps · seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · fork of run %1 at step %2 (steps 1–%2 are the parent&apos;s)</source>
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
    <name>HttpClient</name>
    <message>
        <source>the server sent a header line longer than %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 KB of headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply does not begin with an HTTP/1.x status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s headers begin with a continuation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server used a transfer coding this client does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the server&apos;s reply is longer than it said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before its reply was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <source>file is too large (the limit is %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a section header like [OpenAI], found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section needs a name, like [OpenAI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is outside any [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value must end with its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: a raw NUL byte (U+0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: %1 at %2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more problems</source>
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
        <source>the reply, at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
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
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordClusters</name>
    <message>
        <source>other</source>
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
    <name>Normalisation</name>
    <message>
        <source>question &quot;%1&quot; of run %2 is not an open question: only open answers are normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no answers to question &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: expected a list of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: empty, but there are %1 answers to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: %1 labels, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1]: expected {&quot;label&quot;: text, &quot;answers&quot;: [numbers]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1].label: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1].label: &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: expected an answer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: there is no answer %3 (answers are 1 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1].answers[%2]: answer %3 has more than one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers without a label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model call failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels were still invalid after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDimensions</name>
    <message>
        <source>from %1 (percentages as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (cumulative percentages turned into bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (percentages as stated; &quot;Other&quot; is the missing %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (weighted by the counts stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed: the input states no age figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed: the input states no gender figures</source>
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
    <name>PersonFactory</name>
    <message numerus="yes">
        <source>the model gave no usable dimensions after %n attempts: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a generation is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1 is not in the plan (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget of $%1 was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRequest</name>
    <message>
        <source>persona.name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona.name: &quot;%1&quot; is already taken in this population or project; choose a different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona.age: %1 is not the sampled age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona.age: %1 is outside the sampled range %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona.gender: &quot;%1&quot; is not the sampled gender &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona.nationality: &quot;%1&quot; (living in &quot;%2&quot;) does not fit the sampled country &quot;%3&quot;</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A population description file, a bundled one, or a context in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the model for sampling dimensions and prints them (the offline engine reads the description&apos;s own figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (numeric): %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the sampling plan: exactly N samples whose categorical counts meet the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the populations of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no populations in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 of %3 people  %4  (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested against generated shares per dimension, ages and Big Five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents (one .agent.json per person, default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a population&apos;s people as TinyTroupe agent files or a CSV of attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected agents or csv, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 people to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a population and the personas generated for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe population --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate is above the $%1 budget: generation stops once the budget is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1: %2 of %3 people generated, %4 failed%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls: %1 · tokens: %2 prompt, %3 completion · cost: %4 · %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest are stored. Try the missing ones again with: troupe population regenerate %1 --project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the population in the project (default: the description&apos;s file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new person once the calls cost this many US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates a population into a project: dimensions, a seeded plan, then one person per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project already has a population called &quot;%1&quot;; choose another with --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate this sample (1-based; repeat the flag for more). Default: every sample without a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates some of a population&apos;s people again; the others are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample: expected a number from 1 to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sample of %1 has its person; name one with --sample K to make it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider: %1 (default: config.ini API_TYPE).</source>
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
        <source>Model to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a model call may take (default: config.ini TIMEOUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
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
        <source>Extra dimensions, as text or a file (&quot;culinary tastes: from traditional to modern, from spicy to mild&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT_OR_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dimensions from this file (as `population dimensions --json` prints them) instead of asking the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the sampling plan (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number above 0, got &quot;%2&quot;</source>
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
        <source>the population description has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file (give a population description file, a bundled one, or a context in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationExport</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationProfile</name>
    <message>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requested mean %2, generated mean %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: low %2, medium %3, high %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationStore</name>
    <message>
        <source>a population needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project already has a population called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project already has a persona called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no population called &quot;%1&quot; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is damaged in this project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; of population &quot;%2&quot; is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has no people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; has %2 people; cannot sample %3</source>
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
    <message>
        <source>cannot read the schema history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no projects to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; merge into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both an input and the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot; differs between %2 and %3 (arms, replicates, seed or study); only runs of the same definition can be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy %1 of %2</source>
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
        <source>extra dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (at most 1000000 either way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object like {&quot;min&quot;: 1, &quot;max&quot;: 5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; a scale has &quot;min&quot;, &quot;max&quot; and &quot;labels&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale&apos;s max (%1) must be greater than its min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale has at most %1 points; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of scale points and labels, like {&quot;1&quot;: &quot;never&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale point; use a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scale (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the label&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of scale points and anchor statements, like {&quot;1&quot;: [&quot;...&quot;]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point of the scale (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a statement or a list of statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor statements must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale point %1 has no anchor statement; give one for every point from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ranking needs at least 2 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of options is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs at least 2 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 options; this question has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats options[%2]; options must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min is %1 but the question has %2 options; use 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max is %1 but the question has %2 options; use 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max (%1) is less than min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no whole number lies between min and max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;end&quot; or a step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps count from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; a follow-up has &quot;text&quot; and &quot;mentioned&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the phrase that triggers the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the follow-up&apos;s text, or {&quot;text&quot;, &quot;mentioned&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a question object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: start with a letter, then letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters; it names columns in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: likert, open, choice, multi, ranking, numeric, yes_no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not used by %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a likert question needs a scale, like {&quot;min&quot;: 1, &quot;max&quot;: 5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors are used for semantic similarity rating: add &quot;ssr&quot;: true</source>
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
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE, which ends every turn, is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each speaker (row) talked to each listener (column); &quot;everyone&quot; is talk addressed to no one in particular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each speaker (row) talked to each listener (column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
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
        <source>The people in this run are simulated by a language model. Read what they say as material for hypotheses, not as measurements or predictions of what real people would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run used the offline engine, which is not a language model: its replies are composed from the personas by rules, and its token counts are estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody talked in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thinks): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the OpenDocument writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The project file that holds the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html, odt or md (default: from the output&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: by the locale; Letter in the US, Canada, Mexico...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the transcript out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run: its id, or &quot;last&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a run&apos;s report: summary, actions, charts, who talked to whom and the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is needed: the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o is needed: the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected pdf, html, odt or md, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; give --format pdf, html, odt or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study report of run %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent (agent name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPSS file cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SPSS file reads back with other variables than were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results do not fit in one Excel sheet (%1 rows, %2 columns)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>run %1: question %2 of its study is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is %2 in one run and %3 in run %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has an answer of %2 to &quot;%3&quot;, which its study does not ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: the answer of %2 to &quot;%3&quot; is stored as %4, but the question is %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to extract, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the result, with an optional hint (repeat the flag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[:HINT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent (default: every agent of the run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One result for the whole world instead of one per agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run: its id, or &quot;last&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts fields from a stored run: one JSON object per agent (or for the whole world), each citing the events it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is needed: the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--objective is needed: what to extract, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent and --world exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cites events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>troupe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) stored in %1 (engine: %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The open question whose answers to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many labels (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model (ask the model; the offline engine clusters keywords) or keywords (no model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups one question&apos;s open answers into at most k labels, each with a count and example quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--question is needed: the id of an open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k: expected a whole number from 1 to 100, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: expected model or keywords, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n answer(s), method %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: troupe results &lt;verb&gt; ...
  list RUN --project P [--json]
  export RUN --project P --format %1 -o FILE
  extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME | --world] [--json]
  normalise RUN --project P --question QID [--k 5] [--method model|keywords] [--json]
RUN is a run id, &quot;last&quot; (the latest study run) or an experiment&apos;s name (all its runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2 is not a study run (no answers are kept for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no study runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a run id, &quot;last&quot; nor an experiment in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per answer per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run id, &quot;last&quot; or an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a study run&apos;s answers: one line per respondent and question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a study run&apos;s answers as tidy CSV, wide CSV, JSON, XLSX or SPSS .sav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project, --format and -o are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2 respondents, %3 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe results --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
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
</context>
<context>
    <name>RunCommand</name>
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
        <source>%1 holds no runs to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
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
    <message>
        <source>Steps to run (default: the scenario&apos;s); with --resume, this many more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider: %1 (default: config.ini API_TYPE; resuming: the run&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stored run of --project (&quot;last&quot; or its id) with the engine it was started with; flags given override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take at least this many seconds per step, to watch it (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed cannot change a stored run; it keeps the seed it was started with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pace: expected seconds between 0 and 3600, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with Ctrl-C after step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunEngine</name>
    <message>
        <source>run %1 already ran all %2 steps; ask for more steps to continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 failed and cannot be continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was made with %2 (%3), which cannot be used now: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming run %1 (&quot;%2&quot;) after step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine changed for the rest of run %1: %2 %3 → %4 (given explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program was closed during step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not be saved: %1; open it again to continue from step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the run could not be saved after step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFork</name>
    <message>
        <source>unknown key in a change; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key in material; expected name or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no fragment file &quot;%1&quot; next to the change file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an agent, not a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change changes nothing; give &quot;broadcast&quot;, &quot;material&quot;, &quot;fragments&quot;, &quot;model&quot; or &quot;temperature&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no scenario stored; it cannot be forked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has %2 stored steps; --at-step must be between 0 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps after the fork must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change names &quot;%1&quot;, who is not in run %2 (agents: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fork of run %2 at step %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from step %1 on: %2</source>
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
        <source>nothing to run: choose a scenario or a stored run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llm_calls of run %1, step %2, request: the start it shares with other requests is missing from request_prefixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingPlan</name>
    <message>
        <source>the number of people must be at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 people can be generated at once, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no dimensions to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is an object with &quot;dimensions&quot; and &quot;samples&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sample needs &quot;attributes&quot;</source>
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
    <message>
        <source>and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions are asked by the script, not by interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a population entry takes no &quot;file&quot;, &quot;spec&quot; or &quot;fragments&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; lives in a project: run the scenario with --project</source>
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
    <message>
        <source>scenarios row &quot;%1&quot;, spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is damaged: scenarios row &quot;%1&quot;, spec: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;script&quot; and &quot;interventions&quot; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected an object</source>
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
    <name>SharedCallCache</name>
    <message>
        <source>the shared cache %1 (CACHE_FILE_NAME) cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared cache %1 (CACHE_FILE_NAME) is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the project&apos;s database is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver was built with its own SQLite, not the %1 this program uses; build against a Qt that uses the system SQLite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>%1 has a value that is not a finite number (at position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kolmogorov-Smirnov test needs at least one value in each sample (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Wasserstein distance needs at least one value in each sample (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there must be one weight per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values must be finite numbers and the weights non-negative with a positive sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table needs at least two rows and two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has %2 cells but row 1 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell (%1, %2) is not a count: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell (%1, %2) is not a whole count: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch&apos;s t test needs at least two values in each sample (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both samples are constant, so the t statistic is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student&apos;s t test needs a value in each sample and three in all (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mann-Whitney U test needs at least one value in each sample (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact Mann-Whitney distribution assumes no ties, and these samples have some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the samples are too large for the exact Mann-Whitney distribution (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are equal, so the Mann-Whitney U test is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 observed counts but %2 expected proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1: the observed count is not a count: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1: the expected proportion is negative or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected proportions are all zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 has %2 observations but an expected share of zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goodness-of-fit test needs at least two categories with an expected share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test takes a 2×2 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counts are too large for Fisher&apos;s exact test; use chi-square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hypergeometric probabilities could not be computed for this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test needs at least two groups (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-way ANOVA needs more values (%1) than groups (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every group is constant, so the F statistic is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are equal, so the Kruskal-Wallis test is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mean difference interval needs at least two values in each sample (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidence level must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test result must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: expected the test&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect_name: expected text or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuredCall</name>
    <message>
        <source>the reply is JSON but not an object</source>
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
    <name>StudyCommand</name>
    <message>
        <source>Usage: troupe study &lt;verb&gt; ...
  run STUDY [--project P] [provider flags] [--seed S] [--budget USD] [--json]
  run --resume RUN --project P
STUDY is a study file or a bundled study: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no population &quot;%1&quot; and the study gives no description to generate it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the population &quot;%1&quot; (%2 people) for the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: (missing: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the run (default: the study&apos;s scenario&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause once the run&apos;s model calls cost this many US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a stored study run of --project (&quot;last&quot; or its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study file, or a bundled study: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUDY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a study&apos;s questions to its respondents and stores their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs --project, the file that holds the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study has errors; nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume: expected &quot;last&quot; or a run id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: expected an amount in US dollars, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 questions · run %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1 (run %2). Export: troupe results export %2 --project %1 --format csv -o answers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run paused: %1. Fix the cause and continue with: troupe study run --resume %2 --project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (see troupe study --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 (95% CI %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of %1 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean rank %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing (most often: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyFile</name>
    <message>
        <source>unknown key in %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario file &quot;%1&quot; next to the study and no bundled scenario of that name (bundled: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario &quot;%1&quot; could not be read (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample needs at least 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seed is a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no population description file &quot;%1&quot; next to the study and no bundled description of that name (bundled: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population description could not be read (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of material[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of questions[%2]; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a study needs respondents: give &quot;scenario&quot; or &quot;population&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discussion needs a &quot;scenario&quot; for the group to talk in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is after the scenario&apos;s last step (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ask_at&quot; is for discussions; a %1 asks its questions in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps count from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ask_at&quot; is for discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups are asked in interviews; this study is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;interviewer&quot; is for interviews; this study is a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyReport</name>
    <message>
        <source>Likert %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple choice (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These respondents are synthetic: personas simulated by a model, not people. Read the results as hypotheses to test with real respondents, not as predictions of what a market will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents per scale point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents choosing each option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rank (1 = most preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1 (95% CI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-2 box %1 (95% CI %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borda score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options ranked below it, summed over respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilson score interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares are of respondents who answered; one may choose several options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each respondent answered alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interviewer asked the questions one respondent at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions were asked during a group discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents were drawn from the population &quot;%1&quot;%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a sample of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n respondents.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer has a justification to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyRun</name>
    <message>
        <source>the study &quot;%1&quot; asks for the population &quot;%2&quot;, which %3 does not have (%4); generate it first (troupe population generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; asks for %2 people of &quot;%3&quot;, which has only %4 generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; has neither a population nor a scenario with agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario of the study &quot;%1&quot; has no agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; has no respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not fit the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study &quot;%1&quot; does not make a valid scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored study cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the respondents this run should ask is among the study&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1 does not fit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1 is damaged in the project (not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the runs of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 in run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a study needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save study &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read study &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no study called &quot;%1&quot; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list studies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete study &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record run %1 as a run of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is not a run of a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the respondents of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store respondent %1 of run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the respondents of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent %1 of run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 has both a value and a missing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 to %2 has no value and no reason why it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the answer of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answers of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the extractions of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the labels of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySummary</name>
    <message>
        <source>the study has no question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no respondent has the attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>the header has more than one column called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column called %1; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking has an empty item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking repeats an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no %2 values (this cell is %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestNames</name>
    <message>
        <source>Welch&apos;s t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student&apos;s t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mann-Whitney U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANOVA (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kruskal-Wallis H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliff&apos;s delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramér&apos;s V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta squared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta squared (H)</source>
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
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the whole simulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnExplanation</name>
    <message>
        <source>No memory search at this step: the semantic memory was still empty (engrams are made when the episodic memory is consolidated, after a step with at least %1 new items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory search at this step: the agent did not use RECALL, and the search made before every turn is off (ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL in config.ini).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory search was logged for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory search at this step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory search at this step is logged without its vectors; its results cannot be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>, df %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p &lt; 0.0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean difference (simulated − real): %1 (%2% CI %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;validate empirical RUN_OR_EXPERIMENT ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project that holds the simulated answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.troupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real survey, a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV column that answers the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study question&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real column and the simulated attribute it matches, &quot;Age Range=age&quot;; repeatable. Each gets a comparison per value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL=SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study run id, &quot;last&quot;, or an experiment&apos;s name (all its runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN_OR_EXPERIMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares a question&apos;s simulated answers with a real survey&apos;s: KS, chi-square, Wasserstein distance and the mean difference, overall and per subgroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 simulated answers against %3 real ones (%4, column &quot;%5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (simulated %3): %4 simulated, %5 real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 simulated respondents fit none of the real values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the column reads: numeric, choice, ranking or multi (default: numeric when the simulated answers are numbers, else choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: the item whose position is compared (default: the first choice). Multi: the option whose mentions are compared (needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: expected numeric, choice, ranking or multi, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option needs --kind ranking or --kind multi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>World</name>
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
        <source>embedding for %1&apos;s memory search failed: %2</source>
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
    <message>
        <source>%1&apos;s answer to %2 failed: %3</source>
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
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario gives everyone a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario gives %1 a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation changes for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation changes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thought for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thought comes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario, to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
    <message>
        <source>%1 answers %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as in run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forked from run %1 at step %2: the steps above repeat it, the change applies from here</source>
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
    <message>
        <source>What the agents say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the moderator, an interviewer or another voice from outside says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents are shown, told by the scenario or recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each listener&apos;s copy of what several heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions, errors and notes of the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of goals, attention and emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fork from Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run that repeats steps 1 to %1 of this one, then takes a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::DimensionsModel</name>
    <message>
        <source>New value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the weight of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::EmpiricalPanel</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a survey CSV with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the column&apos;s cells read: numbers, one choice, a ranking (&quot;B-C-D-A-E&quot;) or several values (&quot;a; b; c&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking: the item whose position is compared (or the first choice). Multi: the option whose mentions are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>χ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>χ² p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasserstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean diff. (sim − real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV and its answer column, then press Compare: the real answers are drawn beside the simulated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real survey (CSV &amp;file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups: CSV column → persona attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file: its header names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Survey CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records; columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona attribute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 simulated answers to &quot;%2&quot; against %3 real ones in column &quot;%4&quot; of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n simulated respondent(s) fit none of the real values.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mentions of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, position of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::EpisodicModel</name>
    <message>
        <source>Remembered, but outside the prompt window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the prompt of this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this turn&apos;s prompt: the agent got it after the call (its reply, or what it heard later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentCompareView</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment is shown. Choose Results → Compare Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare experiment arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the arms of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · runs: %3 · replicates: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question of this experiment&apos;s study has a comparison (only likert, numeric, choice and yes/no questions do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared (no test for their type): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 per arm, with 95% intervals and each replicate&apos;s mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicate mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each answer to %1 per arm, with 95% Wilson intervals and each replicate&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicate share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>p (Holm): the first test&apos;s p, adjusted over the experiment&apos;s %n question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Difference of means (%1 − %2): %3, 95% CI %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tests as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentEditor</name>
    <message>
        <source>Add Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within subjects: the same respondents in every arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between subjects: respondents split between the arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes to balance, e.g. gender, age_range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
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
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature of this arm&apos;s model calls (empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sample size of the study&apos;s population (empty: the study&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragments of the project applied to every respondent, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study material this arm replaces (by name) or adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate r runs with seed + r − 1 in every arm, so a replicate&apos;s arms differ only by their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inline, edit it as JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
(and %n more material, kept as it is: see JSON)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no fragment called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number such as 0.7, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of people, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This experiment has %n run(s), made from this definition, so it cannot change. Edit a copy to try something else; Run continues the jobs not finished yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentProgress</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the job in progress (its run is kept, and continued by the next Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 · replicate %3 · %4: done before (run #%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of %2: replicate %3 · %4 (run #%5, seed %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in this job · %1 in all · last from %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The experiment could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of %2 (replicate %3 · %4) ended: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 · replicate %3 · %4: run #%5 %6, %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: a job did not finish (its reason is in the list). Fix the cause, for example the model in Settings, then Run the experiment again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Run the experiment again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n job(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentResultsPage</name>
    <message>
        <source>Compare Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment&apos;s runs, pooled, against a real survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single study run has no arms to compare; experiments do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ExperimentWorker</name>
    <message>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped in the studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ExtractionDialog</name>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract Results — Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads what happened in run #%1 “%2” again with an objective of yours; the simulation is not run again. Each result cites the events it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. which ad each person picked and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint (what it means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) stored in the project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extraction of this run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n result(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the project. Run again to extract with what the form says now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event to see it in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extraction is running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: say what to extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields, row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: add at least one field to extract (a name, and a hint of what it means).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ForkDialog</name>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run of “%1” that repeats its first steps exactly (from the stored model calls), then takes the change and runs on. Run #%2 is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fork repeats steps 1 to this one, then the change applies from the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps the fork runs after the fork step (default: up to the parent&apos;s length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a fragment of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the model or temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fork and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork after &amp;step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change as &amp;JSON (what is applied; the form above writes it, and you can edit it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps &amp;after the fork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ragment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the moderator says to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the fork repeats the run, then continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies from step %1.</source>
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
    <message>
        <source>In the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made no model call at step %2. It remembered %3 items before the step&apos;s actions; the %4 marked ● would be in its prompt window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items remembered when the turn was sent; the %2 marked ● were in its prompt (the first %3 and the last %4), the rest were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n marked ○ came after the call (the reply and what was heard later in the step).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(Estimated: the stored prompt does not show this memory.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECALL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n engram(s) retrieved for this turn from the %1 it had.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n engram(s) it had are listed, newest first; search them above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not act at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at the last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::IntervalChart</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw</source>
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
    <message>
        <source>&amp;Start or Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run S&amp;tudy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 people · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2 · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this many more steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the generation to finish or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a study is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &quot;%1&quot; running as run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study run %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not in the conversation view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Real Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not a study run: only a study&apos;s answers can be compared with a survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project holds no experiments yet. Run one first (troupe experiment run NAME --project P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot; (all its runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 (%3, %4, replicate %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project holds no study runs yet. Run a study first (Run → Run Study…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Real Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulated answers of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 fork at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork at step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Forked from run %2 at step %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 — %2 (study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New E&amp;xperiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Experiment &amp;from Bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run E&amp;xperiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · replicate %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2: arm %3, replicate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n arm(s) × %2 replicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled experiment %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new experiment cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the experiment before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no experiment called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the experiment &quot;%1&quot;? Its runs stay in the project, listed among the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no experiment yet: make one with File &gt; New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every arm in every replicate with the engine chosen in Settings. Jobs already finished are not run again, so this also continues a stopped experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment &quot;%1&quot; is running; stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment &quot;%1&quot; cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Experiment &quot;%1&quot; stopped; %n job(s) did not finish</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot;: every job done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>populations cannot be duplicated; make a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forked run %1 at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork of run %1 at step %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the study or experiment that is running before deleting a run</source>
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
    <message>
        <source>Why: %1</source>
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
    <name>troupe::PopulationBuilder</name>
    <message>
        <source>Get Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults in Lagos who commute by bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra dimensions, e.g. culinary tastes: from traditional to modern, from spicy to mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population descriptions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (edit before anything is spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dimension(s). Edit them, then draw the plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who the population is, or choose a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a description file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for dimensions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) drawn with seed %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the population a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline engine — not a language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 people generated, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::PopulationProfileView</name>
    <message>
        <source>Requested and generated shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big Five spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requested and generated share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big Five of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A agreeableness, C conscientiousness, E extraversion, N neuroticism, O openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ProjectController</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: the project already has an experiment called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: runs of an earlier experiment called &quot;%1&quot; are in the project; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the experiment &quot;%1&quot; has %n run(s), made from its definition as it is; edit a copy to change it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>Continue for More Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Population and Its People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run / Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Bundled %1</source>
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
    <message>
        <source>Populations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Experiments (%1)</source>
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
    <name>troupe::ReplayBar</name>
    <message>
        <source>Replay the run from where the slider is (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to show the run up to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ResultsPanel</name>
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
        <source>select a run first</source>
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
    <message>
        <source>Export ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who talked to whom&lt;/b&gt; — rows speak to columns; hover a column for the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
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
        <source>Who talked to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody talked in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study results of run %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
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
    <message>
        <source> s/step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least time a step takes, so a run can be watched as it happens</source>
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
    <message>
        <source>Each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script and interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine for runs of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1: everyone (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1: 20 of them (seed 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::ScriptEditor</name>
    <message>
        <source>(a fragment written in the JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the model judges that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who hears it, comma-separated; empty: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it acts on, comma-separated; empty: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires once anyone says this phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires when the model judges this true of the recent conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see and edit its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script and interventions as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” does to its targets when it fires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intervention to make the world react to what is said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON cannot be used (%1); the tables keep the last valid script.</source>
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
    <message>
        <source>No API key yet: type your %1 key in the API key field above (or set %2 before starting the studio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list could not be fetched: %1 (type the model&apos;s name, or press Fetch Models once the server is reachable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::StudyResultsPanel</name>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosstab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a quote (or press Enter) to see it in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — respondents: %2. &lt;i&gt;%3&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is not a study run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing answers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Borda %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question has no categories to count yet (open answers need labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent who answered has the attribute &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtract Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract fields from this run again with another objective, without running it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::StudyRunDialog</name>
    <message>
        <source>Run Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study runs with the engine chosen in Settings. Its answers appear in the results as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troupe::StudyWorker</name>
    <message>
        <source>stopped in the studio</source>
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
    <name>troupe::TalkMatrix</name>
    <message>
        <source>How often each speaker (row) talked to each listener (column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
