//go:build !unix

package browser

import "os/exec"

func ownProcessGroup(*exec.Cmd)  {}
func killProcessGroup(*exec.Cmd) {}
