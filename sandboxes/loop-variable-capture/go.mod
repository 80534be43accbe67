module gopitfalls.dev/sandboxes/loop-variable-capture

go 1.21
