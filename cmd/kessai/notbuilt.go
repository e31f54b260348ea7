package main

import "errors"

// errNotBuilt marks a command whose issue has not landed yet. It is removed
// once every command is built.
var errNotBuilt = errors.New("not built yet")
