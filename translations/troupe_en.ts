<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing arguments (see troupe %1 --help)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command (see troupe --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file (*.troupe).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent (.agent.json) or fragment (.fragment.json) files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks agent and fragment files; prints one line per problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: valid %2 "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 valid, %2 invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent or fragment files to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports agents and fragments into a project (created when missing). Nothing is imported unless every file is valid; a persona with the same name is replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing imported: fix the files above first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported %1 "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced %1 "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON array for scripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the agents and fragments of a project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write (default: standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The persona or fragment to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a persona as a TinyTroupe .agent.json (or a fragment as .fragment.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: troupe persona &lt;validate|import|list|export&gt; [options]

  validate FILE...                      check agent and fragment files
  import FILE... --project P.troupe     import them into a project
  list --project P.troupe [--json]      list a project's agents and fragments
  export NAME --project P.troupe [-o OUT.agent.json]
                                        write one back as TinyTroupe JSON

Run troupe persona &lt;verb&gt; --help for details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown verb "%1" (validate, import, list, export)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a readable INI file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FragmentMerge</name>
    <message>
        <source>%1: the fragment says %2 but the persona says %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON Schema: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read schema %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema %1 is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonaDocument</name>
    <message>
        <source>fragment: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonaParser</name>
    <message>
        <source>unnamed fragment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonaStore</name>
    <message>
        <source>cannot save %1 "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no persona or fragment named "%1" in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 named "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 is not a Troupe Studio project: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Troupe Studio project (it is an SQLite database of another program)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was saved by a newer version of Troupe Studio (project schema %2; this version reads up to %3). Update Troupe Studio to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start writing to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot upgrade %1 to project schema %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectSettings</name>
    <message>
        <source>"%1" looks like a secret; secrets are kept in your user settings, never in a project file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Troupe Studio: simulate people with language models.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project file to open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>file is too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid UTF-8 text (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>troupe::MainWindow</name>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Troupe projects (*.troupe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Troupe projects (*.troupe);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Persona or Fragment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Persona or Fragment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TinyTroupe agents and fragments (*.agent.json *.fragment.json *.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Troupe Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Troupe Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Troupe Studio %1&lt;/h3&gt;&lt;p&gt;A desktop studio for simulating people with language models, compatible with TinyTroupe's files.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Troupe Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open or create a project first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation><numerusform>Imported %n file</numerusform><numerusform>Imported %n files</numerusform></translation>
    </message>
    <message>
        <source>select a persona or fragment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Troupe Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>troupe::PersonaListModel</name>
    <message>
        <source>Personas (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fragments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>troupe::PersonaView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;No persona selected&lt;/h2&gt;&lt;p&gt;Choose a persona or fragment in the project explorer, or import one with &lt;i&gt;File › Import Persona or Fragment…&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>troupe::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>