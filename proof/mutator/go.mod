module gopitfalls.dev/mutator

go 1.26.0
