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

} // namespace troupe
