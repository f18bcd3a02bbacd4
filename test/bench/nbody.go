// nbody: the Jovian planets orbiting the sun, integrated with a simple symplectic step (the Benchmarks
// Game's n-body). Pure float64 arithmetic over a small array of structs; no allocation in the loop.
// There is no math package without imports, so the square root is computed here (range reduction and
// Newton steps): both compilers run the same floating-point operations and print the same energies.
package main

const size = 5000000 // smoke: 1000

const (
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
	pi          = 3.141592653589793
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

// sqrt returns the square root of x >= 0: scale into [1,4), then Newton from a linear guess.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	scale := 1.0
	for x >= 4 {
		x *= 0.25
		scale *= 2
	}
	for x < 1 {
		x *= 4
		scale *= 0.5
	}
	z := (x + 1) * 0.5
	for i := 0; i < 5; i++ {
		z = 0.5 * (z + x/z)
	}
	return z * scale
}

func planets() [5]body {
	return [5]body{
		{0, 0, 0, 0, 0, 0, solarMass},
		{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass},
		{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass},
		{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass},
		{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass},
	}
}

// offsetMomentum gives the sun the velocity that makes the total momentum zero.
func offsetMomentum(bodies *[5]body) {
	var px, py, pz float64
	for i := range bodies {
		b := &bodies[i]
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

func energy(bodies *[5]body) float64 {
	e := 0.0
	for i := range bodies {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			e -= b.mass * c.mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies *[5]body, dt float64) {
	for i := range bodies {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			b.vx -= dx * c.mass * mag
			b.vy -= dy * c.mass * mag
			b.vz -= dz * c.mass * mag
			c.vx += dx * b.mass * mag
			c.vy += dy * b.mass * mag
			c.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bodies := planets()
	offsetMomentum(&bodies)
	println(energy(&bodies))
	for i := 0; i < size; i++ {
		advance(&bodies, 0.01)
	}
	println(energy(&bodies))
}
