module gopitfalls.dev/sandboxes/time-after-in-loop

go 1.22
