// Callbacks passed to page.evaluate run in the browser; the package otherwise compiles for Node only.
/// <reference lib="dom" />
