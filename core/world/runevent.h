#pragma once

// The event log's values are plain storage records; world code and its observers name them
// through this header.
#include "store/runrecords.h"
