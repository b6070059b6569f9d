#pragma once

#include "personadocument.h"
#include "util/result.h"

namespace troupe {

/**
 * Applies a fragment's persona to an agent's persona, the way TinyTroupe does: lists are
 * concatenated without duplicates, objects merged recursively, a null replaced by the
 * fragment's value (a null in the fragment changes nothing), and two different scalars for
 * the same field are a conflict, reported with the field's path ("persona.age: ...").
 */
Result<OrderedJson> mergePersona(const OrderedJson &persona, const OrderedJson &fragment);

/** The agent document with `fragment` applied; the name is kept. */
Result<PersonaDocument> applyFragment(const PersonaDocument &agent, const PersonaDocument &fragment);

/**
 * The agent with what `fragment` contributes taken out again: its list items removed,
 * fields equal to the fragment's removed, objects left empty removed. Items the agent had
 * before the fragment was applied and that the fragment repeats go too; the studio's undo
 * is the exact way back, this is the way to drop a fragment applied long ago.
 */
PersonaDocument removeFragment(const PersonaDocument &agent, const PersonaDocument &fragment);

} // namespace troupe
