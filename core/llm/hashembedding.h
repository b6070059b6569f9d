#pragma once

#include <QString>

#include <vector>

namespace troupe::llm {

/**
 * The offline engine's embeddings: a hashed bag of word stems (and stem pairs), signed,
 * L2-normalised. Texts that share words score higher under cosine similarity; that is all
 * it promises. Deterministic on every platform.
 */
std::vector<float> hashEmbedding(const QString &text, int dimensions = 256);

} // namespace troupe::llm
