// Package cycb imports cyca, which imports cycb: an import cycle.
package cycb

import "llgotest/cyca"

var B = cyca.A
