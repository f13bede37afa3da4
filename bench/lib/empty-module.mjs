// An empty ES module: the fixed cost of a first userland import (ESM loader start-up).
